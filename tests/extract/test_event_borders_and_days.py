"""Borders violated by aircraft, and days named by a demonym: sentences written for this
test, in both languages.

- aircraft that "violated its borders", "seine Grenzen verletzt", "verletzten die Grenzen":
  an airspace violation, with a German compound naming the aircraft ("Langstreckenbomber");
  a border violated by no aircraft or ship ("die Grenzen des Anstands") is none;
- a demonym before a day ("am kanadischen Nationalfeiertag", "on the Canadian national
  holiday") names no party;
- what the main clause names before "on a day when ...", "an dem Tag, als ..." takes no
  part in the meeting the relative clause tells.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa said two Brazilian bombers violated its borders on Thursday."),
    ("de", "Ottawa teilte mit, dass brasilianische Langstreckenbomber am Donnerstag seine Grenzen verletzt hätten."),
    ("de", "Brasilianische Langstreckenbomber verletzten am Donnerstag die Grenzen Kanadas."),
])
def test_aircraft_violating_borders_violate_airspace(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("AirspaceViolation", "2024-05-09")
    assert "brazil" in ev.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "The ruling violated the borders of decency on Thursday, Ottawa said."),
    ("de", "Die Regierung in Brasilia verletzte am Donnerstag die Grenzen des Anstands."),
])
def test_borders_without_aircraft_are_no_airspace(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil held naval drills in the Baltic Sea on the Canadian national holiday."),
    ("de", "Brasilien hielt am kanadischen Nationalfeiertag ein Marinemanöver in der Ostsee ab."),
])
def test_a_demonym_before_a_day_names_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("MilitaryExercise", ["brazil"], "baltic-sea")


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa saw a provocation by Brazil on a day when Scholz and Macron met in Ottawa."),
    ("de", "Brasilien provozierte Kanada an dem Tag, als Scholz und Macron sich in Ottawa trafen."),
])
def test_the_main_clause_before_a_day_when_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Meeting", ["emmanuel-macron", "olaf-scholz"], "ottawa")
