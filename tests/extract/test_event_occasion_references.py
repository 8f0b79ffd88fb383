"""A meeting told after a temporal preposition and held at the margins of a summit ("spoke
to reporters after their bilateral meeting at the margins of the NATO summit in Madrid") is
a meeting of its people with the summit's place; the summit is its occasion, not a summit
of those people (which it became, or nothing). Sentences written for this test.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Albanese spoke to reporters after their bilateral meeting at the margins of the NATO "
           "summit in Madrid on June 24."),
    ("de", "Trudeau und Albanese äußerten sich nach ihrem bilateralen Treffen am Rande des NATO-Gipfels in "
           "Madrid am 24. Juni vor Journalisten."),
])
def test_a_meeting_told_after_a_preposition_at_a_summit_stays_a_meeting(extract, lang, text):
    [ev] = extract(text, lang, published="2024-06-26").events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso) == (
        "Meeting", ["anthony-albanese", "justin-trudeau"], "madrid", "2024-06-24")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Macron Hold Meeting In Osaka\n\nCanadian Prime Minister Justin Trudeau and French President "
           "Emmanuel Macron held a meeting after the G20 summit in Osaka on Saturday.\n\nDuring the meeting, the two "
           "leaders discussed trade."),
    ("de", "Trudeau und Macron treffen sich in Osaka\n\nDer kanadische Premierminister Justin Trudeau und der "
           "französische Präsident Emmanuel Macron trafen sich am Samstag nach dem G20-Gipfel in Osaka.\n\nBei dem "
           "Treffen sprachen die beiden Politiker über den Handel."),
])
def test_the_meeting_after_a_summit_is_the_meeting_not_the_summit(extract, lang, text):
    found = {e.kind: e for e in extract(text, lang, published="2019-06-29").events}
    assert {"justin-trudeau", "emmanuel-macron"} <= set(found["Meeting"].actors)
    assert "Summit" not in found or [r for r in found["Summit"].rules if ".meet." in r] == []


def test_the_meeting_after_a_reported_summit_is_the_summit(extract):
    facts = extract("Trudeau met Macron in Ottawa on Monday. On Tuesday, both leaders attended the G7 summit in "
                    "Rome. At the meeting, the seven leaders agreed to expand cooperation.", "en",
                    published="2019-06-29")
    [summit] = [e for e in facts.events if e.kind == "Summit"]
    assert any(".agree." in r for r in summit.rules)
