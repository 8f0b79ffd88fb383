"""A list of verbs after one plan: sentences written for this test, in both languages.

"X will review their plans, agree on new steps in Ottawa on Friday": the comma does not end
the plan; the agreement is still to come, on the coming Friday. So too for a noun trigger
after a listed verb ("..., hold talks in Ottawa on Friday") and in German, where the listed
verb comes last ("werden ... prüfen, am Freitag in Ottawa Gespräche führen"). Guards: a
list in the past stays done; a relative clause with "werden" before the comma makes no plan.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, the coming Friday the 12th


def _events(facts) -> list:
    return [(ev.kind, ev.status, ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada and Brazil will review their plans, agree on new steps in Ottawa on Friday.", "Agreement"),
    ("en", "Canada and Brazil will review their plans, hold talks in Ottawa on Friday.", "Talks"),
    ("de", "Kanada und Brasilien werden ihre Pläne prüfen, am Freitag in Ottawa Gespräche führen.", "Talks"),
])
def test_a_verb_listed_after_a_plan_is_planned(extract, lang, text, kind):
    assert _events(extract(text, lang, published=DAY)) == [(kind, "Planned", "2024-07-12")]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada and Brazil reviewed their plans, agreed on new steps in Ottawa on Monday.", "Agreement"),
    ("en", "Canada and Brazil reviewed their plans, held talks in Ottawa on Monday.", "Talks"),
    ("de", "Kanada und Brasilien prüften ihre Pläne, führten am Montag in Ottawa Gespräche.", "Talks"),
])
def test_guard_a_list_in_the_past_stays_done(extract, lang, text, kind):
    assert _events(extract(text, lang, published=DAY)) == [(kind, "Happened", "2024-07-08")]


def test_guard_a_relative_clause_with_werden_makes_no_plan(extract):
    facts = extract("Ottawa hat gegen die Übungen Brasiliens vor Neufundland, die dort als Gefahr gesehen werden, "
                    "am Montag Protest eingelegt.", "de", published=DAY)
    assert ("Protest", "Happened", "2024-07-08") in _events(facts)
