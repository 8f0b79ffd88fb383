"""Per-token columns of one doc as plain Python lists, for rule code that looks at the
same tokens many times.

``doc[i].text`` builds a new :class:`~spacy.tokens.Token` on every call; the event
component asks about each token dozens of times (every trigger scans its clause, its
sentence and the phrases of the other triggers), which made token creation the largest
single cost of extraction. :class:`Columns` reads each attribute once per doc.

Not a pipeline component. :func:`columns` shares one :class:`Columns` among the components
of a doc (made once, after the sentence boundaries are set) and reads its entities again
after :func:`entities_set`; a :class:`Columns` made directly is a snapshot.

>>> import spacy
>>> doc = spacy.blank("en")("Abe met Putin. Talks followed.")
>>> doc[0].is_sent_start = True; doc[4].is_sent_start = True
>>> cols = Columns(doc)
>>> cols.lower[:3], cols.title[:3], cols.sent_of(5)
(['abe', 'met', 'putin'], [True, False, True], Sent(start=4, end=7, start_char=15, end_char=30))
"""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, ORTH, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["QUOTE_MARKS", "Columns", "Ent", "Sent", "columns", "doc_text", "entities_set", "keep_text", "spaced",
           "within"]

#: quotation marks, which set a word apart without ending a clause ('declared "undesirable persons"')
QUOTE_MARKS = frozenset({'"', "“", "”", "„", "‘", "’", "'", "«", "»", "‚"})

_TEXT = "diplograph.text"
_ENTS_SET = "diplograph.ents_set"        # how many times the entities were set (a counter)
_ATTRS = [ORTH, IDX, SENT_START]
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID]
_MEMO_STRINGS = 500_000
_memo: dict[int, str] = {}
_lexemes: dict[str, dict] = {}         # language -> orth hash -> what Columns reads of it


def _memoised(memo: dict, keys: list, make) -> list:
    """The values of ``keys`` in ``memo``, each missing one made by ``make(key)`` and kept
    (the memo starts afresh when it holds :data:`_MEMO_STRINGS` values).

    >>> _memoised({1: "a"}, [1, 2, 1], str)
    ['a', '2', 'a']
    """
    found = list(map(memo.get, keys))
    if None in found:
        if len(memo) >= _MEMO_STRINGS:
            memo.clear()
        for i, key in enumerate(keys):
            if found[i] is None:
                found[i] = memo[key] = make(key)
    return found


def _lexeme_rows(doc: Doc, orths: list) -> list[list]:
    """Text, lower form, is_title, is_lower, is_alpha and is_punct of each token, as six
    lists, through a memo of the word types of a process (a word's lexeme attributes are
    the same wherever it occurs in a language)."""
    def read(orth: int) -> tuple:
        lex = doc.vocab[orth]
        return lex.orth_, lex.lower_, lex.is_title, lex.is_lower, lex.is_alpha, lex.is_punct
    found = _memoised(_lexemes.setdefault(doc.lang_, {}), orths, read)
    return [list(column) for column in zip(*found)] if found else [[] for _ in range(6)]


def _strings(store: StringStore, keys: list) -> list[str]:
    """The strings of hashes, through a memo shared by the docs of a process (the hash of a
    string is the same in every StringStore)."""
    return _memoised(_memo, keys, store.__getitem__)


def within(positions: list[int], lo: int, hi: int) -> list[int]:
    """The sorted ``positions`` in [lo, hi).

    >>> within([2, 5, 9], 3, 9)
    [5]
    """
    return positions[bisect_left(positions, lo):bisect_left(positions, hi)]


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the text the tokenizer was given, as the doc's text for
    :func:`doc_text` (spaCy's tokens always join to the text they came from)."""
    doc.user_data[_TEXT] = text


def spaced(cols, k: int) -> bool:
    """Whether the token at ``k`` stands between spaces (a dash between words).

    >>> from diplograph.extract.pipeline import get_pipeline
    >>> cols = columns(get_pipeline("de").make_doc("Der US-Zerstörer fuhr - so hieß es - weiter."))
    >>> [k for k in range(len(cols.text)) if cols.text[k] == "-" and spaced(cols, k)]
    [5, 9]
    """
    idx, text = cols.idx, cols.text
    return 0 < k < len(text) - 1 and idx[k] > idx[k - 1] + len(text[k - 1]) and idx[k + 1] > idx[k] + 1


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


def _entity_bounds(iob: numpy.ndarray, labels: numpy.ndarray) -> list[tuple[int, int]]:
    """Token bounds of the entities, read from the IOB tags as ``Doc.ents`` reads them: B
    (3) with a label starts one, I (1) continues it, anything else ends it.

    >>> _entity_bounds(numpy.array([3, 1, 2, 3, 3, 1, 1, 0, 1]), numpy.array([5, 5, 0, 7, 8, 8, 8, 0, 0]))
    [(0, 2), (3, 4), (4, 7)]
    """
    edges = numpy.flatnonzero(iob != 1)          # where an entity can start or end
    starts = edges[(iob[edges] == 3) & (labels[edges] != 0)]
    ends = numpy.append(edges, len(iob))[numpy.searchsorted(edges, starts, side="right")]
    return list(zip(starts.tolist(), ends.tolist()))


def entities_set(doc: Doc) -> None:
    """Note that the doc's entities were set, for :func:`columns` to read them again."""
    doc.user_data[_ENTS_SET] = doc.user_data.get(_ENTS_SET, 0) + 1


_shared: list = [(None, None)]      # the last doc asked for, and its columns


def columns(doc: Doc) -> "Columns":
    """The :class:`Columns` of ``doc``, made on the first call for it and shared by the
    components after it (each of them reading every token's text again was most of their
    cost). Ask only once the sentence boundaries are set: the sentences are read on the
    first call. The entities are read again after :func:`entities_set` (which
    ``set_entities`` calls): a component that sets ``doc.ents`` itself after the first
    call must call it too.

    >>> from diplograph.extract.pipeline import get_pipeline
    >>> doc = get_pipeline("en")("Fumio Kishida met Sergey Lavrov.")
    >>> columns(doc) is columns(doc), columns(doc).ent[:3]
    (True, ['Person', 'Person', ''])
    """
    last, cols = _shared[0]              # one read: the doc and its columns together
    if last is doc and len(cols) == len(doc):
        if cols.ents_set != doc.user_data.get(_ENTS_SET, 0):
            cols.read_ents(doc)
    else:
        cols = Columns(doc)
        _shared[0] = (doc, cols)
    return cols


_DATELINE_ENDS = (",", "(", "-", "--", "–", "—")
#: what ends a dateline of a country, not a list of names ("SINGAPORE —", "SINGAPUR (dpa)"; not "UK, French leaders")
DATELINE_DASHES = ("-", "--", "–", "—", "(")


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
        array = doc.to_array(_ATTRS)
        rows = array.T.tolist() if len(doc) else [[] for _ in _ATTRS]
        self.text, self.lower, self.title, self.is_lower, self.alpha, self.punct = _lexeme_rows(doc, rows[0])
        self.idx = rows[1]
        self._raw_ents = None
        self._doc_text = None
        self._positions: dict[str, list[int]] | None = None
        self._kept: dict = {}            # key -> positions (:meth:`where_kept`)
        self.read_ents(doc)
        self.sents: list[Sent] = []
        self._sent_index: list[int] = []
        bounds = [0, len(doc)] if len(doc) else []
        if bounds and doc.has_annotation("SENT_START"):    # as doc.sents: a token marked 1 starts one
            bounds[1:1] = (numpy.flatnonzero(array[1:, 2] == 1) + 1).tolist()
        text, idx = self.text, self.idx
        for lo, hi in zip(bounds, bounds[1:]):
            self._sent_index.extend([len(self.sents)] * (hi - lo))
            self.sents.append(Sent(lo, hi, idx[lo], idx[hi - 1] + len(text[hi - 1])))
        if not self.sents:
            self.sents.append(Sent(0, 0, 0, 0))

    def read_ents(self, doc: Doc) -> None:
        """Read the entities again (components may have set entities since); they are
        made anew only when a token's entity tag, label or id changed."""
        self.ents_set = doc.user_data.get(_ENTS_SET, 0)
        raw = doc.to_array(_ENT_ATTRS)
        if self._raw_ents is not None and numpy.array_equal(raw, self._raw_ents):
            return
        self._raw_ents = raw
        _, labels, ids = raw.T.tolist() if len(doc) else ([], [], [])
        self.ent = _strings(doc.vocab.strings, labels)
        bounds = [(start, end) for start, end in _entity_bounds(raw[:, 0], raw[:, 1]) if self.ent[start]]
        names = _strings(doc.vocab.strings, [ids[start] for start, _ in bounds])
        self.ents = [Ent(start, end, self.ent[start], name if ids[start] else "")
                     for (start, end), name in zip(bounds, names)]

    def __len__(self) -> int:
        return len(self.text)

    def where(self, words) -> list[int]:
        """The positions of the tokens whose lower form is in the set ``words``, in order
        (from an index of the doc's words, made on the first call)."""
        if self._positions is None:
            self._positions = {}
            for i, word in enumerate(self.lower):
                self._positions.setdefault(word, []).append(i)
        index = self._positions
        found = [index[w] for w in words if w in index] if len(words) < len(index) \
            else [at for w, at in index.items() if w in words]
        return list(found[0]) if len(found) == 1 else sorted(i for at in found for i in at)

    def name_end(self, k: int) -> int:
        """The end of the run of tokens from ``k`` that carry token ``k``'s entity label."""
        end = k
        while end < len(self.ent) and self.ent[end] == self.ent[k]:
            end += 1
        return end

    def where_kept(self, key, words) -> list[int]:
        """:meth:`where` of the set ``words()`` (a callable: made on the first ask only),
        remembered under ``key`` for the rest of the doc."""
        if key not in self._kept:
            self._kept[key] = self.where(words())
        return self._kept[key]

    def text_of(self, doc: Doc, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi), as ``doc[lo:hi].text``."""
        if hi <= lo:
            return ""
        if self._doc_text is None:
            self._doc_text = doc_text(doc)
        return self._doc_text[self.idx[lo]:self.idx[hi - 1] + len(self.text[hi - 1])]

    def compound_start(self, k: int, lo: int) -> int:
        """Where a hyphenated modifier that ends at token ``k`` starts ("90-minute",
        "long-awaited": ``k`` is the word after the hyphen), not before ``lo``; ``k`` itself
        when no hyphen joins it to the word before."""
        if k - 2 >= lo and self.text[k - 1] == "-" and self.is_lower[k] and not self.ent[k] \
                and self.idx[k - 1] == self.idx[k - 2] + len(self.text[k - 2]) \
                and self.idx[k] == self.idx[k - 1] + 1:
            return k - 2
        return k

    def unquoted(self, lo: int, hi: int) -> list[int]:
        """The tokens of [lo, hi) outside quotation marks: 'would conduct the "Joint
        Sword-2024A" exercises' has three words before the noun, as "would conduct the
        exercises" has.

        >>> import spacy
        >>> cols = Columns(spacy.blank("en")('held the "Ocean Shield - 2" drills'))
        >>> [cols.text[k] for k in cols.unquoted(0, len(cols))]
        ['held', 'the', 'drills']
        """
        kept, inside = [], False
        for k in range(lo, hi):
            if self.text[k] in QUOTE_MARKS:
                inside = not inside
            elif not inside:
                kept.append(k)
        return kept

    def sent_of(self, i: int) -> Sent:
        """The sentence of token ``i``."""
        return self.sents[self._sent_index[i]]

    def dateline_place(self, start: int, end: int) -> bool:
        """Whether tokens [start, end) open their sentence as a dateline's place ("MADRID --",
        "TOKYO (Reuters) -", "OSLO, March 4", "[HANOI]"): upper case, then a comma, bracket or dash,
        or in square brackets; the name after such a place's comma ("YOKOSUKA, Japan –"); or
        a place, or one of the names joined by slashes, before an agency in brackets and a
        dash ("Ottawa (dpa) -", "Ise-Shima/Moskau (dpa) -")."""
        first, n = self.sent_of(start).start, len(self.text)
        if self._bare_dateline(first, start, end):
            return True
        bracketed = first == start - 1 and self.text[first] == "[" and end < n and self.text[end] == "]"   # "[HANOI]"
        if (first == start and end < n and self.text[end] in _DATELINE_ENDS or bracketed) and self.text[start].isupper() \
                and all(self.text[k].isupper() or not self.alpha[k] for k in range(start, end)) \
                and not (self.ent[start] == "Country" and self.text[end] == "," and end + 1 < n
                         and self.ent[end + 1] == "Country"):     # not "US, Japan, South Korea hold drills"
            return True
        if first < start - 1 and self.text[start - 1] == "," and end < n and self.text[end] in _DATELINE_ENDS[2:] \
                and all(self.text[k].isupper() or not self.alpha[k] for k in range(first, start - 1)):
            return True                  # "YOKOSUKA NAVAL BASE, Japan –": the upper-case place's country
        k = next((j for j in range(end, min(n, end + 8)) if self.text[j] in ("(", "\n")), n)
        close = next((j for j in range(k + 2, min(n - 1, k + 6)) if self.text[j] == ")"), None) if k < n else None
        return close is not None and self.text[k] == "(" and self.text[close + 1] in _DATELINE_ENDS \
            and all(self.ent[j] or self.text[j] in ("/", "-") for j in range(first, k)) \
            and ("/" in self.text[first:k] or first == start and end == k and self.ent[start] == "Place")

    def _bare_dateline(self, first: int, start: int, end: int) -> bool:
        """Whether [start, end) is among the upper-case places that open the sentence at
        ``first`` as a dateline that lost its dash: joined by slashes ("BRÜSSEL/BERLIN taz
        ■ Die ..."), or one city and a title-case word right after it ("BRUSSELS The
        ministers ..."; not "US President ...", a country's abbreviation)."""
        hi, sent_end = first, self.sent_of(first).end
        while hi < sent_end and (self.text[hi] == "/" or self.ent[hi] in ("Place", "Country")
                                 and self.text[hi].isupper() and self.alpha[hi]):
            hi += 1
        if not first <= start < end <= hi < sent_end or self.text[hi - 1] == "/":
            return False
        if "/" in self.text[first:hi]:   # places, not states ("UK/US envoys met ...")
            return all(self.ent[k] == "Place" for k in range(first, hi) if self.text[k] != "/")
        word = self.text[hi]
        return self.ent[first] == "Place" and len(self.text[first]) > 3 and word[:1].isupper() \
            and not word.isupper() and self.alpha[hi]

    def place_country(self, start: int, country: str, contains) -> bool:
        """Whether ``country``, named from token ``start``, follows a place in it and a comma
        or an opening bracket ("in Madrid, Spain", "Hanoi (Vietnam)"): it says where that
        place lies. ``contains(country, place)`` is
        the knowledge base's test."""
        k = start - 1
        if k < 1 or self.text[k] not in (",", "("):
            return False                 # "in Madrid, Spain", "von Hanoi (Vietnam)"
        place = next((e for e in reversed(self.ents) if e.end <= k), None)
        return place is not None and place.end == k and place.label_ == "Place" and bool(place.ent_id_) \
            and contains(country, place.ent_id_)
