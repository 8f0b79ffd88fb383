"""A plan fulfilled ("wie erwartet", "wie geplant", "as planned") tells of an act done, not one to
come; an "as" that opens a clause of its own with a name for its subject ("concluded a deal
Friday as France prepares to ...") ends the act's parties; an event a since-phrase names
("since Merkel's visit in 2014") is one recalled; a visit a sentence opens with ("Mit seinem
Besuch in Peking will X ...") is not planned by the main clause's verb. Sentences written for this test."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article

FRIDAY = "2024-02-16"


def events(text: str, lang: str, published: str = FRIDAY) -> list:
    return extract_article(Article("t", text, lang, published=parse_iso(published))).events


@pytest.mark.parametrize("lang,text,kind", [
    ("de", "Wie erwartet haben Selenskyj und Bundeskanzler Scholz in Berlin eine Sicherheitsvereinbarung "
           "unterzeichnet.", "Agreement"),
    ("de", "Wie geplant trafen sich Scholz und Kishida am Freitag in Berlin.", "Meeting"),
    ("en", "As planned, Scholz and Kishida met in Berlin on Friday.", "Meeting"),
])
def test_a_plan_fulfilled_is_done(lang, text, kind):
    assert [(e.kind, e.status) for e in events(text, lang)] == [(kind, "Happened")]


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "The German and Ukrainian governments concluded a bilateral security deal Friday as France prepares to "
           "finalize its own agreement.", {"germany", "ukraine"}),
    ("en", "Scholz met Kishida in Berlin on Friday as Japan seeks closer ties with Europe.",
     {"olaf-scholz", "fumio-kishida"}),
    ("en", "Scholz met Kishida as Germany's chancellor on Friday.", {"olaf-scholz", "fumio-kishida"}),
])
def test_an_as_clause_with_its_own_subject_names_no_party(lang, text, parties):
    [ev] = events(text, lang)
    assert set(ev.actors) == parties


def test_an_event_a_since_phrase_names_is_recalled():
    found = events("Chancellor Olaf Scholz arrived in Canberra on Monday, the first trip there by a German chancellor "
                   "since Angela Merkel’s visit to Australia in 2014.", "en", "2024-04-29")
    assert sorted((e.date.iso if e.date else None, e.prior) for e in found if e.kind == "Visit") == [
        ("2014", True), ("2024-04-29", False)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Mit seinem ersten Besuch in Peking will Ministerpräsident Shinzo Abe die Beziehungen verbessern."),
    ("en", "With his first visit to Beijing, Prime Minister Shinzo Abe wants to improve ties."),
])
def test_a_visit_the_sentence_opens_with_is_no_plan_of_its_main_verb(lang, text):
    assert [(e.kind, e.status) for e in events(text, lang, "2018-10-25")] == [("Visit", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Mit dem geplanten Besuch in Peking will Abe die Beziehungen verbessern."),
    ("en", "Putin arrived in Nagato on Thursday, with talks with Abe scheduled to move to Tokyo on Friday."),
])
def test_a_plan_the_opening_phrase_names_stays_a_plan(lang, text):
    assert ("Planned" in [e.status for e in events(text, lang, "2018-10-25") if e.kind in ("Visit", "Talks")])


@pytest.mark.parametrize("text,parties", [
    ("Scholz met Biden as well as Kishida in Tokyo on Monday.", {"olaf-scholz", "joe-biden", "fumio-kishida"}),
    ("Scholz met leaders such as Macron and Kishida in Tokyo on Monday.",
     {"olaf-scholz", "emmanuel-macron", "fumio-kishida"}),
])
def test_as_well_as_and_such_as_open_no_clause(text, parties):
    [ev] = events(text, "en")
    assert (set(ev.actors), ev.place) == (parties, "tokyo")


def test_a_plan_that_did_not_come_true_is_not_done():
    assert [e.status for e in events("The meeting between Scholz and Kishida did not take place as planned.", "en")
            if e.status == "Happened"] == []


def test_a_trip_next_week_in_an_opening_phrase_stays_a_plan():
    found = events("Mit seiner Reise nach Peking nächste Woche will Scholz die Beziehungen stärken.", "de")
    assert [(e.kind, e.status) for e in found] == [("Visit", "Planned")]
