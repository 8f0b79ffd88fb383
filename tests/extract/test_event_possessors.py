"""Whose trip a possessive pronoun names (sentences written for these tests): "X met Y in Z
after his visit to W" — of several people the sentence names before it, the subject whose
name opens it; not when a verb of saying stands between ("X sagte, Y habe nach seinem
Treffen ...": which one is meant is not known there, and nobody is taken). The knowledge
base knows Lula and Meloni; a subject it did not know had left the other person as the
only one named, and the trip went to him.
"""
from __future__ import annotations

import pytest

DAY = "2021-03-19"        # a Friday


@pytest.mark.parametrize("lang, text, subject", [
    ("en", "Macron met Xi Jinping in Beijing on Friday after his visit to Japan.", "emmanuel-macron"),
    ("de", "Macron traf am Freitag in Peking Xi Jinping, nach seinem Besuch in Japan.", "emmanuel-macron"),
    ("en", "Lula met Xi Jinping in Beijing on Friday after his visit to Japan.", "luiz-inacio-lula-da-silva"),
])
def test_the_subject_is_whose_trip_a_possessive_names(extract, lang, text, subject):
    travellers = {kind: set(actors) for kind, actors in
                  ((ev.kind, ev.actors) for ev in extract(text, lang, published=DAY).events)}
    assert travellers["Visit"] & {subject, "xi-jinping"} == {subject}


def test_after_a_verb_of_saying_the_possessor_stays_unknown(extract):           # guard
    facts = extract("Trudeau sagte, Macron habe nach seinem Treffen mit Olaf Scholz in London gelächelt.", "de",
                    published=DAY)
    assert all("justin-trudeau" not in ev.actors for ev in facts.events)
