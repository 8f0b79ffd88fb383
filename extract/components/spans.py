"""Setting a Doc's entities so that every token carries its span's id.

spaCy keeps a token's old entity id when a new span without id covers it, so a KB id
would survive on a span that now names someone else; :func:`set_entities` resets it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from diplograph.extract.components.columns import entities_set


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """``doc.ents = spans`` (longest first where they overlap), token ids made to match."""
    chosen = filter_spans(spans)
    doc.ents = chosen
    for span in chosen:
        for token in span:
            token.ent_id_ = span.id_
    entities_set(doc)
