"""A warplane that collides with another state's aircraft or drone intercepts it: "A
Russian fighter jet collided with a U.S. drone", "kollidierte ... mit einer US-Drohne", "ist
... mit einer US-Drohne kollidiert"; ships or birds that collide are no interception.
Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-03-15"          # a Wednesday


def _interceptions(extract, text, lang):
    return [(sorted(e.actors), e.place, e.date.iso if e.date else None)
            for e in extract(text, lang, published=DAY).events if e.kind == "Interception"]


@pytest.mark.parametrize("lang,text", [
    ("en", "A Russian fighter jet collided with a U.S. drone over the Black Sea on Tuesday."),
    ("de", "Ein russischer Kampfjet kollidierte am Dienstag über dem Schwarzen Meer mit einer US-Drohne."),
    ("de", "Ein russischer Kampfjet ist am Dienstag über dem Schwarzen Meer mit einer US-Drohne kollidiert."),
])
def test_a_jet_colliding_with_a_drone_intercepts_it(extract, lang, text):
    assert _interceptions(extract, text, lang) == [(["russia", "united-states"], "black-sea", "2023-03-14")]


@pytest.mark.parametrize("lang,text", [
    ("en", "A Chinese coast guard ship collided with a Philippine supply boat on Tuesday."),
    ("en", "The plane collided with a flock of birds on Tuesday."),
    ("de", "Das Schiff ist am Dienstag mit einem Fischerboot kollidiert."),
])
def test_ships_or_birds_colliding_are_no_interception(extract, lang, text):
    assert _interceptions(extract, text, lang) == []
