"""Towns the knowledge base lacks, named after a demonym or as a resort: sentences written for
this test, in both languages.

"im japanischen Karuizawa": a town of the gazetteer after "im" and a demonym is a place (not
"im japanischen Parlament": no town); "in the Japanese resort of Karuizawa": a resort is a
place noun like "town".
"""
from __future__ import annotations

import pytest

DAY = "2023-04-18"        # a Tuesday: Monday is the 17th


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außenminister der G7 trafen sich am Montag im japanischen Karuizawa."),
    ("en", "G7 foreign ministers met on Monday in the Japanese resort of Karuizawa."),
])
def test_a_town_after_a_demonym_or_as_a_resort_is_the_place(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.place, ev.date.iso) == ("new:Place:karuizawa", "2023-04-17")


def test_guard_a_noun_after_a_demonym_is_no_town(extract):
    [ev] = extract("Die Außenminister der G7 trafen sich am Montag im japanischen Parlament.", "de",
                   published=DAY).events
    assert ev.place is None
