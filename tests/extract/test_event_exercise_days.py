"""One exercise an article dates by two of its days: a caption's "during the drill ... on
October 3" and "the main phase began on October 5" are one exercise of the same side
(an exercise lasts days or weeks). Drills of other sides, or weeks apart, stay apart
(guards). Sentences written for this test.
"""
from __future__ import annotations

import pytest

MONTH = "2024-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Norwegian soldiers load tanks on a train during the NATO exercise Cold Arrow in Bodø, Norway, on "
           "October 3.\n\nThe main phase of the NATO exercise began on October 5 with forces of all allies."),
    ("de", "Norwegische Soldaten verladen Panzer während des Nato-Manövers in Bodø am 3. Oktober.\n\n"
           "Die Hauptphase des Nato-Manövers begann am 5. Oktober."),
])
def test_two_days_of_one_exercise_are_one_event(extract, lang, text):
    [ev] = extract(text, lang, published=MONTH).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso, len(ev.sents)) == ("MilitaryExercise", ["nato", "norway"], "2024-10-03", 2)


@pytest.mark.parametrize("text", [
    "Russia and China held naval drills on Monday.\n\nRussia and Belarus started army exercises on Tuesday.",
    "NATO held naval drills on October 1.\n\nNATO started another exercise on October 21.",
    "The United States and Japan began their naval drills on Monday.\n\nOn Thursday, the United States, Japan "
    "and Canada held a trilateral naval exercise.",
    "Russia held air defence drills on Tuesday.\n\nRussia and China launched joint naval exercises on Thursday.",
])
def test_guard_exercises_of_other_sides_or_weeks_apart_stay_two(extract, text):
    kinds = [ev.kind for ev in extract(text, "en", published="2024-10-25").events]
    assert kinds == ["MilitaryExercise", "MilitaryExercise"]
