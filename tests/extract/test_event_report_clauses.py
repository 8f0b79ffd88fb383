"""A report clause after a gathering noun that ends its clause ("führten am Dienstag in
Moskau Gespräche, teilte der Kreml mit") is no relative clause of the noun: the gathering
keeps the day its own clause gives (sentences written for this test, through the real
pipeline)."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

TALKS = [("Talks", "Happened", ["vladimir-putin", "xi-jinping"], "2023-03-21")]


@pytest.mark.parametrize("text", [
    "Putin und Xi führten am Dienstag in Moskau Gespräche, teilte der Kreml mit.",
    "Am Dienstag führten Putin und Xi in Moskau Gespräche, teilte der Kreml mit.",
])
def test_a_report_clause_after_the_noun_leaves_it_its_clauses_day(extract, text):
    facts = extract(text, "de", "2023-03-22")
    assert event_rows(facts) == TALKS
    assert facts.events[0].place == "moscow"


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Dienstag führten Putin und Xi in Moskau Gespräche, sagte ein Sprecher des Kremls."),
    ("en", "Putin and Xi held talks in Moscow on Tuesday, the Kremlin said."),
])
def test_guard_other_report_clauses_leave_the_day(extract, lang, text):
    assert event_rows(extract(text, lang, "2023-03-22")) == TALKS
