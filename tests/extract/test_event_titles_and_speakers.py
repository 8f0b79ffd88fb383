"""Federal titles and verbs of saying: sentences written for this test, in both languages
where the language has the form.

- "Bundesaußenminister X", "Bundesverteidigungsministerin Y": the federal forms of the
  minister titles name a person the knowledge base does not know, as "Außenminister" does.
- "Y argued X's visit was his right" / "Y behauptete, ...": the one who says so is not on
  the visit ("maintained" is left out: "Canada maintained sanctions" is no saying).
- "X said his summit with Y ended ...": "his" before the event's noun is the one person the
  sentence names before it, so the speaker took part.
- "drills near the Brazilian border" / "nahe der brasilianischen Grenze": a border, like a
  coast, names where, not who.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday


@pytest.mark.parametrize("text", [
    "Bundesaußenminister Jonas Kettler ist am Mittwoch zu einem Besuch in Ottawa eingetroffen.",
    "Bundesverteidigungsministerin Greta Kettler ist am Mittwoch zu einem Besuch in Ottawa eingetroffen.",
])
def test_a_federal_minister_title_names_an_unknown_person(extract, text):
    [row] = event_rows(extract(text, "de", published=DAY))
    assert row[0] == "Visit" and any(a.startswith("new:Person:") and "kettler" in a for a in row[2])


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, Prime Minister Justin Trudeau argued Mr. Macron's visit to Ottawa was a success."),
    ("de", "Am Montag behauptete Premierminister Justin Trudeau, Macrons Besuch in Ottawa sei ein Erfolg gewesen."),
])
def test_who_argues_something_of_a_visit_is_not_on_it(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "Visit" and "justin-trudeau" not in row[2] and "emmanuel-macron" in row[2]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada held drills near the Brazilian border on Monday."),
    ("de", "Kanada hielt am Montag Manöver nahe der brasilianischen Grenze ab."),
])
def test_a_border_named_by_a_demonym_is_no_party(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "MilitaryExercise" and row[2] == ["canada"]


@pytest.mark.parametrize("text,kind,actors", [
    ("Canadian Prime Minister Justin Trudeau said his summit with Mexico's president ended on Tuesday.", "Summit",
     ["justin-trudeau", "mexico"]),
    ("Justin Trudeau said on Tuesday his visit to Mexico had been useful.", "Visit", ["justin-trudeau", "mexico"]),
])
def test_his_event_after_a_verb_of_saying_is_the_speaker_s(extract, text, kind, actors):
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == kind]
    assert sorted(ev.actors) == actors


def test_his_event_is_the_one_person_named_before_it_only(extract):
    text = "Justin Trudeau praised Emmanuel Macron and his visit to Mexico on Tuesday."
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Visit"]
    assert "justin-trudeau" not in ev.actors
