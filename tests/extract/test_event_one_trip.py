"""A visit noun beside a visit verb of its sentence is that visit: sentences written for
this test. "ist am Sonntag zu einem Besuch in Kanada eingetroffen, durch den ... soll":
the modal of the clause on the noun made the noun's visit a plan of its own, so one
arrival became a held and a planned visit. A noun visit elsewhere stays its own."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.mark.parametrize("lang,text", [
    ("de", "Macron ist am Sonntag zu einem Besuch in Kanada eingetroffen, durch den der Handel wachsen soll."),
    ("en", "Macron arrived in Canada on Sunday for a visit that is meant to strengthen the partnership."),
])
def test_an_arrival_for_a_visit_is_one_held_visit(lang, text):
    [ev] = run(text, lang, published="2023-01-29").events
    assert (ev.kind, ev.status, ev.place) == ("Visit", "Happened", "canada")


def test_a_visit_elsewhere_stays_its_own():
    # guard: a visit to another country, told as still to come, is not the arrival
    facts = run("Macron traf am Sonntag in Kanada ein. Nächste Woche soll ein Besuch in Mexiko folgen.", "de",
                published="2023-01-29")
    assert sorted((ev.place, ev.status) for ev in facts.events) == [("canada", "Happened"), ("mexico", "Planned")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron visited Iturup on Sunday. He came from Ottawa, where he held a meeting about trade."),
    ("de", "Macron besuchte am Sonntag Iturup. Er kam aus Ottawa, wo er ein Treffen zum Handel hatte."),
])
def test_a_meeting_with_nobody_named_leaves_the_trip_a_visit(lang, text):
    """"where he held a meeting about trade": one person's meeting with nobody named is part
    of the trip, which stays a visit (a gathering with a partner would name the event)."""
    events = run(text, lang, published="2023-01-31").events
    assert [ev.kind for ev in events if "emmanuel-macron" in ev.actors] == ["Visit"]


def test_guard_a_meeting_with_a_partner_names_the_trip(extract):
    """Guard: "visited X and met Y there" is the meeting of the two, as before."""
    [ev] = extract("Macron visited Ottawa on Sunday and met Trudeau there.", "en", published="2023-01-31").events
    assert (ev.kind, sorted(ev.actors)) == ("Meeting", ["emmanuel-macron", "justin-trudeau"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Rutte, during his trip to Canada, met Trudeau in Ottawa on Wednesday."),
    ("en", "Scholz, after talks with Macron in Paris, met Trudeau in Berlin on Tuesday."),
])
def test_the_name_before_an_aside_of_time_is_the_next_clauses_subject(lang, text):
    """"X, during his visit to Y, | met Z": X meets Z (the meeting lost X)."""
    events = run(text, lang, published="2025-04-10").events
    [meeting] = [ev for ev in events if ev.kind == "Meeting"]
    assert meeting.actors[0] in ("mark-rutte", "olaf-scholz") and "justin-trudeau" in meeting.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau, during his state visit to France, met Macron in Paris on Monday. The visit comes as "
           "Germany and Italy step up their ties with Canada."),
    ("de", "Trudeau traf während seines Besuchs in Frankreich am Montag Macron in Paris. Der Besuch erfolgt, "
           "während Deutschland und Italien ihre Beziehungen zu Kanada ausbauen."),
])
def test_the_visit_told_again_joins_the_trip_and_its_setting_is_no_party(lang, text):
    """"The visit comes as X ...": the trip told before (here a meeting that took the visit in),
    and what it comes amid names no party of it."""
    events = run(text, lang, published="2025-04-10").events
    assert len(events) == 1 and not {"germany", "italy"} & set(events[0].actors)
