"""A plan that a reaction is about keeps its own time and parties: sentences written for
this test, in both languages.

- "protested on Monday over Ottawa's plans to hold drills with Mexico next month": the drills
  are planned for next month, not on the protest's Monday (a weekday read forward as a plan's);
  "protestierte am Montag gegen die Pläne Kanadas, im nächsten Monat ... Manöver abzuhalten"
  the same;
- the owner of a plan or an act after "over" ("over Canada's plans", "over Moscow's
  expulsion of") is its party, not a place the preposition locates.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil lodged a protest with Canada on Monday over Ottawa's plans to hold naval drills with Mexico "
           "next month."),
    ("en", "Brazil protested to Canada on Monday over Canada's plan to hold drills with Mexico next month."),
    ("de", "Brasilien protestierte am Montag gegen die Pläne Kanadas, im nächsten Monat gemeinsam mit Mexiko "
           "Manöver abzuhalten."),
])
def test_a_protested_plan_keeps_its_own_time(extract, lang, text):
    events = {ev.kind: ev for ev in extract(text, lang, published=DAY).events}
    assert events["Protest"].date.iso == "2024-05-06"
    drill = events["MilitaryExercise"]
    assert (drill.status, drill.date.iso) == ("Planned", "2024-06")
    assert {"canada", "mexico"} <= set(drill.actors)


def test_the_owner_of_a_protested_plan_is_its_party_not_its_place(extract):
    events = extract("Brazil lodged a protest with Canada on Monday over Ottawa's plans to hold naval drills "
                     "with Mexico next month.", "en", published=DAY).events
    [drill] = [ev for ev in events if ev.kind == "MilitaryExercise"]
    assert (sorted(drill.actors), drill.place) == (["canada", "mexico"], None)


def test_the_owner_of_an_act_after_over_is_its_party(extract):
    events = extract("Brazil summoned the Canadian ambassador on Tuesday over Ottawa's expulsion of a Brazilian "
                     "consul last month.", "en", published=DAY).events
    [expulsion] = [ev for ev in events if ev.kind == "Expulsion"]
    assert (sorted(expulsion.actors), expulsion.place, expulsion.date.iso) == (["brazil", "canada"], None, "2024-04")
