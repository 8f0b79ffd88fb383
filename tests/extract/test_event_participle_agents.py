"""Who a participle names as the doer of another noun's act: sentences written for this test.

- "the invasion ordered by President X", "der vom Präsidenten X befohlene Krieg": X did
  what the noun names, and is no party of the sanctions the sentence tells of;
- a participle describing the event's own noun keeps its agent ("the summit hosted by X",
  "der von X ausgerichtete Gipfel").
"""
from __future__ import annotations

import pytest

DAY = "2022-05-04"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada imposed sanctions on Russia over the invasion ordered by President Vladimir Putin."),
    ("en", "After the war ordered by Russian President Vladimir Putin, Canada imposed sanctions on Russia."),
    ("de", "Nach dem vom russischen Präsidenten Wladimir Putin befohlenen Krieg hat Kanada Sanktionen gegen "
           "Russland verhängt."),
    ("de", "Kanada verhängte Sanktionen gegen Russland wegen der von Präsident Wladimir Putin angeordneten Invasion."),
])
def test_the_agent_of_another_nouns_participle_is_no_party(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Sanction"]
    assert sorted(ev.actors) == ["canada", "russia"]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "The summit hosted by Prime Minister Fumio Kishida ended on Monday.", "Summit"),
    ("de", "Der von Ministerpräsident Fumio Kishida ausgerichtete Gipfel endete am Montag.", "Summit"),
])
def test_the_agent_of_the_events_own_participle_stays(extract, lang, text, kind):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == kind]
    assert "fumio-kishida" in ev.actors

