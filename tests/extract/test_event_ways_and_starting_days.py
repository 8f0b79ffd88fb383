"""An event a traveller is on the way to, and days counted forward, in both languages, with
sentences written for this test: "on the way to the summit", "en route to", "auf dem Weg
zum Gipfel" tell of a summit to come, apart from the meeting held on the way, which takes
none of the summit's time; "starting Sunday", "beginning Monday", "ab Sonntag", "begins
Sunday", "beginnt am Sonntag" name the coming day; the weekday of an event "ahead of" which
an act is dated lies after that act. Told on Saturday, 3 December 2016."""
from __future__ import annotations

import pytest

SATURDAY = "2016-12-03"


def by_kind(facts) -> dict:
    return {e.kind: (e.status, sorted(e.actors), e.place, e.date.iso if e.date else None) for e in facts.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Trudeau in Ottawa on the way to the two-day NATO summit in Brussels starting Sunday."),
    ("en", "Scholz met Trudeau in Ottawa en route to the two-day NATO summit in Brussels beginning Sunday."),
    ("de", "Scholz traf Trudeau in Ottawa auf dem Weg zum zweitägigen NATO-Gipfel in Brüssel ab Sonntag."),
])
def test_a_meeting_on_the_way_to_a_summit_is_apart_from_the_summit_to_come(extract, lang, text):
    found = by_kind(extract(text, lang, published=SATURDAY))
    assert found["Summit"] == ("Planned", ["nato"], "brussels", "2016-12-04")
    assert found["Meeting"] == ("Happened", ["justin-trudeau", "olaf-scholz"], "ottawa", SATURDAY)


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Trudeau in Ottawa on Saturday ahead of the NATO summit in Brussels on Sunday."),
    ("de", "Scholz traf Trudeau am Samstag in Ottawa im Vorfeld des NATO-Gipfels in Brüssel am Sonntag."),
])
def test_the_weekday_of_an_event_ahead_lies_after_the_act_dated_before_it(extract, lang, text):
    found = by_kind(extract(text, lang, published=SATURDAY))
    assert found["Summit"] == ("Planned", ["nato"], "brussels", "2016-12-04")
    assert found["Meeting"][3] == SATURDAY


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Trudeau in Ottawa ahead of the NATO summit in Brussels on Sunday."),
    ("de", "Scholz traf Trudeau in Ottawa im Vorfeld des NATO-Gipfels in Brüssel am Sonntag."),
])
def test_the_day_of_an_event_ahead_does_not_date_the_act(extract, lang, text):
    found = by_kind(extract(text, lang, published=SATURDAY))
    assert found["Summit"][3] == "2016-12-04"
    assert found["Meeting"][3] != "2016-11-27"       # the Sunday before is nobody's


def test_an_act_dated_before_an_event_ahead_keeps_that_event_in_the_past(extract):
    """Told on Thursday: "on Tuesday ahead of talks on Wednesday" are both of this week."""
    found = by_kind(extract("Scholz met Trudeau in Ottawa on Tuesday ahead of talks with Macron on Wednesday.",
                            "en", published="2016-12-08"))
    assert (found["Meeting"][3], found["Talks"][3]) == ("2016-12-06", "2016-12-07")


@pytest.mark.parametrize("lang,text,status,day", [
    ("en", "The NATO summit in Brussels begins Sunday.", "Planned", "2016-12-04"),
    ("en", "The NATO summit in Brussels opens Sunday.", "Planned", "2016-12-04"),
    ("de", "Der NATO-Gipfel in Brüssel beginnt am Sonntag.", "Planned", "2016-12-04"),
    ("en", "The NATO summit in Brussels began Thursday.", "Happened", "2016-12-01"),
    ("de", "Der NATO-Gipfel in Brüssel begann am Donnerstag.", "Happened", "2016-12-01"),
])
def test_a_summit_that_begins_on_a_weekday_begins_on_the_coming_one(extract, lang, text, status, day):
    [summit] = extract(text, lang, published=SATURDAY).events
    assert (summit.kind, summit.status, summit.place, summit.date.iso) == ("Summit", status, "brussels", day)


def test_a_way_of_doing_something_is_no_way_to_an_event(extract):
    [talks] = extract("Scholz and Trudeau changed the way the talks in Ottawa are held on Friday.", "en",
                      published=SATURDAY).events
    assert (talks.status, talks.date.iso) == ("Happened", "2016-12-02")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau arrived in Brussels on the eve of the NATO summit."),
    ("de", "Trudeau ist am Vortag des NATO-Gipfels in Brüssel eingetroffen."),
])
def test_an_arrival_on_the_eve_of_a_summit_is_no_summit(extract, lang, text):
    found = by_kind(extract(text, lang, published=SATURDAY))
    assert found["Visit"][:2] == ("Happened", ["justin-trudeau"])
    assert "Summit" not in found or found["Summit"][0] == "Planned"


def test_a_bare_am_vortag_is_the_day_before_not_the_eve(extract):
    facts = extract("Am Vortag hatte Trudeau den NATO-Gipfel in Brüssel eröffnet.", "de", published=SATURDAY)
    assert [(e.kind, e.status) for e in facts.events] == [("Summit", "Happened")]
