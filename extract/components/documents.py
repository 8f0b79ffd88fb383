"""Agreements that make a document: "the leaders adopted a joint declaration", "signed
agreements on trade", "unterzeichneten ein Abkommen", "Die Erklärung wurde verabschiedet".

A document signed or adopted at a summit is an act of its own that outlives the summit
(analysts ask which treaties were signed where), unlike "agreed to step up efforts", which
is what the summit itself reached. The event finder flags such mentions so that the article
step keeps them as agreements beside the gathering instead of absorbing them into it.

Not a pipeline component: :class:`DocumentActs` is mixed into the event finder, which
provides the doc's columns (``self.cols``) and the word lists (``self.lex``).
"""
from __future__ import annotations

__all__ = ["DocumentActs"]

#: tokens that end the phrase a document noun may stand in around its verb
_STOPS = frozenset({".", ",", ";", ":", "(", ")", "?", "!", "\"", "“", "”", "„"})


class DocumentActs:
    """Whether an agreeing mention signs or adopts a named document."""

    def _makes_document(self, s: int, e: int, lo: int, hi: int, reach: int = 10) -> bool:
        """Whether the agreeing trigger [s, e) both names a verb of making a document
        ("adopted", "signed", "unterzeichneten") and a document noun ("declaration",
        "treaty", "Abkommen", "Abschlusserklärung"), within ``reach`` words of it in its
        clause [lo, hi) and with no punctuation between."""
        words = self._phrase_around(s, e, lo, hi, reach)
        return any(self._has("document_verbs", k) for k in words) \
            and any(self._document_noun(k) for k in words)

    def _phrase_around(self, s: int, e: int, lo: int, hi: int, reach: int) -> list[int]:
        """The trigger's tokens and those up to ``reach`` before and after it, up to the
        first punctuation each way and within [lo, hi)."""
        words = list(range(s, e))
        for step, start, end in ((-1, s - 1, max(lo, s - reach) - 1), (1, e, min(hi, e + reach))):
            for k in range(start, end, step):
                if self.cols.text[k] in _STOPS:
                    break
                words.append(k)
        return words

    def _document_noun(self, k: int) -> bool:
        """Whether token ``k`` names a document: one of the words, or in German a compound
        ending in one ("Abschlusserklärung", "Grundlagenvertrag")."""
        word = self.cols.lower[k]
        nouns = self._lists.get("document_nouns", frozenset())
        if word in nouns:
            return True
        return self.lex.lang == "de" and not self.cols.is_lower[k] and word.endswith(tuple(nouns))
