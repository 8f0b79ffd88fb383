"""A region gives way to the place a relative clause on it names: sentences written for this
test, in both languages.

"paid a visit to East Asia, where he gave a lecture in Tokyo", "reiste nach Europa, wo er in
Berlin ... traf": the event lies in the city. A relative clause on another place leaves the
region alone. "South America", "Südamerika" are continents, not the United States.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors), ev.place, ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau paid a visit to East Asia this week, where he gave a lecture at a "
           "university in Tokyo."),
    ("de", "Justin Trudeau unternahm in dieser Woche eine Reise nach Ostasien, wo er in Tokio an einer "
           "Universität eine Vorlesung hielt."),
])
def test_a_region_gives_way_to_the_city_its_relative_clause_names(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Visit", ["justin-trudeau"], "tokyo", "2024-07")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau traveled to Europe on Monday, where he met Chancellor Olaf Scholz in Berlin."),
    ("de", "Justin Trudeau reiste am Montag nach Europa, wo er in Berlin Bundeskanzler Olaf Scholz traf."),
])
def test_a_trip_to_a_region_and_its_meeting_in_a_city_lie_in_the_city(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [
        ("Meeting", ["justin-trudeau", "olaf-scholz"], "berlin", "2024-07-08")]


def test_a_relative_clause_on_another_place_leaves_the_region(extract):
    facts = extract("Justin Trudeau paid a visit to East Asia this week after a stop in Ottawa, where he "
                    "gave a lecture at a university in Toronto.", "en", published=DAY)
    assert [(ev.kind, ev.place) for ev in facts.events] == [("Visit", "east-asia")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau visited South America and Mexico this week."),
    ("de", "Justin Trudeau besuchte in dieser Woche Südamerika und Mexiko."),
])
def test_south_america_is_no_united_states(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert _events(facts) == [("Visit", ["justin-trudeau", "mexico"], "south-america", "2024-07")]
    assert "united-states" not in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau welcomed Emmanuel Macron's visit to Canada on Monday. It was Macron's first visit to "
           "North America since he took office."),
    ("de", "Justin Trudeau begrüßte am Montag den Besuch von Emmanuel Macron in Kanada. Es war Macrons erster "
           "Besuch in Nordamerika seit seinem Amtsantritt."),
])
def test_a_trip_told_once_by_its_country_and_once_by_its_region_is_one(extract, lang, text):
    visits = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Visit"]
    assert [(sorted(ev.actors), ev.place, ev.date.iso) for ev in visits] == [
        (["canada", "emmanuel-macron"], "canada", "2024-07-08")]


def test_drills_in_a_sea_and_on_an_island_stay_two(extract):
    facts = extract("Mexico and Brazil held a naval drill in the South China Sea on Monday. Brazil also held air "
                    "drills on the island of Trinidade on Monday.", "en", published=DAY)
    assert [ev.place for ev in facts.events] == ["south-china-sea", "new:Place:trinidade"]


def test_the_hague_after_a_lower_case_article(extract):
    facts = extract("Justin Trudeau and Emmanuel Macron held talks in the Hague on June 24.", "en", published=DAY)
    assert [(ev.place, ev.date.iso) for ev in facts.events] == [("the-hague", "2024-06-24")]


def test_a_relative_clause_s_country_after_to_does_not_narrow_a_region(extract):
    facts = extract("Justin Trudeau paid a visit to Africa on Monday, where he pledged aid to Brazil.", "en",
                    published=DAY)
    assert [(ev.kind, ev.place) for ev in facts.events] == [("Visit", "africa")]


def test_two_summits_one_in_a_region_stay_two(extract):
    facts = extract("Justin Trudeau attended a summit in Africa in March. He also attended a summit in Berlin in "
                    "March.", "en", published=DAY)
    assert [ev.place for ev in facts.events] == ["africa", "berlin"]
