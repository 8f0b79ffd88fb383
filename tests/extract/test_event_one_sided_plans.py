"""A deal one side would like to seal is a wish, not a planned event: sentences written for
this test, in both languages.

- "Trudeau would like to conclude a deal quickly, since Canadian exporters ...": one side,
  no date, no place: no Agreement event (its accord stays, as intended);
- "Japan and Russia will sign the treaty in Moscow on Friday": two sides, a place and a day:
  a planned Agreement.
"""
from __future__ import annotations

import pytest

DAY = "2016-12-16"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Merkel and Trudeau met in Ottawa on Thursday. Trudeau would like to conclude a deal quickly, since "
           "Canadian exporters are growing impatient."),
    ("de", "Merkel und Trudeau trafen sich am Donnerstag in Ottawa. Trudeau möchte rasch ein Abkommen abschließen, "
           "da die kanadischen Exporteure ungeduldig werden."),
])
def test_a_deal_one_side_would_like_is_no_event(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [ev.kind for ev in facts.events] == ["Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan and Russia will sign the fishing treaty in Moscow on Monday."),
    ("de", "Japan und Russland werden das Fischereiabkommen am Montag in Moskau unterzeichnen."),
])
def test_a_treaty_two_sides_will_sign_is_planned(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place) == ("Agreement", "Planned", ["japan", "russia"], "moscow")
