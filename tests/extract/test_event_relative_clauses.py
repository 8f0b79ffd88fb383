"""A relative clause after a comma is the last noun's: what it names and dates is not the
event's ("visited Crimea, which Russia annexed in 2014, on Tuesday": Tuesday, and Russia is
no party; "a visit to the island, which Denmark ruled": Denmark is no party), even when a
name follows the relative pronoun ("which Russia ..."). A relative clause on the event noun
itself names who else attended ("the summit, which Albanese also attended"). A date after
the closing comma is the main clause's. Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau visited Crimea, which Russia annexed in 2014, on Tuesday."),
    ("de", "Trudeau besuchte am Dienstag die Krim, welche Russland 2014 annektiert hatte."),
])
def test_a_relative_clause_on_a_place_neither_dates_nor_joins_the_visit(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place, ev.date.iso) == ("Visit", ["justin-trudeau"], "crimea", "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, Trudeau began a two-day visit to the island, which Denmark ruled for centuries."),
    ("de", "Am Dienstag begann Trudeau seine zweite Reise auf die Insel, welche Dänemark jahrhundertelang "
           "regiert hatte."),
])
def test_a_relative_clause_on_the_last_noun_names_no_party_of_the_trip(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors) == ("Visit", ["justin-trudeau"])


def test_a_relative_clause_on_the_event_noun_names_who_else_attended(extract):
    [ev] = extract("Trudeau attended the summit, which Albanese also attended, on Tuesday.", "en",
                   published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Summit", ["anthony-albanese", "justin-trudeau"])


def test_a_that_clause_is_no_relative_clause_and_a_purpose_no_predicate(extract):
    """"dass die Raketen ..." opens no relative clause, and ", um ... abzuwehren" after it
    is a purpose, not the predicate that places and times the talks."""
    [ev] = extract("Bei den Verhandlungen mit Albanese hatte Trudeau zuvor gesagt, dass die Raketen in Europa "
                   "stationiert werden, um Angriffe aus Nordkorea abzuwehren.", "de", published=DAY).events
    assert (ev.kind, ev.status, ev.place) == ("Talks", "Happened", None)


def test_who_else_attended_keeps_the_main_clauses_place_and_day(extract):
    [ev] = extract("Macron attended the NATO summit, which Scholz also attended, in Washington on Tuesday.", "en",
                   published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso) == (
        "Summit", ["emmanuel-macron", "nato", "olaf-scholz"], "washington", "2024-05-07")
