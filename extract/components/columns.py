"""Per-token columns of one doc as plain Python lists, for rule code that looks at the
same tokens many times.

``doc[i].text`` builds a new :class:`~spacy.tokens.Token` on every call; the event
component asks about each token dozens of times (every trigger scans its clause, its
sentence and the phrases of the other triggers), which made token creation the largest
single cost of extraction. :class:`Columns` reads each attribute once per doc.

Not a pipeline component. The entity column is a snapshot: read it after the components
that set entities.

>>> import spacy
>>> doc = spacy.blank("en")("Abe met Putin. Talks followed.")
>>> doc[0].is_sent_start = True; doc[4].is_sent_start = True
>>> cols = Columns(doc)
>>> cols.lower[:3], cols.title[:3], cols.sent_of(5)
(['abe', 'met', 'putin'], [True, False, True], Sent(start=4, end=7, start_char=15, end_char=30))
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_TITLE, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["Columns", "Sent", "doc_text"]

_TEXT = "diplograph.text"
_ATTRS = [ORTH, LOWER, ENT_TYPE, IS_TITLE, IS_LOWER, IS_ALPHA, IS_PUNCT, IDX]
_MEMO_STRINGS = 500_000
_memo: dict[int, str] = {}


def _strings(store: StringStore):
    """A hash -> string lookup through a memo shared by the docs of a process (the hashes
    of a string are the same in every StringStore)."""
    def lookup(key: int) -> str:
        found = _memo.get(key)
        if found is None:
            if len(_memo) >= _MEMO_STRINGS:
                _memo.clear()
            found = _memo[key] = store[key]
        return found
    return lookup


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


class Sent(NamedTuple):
    """A sentence as token and character offsets (what the rules ask of a sentence Span)."""

    start: int
    end: int
    start_char: int
    end_char: int


class Columns:
    """Token attributes of ``doc`` by position: ``text``, ``lower``, ``ent`` (entity label
    or ""), ``title``, ``is_lower``, ``alpha``, ``punct``, ``idx``; and the sentence of
    each token (:meth:`sent_of`)."""

    def __init__(self, doc: Doc):
        # One to_array call, no Token objects: creating them was the cost to avoid.
        rows = doc.to_array(_ATTRS).T.tolist() if len(doc) else [[] for _ in _ATTRS]
        strings = _strings(doc.vocab.strings)
        self.text, self.lower, self.ent = ([strings(h) for h in row] for row in rows[:3])
        self.title, self.is_lower, self.alpha, self.punct = ([v == 1 for v in row] for row in rows[3:7])
        self.idx = rows[7]
        self._sents: list[Sent] = []
        self._sent_index: list[int] = []
        if doc.has_annotation("SENT_START"):
            for span in doc.sents:
                self._sent_index.extend([len(self._sents)] * (span.end - span.start))
                self._sents.append(Sent(span.start, span.end, span.start_char, span.end_char))
        else:                                    # no sentence boundaries: the doc is one
            self._sent_index = [0] * len(doc)
            self._sents.append(Sent(0, len(doc), 0, len(doc_text(doc))))

    def __len__(self) -> int:
        return len(self.text)

    def text_of(self, doc: Doc, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi), as ``doc[lo:hi].text``."""
        if hi <= lo:
            return ""
        return doc_text(doc)[self.idx[lo]:self.idx[hi - 1] + len(self.text[hi - 1])]

    def sent_of(self, i: int) -> Sent:
        """The sentence of token ``i``."""
        return self._sents[self._sent_index[i]]
