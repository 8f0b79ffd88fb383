"""German bare years, deployments sent somewhere, and ships passing, with sentences written
for this test:

- "trafen sich 2018 in Ottawa": the year is the meeting's (not the publication's); "rund
  2000 Soldaten", "2000 Soldaten", "begannen 2012 und ..." are no times of the event;
- "verlegt Abwehrraketen nach Grönland", "schickt ... Truppen nach Lettland", "deployed
  troops to Latvia": the deployment is there, and the country it goes to takes no part;
  "near Japan" neither places nor joins it;
- "umrundeten kanadische Kriegsschiffe ...", verb first, is a transit like "Kriegsschiffe
  passierten";
- "hatten 1972 ein Abkommen unterzeichnet": a year before an article is the act's too; a
  gathering told in the past perfect with its own year is before the news, and a modal of a
  "weil"/"da" clause after it does not make it a plan.
"""
from __future__ import annotations

import pytest

DAY = "2019-01-30"       # a Wednesday


def _rows(facts):
    return [(e.kind, sorted(e.actors), e.place, e.date.iso if e.date else None) for e in facts.events]


@pytest.mark.parametrize("text,iso", [
    ("Trudeau und Scholz trafen sich 2018 in Ottawa.", "2018"),
    ("Trudeau und Scholz trafen sich in Ottawa zuletzt 2018.", "2018"),
    ("Trudeau und Scholz hatten 2018 ein Treffen in Ottawa.", "2018"),
])
def test_a_german_bare_year_before_a_preposition_or_comma_dates_the_event(extract, text, iso):
    assert _rows(extract(text, "de", published=DAY)) == [("Meeting", ["justin-trudeau", "olaf-scholz"], "ottawa", iso)]


@pytest.mark.parametrize("text", [
    "Kanada verlegte am Montag rund 2000 Soldaten nach Lettland.",
    "Kanada verlegte am Montag 2000 Soldaten nach Lettland.",
])
def test_a_count_of_soldiers_is_no_year(extract, text):
    assert _rows(extract(text, "de", published=DAY)) == [("Deployment", ["canada"], "latvia", "2019-01-28")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada verlegt am Montag Abwehrraketen nach Lettland."),
    ("de", "Kanada schickt am Montag weitere Truppen nach Lettland."),
    ("de", "Kanada hat am Montag Truppen nach Lettland geschickt."),
    ("en", "Canada deployed troops to Latvia on Monday."),
])
def test_a_deployment_is_where_it_is_sent(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY)) == [("Deployment", ["canada"], "latvia", "2019-01-28")]


def test_a_deployment_near_a_country_neither_places_nor_joins_it(extract):
    text = "Brasilien hat am Montag auf einer Insel nahe Kanada ein Raketensystem stationiert."
    assert [(e.kind, e.actors, e.place) for e in extract(text, "de", published=DAY).events] == [
        ("Deployment", ["brazil"], None)]


def test_jets_sent_into_the_air_are_no_deployment(extract):
    text = "Als Reaktion auf brasilianische Bomber hat Kanada am Montag Kampfjets in die Luft geschickt."
    assert "Deployment" not in [e.kind for e in extract(text, "de", published=DAY).events]


def test_warships_passing_told_verb_first_are_a_transit(extract):
    text = "Am Montag passierten zwei kanadische Kriegsschiffe die Meerenge."
    assert _rows(extract(text, "de", published=DAY)) == [("MilitaryExercise", ["canada"], None, "2019-01-28")]


@pytest.mark.parametrize("text,status", [
    ("Canada sent troops to Latvia on Monday.", "Happened"),
    ("Canada said it planned to station troops in Latvia next month.", "Planned"),
])
def test_troops_sent_or_to_be_stationed_are_a_deployment(extract, text, status):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.status, ev.actors, ev.place) == ("Deployment", status, ["canada"], "latvia")


@pytest.mark.parametrize("text", [
    "Brazil's space station program began on Monday.",
    "The war now involves dispatched Brazilian troops, Canada said on Monday.",
])
def test_a_station_or_troops_told_as_sent_before_are_no_deployment_of_the_day(extract, text):
    assert [e for e in extract(text, "en", published=DAY).events if e.kind == "Deployment" and e.date] == []


@pytest.mark.parametrize("text", [
    "Kanada und Brasilien hatten 1972 ein Abkommen unterzeichnet.",
    "Kanada und Brasilien unterzeichneten 1972 eine gemeinsame Erklärung.",
])
def test_a_german_bare_year_before_an_article_dates_the_act(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Agreement", "1972")


def test_a_gathering_in_the_past_perfect_with_its_year_is_before_the_news(extract):
    text = ("Trudeau traf am Montag in Ottawa Soldaten. "
            "Kanada hatte 2016 das erste Mal an einem Gipfel der G20 teilgenommen, weil es enger mit Asien arbeiten will.")
    rows = sorted((e.kind, e.status, e.date.iso if e.date else None, e.prior) for e in extract(text, "de", published=DAY).events)
    assert ("Summit", "Happened", "2016", True) in rows


@pytest.mark.parametrize("lang,text", [
    ("de", "Die kanadische Luftwaffe verlegte am Montag Kampfjets aus Ottawa nach Lettland."),
    ("en", "Canada moved fighter jets from Ottawa to Latvia on Monday."),
])
def test_jets_moved_from_one_base_to_another_are_deployed_where_they_go(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY)) == [("Deployment", ["canada"], "latvia", "2019-01-28")]


def test_a_government_that_moved_quickly_deployed_nothing(extract):
    assert _rows(extract("Canada moved quickly to calm markets on Monday.", "en", published=DAY)) == []
