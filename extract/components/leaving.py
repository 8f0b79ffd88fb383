"""A state leaving a treaty, a pact or a deal, or an organisation it is a member of: "pulled
out of the Fishing Treaty", "quit the arms pact", "left the treaty", "will withdraw from the
International Whaling Commission", "verließ das Abkommen", "zog sich aus dem Vertrag zurück".

Verbs of leaving are common ("left Tokyo", "quit the meeting", "verließ den Saal"), so the
trigger rules of ``rules_needing_accords`` hold only where the verb takes an accord noun
(``accord_nouns``), and the accord noun a verb of leaving takes (``accord_leaving_verbs``)
makes no agreement of its own: it is what is left, not what is made.

Not a pipeline component: :class:`AccordLeaving` is mixed into the event finder, which
provides the doc's columns (``self.cols``), the word lists (``self._lists``, ``self._lower``)
and the lexicon (``self.lex``).
"""
from __future__ import annotations

__all__ = ["AccordLeaving"]

#: German accord nouns this long or longer also end compounds ("Fischereivertrag"); shorter
#: ones ("pakt", "deal") would end other words ("kompakt", "ideal")
_COMPOUND_HEAD = 7


class AccordLeaving:
    """Whether a verb of leaving takes a treaty, a pact, a deal or an organisation."""

    def _accord_noun(self, k: int, bodies: bool = False) -> bool:
        """Whether token ``k`` is an accord noun (in German, also the head of a compound);
        with ``bodies``, also an organisation one is a member of ("the International Whaling
        Commission", "die Walfangkommission": ``membership_nouns`` or an organisation's name)."""
        word = self._lower[k]
        for name in ("accord_nouns", "membership_nouns") if bodies else ("accord_nouns",):
            nouns = self._lists.get(name, frozenset())
            if word in nouns or self.lex.lang == "de" and any(len(n) >= _COMPOUND_HEAD and word.endswith(n)
                                                              for n in nouns):
                return True
        return bodies and self.cols.ent[k] == "Organization"

    def _accord_reached(self, e: int, hi: int, reach: int = 10, bodies: bool = False) -> int | None:
        """The first accord noun the English words from ``e`` lead to before ``hi``: past
        articles, modifiers and the words of a name ("out of the Conventional Forces in
        Europe Treaty", "the Short-Range Forces Treaty"), not past other punctuation or a
        word of ``accord_path_breaks`` that starts another phrase ("left for talks on the
        treaty", "left the ceremony of the treaty"; but "pulled out of"); None if there is
        none, or if the noun is not what is left (:meth:`_not_left`)."""
        for k in range(e, min(hi, e + reach)):
            if self.cols.punct[k] and self.cols.text[k] != "-":
                return None
            if self._accord_noun(k, bodies):
                end = k
                while end + 1 < hi and self.cols.ent[end + 1] == "Organization" == self.cols.ent[k]:
                    end += 1             # past the rest of an organisation's name
                return None if self._not_left(end) else k
            if self._has("accord_path_breaks", k) and not (k + 1 < hi and self.cols.title[k + 1]
                                                            and k > e and self.cols.title[k - 1]) \
                    and not (k > 0 and self._has("exit_particles", k - 1)):      # "pulled out of"
                return None
        return None

    def _not_left(self, k: int) -> bool:
        """Whether the accord noun at ``k`` is not what is left: it modifies a gathering noun
        ("the peace treaty talks", "the treaty conference"), or it is left as it is (a cue of
        ``kept_phrases`` after it: "left the pact in place")."""
        return k + 1 < len(self._lower) and (self._has("event_nouns", k + 1) or self._has("accord_modifier_heads", k + 1)
                                             or self._cue_at(k + 1, "kept_phrases"))

    def _accord_object(self, k: int, clo: int) -> bool:
        """Whether the German accord noun at ``k`` is the verb's object: the word before it and
        its determiners is none of ``accord_path_breaks`` ("nach dem Abkommen") and no noun
        whose attribute it is ("nach der Unterzeichnung des Abkommens verließ X die Stadt")."""
        j = k - 1
        while j > clo and self.cols.title[j] and self._lower[j].endswith("er"):
            j -= 1                       # "aus dem Pariser Klimaabkommen"
        article = j
        while j >= clo and (self._has("determiners", j) or self._has("possessive_pronouns", j)):
            j -= 1
        genitive = article > j and self._has("genitive_articles", article)
        return j < clo or not (self._has("accord_path_breaks", j)        # "nach dem Abkommen", "der
                               or genitive and self.cols.title[j] and not self._is_date(j))   # Unterzeichnung
                                                                                     # des Abkommens": a noun's

    def _takes_accord(self, s: int, e: int, clo: int, chi: int) -> bool:
        """Whether the verb of leaving at [s, e) takes an accord noun: right after it in
        English ("quit the arms pact"), anywhere in its German clause but after another
        preposition ("verließ am Dienstag das Abkommen", "aus dem Vertrag ausgestiegen")."""
        if self.lex.lang != "de":
            return self._accord_reached(e, chi, bodies=True) is not None
        if self._has("reflexive_pronouns", e) or s > clo and self._has("reflexive_pronouns", s - 1):
            return False                 # "verlassen sich auf den Vertrag": they rely on it
        return any(self._accord_noun(k, bodies=True) and self._accord_object(k, clo)
                   for k in (*range(clo, s), *range(e, chi)))

    def _accord_left_by(self, s: int, clo: int, reach: int = 10) -> bool:
        """Whether the English accord noun at ``s`` is what a verb of leaving before it takes
        ("pulled out of the grain export deal", "left the treaty"): one of
        ``accord_leaving_verbs`` or ``accord_exit_words``."""
        return any((self._has("accord_leaving_verbs", k) or self._has("accord_exit_words", k))
                   and self._accord_reached(k + 1, s + 1) == s for k in range(max(clo, s - reach), s))
