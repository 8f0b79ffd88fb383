"""diplograph.extract.components.kb_ruler: the same entities as spaCy's EntityRuler, set in one pass."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import diplograph.extract.components  # noqa: F401  (registers the factories)
from diplograph.extract.components.kb_ruler import KBRuler
from diplograph.extract.patterns import entity_patterns
from diplograph.extract.pipeline import get_pipeline
from diplograph.ontology.kb import load_kb

ARTICLES = Path(__file__).parent / "articles"
PATTERNS = [
    {"label": "Person", "pattern": "Fumio Kishida", "id": "fumio-kishida"},
    {"label": "Person", "pattern": "Kishida", "id": "fumio-kishida"},
    {"label": "Country", "pattern": "Japan", "id": "japan"},
    {"label": "Organization", "pattern": "Japan Times"},
    {"label": "Place", "pattern": [{"LOWER": "tokyo"}], "id": "tokyo"},
]


def rulers(lang, patterns, overwrite=True):
    out = []
    for factory in ("entity_ruler", "diplograph_kb_ruler"):
        nlp = spacy.blank(lang)
        ruler = nlp.add_pipe(factory, config={"phrase_matcher_attr": "ORTH", "overwrite_ents": overwrite})
        ruler.add_patterns(patterns)
        out.append(nlp)
    return out


def ents(doc):
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents]


def tags(doc):
    return [(t.ent_iob_, t.ent_type_, t.ent_id_, t.ent_kb_id_) for t in doc]


def test_longest_match_wins_and_ids_are_kept():
    spacy_nlp, ours = rulers("en", PATTERNS)
    assert isinstance(ours.get_pipe("diplograph_kb_ruler"), KBRuler)
    text = "Fumio Kishida read the Japan Times in Tokyo; Kishida left Japan."
    assert ents(ours(text)) == ents(spacy_nlp(text)) == [
        (0, 2, "Person", "fumio-kishida", ""), (4, 6, "Organization", "", ""), (7, 8, "Place", "tokyo", ""),
        (9, 10, "Person", "fumio-kishida", ""), (11, 12, "Country", "japan", "")]
    assert tags(ours(text)) == tags(spacy_nlp(text))


def test_an_id_left_on_tokens_outside_entities_stays_as_with_spacy():
    results = []
    for nlp in rulers("en", PATTERNS):
        doc = nlp.make_doc("The Japan Times wrote.")
        doc.ents = [Span(doc, 1, 3, label="ORG", span_id="old-id", kb_id="Q1")]
        doc.ents = []                           # spaCy keeps the ids on the tokens
        results.append(tags(nlp.get_pipe(nlp.pipe_names[0])(doc)))
    assert results[0] == results[1] and results[1][1][2] == "old-id"


def test_a_shorter_match_ending_inside_a_longer_one_is_dropped():
    patterns = PATTERNS + [{"label": "Place", "pattern": "Times Square Garden"}]
    spacy_nlp, ours = rulers("en", patterns)
    text = "He read the Japan Times Square Garden news."
    assert ents(ours(text)) == ents(spacy_nlp(text)) == [(3, 4, "Country", "japan", ""), (4, 7, "Place", "", "")]


@pytest.mark.parametrize("overwrite", [True, False])
def test_entities_already_there_are_replaced_only_when_overwriting(overwrite):
    spacy_nlp, ours = rulers("en", PATTERNS, overwrite)
    results = []
    for nlp in (spacy_nlp, ours):
        doc = nlp.make_doc("Prime Minister Fumio Kishida met in Tokyo.")
        doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 5, 6, label="LOC")]
        results.append(ents(nlp.get_pipe(nlp.pipe_names[0])(doc)))
    assert results[0] == results[1]
    assert ((2, 4, "Person", "fumio-kishida", "") in results[1]) is overwrite


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_knowledge_base_patterns_give_spacys_entities(path):
    lang = path.stem[:2]
    spacy_nlp, ours = rulers(lang, entity_patterns(load_kb(), lang))
    text = path.read_text(encoding="utf-8")
    doc = ours(text)
    found = ents(doc)
    assert found == ents(spacy_nlp(text)) and tags(doc) == tags(spacy_nlp(text)) and len(found) > 10


@pytest.mark.parametrize("text,slug", [
    ("Russia’s Defence Ministry said the drills had ended.", "russia-ministry-of-defence"),
    ("The Democratic People’s Republic of Korea fired a missile.", "north-korea"),
])
def test_a_typographic_apostrophe_matches_a_kb_name(text, slug):
    assert slug in [e.ent_id_ for e in get_pipeline("en")(text).ents]


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "The Asean summit in Pattaya was called off on Saturday.", "asean"),
    ("de", "Der Asean-Gipfel in Pattaya wurde am Samstag abgesagt.", "asean"),
    ("en", "Leaders of the Apec forum met in Lima.", "apec"),
])
def test_an_acronym_spoken_as_a_word_matches_in_title_case(lang, text, slug):
    assert slug in [e.ent_id_ for e in get_pipeline(lang)(text).ents]


@pytest.mark.parametrize("lang,text", [
    ("en", "Who said so?"),                          # an ordinary word, not the WHO
    ("en", "The Asdf team won the match."),          # an ambiguous acronym: only on evidence
])
def test_guard_no_title_case_form_of_a_word_or_an_ambiguous_acronym(lang, text):
    assert [e.ent_id_ for e in get_pipeline(lang)(text).ents if e.label_ == "Organization"] == []
