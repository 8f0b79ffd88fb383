"""Warships that sail into waters a state claims, and the ships' navies (sentences written for
these tests):

- a warship that sailed "within" or "inside" waters makes a passage as "through" did
  ("A US destroyer sailed within 12 nautical miles of the reef"), in German a warship that
  went into a zone or territorial waters ("ist in die Zwölf-Meilen-Zone ... gefahren", "in
  Hoheitsgewässer eingedrungen");
- a ship named with its navy's prefix ("the USS Lassen", "HMS Richmond", "JS Izumo") is that
  state's: the state takes part in the passage the ship makes, not in what is done to it;
- a dateline's country after an upper-case place ("SASEBO NAVAL BASE, Japan –") is no
  party, and an upper-case country that opens a list ("US, Japan, South Korea hold drills")
  is no dateline.
"""
from __future__ import annotations

import pytest

DAY = "2015-10-28"        # a Wednesday


@pytest.mark.parametrize("lang, text, state", [
    ("en", "A US destroyer sailed within 12 nautical miles of the reef on Tuesday.", "united-states"),
    ("de", "Ein Zerstörer der US-Marine war am Dienstag bis in die Zwölf-Meilen-Zone eines Atolls gefahren.",
     "united-states"),
    ("de", "Zwei chinesische Kriegsschiffe sind am Dienstag in japanische Hoheitsgewässer eingedrungen.", "china"),
])
def test_a_warship_that_sailed_into_waters_makes_a_passage(extract, lang, text, state):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "MilitaryExercise" and set(ev.actors) - {"us-navy"} == {state} and ev.date.iso == "2015-10-27"


def test_a_warship_that_sailed_into_a_port_makes_no_passage(extract):      # guard
    assert not extract("Der Zerstörer ist am Dienstag in den Hafen von Yokosuka gefahren.", "de", published=DAY).events


@pytest.mark.parametrize("text, state", [
    ("The USS Dewey sailed within twelve nautical miles of an artificial island on Tuesday.", "united-states"),
    ("JS Izumo sailed through the Tsushima Strait on Tuesday.", "japan"),
    ("HMS Richmond sailed through the Taiwan Strait on Tuesday.", "united-kingdom"),
])
def test_a_ship_named_with_its_navys_prefix_is_its_states(extract, text, state):
    [ev] = extract(text, "en", published=DAY).events
    assert ev.kind == "MilitaryExercise" and ev.actors == [state]


def test_a_datelines_country_after_an_upper_case_place_is_no_party(extract):
    [ev] = extract("SASEBO NAVAL BASE, Japan – The USS Dewey sailed within twelve miles of a disputed atoll on Tuesday.",
                   "en", published=DAY).events
    assert ev.actors == ["united-states"]


def test_an_upper_case_country_opening_a_list_is_no_dateline(extract):
    [ev] = extract("US, Japan, South Korea hold drills in the Sea of Japan on Tuesday.", "en", published=DAY).events
    assert set(ev.actors) == {"united-states", "japan", "south-korea"}


@pytest.mark.parametrize("text", [
    "A Chinese warship sailed into port in Sydney on Tuesday for a goodwill visit.",
    "The British frigate sailed into Portsmouth on Tuesday after a long deployment.",
])
def test_a_warship_that_sailed_into_a_port_makes_no_passage_in_english(extract, text):     # guard
    assert not [ev for ev in extract(text, "en", published=DAY).events if ev.kind == "MilitaryExercise"]


def test_a_ship_an_act_is_done_to_takes_no_part(extract):     # guard
    events = extract("The PLA said it drove the USS Milius away and held drills near the Paracels on Tuesday.", "en",
                     published=DAY).events
    assert not [ev for ev in events if "united-states" in ev.actors]
