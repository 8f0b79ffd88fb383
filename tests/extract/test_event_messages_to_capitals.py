"""A capital a message goes to is its government, neither the place of the act nor its
party (sentences written for these tests): "the drills sent a message to Tokyo", "a thinly
veiled reminder to Seoul", "sendet ein Signal an Tokio"; a capital one travels to is still where
("travelled to Moscow to meet Putin").
"""
from __future__ import annotations

import pytest

DAY = "2018-09-11"        # a Tuesday


@pytest.mark.parametrize("lang, text", [
    ("en", "The joint exercise of China and Russia on Tuesday sent a message to Tokyo."),
    ("en", "With the joint exercise China and Russia sent a thinly veiled reminder to Seoul on Tuesday."),
    ("de", "Das gemeinsame Manöver von China und Russland am Dienstag sendet ein deutliches Signal an Tokio."),
])
def test_a_capital_a_message_goes_to_is_no_place_and_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "MilitaryExercise" and set(ev.actors) == {"china", "russia"} and ev.place is None


def test_a_capital_one_travels_to_is_the_place(extract):                 # guard
    [ev] = extract("Abe travelled to Moscow on Tuesday to meet Putin.", "en", published=DAY).events
    assert ev.place == "moscow"


@pytest.mark.parametrize("text, actors", [
    ("Lavrov handed a letter to Wang Yi during their meeting in Beijing on Tuesday.", {"sergey-lavrov", "wang-yi"}),
])
def test_a_person_something_is_handed_to_takes_part(extract, text, actors):     # guard
    [ev] = extract(text, "en", published=DAY).events
    assert set(ev.actors) == actors and ev.place == "beijing"
