"""Capitals added to places.ttl for the remaining states of countries.ttl: found by the real
extraction pipeline in English and German, as event places.

The sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


def places(facts) -> set:
    return {ev.place for ev in facts.events}


@pytest.mark.parametrize("lang,text,slug,surface", [
    ("en", "Putin and Erdogan met in Damascus on Monday.", "damascus", "Damascus"),
    ("de", "Baerbock reiste am Dienstag nach Taschkent.", "tashkent", "Taschkent"),
    ("en", "Orban traveled to Luxembourg City on Friday to meet Luxembourg's prime minister.",
     "luxembourg-city", "Luxembourg City"),
])
def test_capital_is_the_event_place(lang, text, slug, surface):
    facts = run(text, lang, "2024-03-04")
    assert slug in places(facts)
    assert surface in facts.entities[slug].surface


def test_german_exonym_and_capital_phrase():
    # "Kairo" by name, and "in der ägyptischen Hauptstadt" resolved through dg:capitalOf
    assert "cairo" in places(run("Scholz traf Sisi am Montag in Kairo.", "de", "2024-03-04"))
    facts = run("Scholz traf am Montag in der ägyptischen Hauptstadt den Präsidenten Ägyptens.",
                "de", "2024-03-04")
    assert "cairo" in places(facts)


def test_luxembourg_city_is_not_the_state():
    facts = run("Orban traveled to Luxembourg City on Friday to meet Luxembourg's prime minister.",
                "en", "2024-03-04")
    assert facts.entities["luxembourg-city"].kind == "Place"
    assert facts.entities["luxembourg"].kind == "Country"


def test_tripoli_is_ambiguous():
    # linked with Libya named in the sentence; a bare "Tripoli" (also in Lebanon) is not linked
    assert "tripoli" in places(run("Blinken met Libya's prime minister in Tripoli on Tuesday.",
                                   "en", "2024-03-04"))
    assert "tripoli" not in run("Blinken visited Tripoli on Tuesday.", "en", "2024-03-04").entities
