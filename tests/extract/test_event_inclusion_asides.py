"""The comma that closes a short aside of what a subject includes ("Several countries,
including Japan, imposed ...", "Mehrere Staaten, darunter Japan, verhängten ...") ends no
clause: the states the aside names do the act.
"""
from __future__ import annotations

import pytest

DAY = "2022-08-02"        # a Tuesday


@pytest.mark.parametrize("lang, text, kind, doers", [
    ("en", "Several countries, including Japan, imposed sanctions on Russia on Monday.", "Sanction", {"japan"}),
    ("de", "Mehrere Staaten, darunter Japan, verhängten am Montag Sanktionen gegen Russland.", "Sanction", {"japan"}),
    ("en", "Several G7 members, including Japan and Canada, expelled Russian diplomats on Monday.", "Expulsion",
     {"japan", "canada"}),
])
def test_the_states_an_inclusion_aside_names_do_the_act(extract, lang, text, kind, doers):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == kind and doers <= set(ev.actors) and "russia" in ev.actors and ev.date.iso == "2022-08-01"
