"""Leaving talks, and acts that end: sentences written for this test, in both languages.

- withdrawing from talks, or deciding to, suspends them ("decided to withdraw from the trade
  talks", "pulled out of the talks", "hat sich aus den Gesprächen zurückgezogen");
  withdrawing, stopping or pulling out of anything else (an ambassador, imports) does not;
- an exercise that "was concluded" ended; no accord was concluded.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-20"          # a Saturday


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil decided on Monday to withdraw from the trade talks with Canada."),
    ("en", "Brazil stopped the trade talks with Canada on Monday."),
    ("de", "Brasilien hat sich am Montag aus den Handelsgesprächen mit Kanada zurückgezogen."),
    ("en", "Brazil pulled out of the trade talks with Canada on Monday."),
    ("en", "Brazil walked out of the trade talks with Canada on Monday."),
])
def test_withdrawing_from_talks_suspends_them(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.actors, ev.date.iso) == ("Suspension", "Happened", ["brazil", "canada"],
                                                            "2023-05-15")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada stopped the shipments of Brazilian coffee on Monday."),
    ("de", "Kanada hat am Montag seine Truppen aus Brasilien zurückgezogen."),
    ("en", "Canada pulled out of the coffee market of Brazil on Monday."),
])
def test_withdrawing_anything_else_suspends_no_talks(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("text", [
    "On March 2, a joint exercise of Canada and Brazil was concluded in Ottawa.",
    "The naval drills of Canada and Brazil were concluded on March 2.",
])
def test_a_concluded_exercise_is_no_accord(extract, text):
    assert [e.kind for e in extract(text, "en", published=DAY).events] == ["MilitaryExercise"]


def test_a_concluded_agreement_is_one(extract):
    [ev] = extract("Canada and Brazil concluded a trade agreement in Ottawa on March 2.", "en", published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("Agreement", "ottawa", "2023-03-02")


def test_a_stop_on_a_trip_for_talks_suspends_nothing(extract):
    [ev] = extract("Scholz made a stop in Ottawa on Monday for talks with Trudeau.", "en", published=DAY).events
    assert (ev.kind, ev.place, ev.actors) == ("Talks", "ottawa", ["olaf-scholz", "justin-trudeau"])
