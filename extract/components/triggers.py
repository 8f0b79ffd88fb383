"""Event-trigger patterns of one language, matched word by word where a pattern allows it.

Not a pipeline component: the event component (:mod:`.events`) owns a
:class:`TriggerIndex` built from ``extract/data/<lang>/event_triggers.jsonl``.

spaCy's :class:`~spacy.matcher.Matcher` tests every predicate of every pattern on every
token, and a ``REGEX`` predicate runs its regular expression each time. Most trigger
patterns are one token whose lower-case form is a word, one of a list, or a regular
expression; for those the answer depends on the word alone, so it is worked out once per
distinct word and remembered. Each longer pattern has a Matcher of its own, which runs only
where a word able to open it stands, on the stretch its longest match can reach, and only
when the words it needs later lie in that stretch; a pattern whose first token tests more
than the word runs on the whole doc.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> index = TriggerIndex(nlp.vocab, [
...     {"kind": "Summit", "id": "summit", "pattern": [{"LOWER": {"REGEX": "^summits?$"}}]},
...     {"kind": "Agreement", "id": "signed", "pattern": [{"LOWER": "signed"}, {"LOWER": "a"}]}])
>>> doc = nlp("They signed a deal at the summit.")
>>> [(index.kinds[key][1], s, e) for key, s, e in index.find(doc, [t.lower_ for t in doc])]
[('signed', 1, 3), ('summit', 6, 7)]
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from spacy.matcher import Matcher
from spacy.vocab import Vocab

__all__ = ["TriggerIndex", "need_windows", "needs_met", "pattern_needs", "pattern_reach"]

MEMO_WORDS = 500_000        # distinct words remembered before the memo starts afresh
_MISS = ((), ())            # a word that is no one-word trigger and opens no pattern


class _Pattern(NamedTuple):
    """A trigger pattern longer than a word, with a Matcher of its own."""
    key: int
    matcher: Matcher
    reach: int | None          # the most tokens a match covers (None: no limit)
    needs: tuple            # what later words within reach must hold (see pattern_needs)


class TriggerIndex:
    """Trigger patterns (records with ``kind``, ``id`` and a Matcher ``pattern``; an optional
    ``context_after`` counts the pattern's last tokens that must follow the trigger but are
    no part of it: "traf ... ein" before "und" is an arrival, the clause after "und" another's).

    ``kinds`` maps a match key to ``(kind, rule id)``; :meth:`find` returns the matches of
    a doc, the longest first where they overlap (of equal ones, the first in the rule
    file), in text order.
    """

    def __init__(self, vocab: Vocab, records) -> None:
        self.kinds: dict[int, tuple[str, str]] = {}
        self.order: dict[int, int] = {}             # file order decides between equal spans
        self.context: dict[int, int] = {}           # final tokens that are context, not trigger
        self._single: list[tuple[int, Callable]] = []
        self._opened: list[tuple[Callable, _Pattern]] = []    # patterns by their first word
        self._anywhere = Matcher(vocab)             # patterns whose first token is no word test
        self._vocab = vocab
        self._memo: dict[str, tuple] = {}
        for rec in records:
            key = vocab.strings.add(rec["id"])
            self.order[key] = len(self.order)
            self.kinds[key] = (rec["kind"], rec["id"])
            if rec.get("context_after"):
                self.context[key] = int(rec["context_after"])
            self._add(key, rec["id"], rec["pattern"])

    def _add(self, key: int, rule: str, pattern: list) -> None:
        first = pattern[0] if pattern else {}
        test = _lower_test(first.get("LOWER")) if set(first) == {"LOWER"} else None
        if len(pattern) == 1 and test is not None:
            self._single.append((key, test))
            return
        opener = _lower_test(first.get("LOWER")) if "OP" not in first else None
        if opener is None:
            self._anywhere.add(rule, [pattern])
            return
        matcher = Matcher(self._vocab)
        matcher.add(rule, [pattern])
        self._opened.append((opener, _Pattern(key, matcher, pattern_reach(pattern), pattern_needs(pattern[1:]))))

    def _word(self, word: str) -> tuple[tuple, tuple]:
        """The one-word triggers ``word`` is, and the longer patterns it can open."""
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= MEMO_WORDS:
                self._memo.clear()
            keys = tuple(key for key, test in self._single if test(word))
            opened = tuple(pattern for test, pattern in self._opened if test(word))
            found = self._memo[word] = (keys, opened)
        return found

    def find(self, doc, lower: list[str], keep=None) -> list[tuple[int, int, int]]:
        """The trigger matches ``(key, start, end)`` of ``doc``, whose tokens' lower-case
        forms are ``lower``; with ``keep``, only spans ``keep(start, end)`` accepts compete for
        their tokens (a German verb and a preposition far after it are no separable verb,
        and do not hide the triggers between them)."""
        found = list(self._anywhere(doc)) if len(self._anywhere) else []
        hits = {word: hit for word in set(lower) if (hit := self._word(word)) != _MISS}
        for i, word in enumerate(lower):
            if word in hits:
                keys, opened = hits[word]
                found += [(key, i, i + 1) for key in keys]
                for pattern in opened:
                    found += _match_at(pattern, doc, lower, i)
        if keep is not None:
            found = [m for m in found if keep(m[1], m[2])]
        raw = sorted(found, key=lambda m: (m[1], -(m[2] - m[1]), self.order[m[0]]))
        out, taken = [], set()
        for key, s, e in raw:
            e -= self.context.get(key, 0)   # context words are no part of it: they stay free for
            if any(i in taken for i in range(s, e)):   # another trigger ("condemn deployment of")
                continue                 # inside a longer trigger ("setzt Gespräche ... aus")
            out.append((key, s, e))
            taken.update(range(s, e))
        return out


def _match_at(pattern: _Pattern, doc, lower: list[str], i: int) -> list[tuple[int, int, int]]:
    """The matches of ``pattern`` that start at token ``i``: its Matcher runs on the
    stretch from ``i`` as far as a match can reach, and only when every word it needs
    lies in that stretch (most openers, such as "on" or "left", open nothing)."""
    end = len(lower) if pattern.reach is None else min(len(lower), i + pattern.reach)
    if not needs_met(pattern.needs, set(lower[i + 1:end])):
        return []
    return [(pattern.key, i, i + e) for _, s, e in pattern.matcher(doc[i:end]) if s == 0]


def _lower_test(value) -> Callable[[str], bool] | None:
    """A word test equal to the Matcher's ``LOWER`` predicate ``value`` (a string, or
    ``IN`` a list, or ``REGEX``); None for any other predicate."""
    if isinstance(value, str):
        return value.__eq__
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"]).__contains__
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return re.compile(value["REGEX"]).search
    return None


def pattern_needs(pattern: list) -> tuple:
    """What the words of a stretch must hold for ``pattern`` to match in it: for each token
    the pattern cannot leave out whose lower-case form it tests (``LOWER``, or ``ORTH`` of a
    caseless string such as ","), the set of words it allows or its regular expression.
    A necessary test, cheaper than the Matcher: see :func:`needs_met`.

    >>> needs = pattern_needs([{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["island", "isle"]}},
    ...                        {"ORTH": ","}, {"LOWER": "of", "OP": "?"}])
    >>> [sorted(need) for need in needs]
    [['island', 'isle'], [',']]
    """
    needs = []
    for spec in pattern:
        if spec.get("OP", "1") != "1":
            continue
        value = spec.get("LOWER")
        if value is None and isinstance(spec.get("ORTH"), str) and spec["ORTH"].lower() == spec["ORTH"]:
            value = spec["ORTH"]
        if isinstance(value, str):
            needs.append(frozenset({value}))
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            needs.append(frozenset(value["IN"]))
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            needs.append(re.compile(value["REGEX"]))
    return tuple(needs)


def needs_met(needs: tuple, words: set[str]) -> bool:
    """Whether the lower-case ``words`` of a stretch hold every need of :func:`pattern_needs`.

    >>> needs_met((frozenset({"island"}), re.compile("^of$")), {"the", "island", "of"})
    True
    >>> needs_met((frozenset({"island"}),), {"the", "isle"})
    False
    """
    return all(not need.isdisjoint(words) if isinstance(need, frozenset) else any(map(need.search, words))
               for need in needs)


def need_windows(needs: tuple, lower: list[str], a: int, b: int, reach: int | None) -> list[tuple[int, int]]:
    """The stretches of [a, b) where a match of a pattern with these ``needs`` (see
    :func:`pattern_needs`) and this ``reach`` can lie: each holds its first need, so it lies
    within ``reach`` of a word passing that need (overlapping stretches merged, so that a
    match never spans two).

    >>> lower = "the island of sado and the island of oki".split()
    >>> need_windows((frozenset({"island"}),), lower, 0, len(lower), 2)
    [(0, 3), (5, 8)]
    """
    if not needs or reach is None:
        return [(a, b)]
    first = needs[0]
    test = first.__contains__ if isinstance(first, frozenset) else first.search
    windows: list[list[int]] = []
    for q in range(a, b):
        if test(lower[q]):
            lo, hi = max(a, q - reach + 1), min(b, q + reach)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def pattern_reach(pattern: list) -> int | None:
    """The most tokens a Matcher pattern can cover (None: no limit)."""
    total = 0
    for spec in pattern:
        op = spec.get("OP", "1")
        if op in ("1", "!"):
            total += op == "1"
        elif op == "?":
            total += 1
        elif op.startswith("{") and op.endswith("}") and op[1:-1].replace(",", "").isdigit():
            bounds = op[1:-1].split(",")
            if bounds[-1] == "":
                return None                   # "{n,}": no upper bound
            total += int(bounds[-1])
        else:
            return None                       # "*", "+" and anything unknown
    return total
