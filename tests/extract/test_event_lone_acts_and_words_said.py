"""Acts one side does alone and words that only sound like events. An exercise or a
suspension one side announces in a dated article's lead is its news, dated by the
publication ("NATO has launched an exercise"); a verb of talking followed by what it calls
something ("sprachen von einem historischen Tag") is words said, not talks; a summit that
ended is no suspension, even with an aside between it and its verb; a phone conference
("Telefonkonferenz") is a call. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _events(extract, text, lang, published=DAY):
    return sorted((e.kind, sorted(e.actors), e.date.iso if e.date else None)
                  for e in extract(text, lang, published=published).events)


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "NATO has launched a large exercise involving 50,000 troops.", "MilitaryExercise"),
    ("de", "Die Nato hat ein großes Manöver mit 50.000 Soldaten begonnen.", "MilitaryExercise"),
    ("en", "Chile has suspended its fisheries talks.", "Suspension"),
    ("de", "Chile setzt die Gespräche über die Fischerei aus.", "Suspension"),
])
def test_a_lone_sides_act_in_the_lead_is_the_news_of_the_day(extract, lang, text, kind):
    assert (kind, DAY) in [(k, d) for k, _, d in _events(extract, text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO has launched a large exercise involving 50,000 troops."),
    ("de", "Chile setzt die Gespräche über die Fischerei aus."),
])
def test_undated_articles_still_leave_a_lone_side_with_no_event(extract, lang, text):
    assert _events(extract, text, lang, published=None) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Stoltenberg und Blinken sprachen von einem historischen Tag."),
    ("de", "Stoltenberg und Blinken sprachen am Dienstag von einem Wendepunkt für Finnland."),
])
def test_speaking_of_something_is_no_talks(extract, lang, text):
    assert [k for k, *_ in _events(extract, text, lang)] == []


def test_speaking_about_something_is_still_talks(extract):
    text = "Stoltenberg und Blinken sprachen am Dienstag über die Lage in Finnland."
    assert [k for k, *_ in _events(extract, text, "de")] == ["Talks"]


@pytest.mark.parametrize("text", [
    "Modi's third summit with Albanese, in Sydney in March, ended abruptly when the pair failed to settle a dispute.",
    "The summit of Spain and Chile, held in Oslo, ended early.",
])
def test_a_summit_that_ended_after_an_aside_is_no_suspension(extract, text):
    assert "Suspension" not in [k for k, *_ in _events(extract, text, "en")]


def test_ending_talks_after_a_clause_of_ones_own_is_still_a_suspension(extract):
    text = "Chile recalled its ambassador on Tuesday, ended the fisheries talks and expelled two Spanish diplomats."
    assert "Suspension" in [k for k, *_ in _events(extract, text, "en")]


@pytest.mark.parametrize("text", [
    "Nach der 25-minütigen Telefonkonferenz mit Putin sagte Kishida am Dienstag, man wolle weiter reden.",
    "Kishida und Putin hielten am Dienstag eine Telefonkonferenz ab.",
])
def test_a_phone_conference_is_a_call(extract, text):
    calls = [set(actors) for kind, actors, _ in _events(extract, text, "de") if kind == "PhoneCall"]
    assert len(calls) == 1 and {"fumio-kishida", "vladimir-putin"} <= calls[0]


@pytest.mark.parametrize("lang,text", [
    ("en", "Non-NATO countries sent observers to the exercise on Tuesday."),
    ("de", "Nicht-Nato-Staaten schickten am Dienstag Beobachter zu dem Manöver."),
])
def test_a_negated_name_is_those_outside_it(extract, lang, text):
    assert not any("nato" in actors for _, actors, _ in _events(extract, text, lang))


def test_speaking_of_something_after_a_date_and_a_place_is_no_talks(extract):
    text = "Stoltenberg und Blinken sprachen am Dienstag in Brüssel von einem historischen Tag."
    assert _events(extract, text, "de") == []


def test_an_english_phone_conference_is_a_call(extract):
    text = "Kishida held a phone conference with Putin on Tuesday."
    assert [k for k, *_ in _events(extract, text, "en")] == ["PhoneCall"]
