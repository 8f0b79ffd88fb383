"""Officials, diplomats and delegations "in" or "from" a capital serve its state: the state
takes part, and the capital is no place ("officials in Ottawa and Rome met in Geneva",
"Diplomaten aus Ottawa und Rom"). A lone seat is where their gathering was when the clause
names no other place. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2022-01-13"        # a Thursday


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials in Ottawa and Rome met in Geneva on Tuesday to discuss grain exports."),
    ("en", "Diplomats from Ottawa and Rome met in Geneva on Tuesday."),
    ("de", "Diplomaten aus Ottawa und Rom trafen sich am Dienstag in Genf."),
    ("de", "Beamte in Ottawa und Rom trafen sich am Dienstag in Genf."),
])
def test_the_seats_of_officials_are_parties_not_the_place(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert (sorted(ev.actors), ev.place) == (["canada", "italy"], "geneva")


@pytest.mark.parametrize("lang,text", [
    ("en", "Negotiators from Washington, Ottawa and Rome held talks on Tuesday."),
    ("de", "Unterhändler aus Washington, Ottawa und Rom führten am Dienstag Gespräche."),
])
def test_every_seat_of_a_list_takes_part(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert sorted(ev.actors) == ["canada", "italy", "united-states"] and ev.place is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials in Ottawa met their counterparts from Rome in Geneva on Tuesday."),
    ("de", "Beamte in Ottawa trafen am Dienstag ihre Amtskollegen aus Rom in Genf."),
])
def test_counterparts_from_a_capital_take_part(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert (sorted(ev.actors), ev.place) == (["canada", "italy"], "geneva")


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials in Ottawa held talks with a delegation from Rome on Tuesday."),
    ("de", "Beamte in Ottawa führten am Dienstag Gespräche mit einer Delegation aus Rom."),
])
def test_a_lone_seat_is_the_place_when_no_other_is_named(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert (sorted(ev.actors), ev.place) == (["canada", "italy"], "ottawa")


def test_a_traveller_from_a_capital_is_no_party(extract):
    text = "On Tuesday, after returning from Rome, the Canadian prime minister met the Mexican president in Ottawa."
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Meeting"]
    assert "italy" not in ev.actors and ev.place == "ottawa"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday Italy expelled 12 Canadian diplomats from Rome."),
    ("de", "Am Dienstag wurden zwölf kanadische Diplomaten aus Rom ausgewiesen."),
])
def test_diplomats_expelled_from_a_capital_leave_it(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Expulsion"]
    assert ev.place == "rome"


@pytest.mark.parametrize("lang,text", [
    ("en", "Diplomats in Rome said Canada and Brazil would hold talks in Geneva next week."),
    ("en", "Officials in Rome said the Canadian and Brazilian foreign ministers held talks on Tuesday."),
])
def test_officials_who_only_tell_the_news_leave_their_seat_out(extract, lang, text):
    events = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert events and all(e.place != "rome" and "italy" not in e.actors for e in events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau met his counterparts in Rome on Tuesday."),
    ("de", "Justin Trudeau traf am Dienstag seine Amtskollegen in Rom."),
])
def test_counterparts_in_a_city_meet_there(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert ev.place == "rome" and "italy" not in ev.actors
