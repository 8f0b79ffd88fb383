"""A protest over plans is held now; the plans are to come: sentences written for this test.

"protested on Friday over Canada's plans to hold drills", "lodged a protest against plans by
Canada to deploy troops", "protestierte gegen Kanadas Pläne, Manöver abzuhalten": the plan
words are the cause's, so the protest happened on Friday (it was planned for the next
Friday), and the drills told as plans are planned (German "Pläne" is now a cue of a plan;
the German protest was right before and is a guard).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil protested on Friday over Canada's plans to hold military exercises with France later "
           "this month."),
    ("en", "Brazil lodged a protest on Friday against plans by Canada to deploy troops near the border."),
    ("de", "Brasilien protestierte am Freitag gegen Kanadas Pläne, Ende des Monats Manöver abzuhalten."),
])
def test_a_protest_over_plans_is_held(lang, text):
    [protest] = [ev for ev in run(text, lang, published="2024-10-12").events if ev.kind == "Protest"]
    assert (protest.status, protest.date.iso) == ("Happened", "2024-10-11")


def test_the_drills_of_the_plans_are_planned():
    text = "Brasilien protestierte am Freitag gegen Kanadas Pläne, Ende des Monats Manöver abzuhalten."
    [drill] = [ev for ev in run(text, "de", published="2024-10-12").events if ev.kind == "MilitaryExercise"]
    assert drill.status == "Planned"
