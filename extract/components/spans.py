"""Setting a Doc's entities so that every token carries its span's id, and telling the
dash that ends a list item's name.

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


def list_item_dash(doc: Doc, k: int, start: int, lex) -> bool:
    """Whether token ``k`` is the dash set off by spaces after a name that opens its line at
    token ``start`` ("• Jo Beispiel – former Dutch defence minister": the name's apposition,
    as a comma's would be). A line opens after a line break or a bullet (``list_bullets``
    of the lexicon ``lex``) at the line's start; the dash is one of ``list_item_dashes``.
    """
    if k >= len(doc) or not lex.has("list_item_dashes", doc[k].text) or not doc[k].whitespace_ \
            or k == 0 or not doc[k - 1].whitespace_:
        return False
    j = start - 1
    if j >= 0 and lex.has("list_bullets", doc[j].text):
        j -= 1
    return j < 0 or doc[j].is_space and "\n" in doc[j].text
