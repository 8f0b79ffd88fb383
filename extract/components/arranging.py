"""Gatherings arranged or invited to (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`): "agreed a new summit",
"vereinbarten ein weiteres Treffen", "invited X to talks", "zu Gesprächen eingeladen" tell
a gathering still to come.
"""
from __future__ import annotations

from diplograph.extract.components.topics import ARRANGED


class Arrangements:
    """Where a verb of arranging or inviting takes the gathering at a trigger."""

    def _arranged(self, s: int, lo: int, reach: int = 8) -> int | None:
        """Whether the noun at token ``s`` is what a verb of arranging takes ("agreed a new
        summit", "agreed on talks", "vereinbarten ein weiteres Treffen", "einigten sich auf
        Gespräche", "agreed to hold talks", "schlug Macron Treffen vor"): only articles, links,
        dates, names, "to" before a verb of holding and lowercase modifiers lie between.
        The position of that verb, or None."""
        k, left = s - 1, reach
        while k >= lo and left > 0:
            if self._is_date(k):        # "agreed on Tuesday to resume talks"
                k -= 1
                continue
            if self._has("arranging_verbs", k):
                return k
            word = self.cols.text[k]
            if not (self._has("determiners", k) or self._has("arranging_links", k) or self._invitee(k)   # "schlug
                    or self._has("list_joiners", k) and k - 1 >= lo and self.cols.ent[k - 1]      # Macron ... vor"
                    or self._infinitive_to(k) and self._has("holding_verbs", k + 1)   # "to hold talks"
                    or word.isalpha() and word.islower() and not self._has("place_prepositions", k)
                    and not self._has("setting_prepositions", k)
                    or word == "-" and self.cols.alpha[k - 1] and self.cols.alpha[k + 1]):   # "long-awaited"
                return None
            k, left = k - 1, left - 1
        return None

    def _arranged_or_invited(self, doc, ev, s: int, clause: tuple[int, int]) -> tuple:
        """(where a gathering, call or visit at token ``s`` is arranged or invited to, where
        it is invited to), each None if it is not: "agreed a new summit", "invited Macron to
        visit", "zu Gesprächen eingeladen"."""
        if ev.kind not in ARRANGED:
            return None, None
        arranged = self._arranged(s, clause[0]) if self._noun_trigger(doc, ev) else None
        invited = self._invited(s, clause) if arranged is None else None
        return (invited if arranged is None else arranged), invited

    def _invited(self, s: int, clause: tuple[int, int], reach: int = 3) -> int | None:
        """Where an invitation to the event at token ``s`` is made in its clause ("invited
        Macron to visit Berlin", "an invitation for talks", "lud ihn zu einem Besuch ein",
        "zu Gesprächen eingeladen"): the trigger follows "to"/"for"/"zu" (at most ``reach``
        articles and lowercase words before it) and an inviting word is in the clause, before
        the trigger (or, in German, after it). The position of that word, or None. An
        invitation is no visit: the visit is planned, and not on the inviting's day."""
        k = s - 1
        while k >= clause[0] and s - k <= reach and not self._has("invitation_links", k) and (
                self._has("determiners", k) or self.cols.is_lower[k] and self.cols.alpha[k]):
            k -= 1
        if k < clause[0] or not self._has("invitation_links", k):
            return None
        before = [i for i in range(clause[0], k) if self._has("inviting_words", i)]
        if before and all(self._invitee(i) for i in range(before[-1] + 1, k)):
            return before[-1]                    # not "auf Einladung von X reiste er zu Gesprächen"
        if self.lex.lang == "de":
            return next((i for i in range(s + 1, clause[1]) if self._has("inviting_words", i)), None)
        return None

    def _invitee(self, k: int) -> bool:
        """Whether token ``k`` can stand between an inviting word and what it invites to:
        the invitee's name, role and articles, a date, "from"/"von" and the like."""
        return bool(self.cols.ent[k]) or k in self._role_tokens or k in self._demonym_tokens \
            or self._has("determiners", k) or self._has("invitation_fillers", k) or self._is_date(k) \
            or self._has("person_titles", k)
