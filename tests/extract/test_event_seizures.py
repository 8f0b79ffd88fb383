"""Seizures of boats, ships and crews, complaints lodged as protests, and the doer of an
event noun after "by", in both languages, with sentences written for this test.

- a state's coast guard or border guards seizing, detaining or impounding another's vessels
  is one event (dg:Seizure) with both countries, the vessels' country its target, active,
  passive or told by its noun ("the seizure of ...", "beschlagnahmt", "setzte ... fest");
- "lodged a complaint", "legte ... Beschwerde ein" is a protest;
- "a trip by X to Y" binds X and Y to the trip: another act of the sentence does not take them;
- "after the operation ended and ..." stops no talks.
"""
from __future__ import annotations

import pytest

PUBLISHED = "2019-01-30"      # a Wednesday


def _rows(facts):
    return sorted((e.kind, tuple(sorted(e.actors)), tuple(e.targets), e.date.iso if e.date else None)
                  for e in facts.events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian border guards seized a Canadian fishing boat on Tuesday."),
    ("en", "A Canadian fishing boat was seized by the Brazilian coast guard on Tuesday."),
    ("en", "Brazil's seizure of two Canadian trawlers on Tuesday angered Ottawa."),
    ("en", "Brazilian authorities said they had detained a Canadian vessel and its crew on Tuesday."),
    ("de", "Brasilien hat am Dienstag zwei kanadische Fischerboote vor der Küste beschlagnahmt."),
    ("de", "Die brasilianische Küstenwache setzte am Dienstag ein kanadisches Fischereischiff fest."),
    ("de", "Brasilianische Grenzschützer beschlagnahmten am Dienstag einen kanadischen Kutter."),
])
def test_a_seized_vessel_is_a_seizure_by_one_state_of_anothers_craft(extract, lang, text):
    assert _rows(extract(text, lang, published=PUBLISHED)) == [
        ("Seizure", ("brazil", "canada"), ("canada",), "2019-01-29")]


def test_a_seizure_is_placed_where_the_boat_was_seized(extract):
    [ev] = extract("Brazilian border guards seized a Canadian fishing boat near Halifax on Tuesday.", "en",
                   published=PUBLISHED).events
    assert (ev.kind, ev.place) == ("Seizure", "new:Place:halifax")


@pytest.mark.parametrize("lang,text", [
    ("en", "The seizure of assets worth millions was approved by the court."),
    ("en", "Brazil seized the initiative in the talks on Tuesday."),
    ("de", "Die Polizei hat am Dienstag Drogen im Wert von einer Million beschlagnahmt."),
])
def test_seizing_no_craft_is_no_seizure(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Seizure"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada lodged a complaint with Brazil through diplomatic channels on Tuesday."),
    ("de", "Kanada legte am Dienstag bei Brasilien Beschwerde ein."),
])
def test_a_complaint_lodged_with_a_state_is_a_protest(extract, lang, text):
    assert _rows(extract(text, lang, published=PUBLISHED)) == [("Protest", ("brazil", "canada"), ("brazil",), "2019-01-29")]


def test_a_complaint_to_a_court_is_no_protest(extract):
    assert extract("The farmers filed a complaint with the court on Tuesday.", "en", published=PUBLISHED).events == []


def test_a_complaint_about_food_on_a_visit_is_no_protest_and_leaves_the_visit_whole(extract):
    text = "Macron made a complaint about the hotel food during his visit to Brazil on Monday."
    assert [(e.kind, sorted(e.actors)) for e in extract(text, "en", published=PUBLISHED).events] == [
        ("Visit", ["brazil", "emmanuel-macron"])]


def test_a_trip_by_a_minister_to_a_capital_is_the_trips_own(extract):
    text = ("Brazil seized two Canadian fishing boats on Monday. The seizure of the boats came in the "
            "middle of a trip by Foreign Minister Chrystia Freeland to Brasilia.")
    events = extract(text, "en", published=PUBLISHED).events
    [seizure] = [e for e in events if e.kind == "Seizure"]
    assert (sorted(seizure.actors), seizure.place, seizure.date.iso) == (["brazil", "canada"], None, "2019-01-28")


def test_an_operation_that_ended_stops_no_talks(extract):
    text = "The boat may have crossed the line after Monday's operation ended and been detained by Brazilian guards."
    assert [e.kind for e in extract(text, "en", published=PUBLISHED).events if e.kind == "Suspension"] == []


def test_a_boat_told_with_its_home_port_before_it_was_seized_is_seized(extract):
    text = "A crab boat from Halifax, Nova Scotia, was seized by Brazilian authorities at 7 p.m. Tuesday, officials said."
    assert _rows(extract(text, "en", published=PUBLISHED)) == [("Seizure", ("brazil",), (), "2019-01-29")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil seized the initiative after Canadian ships left the port on Monday."),
    ("en", "Trudeau seized on reports of Brazilian ships near Halifax at a press conference on Monday."),
    ("en", "Police in Oslo detained protesters who had blocked the ships of a Canadian company on Monday."),
    ("en", "Brazilian customs officers seized cocaine aboard a Canadian ship on Monday."),
    ("de", "Der brasilianische Zoll beschlagnahmte am Montag auf dem Schiff aus Kanada 500 Kilo Kokain."),
    ("de", "Der brasilianische Zoll hat am Montag auf dem Schiff aus Kanada 500 Kilo Kokain beschlagnahmt."),
    ("de", "Kanada hält an seinen Plänen für neue Kriegsschiffe fest, sagte Trudeau am Montag."),
])
def test_what_is_seized_aboard_or_near_a_ship_is_no_seizure_of_it(extract, lang, text):
    assert "Seizure" not in [e.kind for e in extract(text, lang, published=PUBLISHED).events]


def test_a_plan_to_seize_boats_is_a_planned_seizure(extract):
    [ev] = extract("Brazil plans to seize two Canadian fishing boats on Monday.", "en", published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.targets) == ("Seizure", "Planned", ["canada"])
