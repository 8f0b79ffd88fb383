"""Craft that arrive, brackets that hold a stop, and states that take part (sentences
written for these tests): aircraft or troops that arrive somewhere make no visit (a
person's plane does); an abbreviation's stop inside a bracket ("(dt.: ...)") ends no
sentence; a country that takes part in drills named before ("China nimmt an dem Manöver
teil") is a party to them.
"""
from __future__ import annotations

import pytest

DAY = "2019-09-10"        # a Tuesday


def _events(extract, text, lang):
    return [(ev.kind, set(ev.actors)) for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang, text", [
    ("de", "Am Dienstag sind in Frankreich zwölf Rafale-Jets der indischen Luftwaffe eingetroffen."),
    ("en", "Indian troops arrived in France on Tuesday."),
])
def test_craft_or_troops_that_arrive_make_no_visit(extract, lang, text):
    assert [kind for kind, _ in _events(extract, text, lang)] == []


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Modi's plane arrived in Paris on Tuesday.", {"narendra-modi"}),
    ("en", "Russian warships visited the port of Manila on Tuesday.", {"russia"}),
])
def test_a_persons_plane_or_a_port_call_still_visits(extract, lang, text, actors):     # guard
    assert _events(extract, text, lang) == [("Visit", actors)]


def test_a_stop_inside_a_bracket_ends_no_sentence(extract):
    text = ("Frankreich hat am Dienstag unter dem Namen „Vent du Nord“ (dt.: „Nordwind“) ein Manöver in der "
            "Bretagne begonnen.")
    assert _events(extract, text, "de") == [("MilitaryExercise", {"france"})]


def test_a_state_that_takes_part_in_drills_named_before_is_their_party(extract):
    text = ("Frankreich hat am Dienstag ein großes Manöver in der Bretagne begonnen.\n\n"
            "Indien nimmt mit 500 Soldaten an der Übung teil.")
    assert _events(extract, text, "de") == [("MilitaryExercise", {"france", "india"})]
