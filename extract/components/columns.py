"""Per-token columns of one doc as plain Python lists, for rule code that looks at the
same tokens many times.

``doc[i].text`` builds a new :class:`~spacy.tokens.Token` on every call; the event
component asks about each token dozens of times (every trigger scans its clause, its
sentence and the phrases of the other triggers), which made token creation the largest
single cost of extraction. :class:`Columns` reads each attribute once per doc.

Not a pipeline component. :func:`columns` shares one :class:`Columns` among the components
of a doc (made once, after the sentence boundaries are set) and reads its entity column
again on each call; a :class:`Columns` made directly is a snapshot.

>>> import spacy
>>> doc = spacy.blank("en")("Abe met Putin. Talks followed.")
>>> doc[0].is_sent_start = True; doc[4].is_sent_start = True
>>> cols = Columns(doc)
>>> cols.lower[:3], cols.title[:3], cols.sent_of(5)
(['abe', 'met', 'putin'], [True, False, True], Sent(start=4, end=7, start_char=15, end_char=30))
"""
from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_TITLE, LOWER, ORTH, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["Columns", "Ent", "Sent", "columns", "doc_text", "keep_text"]

_TEXT = "diplograph.text"
_ATTRS = [ORTH, LOWER, IS_TITLE, IS_LOWER, IS_ALPHA, IS_PUNCT, IDX, SENT_START]
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID]
_MEMO_STRINGS = 500_000
_memo: dict[int, str] = {}


def _strings(store: StringStore):
    """A lookup of a list of hashes -> their strings, through a memo shared by the docs of a
    process (the hashes of a string are the same in every StringStore)."""
    def lookup(keys: list) -> list[str]:
        found = list(map(_memo.get, keys))
        if None in found:
            if len(_memo) >= _MEMO_STRINGS:
                _memo.clear()
            for i, key in enumerate(keys):
                if found[i] is None:
                    found[i] = _memo[key] = store[key]
        return found
    return lookup


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the text the tokenizer was given, as the doc's text for
    :func:`doc_text` (spaCy's tokens always join to the text they came from)."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc and kept in ``doc.user_data`` (spaCy joins the
    tokens anew on every ``doc.text``); a kept text that no longer fits the tokens is
    joined again.

    >>> import spacy
    >>> doc = spacy.blank("en")("Talks in Tokyo.")
    >>> doc_text(doc), doc_text(doc) is doc_text(doc)
    ('Talks in Tokyo.', True)
    """
    text = doc.user_data.get(_TEXT)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != size:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _entity_bounds(iob: list, labels: list) -> list[tuple[int, int]]:
    """Token bounds of the entities, read from the IOB tags as ``Doc.ents`` reads them: B
    (3) starts one, I (1) continues it, O (2), missing (0) or a B without label end it."""
    out, start = [], -1
    for i, tag in enumerate(iob):
        if tag == 1:
            continue
        if start != -1:
            out.append((start, i))
        start = i if tag == 3 and labels[i] else -1
    if start != -1:
        out.append((start, len(iob)))
    return out


_shared: list = [None, None]      # the last doc asked for, and its columns


def columns(doc: Doc) -> "Columns":
    """The :class:`Columns` of ``doc``, made on the first call for it and shared by the
    components after it (each of them reading every token's text again was most of their
    cost); the entity column is read again on every call. Ask only once the sentence
    boundaries are set: the sentences are read on the first call.

    >>> from extract.pipeline import get_pipeline
    >>> doc = get_pipeline("en")("Fumio Kishida met Sergey Lavrov.")
    >>> columns(doc) is columns(doc), columns(doc).ent[:3]
    (True, ['Person', 'Person', ''])
    """
    cols = _shared[1]
    if _shared[0] is doc and len(cols) == len(doc):
        cols.read_ents(doc)
    else:
        cols = Columns(doc)
        _shared[:] = [doc, cols]
    return cols


class Sent(NamedTuple):
    """A sentence as token and character offsets (what the rules ask of a sentence Span)."""

    start: int
    end: int
    start_char: int
    end_char: int


class Ent(NamedTuple):
    """An entity as the rules read it: what they ask of an entity Span, without the Span
    (making one makes three Tokens)."""

    start: int
    end: int
    label_: str
    ent_id_: str


class Columns:
    """Token attributes of ``doc`` by position: ``text``, ``lower``, ``ent`` (entity label
    or ""), ``title``, ``is_lower``, ``alpha``, ``punct``, ``idx``; the entities
    (``ents``, as ``doc.ents``), the sentences (``sents``) and the sentence of each token
    (:meth:`sent_of`)."""

    def __init__(self, doc: Doc):
        # One to_array call, no Token objects: creating them was the cost to avoid.
        rows = doc.to_array(_ATTRS).T.tolist() if len(doc) else [[] for _ in _ATTRS]
        strings = _strings(doc.vocab.strings)
        self.text, self.lower = strings(rows[0]), strings(rows[1])
        self.title, self.is_lower, self.alpha, self.punct = (list(map(bool, row)) for row in rows[2:6])
        self.idx = rows[6]
        self._raw_ents = None
        self.read_ents(doc)
        self.sents: list[Sent] = []
        self._sent_index: list[int] = []
        bounds = [0, len(doc)] if len(doc) else []
        if bounds and doc.has_annotation("SENT_START"):    # as doc.sents: a token marked 1 starts one
            bounds[1:1] = [i for i, start in enumerate(rows[7]) if start == 1 and i > 0]
        text, idx = self.text, self.idx
        for lo, hi in zip(bounds, bounds[1:]):
            self._sent_index.extend([len(self.sents)] * (hi - lo))
            self.sents.append(Sent(lo, hi, idx[lo], idx[hi - 1] + len(text[hi - 1])))
        if not self.sents:
            self.sents.append(Sent(0, 0, 0, 0))

    def read_ents(self, doc: Doc) -> None:
        """Read the entities again (components may have set entities since); they are
        made anew only when a token's entity tag, label or id changed."""
        raw = doc.to_array(_ENT_ATTRS)
        if self._raw_ents is not None and numpy.array_equal(raw, self._raw_ents):
            return
        self._raw_ents = raw
        strings = _strings(doc.vocab.strings)
        iob, labels, ids = raw.T.tolist() if len(doc) else ([], [], [])
        self.ent = strings(labels)
        self.ents = [Ent(start, end, self.ent[start], strings([ids[start]])[0] if ids[start] else "")
                     for start, end in _entity_bounds(iob, labels) if self.ent[start]]

    def __len__(self) -> int:
        return len(self.text)

    def text_of(self, doc: Doc, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi), as ``doc[lo:hi].text``."""
        if hi <= lo:
            return ""
        return doc_text(doc)[self.idx[lo]:self.idx[hi - 1] + len(self.text[hi - 1])]

    def sent_of(self, i: int) -> Sent:
        """The sentence of token ``i``."""
        return self.sents[self._sent_index[i]]
