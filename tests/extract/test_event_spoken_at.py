"""Where one side of talks speaks right after them is where they were held: "X said in
Ottawa on Friday after talks with Y", "sagte X am Freitag in Ottawa nach Gesprächen mit Y".
A place the talks name themselves wins (a guard). Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau said in Ottawa on Friday after talks with Albanese that trade would grow."),
    ("de", "Der Handel wachse, sagte Trudeau am Freitag in Ottawa nach Gesprächen mit Albanese."),
])
def test_talks_are_where_their_side_speaks_after_them(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Talks", ["anthony-albanese", "justin-trudeau"], "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau said in Ottawa on Friday after talks with Albanese in Toronto that trade would grow."),
    ("de", "Der Handel wachse, sagte Trudeau am Freitag in Ottawa nach Gesprächen mit Albanese in Toronto."),
])
def test_the_talks_own_place_wins(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place is not None and ev.place.endswith("toronto")


def test_talks_told_with_a_time_of_their_own_are_not_placed_by_the_saying(extract):
    [ev] = extract("Trudeau said in Ottawa on Friday after talks with Albanese last week that trade would grow.", "en",
                   published=DAY).events
    assert ev.place is None
