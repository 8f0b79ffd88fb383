"""German cause phrases fronted before the verb: where the phrase ends and the clause begins.

Not a pipeline component: :class:`FrontedCauses` is mixed into the clause geometry of the
event finder, which provides ``self.lex``, ``self.cols``, the word-list tests and ``_cue_words``.
"""
from __future__ import annotations


class FrontedCauses:
    """A German clause that opens with a cause phrase ("Als Vergeltung für den Angriff",
    "Wegen des Streits um X") puts its verb right after the phrase, with no comma between:
    the phrase is a clause of its own, for a trigger in it (the cause has its own doers)
    and for the triggers after it (the main act is not told as what came before)."""

    def _fronted_cause_verb(self, sent) -> int | None:
        """The position of the verb after a cause phrase that opens ``sent`` (German only),
        or None: the first lower-case word after a noun of the phrase that is no word a noun
        phrase goes on with (article, preposition, joiner) and no adjective before a noun
        ("einen Moskau zugeschriebenen Angriff"). None when a clause break comes first."""
        memo = self._fronted_verbs
        if sent.start not in memo:
            memo[sent.start] = self._find_fronted_verb(sent) if self.lex.lang == "de" else None
        return memo[sent.start]

    def _cut_at_fronted_cause(self, k: int, sent, lo: int, hi: int) -> tuple[int, int]:
        """The span [lo, hi) around token ``k`` cut where a fronted cause phrase of ``sent``
        meets its clause's verb: after the phrase for a token of the clause ("Als
        Vergeltung für X | weist Y ... aus"), before the verb for a token of the phrase."""
        verb = self._fronted_cause_verb(sent)
        if verb is None:
            return lo, hi
        return (max(lo, verb), hi) if k >= verb else (lo, min(hi, verb))

    def _find_fronted_verb(self, sent, reach: int = 16) -> int | None:
        start = sent.start
        while start < sent.end and self.cols.text[start] in ("„", '"', "»", "-"):
            start += 1
        words = self._cue_words(start, "fronted_cause_openers")
        if not words:
            return None
        for k in range(start + words, min(sent.end - 1, start + words + reach)):
            if self._breaks[k]:
                return None
            if self._verb_after_noun(k):
                return k
        return None

    def _verb_after_noun(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case word right after a noun or name that can only
        be the clause's verb: not a word of ``phrase_words`` (articles, prepositions,
        joiners), not a demonym's or participle's adjective ("des Angriffs russischer
        Truppen", "einen Moskau zugeschriebenen Angriff"), not a word of a date or one right
        after it ("der am Montag erfolgten Ausweisung", "vergangene Woche")."""
        cols = self.cols
        if not (cols.is_lower[k] and cols.alpha[k] and cols.text[k - 1][:1].isupper()):
            return False
        return not (self._phrase_word(k) or self._has("phrase_words", k) or k in self._demonym_tokens
                    or self._participle_adjective(k) or self._is_date(k) or self._is_date(k - 1))
