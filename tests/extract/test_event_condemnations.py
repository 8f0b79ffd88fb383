"""A state, leader or body that condemns an act protests it ("condemned the launch",
"verurteilten den Test"): a protest by those who condemn, against the owner of the act when
the sentence names one. A court's sentence ("zu zehn Jahren Haft verurteilt"), a refusal or
a denial to condemn, and a habit ("regularly condemns") are no protest. A list of names
before a verb of saying is a list, not an apposition ("Japan, Canada and Mexico protested").
Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _protests(extract, text, lang):
    return [(sorted(e.actors), e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
            if e.kind == "Protest"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada strongly condemned Brazil's missile launch on Tuesday."),
    ("de", "Kanada verurteilte am Dienstag den Raketenstart Brasiliens scharf."),
])
def test_a_condemnation_is_a_protest(extract, lang, text):
    assert _protests(extract, text, lang) == [(["brazil", "canada"], "2023-11-21")]


@pytest.mark.parametrize("text", [
    "Kanada hat am Dienstag den Raketenstart Brasiliens scharf verurteilt.",
    "Am Dienstag hat Kanada die brasilianischen Manöver in der Ostsee verurteilt.",
    "Kanada verurteilt Raketenstart Brasiliens",
])
def test_a_german_condemnation_at_the_clause_end_or_in_a_headline(extract, text):
    found = [e for e in extract(text, "de", published=DAY).events if e.kind == "Protest"]
    assert [(sorted(e.actors), e.place) for e in found] == [(["brazil", "canada"], None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan, Canada and Mexico strongly condemned the launch on Tuesday."),
    ("de", "Japan, Kanada und Mexiko verurteilten den Start am Dienstag."),
    ("en", "Japan, Canada and Mexico strongly protested to Brazil on Tuesday."),
])
def test_every_member_of_a_list_before_the_verb_protests(extract, lang, text):
    [(actors, _)] = _protests(extract, text, lang)
    assert {"japan", "canada", "mexico"} <= set(actors)


@pytest.mark.parametrize("lang,text", [
    ("de", "Ein Gericht in Moskau verurteilte den Journalisten am Dienstag zu zehn Jahren Haft."),
    ("en", "A court in Moscow on Tuesday sentenced the journalist, who was condemned to ten years in prison."),
    ("en", "Canada has refused to condemn Brazil's launch."),
    ("de", "Kanada hat den Start Brasiliens nicht verurteilt."),
    ("en", "Canada regularly condemns Brazil's drills."),
])
def test_a_sentence_a_refusal_or_a_habit_is_no_protest(extract, lang, text):
    assert _protests(extract, text, lang) == []


def test_a_spokesman_after_a_comma_is_still_an_apposition(extract):
    text = "Canada protested to Brazil on Tuesday, Foreign Minister Mélanie Joly said."
    [(actors, _)] = _protests(extract, text, "en")
    assert actors == ["brazil", "canada"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The resolution condemned Brazil's annexation of the islands."),
    ("de", "Der Spion wurde am Dienstag in Ottawa verurteilt, sein Anwalt legte Berufung ein."),
    ("de", "Die Regierung hat den brasilianischen Raketenstart scharf verurteilt."),
])
def test_no_protest_without_a_named_condemner(extract, lang, text):
    assert _protests(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada condemned Brazil's military drills around Mexico on Tuesday."),
    ("de", "Kanada hat am Dienstag die brasilianischen Manöver vor Mexiko verurteilt."),
])
def test_where_the_condemned_drills_are_takes_no_part(extract, lang, text):
    assert _protests(extract, text, lang) == [(["brazil", "canada"], "2023-11-21")]
