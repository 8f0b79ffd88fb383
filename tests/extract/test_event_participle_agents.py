"""Who a participle names as the doer of another noun's act: sentences written for this test.

- "the invasion ordered by President X", "der vom Kremlchef X befohlene Angriff": X did
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
    ("de", "Nach dem vom Kremlchef Wladimir Putin befohlenen Angriff hat Kanada weitere Sanktionen gegen "
           "Russland beschlossen."),
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



@pytest.mark.parametrize("lang,text", [
    ("en", "An envoy sent by Chinese President Xi Jinping met President Volodymyr Zelenskyy in Kyiv on Tuesday."),
    ("de", "Der von Präsident Xi Jinping entsandte Gesandte traf am Dienstag in Kiew Präsident Wolodymyr Selenskyj."),
])
def test_who_sends_an_envoy_stays_home(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert "xi-jinping" not in ev.actors and "volodymyr-zelenskyy" in ev.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "A delegation led by Foreign Minister Sergey Lavrov met Prime Minister Fumio Kishida in Tokyo."),
    ("de", "Eine von Außenminister Sergej Lawrow geleitete Delegation traf in Tokio Ministerpräsident Fumio Kishida."),
])
def test_who_leads_a_delegation_takes_part(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert {"sergey-lavrov", "fumio-kishida"} <= set(ev.actors)


def test_the_agent_of_the_trigger_participle_signed(extract):
    text = ("Under the pact signed by Indian Prime Minister Narendra Modi and his Australian counterpart "
            "Anthony Albanese on Friday, the two countries agreed to cut tariffs.")
    [ev] = [e for e in extract(text, "en", published="2023-03-10").events if e.kind == "Agreement"]
    assert {"narendra-modi", "anthony-albanese"} <= set(ev.actors)


def test_who_sent_a_letter_still_meets(extract):
    text = "The letter sent by President Joe Biden was handed to Xi Jinping during their meeting in Bali on Monday."
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Meeting"]
    assert {"joe-biden", "xi-jinping"} <= set(ev.actors)
