"""Who agrees and what about: sentences written for this test.

A name only in what an English agreement's infinitive says ("agreed to work for the
nuclear-free X", "agreed to step up pressure on X") is what the parties agreed
about, not a party. "agreed with X to ..." keeps X; a name in a setting after the content
("signed an accord to ... during a visit by X") keeps X too; a name both subject and content
stays. German "einigten sich darauf, ... zu" already keeps the content apart (a guard).
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


def _agreements(facts) -> list:
    return [sorted(ev.actors) for ev in facts.events if ev.kind == "Agreement"]


@pytest.mark.parametrize("text,actors", [
    ("Canada and Brazil agreed on Monday to work together for a nuclear-free North Korea.", ["brazil", "canada"]),
    ("Canada and Brazil agreed on Monday to step up pressure on Mexico.", ["brazil", "canada"]),
    ("Canada agreed with Mexico on Monday to step up pressure on Brazil.", ["canada", "mexico"]),
])
def test_names_in_what_was_agreed_are_no_parties(extract, text, actors):
    assert _agreements(extract(text, "en", published=DAY)) == [actors]


@pytest.mark.parametrize("text,actors", [
    ("In May, Canada and Mexico signed a pact to share naval data during a visit to Mexico by Trudeau.",
     ["canada", "justin-trudeau", "mexico"]),
    ("Canada and Brazil agreed on Monday to expand Brazil's naval presence near Canada.", ["brazil", "canada"]),
])
def test_guard_settings_and_subjects_stay(extract, text, actors):
    assert _agreements(extract(text, "en", published=DAY)) == [actors]


def test_guard_a_german_content_clause_names_no_party(extract):
    facts = extract("Kanada und Brasilien einigten sich am Montag darauf, gemeinsam auf die Abrüstung "
                    "Nordkoreas hinzuarbeiten.", "de", published=DAY)
    assert _agreements(facts) == [["brazil", "canada"]]
