"""Councils of ministers, schedules and summits still to come: sentences written for this
test, in both languages.

- "the NATO council of defence ministers", "der Rat der Nato-Außenminister",
  "Nato-Außenministerrat": a meeting; "Gesprächsrunde", "Verhandlungsrunde": talks;
- "the meeting between X and Y is scheduled for Monday": the plan's status is read past the
  "and" of its between-phrase;
- "On Friday, X is scheduled to hold talks with Y", "Am Freitag soll X ... Gespräche führen": the
  fronted day is the talks' (no saying or arranging stands between);
- "When X meets Y, the two will probably ...", "Wenn X Y trifft": to come; "when X met Y", "als X
  Y traf": held;
- "with the summit approaching", "der nahende Gipfel": still to come;
- "the Paris G7 summit": the city before a body's summit is where it meets, not a party;
- "will fly to Madrid after attending a summit", "nach der Teilnahme am Gipfel": who flies on
  attends, and a summit after which someone will travel is still to come.
"""
from __future__ import annotations

import pytest

DAY = "2023-09-15"


def _by_kind(facts) -> dict:
    return {ev.kind: ev for ev in facts.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Annalena Baerbock will take part in the NATO council of defence ministers in "
           "Brussels on October 4, officials said."),
    ("de", "Baerbock wird am 4. Oktober am Rat der Nato-Außenminister in Brüssel teilnehmen."),
    ("de", "Baerbock wird am 4. Oktober am Nato-Außenministerrat in Brüssel teilnehmen."),
])
def test_a_council_of_ministers_is_a_meeting(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place, ev.date.iso) == (
        "Meeting", "Planned", ["annalena-baerbock", "nato"], "brussels", "2023-10-04")


@pytest.mark.parametrize("text", [
    "The meeting between Scholz and Macron is scheduled for Monday.",
    "The meeting between Scholz and his French counterpart has been scheduled for Monday, September 18.",
])
def test_a_schedule_after_a_between_phrase_is_a_plan(extract, text):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Planned", "2023-09-18")


@pytest.mark.parametrize("lang,text", [
    ("en", "With the Paris G7 summit approaching in October, Germany aims to bolster its ties with NATO."),
    ("de", "Vor dem nahenden G7-Gipfel in Paris im Oktober will Deutschland seine Bande zur Nato stärken."),
])
def test_an_approaching_summit_is_to_come(extract, lang, text):
    summit = _by_kind(extract(text, lang, published=DAY))["Summit"]
    assert (summit.status, summit.actors[:1], summit.place, summit.date.iso) == ("Planned", ["g7"], "paris", "2023-10")


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Scholz will fly to Madrid after attending the G7 summit in Paris on September 26-28.",
     "Planned"),
    ("en", "Scholz flew to Madrid on Monday after attending the G7 summit in Paris.", "Happened"),
    ("de", "Scholz reiste nach der Teilnahme am G7-Gipfel in Paris nach Madrid weiter.", "Happened"),
])
def test_who_travels_after_attending_a_summit_attended_it(extract, lang, text, status):
    summit = _by_kind(extract(text, lang, published=DAY))["Summit"]
    assert (sorted(summit.actors), summit.place, summit.status) == (["g7", "olaf-scholz"], "paris", status)


@pytest.mark.parametrize("text,status", [
    ("Kanada und Brasilien werden die nächste Gesprächsrunde am 8. Oktober in Ottawa führen.", "Planned"),
    ("Die letzte Verhandlungsrunde zwischen Kanada und Brasilien fand im Mai in Ottawa statt.", "Happened"),
])
def test_a_german_round_of_talks_is_talks(extract, text, status):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place) == ("Talks", status, ["brazil", "canada"], "ottawa")


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "On Friday, Macron is scheduled to hold one-on-one meetings with Chancellor Merkel and Prime Minister "
           "Trudeau.", "Meeting"),
    ("en", "On Friday, Macron is set to hold talks with Chancellor Merkel.", "Talks"),
    ("de", "Am Freitag soll Macron mit Bundeskanzlerin Merkel Gespräche führen.", "Talks"),
])
def test_the_day_fronted_before_a_schedule_is_the_plans(extract, lang, text, kind):
    [ev] = extract(text, lang, published="2018-10-25").events     # a Thursday
    assert (ev.kind, ev.status, ev.date.iso) == (kind, "Planned", "2018-10-26")


def test_the_day_of_a_threat_does_not_date_the_threatened_act(extract):
    events = extract("Japan threatened on Monday to impose sanctions on Russia.", "en", published=DAY).events
    assert [(ev.kind, ev.date) for ev in events] in ([], [("Sanction", None)])


@pytest.mark.parametrize("lang,text", [
    ("en", "When Trudeau meets Modi in Ottawa, the two leaders will probably sign a new trade pact."),
    ("de", "Wenn Trudeau Modi in Ottawa trifft, werden beide wohl ein neues Handelsabkommen unterzeichnen."),
])
def test_a_meeting_in_a_when_clause_in_the_present_is_to_come(extract, lang, text):
    assert [(e.kind, e.status) for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"] \
        in ([], [("Meeting", "Planned")])


@pytest.mark.parametrize("lang,text", [
    ("en", "When Trudeau met Lula in Ottawa on Monday, the two shook hands."),
    ("de", "Als Trudeau am Montag Lula in Ottawa traf, gaben sich beide die Hand."),
])
def test_a_meeting_in_a_when_clause_in_the_past_was_held(extract, lang, text):
    assert [(e.kind, e.status) for e in extract(text, lang, published=DAY).events] == [("Meeting", "Happened")]
