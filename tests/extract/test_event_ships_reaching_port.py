"""Ships and people that reach a port or city (sentences written for these tests): "reached
Vladivostok", "reached the Russian port of Vladivostok", "sind in Wladiwostok eingelaufen"
are an arrival there (a port call for ships, as "arrived in" is); not "reached an
agreement in Tokyo", a missile that reached Guam, or "die Frist läuft ab".
"""
from __future__ import annotations

import pytest

DAY = "2023-05-19"        # a Friday; Tuesday is the 16th


def _events(extract, text, lang):
    return [(ev.kind, set(ev.actors), ev.place, ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Three Chinese destroyers reached Vladivostok on Tuesday.", {"china"}),
    ("en", "A Chinese naval group reached the Russian port of Vladivostok on Tuesday.", {"china"}),
    ("en", "Two Indian frigates reached the port of Vladivostok on Tuesday.", {"india"}),
    ("de", "Drei chinesische Kriegsschiffe sind am Dienstag in Wladiwostok eingelaufen.", {"china"}),
])
def test_ships_that_reach_a_port_call_there(extract, lang, text, actors):
    assert _events(extract, text, lang) == [("Visit", actors, "vladivostok", "2023-05-16")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The missile reached Guam within minutes, officials said on Tuesday."),
    ("de", "Die Frist läuft am Dienstag ab, sagte Lawrow in Moskau."),
])
def test_what_reaches_a_place_without_people_is_no_visit(extract, lang, text):      # guard
    assert _events(extract, text, lang) == []


def test_reaching_an_agreement_in_a_city_is_no_visit(extract):      # guard
    assert [kind for kind, *_ in _events(extract, "Russia and Japan reached an agreement in Tokyo on Tuesday.", "en")] \
        == ["Agreement"]
