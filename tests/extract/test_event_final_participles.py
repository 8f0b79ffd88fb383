"""A German main clause whose auxiliary stands before the event noun ends in the
participle that tells its status: "Am Donnerstag ist eine Zusammenkunft von X mit Y in Z
vorgesehen" is a plan for the coming Thursday, however far the participle stands from the
noun; "... hat stattgefunden" happened (a guard). English has no such form. Sentences
written for this test.
"""
from __future__ import annotations

DAY = "2019-12-16"      # a Monday


def test_a_final_participle_of_plan_makes_the_meeting_planned(extract):
    [ev] = extract("Am Donnerstag ist eine Zusammenkunft des kanadischen Premiers Trudeau mit seinem Kollegen "
                   "Albanese in Ottawa vorgesehen.", "de", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Planned", "2019-12-19")


def test_a_final_participle_of_occurrence_keeps_it_happened(extract):
    [ev] = extract("Am Montag hat ein Treffen des kanadischen Premiers Trudeau mit seinem Kollegen Albanese "
                   "in Ottawa stattgefunden.", "de", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Happened", "2019-12-16")
