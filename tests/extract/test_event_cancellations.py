"""Calling off and putting off: sentences written for this test, in both languages.

A verb or noun of calling off before the event ("cancels the visit", "the cancellation of
the trip", "postpones the summit", "verschiebt den Gipfel", "die Absage der Reise", "sagt den
Gipfel ... ab") makes it cancelled, at the coming day it was set for; who calls it off
("Mexiko sagt ... ab") is no mere speaker. Guards: a trip called off in an "after" phrase
leaves the meeting of the day held; "sagte, der Gipfel finde ... statt" is a saying.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, the coming Friday the 12th


def _events(facts) -> list:
    return [(ev.kind, ev.status, sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text,kind,actors", [
    ("en", "Tokyo announced on Monday the cancellation of Kishida's trip to Ottawa on Friday.", "Visit",
     ["fumio-kishida"]),
    ("en", "Mexico postpones the summit with Canada in Ottawa planned for Friday.", "Summit", ["canada", "mexico"]),
    ("en", "Canada calls off Friday's summit with Mexico in Ottawa.", "Summit", ["canada", "mexico"]),
    ("de", "Kanada verschiebt den Gipfel mit Mexiko in Ottawa am Freitag.", "Summit", ["canada", "mexico"]),
    ("de", "Mexiko sagt den Gipfel mit Kanada in Ottawa am Freitag ab.", "Summit", ["canada", "mexico"]),
])
def test_what_is_called_off_is_cancelled_at_its_coming_day(extract, lang, text, kind, actors):
    assert _events(extract(text, lang, published=DAY)) == [(kind, "Cancelled", actors, "2024-07-12")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau met Macron in Ottawa on Monday after cancelling a trip to Lima."),
    ("de", "Trudeau traf am Montag in Ottawa Macron, nachdem er eine Reise nach Peru abgesagt hatte."),
])
def test_guard_a_trip_called_off_after_leaves_the_meeting_held(extract, lang, text):
    events = _events(extract(text, lang, published=DAY))
    assert ("Meeting", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-08") in events


def test_a_german_past_of_putting_off_cancels(extract):
    [ev] = extract("Brasilien verschob am Montag die Gespräche mit Kanada in Ottawa.", "de", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Talks", "Cancelled", "2024-07-08")


def test_guard_saying_that_a_summit_takes_place_calls_nothing_off(extract):
    [ev] = extract("Mexiko sagte am Montag, der Gipfel mit Kanada in Ottawa finde am Freitag statt.", "de",
                   published=DAY).events
    assert (ev.kind, ev.status) == ("Summit", "Planned")


@pytest.mark.parametrize("text, status", [
    ("Brazil decided to call off the meeting with Canada on Monday.", "Cancelled"),
    ("Brazil saw no option other than to call off the meeting with Canada, its ministry said on Monday.", "Cancelled"),
    ("Brazil threatened to call off the meeting with Canada on Monday.", "Planned"),
])
def test_an_infinitive_of_calling_off_cancels_unless_only_threatened(extract, text, status):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors)) == ("Meeting", status, ["brazil", "canada"])


@pytest.mark.parametrize("text", [
    "Brazil may call off the meeting with Canada, aides said on Monday.",
    "Brazil is expected to call off the meeting with Canada next week.",
    "Brazil has no intention to call off the meeting with Canada, its ministry said on Monday.",
])
def test_a_call_off_that_may_come_cancels_nothing(extract, text):      # guard
    assert "Cancelled" not in [ev.status for ev in extract(text, "en", published=DAY).events]


@pytest.mark.parametrize("text", [
    "Mexiko hat den Gipfel mit Kanada in Ottawa platzen lassen.",
    "Die Gespräche zwischen Mexiko und Kanada sind am Montag geplatzt.",
])
def test_a_summit_or_talks_made_to_burst_are_called_off(extract, text):
    [(kind, status, actors, _)] = _events(extract(text, "de", published=DAY))
    assert status == "Cancelled" and actors == ["canada", "mexico"]


@pytest.mark.parametrize("text", [
    "Die Verhandlungen zwischen Mexiko und Kanada drohen zu platzen.",
    "Die Nachricht platzte am Montag mitten in das Treffen von Mexiko und Kanada.",
])
def test_guard_a_risk_of_bursting_or_bursting_news_calls_nothing_off(extract, text):
    assert all(status != "Cancelled" for _, status, _, _ in _events(extract(text, "de", published=DAY)))


MARCH = "2024-03-20"


@pytest.mark.parametrize("lang,text,kind,published,month", [
    ("en", "The planned summit of Canada and Mexico in Ottawa in June will not take place.", "Summit", MARCH, "2024-06"),
    ("de", "Kanada und Mexiko sagen ihren geplanten Gipfel im Juni in Ottawa ab.", "Summit", MARCH, "2024-06"),
    ("en", "Canada and Mexico called off the summit in Ottawa planned for June.", "Summit", MARCH, "2024-06"),
    ("en", "Canada called off the talks with Mexico planned for October.", "Talks", "2024-06-20", "2024-10"),
    ("de", "Der für Oktober geplante Besuch von Trudeau in Mexiko wurde abgesagt.", "Visit", "2024-06-20", "2024-10"),
])
def test_a_called_off_plan_keeps_the_coming_month(extract, lang, text, kind, published, month):
    """The month a plan was set for is the coming one when it lies nearer than the last."""
    [ev] = [e for e in extract(text, lang, published=published).events if e.kind == kind]
    assert (ev.status, ev.date.iso) == ("Cancelled", month)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada called off the talks with Mexico in May."),
    ("de", "Kanada sagte im Mai die Gespräche mit Mexiko ab."),
    ("en", "Canada had called off the talks with Mexico that were planned for May."),
])
def test_guard_a_month_of_calling_off_told_later_stays_the_last(extract, lang, text):
    [ev] = extract(text, lang, published="2024-08-20").events
    assert (ev.kind, ev.status, ev.date.iso) == ("Talks", "Cancelled", "2024-05")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Mexico called off their summit in Ottawa."),
    ("de", "Kanada und Mexiko sagen ihren Gipfel in Ottawa ab."),
])
def test_who_calls_off_a_gathering_are_its_sides_and_its_place_stays(extract, lang, text):
    """"called" is no verb of saying before "off", nor of naming: the callers are no
    speakers and "in Ottawa" names no name."""
    [ev] = extract(text, lang, published=MARCH).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place) == ("Summit", "Cancelled", ["canada", "mexico"], "ottawa")


def test_guard_a_meeting_before_calling_off_another_trip_gives_it_no_sides(extract):
    """"traf X in Paris und sagte den Besuch in Peking ab": Macron takes no part in a
    called-off visit to Beijing."""
    events = extract("Scholz traf Macron in Paris und sagte den Besuch in Peking ab.", "de", published=MARCH).events
    assert not [ev for ev in events if ev.status == "Cancelled" and "emmanuel-macron" in ev.actors]
