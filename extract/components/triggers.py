"""Event-trigger patterns of one language, matched word by word where a pattern allows it.

Not a pipeline component: the event component (:mod:`.events`) owns a
:class:`TriggerIndex` built from ``extract/data/<lang>/event_triggers.jsonl``.

spaCy's :class:`~spacy.matcher.Matcher` tests every predicate of every pattern on every
token, and a ``REGEX`` predicate runs its regular expression each time. Most trigger
patterns are one token whose lower-case form is a word, one of a list, or a regular
expression; for those the answer depends on the word alone, so it is worked out once per
distinct word and remembered. The other patterns stay in a Matcher, which runs on a doc
only on the stretches of a doc that start with a word able to open one of them and are as
long as the longest such pattern can reach.

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
from typing import Callable

from spacy.matcher import Matcher
from spacy.vocab import Vocab

__all__ = ["TriggerIndex", "pattern_reach"]

MEMO_WORDS = 500_000        # distinct words remembered before the memo starts afresh
_MISS = ((), False)         # a word that is no one-word trigger and opens no pattern


class TriggerIndex:
    """Trigger patterns (records with ``kind``, ``id`` and a Matcher ``pattern``).

    ``kinds`` maps a match key to ``(kind, rule id)``; :meth:`find` returns the matches of
    a doc, the longest first where they overlap (of equal ones, the first in the rule
    file), in text order.
    """

    def __init__(self, vocab: Vocab, records) -> None:
        self.kinds: dict[int, tuple[str, str]] = {}
        self.order: dict[int, int] = {}             # file order decides between equal spans
        self._single: list[tuple[int, Callable]] = []
        self._openers: list[Callable] | None = []   # None: some pattern can open anywhere
        self._matcher = Matcher(vocab)
        self._reach = 0                             # longest Matcher match; None: unbounded
        self._memo: dict[str, tuple] = {}
        for rec in records:
            key = vocab.strings.add(rec["id"])
            self.order[key] = len(self.order)
            self.kinds[key] = (rec["kind"], rec["id"])
            self._add(key, rec["id"], rec["pattern"])

    def _add(self, key: int, rule: str, pattern: list) -> None:
        first = pattern[0] if pattern else {}
        test = _lower_test(first.get("LOWER")) if set(first) == {"LOWER"} else None
        if len(pattern) == 1 and test is not None:
            self._single.append((key, test))
            return
        self._matcher.add(rule, [pattern])
        reach = pattern_reach(pattern)
        self._reach = None if reach is None or self._reach is None else max(self._reach, reach)
        opener = _lower_test(first.get("LOWER")) if "OP" not in first else None
        if opener is None or self._openers is None:
            self._openers = None
        else:
            self._openers.append(opener)

    def _word(self, word: str) -> tuple[tuple, bool]:
        """The one-word triggers ``word`` is, and whether it can open a Matcher pattern."""
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= MEMO_WORDS:
                self._memo.clear()
            keys = tuple(key for key, test in self._single if test(word))
            opens = self._openers is None or any(test(word) for test in self._openers)
            found = self._memo[word] = (keys, opens)
        return found

    def find(self, doc, lower: list[str]) -> list[tuple[int, int, int]]:
        """The trigger matches ``(key, start, end)`` of ``doc``, whose tokens' lower-case
        forms are ``lower``."""
        found, openers = [], []
        hits = {word: hit for word in set(lower) if (hit := self._word(word)) != _MISS}
        for i, word in enumerate(lower):
            if word in hits:
                keys, opener = hits[word]
                if opener:
                    openers.append(i)
                found += [(key, i, i + 1) for key in keys]
        if openers and len(self._matcher):
            found += self._match(doc, openers)
        raw = sorted(found, key=lambda m: (m[1], -(m[2] - m[1]), self.order[m[0]]))
        out, taken = [], set()
        for key, s, e in raw:
            if any(i in taken for i in range(s, e)):
                continue                 # inside a longer trigger ("setzt Gespräche ... aus")
            out.append((key, s, e))
            taken.update(range(s, e))
        return out

    def _match(self, doc, openers: list[int]) -> list[tuple[int, int, int]]:
        """Matcher matches of ``doc``: each starts at an opener and ends within the reach
        of the longest pattern, so the Matcher runs on those stretches only (merged where
        they overlap; a match found twice is the same match)."""
        if self._reach is None:
            return self._matcher(doc)
        stretches: list[list[int]] = []
        for i in openers:
            end = min(len(doc), i + self._reach)
            if stretches and i <= stretches[-1][1]:
                stretches[-1][1] = end
            else:
                stretches.append([i, end])
        return [(key, a + s, a + e) for a, b in stretches for key, s, e in self._matcher(doc[a:b])]


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
