"""Columns: per-token attributes of a doc read once, equal to what the tokens say."""
from __future__ import annotations

import spacy

from diplograph.extract.components.columns import Columns, doc_text
from diplograph.extract.pipeline import get_pipeline

TEXT = ("Japans Außenminister Fumio Kishida traf Sergej Lawrow am 2. November in Tokio. "
        "Die Gespräche,  die \"konstruktiv\" waren, dauerten an.\n\nNATO-Gipfel folgt.")


def test_columns_equal_the_token_attributes():
    doc = get_pipeline("de")(TEXT)
    cols = Columns(doc)
    assert len(cols) == len(doc)
    assert cols.text == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.ent == [t.ent_type_ for t in doc]
    assert "Person" in cols.ent and "Place" in cols.ent
    assert cols.title == [t.is_title for t in doc]
    assert cols.is_lower == [t.is_lower for t in doc]
    assert cols.alpha == [t.is_alpha for t in doc]
    assert cols.punct == [t.is_punct for t in doc]
    assert cols.idx == [t.idx for t in doc]


def test_sentences_and_text_of_spans():
    doc = get_pipeline("de")(TEXT)
    cols = Columns(doc)
    for tok in doc:
        sent = cols.sent_of(tok.i)
        assert (sent.start, sent.end, sent.start_char, sent.end_char) == \
            (tok.sent.start, tok.sent.end, tok.sent.start_char, tok.sent.end_char)
    assert len({cols.sent_of(i) for i in range(len(doc))}) == len(list(doc.sents)) >= 3
    for lo, hi in [(0, 3), (4, 9), (10, len(doc)), (5, 5)]:
        assert cols.text_of(doc, lo, hi) == doc[lo:hi].text


def test_a_doc_without_sentence_boundaries_is_one_sentence():
    doc = spacy.blank("en")("Abe met Putin. Talks followed.")
    cols = Columns(doc)
    assert cols.sent_of(5) == (0, len(doc), 0, len(doc.text))


def test_an_empty_doc():
    cols = Columns(spacy.blank("en")(""))
    assert len(cols) == 0 and cols.text == [] and cols.idx == []


def test_doc_text_is_kept_and_joined_again_after_a_retokenization():
    doc = spacy.blank("en")("New York talks began.")
    first = doc_text(doc)
    assert first == "New York talks began." and doc_text(doc) is first
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    doc.user_data["diplograph.text"] = "stale"
    assert doc_text(doc) == "New York talks began."


def test_shared_columns_follow_the_entities_and_the_doc():
    from spacy.tokens import Span
    from diplograph.extract.components.columns import columns, entities_set
    from diplograph.extract.components.spans import set_entities
    nlp = get_pipeline("de")
    doc = nlp(TEXT)
    cols = columns(doc)
    assert columns(doc) is cols
    as_spans = [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
    assert cols.ents == as_spans and ("Person", "fumio-kishida") in {e[2:] for e in as_spans}
    doc.ents = [Span(doc, 0, 1, label="Country"), Span(doc, 2, 4, label="Person", span_id="someone")]
    assert columns(doc).ents == as_spans                   # not told yet: the entities as they were
    entities_set(doc)
    assert columns(doc).ent == [t.ent_type_ for t in doc] and columns(doc).ent[:3] == ["Country", "", "Person"]
    spans = lambda: [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]      # noqa: E731
    assert columns(doc).ents == spans() == [(0, 1, "Country", "japan"), (2, 4, "Person", "someone")]
    set_entities(doc, [Span(doc, 0, 1, label="Country"), Span(doc, 2, 4, label="Person", span_id="other")])
    assert columns(doc).ents == spans() and columns(doc).ents[1].ent_id_ == "other"   # only the id changed
    other = nlp("Kishida traf Lawrow.")
    assert columns(other) is not cols and columns(other).text == ["Kishida", "traf", "Lawrow", "."]
    assert [(s.start, s.end) for s in columns(doc).sents] == [(s.start, s.end) for s in doc.sents]


def test_where_words_of_a_list_stand():
    cols = Columns(get_pipeline("de")(TEXT))
    assert cols.where({"die", "in"}) == [i for i, w in enumerate(cols.lower) if w in ("die", "in")]
    assert len(cols.where({"die", "in"})) == 3 and cols.where(set()) == []
