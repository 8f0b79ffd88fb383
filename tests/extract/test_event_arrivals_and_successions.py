"""Arrivals, what follows them, and acts told as coming right after another, with
sentences written for this test:

- "arrived on Sunday and will fly to Paris on Monday": the place and day of the later
  travel are not the arrival's (a joining word and a future auxiliary open a conjunct);
- "held a phone meeting": a call;
- "Shortly afterwards, X met Y", "Kurz darauf traf X Y": the day of the act told just
  before, not the publication day.
"""
from __future__ import annotations

import pytest

DAY = "2022-02-09"        # a Wednesday: Sunday is the 6th


def _events(extract, text, lang):
    return [(e.kind, sorted(e.actors), e.place, e.date.iso if e.date else None, e.status)
            for e in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("text", [
    "Olaf Scholz arrived here on Sunday and will fly to Paris on Monday.",
    "Olaf Scholz arrived here earlier Sunday and will fly to Paris early Monday.",
])
def test_the_travel_of_a_later_conjunct_is_not_the_arrivals(extract, text):
    assert _events(extract, text, "en") == [("Visit", ["olaf-scholz"], None, "2022-02-06", "Happened")]


def test_two_meetings_joined_by_will_keep_their_own_places(extract):
    text = "Olaf Scholz met Vladimir Putin in Moscow on Sunday and will meet Emmanuel Macron in Paris on Friday."
    assert [(e[1], e[2], e[4]) for e in _events(extract, text, "en")] == [
        (["olaf-scholz", "vladimir-putin"], "moscow", "Happened"),
        (["emmanuel-macron", "olaf-scholz"], "paris", "Planned")]


def test_a_phone_meeting_is_a_call(extract):
    text = "Olaf Scholz and Emmanuel Macron held a phone meeting on Monday."
    assert [e[0] for e in _events(extract, text, "en")] == ["PhoneCall"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz met Emmanuel Macron in Paris on Sunday. Shortly afterwards, Scholz met Mark Rutte."),
    ("de", "Olaf Scholz traf am Sonntag Emmanuel Macron in Paris. Kurz darauf traf Scholz den "
           "niederländischen Ministerpräsidenten Mark Rutte."),
])
def test_an_act_shortly_afterwards_is_of_the_day_before_it(extract, lang, text):
    days = {e[3] for e in _events(extract, text, lang) if "mark-rutte" in e[1]}
    assert days == {"2022-02-06"}


def test_an_act_with_a_day_of_its_own_keeps_it(extract):
    text = "Olaf Scholz met Emmanuel Macron in Paris on Sunday. Shortly afterwards, Scholz met Mark Rutte on Monday."
    assert {e[3] for e in _events(extract, text, "en") if "mark-rutte" in e[1]} == {"2022-02-07"}


def test_an_act_without_an_opener_keeps_the_lead_day(extract):
    text = "Olaf Scholz met Emmanuel Macron in Paris on Sunday. Scholz met Mark Rutte."
    assert {e[3] for e in _events(extract, text, "en") if "mark-rutte" in e[1]} == {"2022-02-09"}
