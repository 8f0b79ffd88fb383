"""Trips made to meet, gerunds after "after", and years that name a document: sentences
written for this test, in both languages where the language has the form.

- "X flew to Ottawa on Monday to meet Y", "made a stop to meet Y": the meeting was held,
  on the trip's day ("to meet" is no present tense telling of a next Monday);
- "X made his remarks after meeting with Y": X met Y;
- "the 2004 fishing agreement", "das Abkommen von 2004": the year is the document's, not
  the time of its suspension; "signed an agreement in 2004" keeps its year;
- "die Aussetzung", "die Aufkündigung", "der Abbruch" of an accord or of talks suspend it;
- a plan or expectation told of "last July" / "im vergangenen Juli" was held then, not next
  July; "next July" stays ahead; a German subjunctive ("wäre") tells no occurrence;
- "the summit of the G20 in Osaka", "beim Gipfeltreffen der NATO in Madrid": the place is
  the summit's, not the body's seat.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"          # a Friday


@pytest.mark.parametrize("text,date", [
    ("Macron flew to Ottawa on Monday to meet Trudeau.", "2024-05-06"),
    ("Macron travelled to Ottawa on Monday to meet Trudeau.", "2024-05-06"),
    ("Lula made a surprise stop in Ottawa in February to meet Trudeau.", "2024-02"),
])
def test_a_trip_made_to_meet_is_a_meeting_held(extract, text, date):
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Meeting"]
    assert (ev.status, ev.place, ev.date.iso) == ("Happened", "ottawa", date)


def test_a_trip_to_come_is_still_a_plan(extract):
    [ev] = extract("Macron will fly to Ottawa next week to meet Trudeau.", "en", published=DAY).events
    assert (ev.kind, ev.status) == ("Meeting", "Planned")


@pytest.mark.parametrize("text", [
    "Trudeau made his remarks after meeting with French President Emmanuel Macron in Ottawa.",
    "Trudeau spoke to the press after meeting with French President Emmanuel Macron in Ottawa.",
])
def test_the_subject_of_a_gerund_after_after_took_part(extract, text):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.place) == ("Meeting", "ottawa")
    assert set(ev.actors) == {"justin-trudeau", "emmanuel-macron"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil declared on Tuesday that it was suspending the 2004 agreement with Canada on fishing."),
    ("en", "Brazil suspended the 2004 fishing agreement with Canada on Tuesday."),
    ("de", "Brasilien setzte am Dienstag das Fischereiabkommen von 2004 mit Kanada aus."),
    ("de", "Brasilien hat am Dienstag die Aussetzung des Abkommens von 2004 mit Kanada verkündet."),
])
def test_a_documents_year_does_not_date_its_suspension(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Suspension", "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil signed a fishing agreement in 2004."),
    ("de", "Kanada und Brasilien unterzeichneten im Jahr 2004 ein Fischereiabkommen."),
])
def test_an_accords_own_year_stays(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Agreement", "2004")


@pytest.mark.parametrize("lang,text", [
    ("en", "A decision had been expected at the NATO summit in Madrid last July."),
    ("de", "Eine Entscheidung war beim Gipfeltreffen der NATO in Madrid im vergangenen Juli erwartet worden."),
])
def test_a_gathering_told_of_last_month_was_held(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.place, ev.date.iso) == ("Summit", "Happened", "madrid", "2023-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz will visit Ottawa next July."),
    ("de", "Scholz will im kommenden Juli Ottawa besuchen."),
])
def test_a_plan_for_next_month_stays_ahead(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Visit", "Planned", "2024-07")


def test_a_gathering_in_the_subjunctive_is_no_occurrence(extract):
    text = "Kanadas Teilnahme am Gipfeltreffen wäre für Brasilien ein Signal."
    assert [e.status for e in extract(text, "de", published=DAY).events] in ([], ["Planned"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron at the summit of the G20 in Osaka on Tuesday."),
    ("de", "Scholz traf Macron am Dienstag beim Gipfeltreffen der G20 in Osaka."),
])
def test_the_place_after_the_body_of_the_summit_is_the_summits(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert "Summit" in [e.kind for e in events]
    assert {(e.place, e.date.iso) for e in events} == {("osaka", "2024-05-07")}


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "The NATO summit in Madrid last July was a success.", "2023-07"),
    ("de", "Der NATO-Gipfel in Madrid im vergangenen Juli war ein Erfolg.", "2023-07"),
    ("en", "The NATO summit in Madrid in July was a success.", "2024-07"),
    ("en", "The NATO summit in Madrid next July will be a success.", "2025-07"),
])
def test_last_or_next_month_of_the_publications_name_is_another_year(extract, lang, text, iso):
    """Published in July: "last July" is a year before, "in July" this one, "next July" the next."""
    [ev] = extract(text, lang, published="2024-07-09").events
    assert (ev.kind, ev.place, ev.date.iso) == ("Summit", "madrid", iso)


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_acts(extract):
    """"quotas for the fishing year that starts on June 1": the year's start, not the day of
    the accord (it was taken, and read as last June)."""
    [ev] = extract("Canada and Brazil agreed on catch quotas for the fishing year that starts on June 1, "
                   "the agency said.", "en", published=DAY).events
    assert ev.kind == "Agreement" and (ev.date is None or not ev.date.iso.endswith("-06-01"))


def test_guard_a_date_in_a_relative_clause_on_the_aircraft_is_the_incidents(extract):
    """Guard: "intercepted bombers which were flying near its coast on May 6": the flight is
    the incident."""
    events = extract("Canada scrambled jets to intercept two Brazilian bombers which were flying near its coast "
                     "on May 6.", "en", published=DAY).events
    [ev] = [e for e in events if e.kind == "Interception"]
    assert ev.date.iso == "2024-05-06"
