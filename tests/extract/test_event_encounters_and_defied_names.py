"""A German "Begegnung zwischen X und Y" is a meeting; the countries of a relation named by a
pair of demonyms ("im deutsch-russischen Verhältnis") and the names in what an act defies
("despite China's warning", "ungeachtet der Kritik Russlands") take no part (sentences
written for this test)."""
from __future__ import annotations

import pytest

DAY = "2024-09-04"          # a Wednesday


def _meetings(facts):
    return [(sorted(ev.actors), ev.place) for ev in facts.events if ev.kind == "Meeting"]


@pytest.mark.parametrize("text", [
    "Die erste Begegnung zwischen Olaf Scholz und Fumio Kishida fand am Dienstag in Berlin statt.",
    "Die Begegnung von Olaf Scholz mit Fumio Kishida in Berlin dauerte am Dienstag zwei Stunden.",
])
def test_an_encounter_of_two_people_is_a_meeting(extract, text):
    assert _meetings(extract(text, "de", published=DAY)) == [(["fumio-kishida", "olaf-scholz"], "berlin")]


def test_guard_an_encounter_with_no_person_is_no_meeting(extract):
    assert _meetings(extract("Die Begegnung mit der Natur im Park war am Dienstag schön.", "de", published=DAY)) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Olaf Scholz traf Fumio Kishida am Dienstag in Berlin nach einer Pause im deutsch-japanischen Verhältnis."),
    ("en", "Olaf Scholz met Fumio Kishida in Berlin on Tuesday after a pause in German-Japanese relations."),
])
def test_a_relation_named_by_two_demonyms_names_no_party(extract, lang, text):
    assert _meetings(extract(text, lang, published=DAY)) == [(["fumio-kishida", "olaf-scholz"], "berlin")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Olaf Scholz traf ungeachtet der Kritik Russlands und Chinas am Dienstag in Berlin Fumio Kishida."),
    ("en", "Olaf Scholz met Fumio Kishida in Berlin on Tuesday despite China's warning."),
])
def test_what_a_meeting_defies_names_no_party(extract, lang, text):
    assert _meetings(extract(text, lang, published=DAY)) == [(["fumio-kishida", "olaf-scholz"], "berlin")]


def test_a_planned_encounter_is_planned(extract):
    rows = [(ev.kind, ev.status) for ev in extract("Eine Begegnung zwischen Olaf Scholz und Fumio Kishida ist für Juni "
                                                   "geplant.", "de", published=DAY).events]
    assert rows == [("Meeting", "Planned")]


@pytest.mark.parametrize("lang,text,kind,actors", [
    ("de", "Trotz der Warnung verhängte die EU Sanktionen gegen Iran.", "Sanction", ["european-union", "iran"]),
    ("de", "Ungeachtet der Kritik Russlands hielten Japan und die Philippinen ein Manöver ab.", "MilitaryExercise",
     ["japan", "philippines"]),
    ("en", "Despite the warning Japan imposed sanctions on Iran.", "Sanction", ["iran", "japan"]),
])
def test_guard_a_fronted_despite_phrase_ends_before_the_clause_it_opens(extract, lang, text, kind, actors):
    rows = [(ev.kind, sorted(ev.actors)) for ev in extract(text, lang, published=DAY).events]
    assert (kind, actors) in rows
