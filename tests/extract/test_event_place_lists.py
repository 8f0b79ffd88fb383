"""A list of places after a locative preposition says where, each of them ("talks in
Geneva, Brussels and Vienna", "Gespräche in Genf, Brüssel und Wien"): no capital of the list
stands for its government. A list of ministries' seats acts for each state ("die
Außenministerien in Peking und Tokio bestellten ... ein"). Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2022-01-13"        # a Thursday


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia held talks with the United States in Geneva, Brussels and Vienna this week."),
    ("de", "Russland führte diese Woche mit den USA Gespräche in Genf, Brüssel und Wien."),
])
def test_every_place_of_a_list_after_in_is_where(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert sorted(ev.actors) == ["russia", "united-states"] and ev.place == "geneva"


def test_a_list_of_places_alone_makes_no_parties(extract):
    text = "The talks in Geneva, Brussels and Vienna this week ended without result."
    assert [e.actors for e in extract(text, "en", published=DAY).events] == []


def test_the_ministries_in_two_capitals_act_for_both_states(extract):
    text = "Am Mittwoch bestellten die Außenministerien in Peking und Tokio die Botschafter des anderen Landes ein."
    [ev] = [e for e in extract(text, "de", published=DAY).events if e.kind == "Protest"]
    assert sorted(ev.actors) == ["china", "japan"] and ev.place is None


@pytest.mark.parametrize("lang,text,kind,actors", [
    ("en", "The governments in Tokyo and Seoul imposed sanctions on Russia on Wednesday.", "Sanction",
     ["japan", "russia", "south-korea"]),
    ("de", "Die Regierungen in Peking und Tokio verhängten am Mittwoch Sanktionen gegen Russland.", "Sanction",
     ["china", "japan", "russia"]),
    ("en", "Officials in Tokyo and Seoul held talks in Geneva on Wednesday.", "Talks", ["south-korea"]),
])
def test_a_list_of_seats_after_governments_or_officials_names_their_states(extract, lang, text, kind, actors):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == kind]
    assert set(actors) <= set(ev.actors)
