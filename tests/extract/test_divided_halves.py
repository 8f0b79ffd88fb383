"""diplograph_divided_halves on sentences written for these tests: "the South", "dem Süden"
name South Korea once the article has named a Korea; not "the South China Sea", "im Norden
des Landes", "der Norden Japans", nor "the South" of an article that names no Korea."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline

DAY = "2018-05-16"        # a Wednesday


def _links(lang, text):
    return [(ent.text, ent.ent_id_) for ent in get_pipeline(lang)(text).ents if ent.ent_id_.endswith("korea")]


@pytest.mark.parametrize("lang, text, half", [
    ("en", "North Korea pulled out of talks with the South on Wednesday.", ("South", "south-korea")),
    ("en", "South Korea said the North had fired two missiles on Wednesday.", ("North", "north-korea")),
    ("de", "Nordkorea hat die Gespräche mit dem Süden am Mittwoch abgesagt.", ("Süden", "south-korea")),
    ("de", "Südkorea teilte mit, der Norden habe zwei Raketen abgefeuert.", ("Norden", "north-korea")),
])
def test_a_half_after_a_korea_is_that_korea(lang, text, half):
    assert half in _links(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Rain is expected across the South on Wednesday."),
    ("en", "North Korea and China held talks on the South China Sea on Wednesday."),
    ("de", "Südkorea hielt im Norden des Landes am Mittwoch ein Manöver ab."),
    ("de", "Nordkorea kritisierte Übungen, die der Norden Japans am Mittwoch abhielt."),
])
def test_other_halves_are_no_korea(lang, text):      # guard
    assert [word for word, _ in _links(lang, text)] in (["North Korea"], ["South Korea"], ["Nordkorea"], ["Südkorea"], [])


def test_the_half_makes_the_other_side_of_an_act(extract):
    facts = extract("North Korea suspended its high-level talks with the South on Wednesday.", "en", published=DAY)
    assert [(ev.kind, set(ev.actors)) for ev in facts.events] == [("Suspension", {"north-korea", "south-korea"})]


@pytest.mark.parametrize("lang, text", [
    ("en", "Moon spoke about North Korea with Trudeau last week. On Monday Trudeau travelled to the South to see flooded towns."),
    ("en", "North Korea fired a missile on Monday. The Spanish premier visited the South on Tuesday to meet mayors in Seville."),
    ("en", "South Sudan and South Korea signed a deal on Monday. Ethiopia's envoy later visited the South for talks."),
    ("de", "Nordkorea hat Raketen getestet. Die Ukraine verlegte am Montag Truppen in den Süden."),
    ("de", "Der Premier sprach über Nordkorea. Danach besuchte er am Mittwoch den Süden des Landes und dann den Süden."),
])
def test_a_region_or_another_south_is_no_korea(lang, text):      # guard
    assert all(word not in ("South", "North", "Süden", "Norden") for word, _ in _links(lang, text))


def test_a_korea_named_long_before_names_no_half():      # guard
    text = ("North Korea tested a missile on Monday. Markets were calm. Oil prices rose. Tourists returned. "
            "Rain is expected across the South on Tuesday.")
    assert [word for word, _ in _links("en", text)] == ["North Korea"]


def test_a_launch_toward_the_south_stays_a_launch(extract):
    facts = extract("North Korea fired a missile toward the South on Wednesday.", "en", published=DAY)
    assert [(ev.kind, ev.actors) for ev in facts.events] == [("MissileLaunch", ["north-korea"])]
