"""Where a German gathering took place when the venue verb is split around its noun, and
who took part when the people follow their offices in an apposition. Sentences written
for this test.

- "Am Dienstag fand in Paris ein Treffen zwischen X und Y statt", "fand ein Treffen ... in
  Paris statt": the finite verb before the noun and its particle at the clause end say
  where the meeting was, before or after the noun;
- "ein Treffen zwischen den Außenministern Japans und Russlands, X und Y, in Moskau",
  "talks between the foreign ministers of Japan and Russia, X and Y, took place in Moscow": the names after
  the offices take part, and the place after them is the meeting's.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-29"        # a Wednesday


def _meeting(extract, text, lang):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind in ("Meeting", "Talks")]
    return sorted(ev.actors), ev.place, ev.date.iso


@pytest.mark.parametrize("text", [
    "Am Dienstag fand in Paris ein Treffen zwischen Emmanuel Macron und Lula da Silva statt.",
    "Am Dienstag fand in Paris ein Treffen zwischen den Präsidenten Frankreichs und Brasiliens statt.",
])
def test_the_place_between_the_split_venue_verb_and_the_noun(extract, text):
    actors, place, day = _meeting(extract, text, "de")
    assert (place, day) == ("paris", "2023-03-28")


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Dienstag fand ein Treffen zwischen den Außenministern Japans und Russlands, Fumio Kishida und "
           "Sergej Lawrow, in Moskau statt."),
    ("en", "On Tuesday talks between the foreign ministers of Japan and Russia, Fumio Kishida and Sergey Lavrov, "
           "took place in Moscow."),
])
def test_the_people_after_their_offices_take_part_where_it_took_place(extract, lang, text):
    actors, place, day = _meeting(extract, text, lang)
    assert {"fumio-kishida", "sergey-lavrov"} <= set(actors)
    assert (place, day) == ("moscow", "2023-03-28")



@pytest.mark.parametrize("text", [
    "Am Dienstag fand ein Treffen zwischen Olaf Scholz und Emmanuel Macron über die Lage in Kiew statt.",
    "Am Dienstag fand ein Treffen zwischen Olaf Scholz und Emmanuel Macron nach dessen Rückkehr aus Peking statt.",
])
def test_a_place_a_noun_before_it_owns_is_no_venue(extract, text):
    actors, place, day = _meeting(extract, text, "de")
    assert place is None and {"olaf-scholz", "emmanuel-macron"} <= set(actors)


def test_the_place_of_a_visit_noun_is_the_venue(extract):
    text = "Am Dienstag fand ein Treffen zwischen Olaf Scholz und Xi Jinping während des Besuchs in Peking statt."
    actors, place, day = _meeting(extract, text, "de")
    assert place == "beijing"
