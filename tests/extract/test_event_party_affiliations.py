"""A person's party takes no part in the acts between states the person does: a party of the
knowledge base (dg:PoliticalParty) is no actor, and the brackets after a name that say whom
the person belongs to ("Merkel (CDU)", "X (63, SPD)", "X (Midori Party)") name no actor either.
Sentences written for this test."""
from __future__ import annotations

import pytest


def _events(extract, text, lang, published="2023-03-18"):
    return [(ev.kind, sorted(ev.actors)) for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Bundeskanzler Olaf Scholz (SPD) und Fumio Kishida haben am Samstag in Tokio Gespräche geführt.",
     [("Talks", ["fumio-kishida", "olaf-scholz"])]),
    ("en", "Chancellor Olaf Scholz (SPD) met Japanese Prime Minister Fumio Kishida in Tokyo on Saturday.",
     [("Meeting", ["fumio-kishida", "olaf-scholz"])]),
    ("de", "Verteidigungsminister Boris Pistorius (63, SPD) traf am Samstag in Tokio Fumio Kishida.",
     [("Meeting", ["boris-pistorius", "fumio-kishida"])]),
])
def test_a_persons_party_in_brackets_is_no_actor(extract, lang, text, expected):
    facts = extract(text, lang, published="2023-03-18")
    assert "social-democratic-party-of-germany" in facts.entities
    assert _events(extract, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("de", "Die SPD und Fumio Kishida haben am Samstag in Tokio Gespräche geführt."),
    ("en", "The SPD and Fumio Kishida held talks in Tokyo on Saturday."),
])
def test_a_party_of_the_kb_is_no_actor_of_talks_between_states(extract, lang, text):
    assert all("social-democratic-party-of-germany" not in actors for _, actors in _events(extract, text, lang))


def test_an_unknown_party_in_brackets_after_a_name_is_no_actor(extract):
    text = "Prime Minister Hanna Beispiel (Midori Party) met Fumio Kishida in Tokyo on Saturday."
    assert _events(extract, text, "en") == [("Meeting", ["fumio-kishida", "new:Person:hanna beispiel"])]


def test_the_subject_before_a_party_in_brackets_is_the_speaker_on_the_talks(extract):
    text = "Scholz (SPD) sagte nach dem Treffen mit Kishida, man wolle enger zusammenarbeiten."
    assert _events(extract, text, "de") == [("Meeting", ["fumio-kishida", "olaf-scholz"])]


def test_an_organisation_in_brackets_that_is_no_party_stays_an_actor(extract):
    text = "Generalsekretär Mark Rutte (NATO) traf Kishida am Samstag in Tokio."
    assert _events(extract, text, "de") == [("Meeting", ["fumio-kishida", "mark-rutte", "nato"])]

