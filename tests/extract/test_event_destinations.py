"""The country someone travels to for a gathering is where it is held, not one of its
parties: "flew to Spain on Sunday for the NATO summit in Madrid", "ist zum NATO-Gipfel nach
Spanien abgeflogen". A country one talks with stays a party (a guard). Sentences written
for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-06-26"


@pytest.mark.parametrize("lang,text", [
    ("en", "Albanese flew to Spain on Sunday for the NATO summit in Madrid."),
    ("en", "Albanese spoke to reporters before leaving for Spain and the NATO summit in Madrid on Sunday."),
    ("de", "Albanese ist am Sonntag für den NATO-Gipfel nach Spanien abgeflogen."),
])
def test_the_country_travelled_to_is_no_party_of_the_summit(extract, lang, text):
    [summit] = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Summit"]
    assert "spain" not in summit.actors and "nato" in summit.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Albanese held talks with Spain on Sunday."),
    ("de", "Albanese führte am Sonntag Gespräche mit Spanien."),
])
def test_a_country_talked_with_stays_a_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert "spain" in ev.actors


def test_the_country_travelled_to_places_the_talks_it_leaves(extract):
    events = extract("Albanese reiste am Montag nach Kanada zu Gesprächen mit Trudeau.", "de", published=DAY).events
    [ev] = [ev for ev in events if ev.kind == "Talks"]
    assert (ev.place, "canada" in ev.actors, "justin-trudeau" in ev.actors) == ("canada", False, True)
