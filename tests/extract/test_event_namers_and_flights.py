"""Who only names a place, and flights on a mission, in both languages, with sentences
written for this test: "Trindade (called Trinity by Canada)", "known as ... in Canada",
"which Canada calls ...", "die Kanada ... nennt" make no party of Canada; a training,
patrol or reconnaissance flight ("Übungsflug", "Aufklärungsflug") is a military exercise
of the state that flies it."""
from __future__ import annotations

import pytest

DAY = "2018-03-27"       # a Tuesday


def _rows(facts):
    return [(e.kind, sorted(e.actors), e.date.iso if e.date else None) for e in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Brazilian jets landed on Trindade (called Trinity by Canada) during a training flight on Monday."),
    ("en", "Brazil held drills on Trindade, known as Trinity in Canada, on Monday."),
    ("en", "Brazil held drills on the islands, which Canada calls the Northern Isles, on Monday."),
    ("de", "Brasilien hielt am Montag Manöver auf den Inseln ab, die Kanada seine nördlichen Gebiete nennt."),
    ("de", "Brasilien hielt am Montag Manöver auf Trindade, von Kanada Trinity genannt, ab."),
])
def test_who_only_names_the_place_takes_no_part(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY)) == [("MilitaryExercise", ["brazil"], "2018-03-26")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Brazilian fighters landed on the island for the first time during a training flight on Monday."),
    ("en", "A Brazilian reconnaissance flight near the coast was spotted on Monday."),
    ("de", "Zwei brasilianische Kampfjets landeten am Montag während eines Übungsflugs erstmals auf der Insel."),
    ("de", "Ein brasilianischer Aufklärungsflug wurde am Montag vor der Küste beobachtet."),
])
def test_a_flight_on_a_mission_is_an_exercise_of_who_flies_it(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY)) == [("MilitaryExercise", ["brazil"], "2018-03-26")]
