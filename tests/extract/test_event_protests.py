"""Diplomatic protests, in both languages, with sentences written for this test: a protest to,
against or with another country, one lodged or sent as a note, an envoy summoned ("bestellte
den Botschafter ein") are one Protest event with both countries, the one it is made to its target;
street protests are none."""
from __future__ import annotations

import pytest

PUBLISHED = "2020-12-03"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada protested to Brazil over the new border fence on Tuesday."),
    ("en", "Canada lodged a strong protest with Brazil via diplomatic channels on Tuesday."),
    ("en", "Canada sent a formal note of protest to Brazil on Tuesday."),
    ("en", "Canada summoned the Brazilian ambassador on Tuesday."),
    ("de", "Kanada protestierte am Dienstag bei Brasilien gegen den neuen Grenzzaun."),
    ("de", "Kanada legte am Dienstag bei Brasilien scharfen Protest ein."),
    ("de", "Kanada hat am Dienstag bei Brasilien Protest gegen den neuen Grenzzaun eingelegt."),
    ("de", "Kanada bestellte am Dienstag den brasilianischen Botschafter ein."),
])
def test_a_protest_is_an_event_of_both_sides(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, set(ev.actors), ev.date.iso) == ("Protest", "Happened", {"canada", "brazil"},
                                                                  "2020-12-01")
    assert ev.targets == ["brazil"]              # whom it is made to


@pytest.mark.parametrize("lang,text,targets", [
    ("en", "Canada lodged a protest against Brazil and Norway on Tuesday.", ["brazil", "norway"]),
    ("en", "Canada summoned Brazilian Ambassador to Norway Ana Souza on Tuesday.", ["brazil"]),
    ("de", "Kanada protestierte am Dienstag gegen Brasiliens Teilnahme an Sanktionen gegen Norwegen.", ["brazil"]),
])
def test_a_protest_is_made_to_the_sides_its_own_words_name(extract, lang, text, targets):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Protest"]
    assert sorted(ev.targets) == targets


def test_a_headline_protest_names_its_target(extract):
    [ev] = [e for e in extract("Canada protests Brazil's missile deployment on disputed islands", "en",
                                published=PUBLISHED).events if e.kind == "Protest"]
    assert set(ev.actors) == {"canada", "brazil"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of protesters rallied in Ottawa on Tuesday."),
    ("de", "Tausende Demonstranten protestierten am Dienstag in Ottawa."),
    ("de", "Tausende Kanadier protestierten am Dienstag in Ottawa gegen den Krieg."),
    ("en", "Canadian fishermen protested against the decision on Tuesday."),
])
def test_street_protests_are_no_diplomatic_protest(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == []


def test_a_protest_is_not_where_what_it_protests_happened(extract):
    facts = extract("Canada lodged a sharp protest against the Brazilian president's visit to Halifax on Tuesday.",
                    "en", published=PUBLISHED)
    [ev] = [e for e in facts.events if e.kind == "Protest"]
    assert ev.place is None and "canada" in ev.actors


@pytest.mark.parametrize("text", [
    "Mass protests over the election erupted in Brazil.",
    "Canada intercepted emails sent by Brazilian officials.",
])
def test_street_protests_and_intercepted_mail_are_no_events(extract, text):
    assert extract(text, "en", published=PUBLISHED).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada protests Brazilian rocket tests"),
    ("en", "Canada protests as Brazilian warships enter its waters"),
    ("en", "Canada protested after Brazil deployed missiles on the disputed islands."),
    ("en", "The Canadian defence minister protested on Monday against the deployment of Brazilian missiles near the "
           "border."),
    ("de", "Kanada protestierte wegen der Stationierung brasilianischer Raketen in Manaus."),
    ("en", "Canada lodged a protest over the deployment of Brazilian missiles in Manaus."),
])
def test_who_did_what_a_protest_is_against_is_its_other_side(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Protest"]
    assert (ev.status, set(ev.actors)) == ("Happened", {"canada", "brazil"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada protested to Brazil on Monday over its plans to station troops near the border."),
    ("de", "Kanada protestierte bei Brasilien gegen die Pläne, Truppen auf die Inseln zu verlegen."),
])
def test_the_plans_a_protest_is_about_leave_it_happened(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, set(ev.actors)) == ("Protest", "Happened", {"canada", "brazil"})


def test_a_newspaper_named_times_tells_no_series(extract):
    [ev] = extract("Brazil protested to Canada over a report in the Ottawa Times.", "en",
                   published=PUBLISHED).events
    assert (ev.kind, ev.status) == ("Protest", "Happened") and {"canada", "brazil"} <= set(ev.actors)
    assert extract("Brazilian jets entered Canadian airspace three times this year.", "en",
                   published=PUBLISHED).events == []


def test_a_headline_protest_over_an_act_is_a_protest(extract):
    text = "Canada protests over boat seizure\nBrazilian border guards seized a Canadian fishing boat on Monday."
    kinds = {e.kind: e for e in extract(text, "en", published=PUBLISHED).events}
    assert set(kinds) == {"Protest", "Seizure"} and "canada" in kinds["Protest"].actors


def test_street_protests_over_a_plan_are_no_protest(extract):
    assert extract("Street protests over the new base grew on Monday.", "en", published=PUBLISHED).events == []


@pytest.mark.parametrize("text,kinds", [
    ("Canada strongly protested on Tuesday.", ["Protest"]),
    ("Ottawa protested immediately on Tuesday.", ["Protest"]),
    ("Thousands protested in Ottawa on Tuesday.", []),
])
def test_a_state_that_protested_without_an_addressee_protested(extract, text, kinds):
    assert [e.kind for e in extract(text, "en", published=PUBLISHED).events] == kinds


def test_warships_that_sailed_past_an_island_passed_it(extract):
    [ev] = extract("Three Brazilian warships sailed past Okinawa on Tuesday.", "en", published=PUBLISHED).events
    assert (ev.kind, ev.actors, ev.place, ev.date.iso) == ("MilitaryExercise", ["brazil"], "okinawa", "2020-12-01")
