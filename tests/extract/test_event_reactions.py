"""Who reacts to an event is no party of it, nor its place ("drew sharp rebukes from Canada
and Brazil", "stieß auf Kritik aus Kanada", "protests from Ottawa", "infuriated Canada",
"verärgerte Kanada"). Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2013-12-27"        # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Shinzo Abe visited the Yasukuni Shrine on Thursday, drawing sharp rebukes from Canada "
           "and Brazil."),
    ("en", "Abe's visit to the shrine on Thursday drew criticism from Canada."),
    ("en", "The visit by Abe on Thursday prompted protests from Ottawa and Brasília."),
    ("en", "Abe's visit on Thursday infuriated Canada and Brazil."),
    ("de", "Abes Besuch des Yasukuni-Schreins am Donnerstag stieß auf scharfe Kritik aus Kanada und Brasilien."),
    ("de", "Abes Besuch am Donnerstag verärgerte Kanada und Brasilien."),
])
def test_who_reacts_takes_no_part(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Visit"]
    assert ev.actors == ["shinzo-abe"] and ev.place in (None, "yasukuni-shrine")


def test_who_comes_from_a_place_still_comes(extract):
    # "from" without a reaction noun before it: where a traveller came from
    [ev] = extract("Abe arrived from Canada on Thursday for talks with Park Geun-hye.", "en", published=DAY).events
    assert "shinzo-abe" in ev.actors


def test_a_comma_ends_the_reacting_names(extract):
    text = "After protests from Brazil, Canada cancelled talks with Argentina on Thursday."
    assert ["canada" in e.actors for e in extract(text, "en", published=DAY).events] == [True]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Mexico regretted Brazil's decision to suspend the fisheries treaty, officials said on Tuesday."),
    ("en", "Justin Trudeau called Brazil's decision to suspend the fisheries treaty irresponsible on Tuesday."),
    ("de", "Kanada bedauerte am Dienstag die Entscheidung Brasiliens, seine Teilnahme an dem Vertrag auszusetzen."),
])
def test_who_judges_a_decision_takes_no_part_in_the_act(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published="2023-02-22").events if e.kind == "Suspension"]
    assert ev.actors == ["brazil"]


def test_the_owner_s_own_leader_announcing_the_decision_takes_part(extract):
    text = "Justin Trudeau announced on Tuesday Ottawa's decision to suspend the fisheries treaty with Brazil."
    [ev] = [e for e in extract(text, "en", published="2023-02-22").events if e.kind == "Suspension"]
    assert {"justin-trudeau", "canada"} <= set(ev.actors)


def test_criticism_in_the_genitive_is_no_party(extract):
    text = "Begleitet von Kritik der Nato haben Brasilien und Kanada am Freitag ein Manöver begonnen."
    [ev] = [e for e in extract(text, "de", published="2023-02-22").events if e.kind == "MilitaryExercise"]
    assert sorted(ev.actors) == ["brazil", "canada"]


@pytest.mark.parametrize("text,owners", [
    ("Canada and Mexico's decision to suspend the talks with Brazil on Tuesday surprised Washington.",
     {"canada", "mexico"}),
    ("Sergey Lavrov announced on Tuesday the Kremlin's decision to suspend talks with Japan.", {"sergey-lavrov"}),
])
def test_every_owner_of_a_decision_and_its_own_people_take_part(extract, text, owners):
    [ev] = [e for e in extract(text, "en", published="2023-02-22").events if e.kind == "Suspension"]
    assert owners <= set(ev.actors)
