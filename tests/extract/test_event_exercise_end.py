"""A drill that ended is no suspension: "said the five-day joint exercise with X ended on
Tuesday" tells of the exercise, not of talks stopped. Suspending exercises, or ending
talks, still is one (guards). Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-09-25"


def test_an_exercise_that_ended_is_no_suspension(extract):
    kinds = [ev.kind for ev in extract("The Brazilian navy said the five-day joint exercise with Mexico ended on "
                                       "Tuesday.", "en", published=DAY).events]
    assert kinds == ["MilitaryExercise"]


@pytest.mark.parametrize("text", [
    "Brazil suspended joint exercises with Mexico on Monday.",
    "Brazil ended talks with Mexico on Monday after the drills.",
])
def test_suspending_exercises_or_ending_talks_is_one(extract, text):
    assert "Suspension" in [ev.kind for ev in extract(text, "en", published=DAY).events]
