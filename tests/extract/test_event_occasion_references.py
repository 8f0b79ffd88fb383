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
