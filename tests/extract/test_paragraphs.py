"""diplograph.extract.components.paragraphs: line breaks and ticker separators end sentences."""
from __future__ import annotations

import pytest
import spacy

import diplograph.extract.components  # noqa: F401  (registers the factories)


def _pipeline(lang: str):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("diplograph_paragraphs")
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return _pipeline("de")


@pytest.mark.parametrize("text,sents", [
    ("Gipfel in Madrid\n\nKishida nahm teil", ["Gipfel in Madrid\n\n", "Kishida nahm teil"]),
    ("Eilmeldung ++ Abe in Moskau ++", ["Eilmeldung ++ ", "Abe in Moskau ++"]),
    ("A + B + C traf D", ["A + B + C traf D"]),
    ("Titel | Zeitung · 3. Mai", ["Titel | ", "Zeitung · ", "3. Mai"]),
    ("Abe sprach  mit Putin", ["Abe sprach  mit Putin"]),
    ("+++ Gipfel +++\nTreffen", ["+++ ", "Gipfel +++", "\n", "Treffen"]),
    ("x", ["x"]),
    ("Kanada wies vier brasilianische\nBeamte aus.", ["Kanada wies vier brasilianische\n", "Beamte aus."]),
    ("OTTAWA\nCanada said on Friday it would send home four Brazilian\nofficials.",
     ["OTTAWA\n", "Canada said on Friday it would send home four Brazilian\nofficials."]),
    ("Canada meets Brazil\nby a staff writer", ["Canada meets Brazil\n", "by a staff writer"]),
    ("Canada expelled them.\nthen it left", ["Canada expelled them.", "\n", "then it left"]),
    ("Gipfel\n\nnach Madrid", ["Gipfel\n\n", "nach Madrid"]),
])
def test_sentence_starts(nlp, text, sents):
    assert [s.text_with_ws for s in nlp(text).sents] == sents


@pytest.mark.parametrize("text,sents", [
    ("Scholz reist nach Kanada, um Trudeau zu treffen Der deutsche Kanzler fliegt am Montag.",
     ["Scholz reist nach Kanada, um Trudeau zu treffen", "Der deutsche Kanzler fliegt am Montag."]),
    ("Die Zeitung meldete laut Die Welt einen Besuch.", ["Die Zeitung meldete laut Die Welt einen Besuch."]),
    ("Er las die Zeitung Die Zeit am Morgen.", ["Er las die Zeitung Die Zeit am Morgen."]),
])
def test_a_headline_run_into_its_story_ends_before_a_capitalised_article(nlp, text, sents):
    assert [s.text for s in nlp(text).sents] == sents


@pytest.fixture(scope="module")
def nlp_en():
    return _pipeline("en")


@pytest.mark.parametrize("text,sents", [
    ("OTTAWA May 2 Foreign ministers from Canada and\nBrazil on Friday agreed to hold talks.",
     ["OTTAWA May 2 Foreign ministers from Canada and\nBrazil on Friday agreed to hold talks."]),
    ("Canada and Brazil have conflicting claims over a chain of the\nNorthern Islands.",
     ["Canada and Brazil have conflicting claims over a chain of the\nNorthern Islands."]),
    ("Canada and Brazil agree on a deal in\nOttawa", ["Canada and Brazil agree on a deal in\n", "Ottawa"]),
    ("Canada meets Brazil\nOttawa talks end", ["Canada meets Brazil\n", "Ottawa talks end"]),
    ("Canada and Brazil agreed on Monday to work together on North Korea\n's denuclearization, officials said.",
     ["Canada and Brazil agreed on Monday to work together on North Korea\n's denuclearization, officials said."]),
])
def test_a_wrapped_line_ending_in_a_word_no_line_ends_in_goes_on(nlp_en, text, sents):
    assert [s.text_with_ws for s in nlp_en(text).sents] == sents


def test_a_german_line_ending_in_a_verb_particle_ends_its_sentence(nlp):
    text = "Zeichen der Annäherung: Japans Premier bereitet den Besuch persönlich vor\nDer russische Staatschef kommt."
    assert len(list(nlp(text).sents)) == 2
