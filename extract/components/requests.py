"""Acts someone asks for or calls off (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`): what is ordered, asked or
called for is not yet done, unless ordering a government's measure takes it; what is called
off was still to come; a call-off or plan told of another act after a trigger is that act's.
"""
from __future__ import annotations

from bisect import bisect_right


class Requests:
    """Requests and cancellations of an act, asked per trigger."""

    def _requested(self, s: int, e: int, clause: tuple[int, int], measure: bool = False) -> bool:
        """Whether the act at [s, e) is what someone orders, asks or calls for in its
        clause: a requesting cue before it ("ordered the deployment of", "called for talks",
        "forderte Sanktionen"; not past a setting preposition: "urged X during talks"), or in
        German a requesting participle ending the clause after it ("hatten um die
        Stationierung gebeten"). A government's ``measure`` (an expulsion,
        sanctions) is taken by ordering it ("ordered the expulsion of", "ordnete ... an")."""
        lo, hi = clause

        def cue(k: int) -> bool:
            return not (measure and self._has("ordering_verbs", k))
        before = [k for k in range(max(lo, s - 4), s) if self._cue_at(k, "requesting_cues") and cue(k)]
        if before and not self._any("infinitive_markers", before[-1], s) \
                and not self._set_in(before[-1], s):
            return True                  # not "ordered jets to intercept": they did; not "urged X
                                         # during talks to ...": the talks are where one urged
        return self.lex.lang == "de" and any(self._has("requesting_cues", k) and cue(k) and self._ends_clause(k, hi)
                                             for k in range(e, min(hi, e + 10)))

    def _set_in(self, cue: int, s: int) -> bool:
        """Whether a setting preposition heads the noun at ``s`` after the requesting ``cue``,
        past its article ("urged X during talks", "forderte X beim Gipfel auf"; not
        "forderte beim Gipfel neue Sanktionen"): the occasion one asked at."""
        j = s - 1
        while j > cue and self._has("determiners", j):
            j -= 1
        return j > cue and self._has("setting_prepositions", j)

    def _asked_for(self, s: int, lo: int, reach: int = 7) -> int | None:
        """The noun of asking whose phrase holds the gathering or call noun at ``s`` ("a
        request to call an extraordinary meeting", "Moscow's request for talks", "Antrag
        auf eine Sondersitzung", "die Bitte Moskaus um ein Treffen"), else None: a word of
        ``request_nouns``, a word of ``request_links`` right after it or after a name (not
        before a word of ``request_link_blockers``: "die Forderung auf dem Gipfel" says
        where), and only lower-case words from there to the trigger, an infinitive's verb one
        of ``holding_verbs``. What is asked for is not yet held."""
        for k in range(s - 1, max(lo, s - reach) - 1, -1):
            if self.cols.punct[k]:
                return None
            link = k + 1
            while link < s and self.cols.ent[link]:
                link += 1                # "die Bitte Moskaus um ein Treffen"
            if self._has("request_nouns", k) and link < s and self._has("request_links", link) \
                    and not self._has("request_link_blockers", link + 1) \
                    and all(self.cols.is_lower[j] and self.cols.alpha[j] and not self._preposition(j)
                            for j in range(link + 1, s)) \
                    and (link + 1 == s or not self._has("infinitive_markers", link)
                         or self._has("holding_verbs", link + 1)):
                return k                 # not "despite calls to cancel the summit"
        return None

    def _asked_end(self, e: int, sent) -> int:
        """Where the phrase of what is asked for ends after its trigger ending at ``e``: the
        first punctuation, list word or verb form (a character offset). A date after it is
        another clause's ("the bid for a meeting failed, but they spoke on Monday")."""
        k = next((j for j in range(e, sent.end) if self.cols.punct[j] and self.cols.text[j] != "-"
                  or self._has("list_joiners", j) or self._has("finite_auxiliaries", j)
                  or self._has("past_tense_verbs", j)), sent.end)
        return self.cols.idx[k] if k < len(self.cols.idx) else sent.end_char

    def _asking_day(self, date) -> bool:
        """Whether ``date`` after what is asked for is a bare weekday, the day of the asking
        ("made a request for a meeting on Thursday"), not one set "for" it."""
        k = bisect_right(self.cols.idx, date.start) - 1
        return date.rule == "weekday" and not any(j >= 0 and self._has("plan_date_markers", j) for j in (k - 1, k))

    def _request_refused(self, k: int, clause: tuple[int, int], reach: int = 4) -> bool:
        """Whether the noun of asking at ``k`` is what a verb of refusal declines (the
        lexicon's ``refusal_verbs``, ``veto_verbs`` and ``request_refusals``): in English right before it, past articles, adjectives and a possessor
        ("refused a Russian request to ...", "rejected Moscow's request for talks"); in German
        a finite verb before it with nothing but its article, adjectives and names between
        ("lehnte den Antrag auf ein Treffen ab"; not "wies die Vorwürfe zurück und erneuerte
        die Bitte um ..."), or a participle after it and before any list word ("hatte einen
        Antrag ... abgelehnt"). Nothing asked for was held."""
        if self.lex.lang == "de":
            verb = next((j for j in range(k - 1, clause[0] - 1, -1) if self._refusing(j)), None)
            if verb is not None:         # "lehnte die Bitte ... ab": the first phrase after it,
                return all(self.cols.is_lower[j] or self.cols.ent[j] for j in range(verb + 1, k)) \
                    and (not self._has("particle_refusals", verb)      # and its particle ("wies
                         or self._any("refusal_particles", k + 1, clause[1]))   # ... hin" refuses nothing)
            end = next((j for j in range(k + 1, clause[1]) if self._has("list_joiners", j)), clause[1])
            return any(self._refusing(j) for j in range(k + 1, end))   # "... um ein Treffen wurde abgelehnt"
        j = k - 1
        while j > max(clause[0], k - reach) and not self._refusing(j) \
                and (self.cols.alpha[j] or self.cols.lower[j] in ("'s", "’s")):
            j -= 1
        return j >= clause[0] and self._refusing(j)

    def _refusing(self, k: int) -> bool:
        """Whether token ``k`` is a verb that refuses or blocks what is asked."""
        return any(self._has(name, k) for name in ("refusal_verbs", "veto_verbs", "request_refusals"))

    def _summoned_to(self, s: int, clause: tuple[int, int]) -> bool:
        """Whether the gathering noun at ``s`` is what an envoy is summoned to ("was summoned
        for a meeting", "wurde zu einem Gespräch ins Ministerium einbestellt"): a word of
        ``summons_prepositions`` before it (past an article) and a word of ``summon_verbs``
        right before that in English, anywhere in its clause in German. The meeting is the
        summons, not a gathering of its own."""
        j = s - 1
        while j > clause[0] and self._has("determiners", j):
            j -= 1
        if not (j >= clause[0] and self._has("summons_prepositions", j)):
            return False
        if self.lex.lang == "en":
            return j > clause[0] and self._has("summon_verbs", j - 1)
        return self._any("summon_verbs", *clause)    # "bestellte ihn zu einem Gespräch ein"

    def _rumoured(self, doc, s: int, lo: int, reach: int = 4) -> bool:
        """Whether the act at ``s`` is only spoken of: a cue of ``rumour_cues`` shortly before
        it ("there has been talk of a deal", "Spekulationen über ein Treffen"), or the trigger
        word opens one itself with no participants after it ("many talks of uncertainties";
        not "talks of the foreign ministers", "talks of Japan and Russia")."""
        if self._cues(doc, max(lo, s - reach), s, "rumour_cues"):
            return True
        k = s + 2
        return self._cue_at(s, "rumour_cues") and k < len(self._lower) and not (
            self.cols.ent[k] or self._has("definite_determiners", k) or self._has("possessive_pronouns", k))

    def _ends_clause(self, k: int, hi: int) -> bool:
        """Whether token ``k`` is the last word of its clause, which ends at ``hi``: a German
        verb that ends it ("... angekündigt.", "... gebeten, ...", "... angekündigt und damit
        ...": a list word opens the next)."""
        return k + 1 >= hi or self._breaks[k + 1] or not self.cols.alpha[k + 1] \
            or self.lex.lang == "de" and self._has("list_joiners", k + 1)

    def _calling_off(self, doc, lo: int, s: int) -> bool:
        """Whether a present or noun of calling off stands before the trigger at ``s`` with no
        other trigger between ("calls off Friday's summit", "the cancellation of the trip",
        "sagt den Gipfel ... ab"; not "despite calls to cancel", "drohte, ... abzusagen", a
        call-off that may, could or is expected to come, nor one of something else during the
        event): the event was still to come when it was called off."""
        last = max((t for t in self._trigger_starts if lo <= t < s), default=lo)
        return (self._cues(doc, last, s, "cancelling_words") or self._any("cancelling_stems", last, s)
                and self._cancel_particle(s)) and not any(self._cues(doc, lo, s, name) for name in (
                    "unrealised_cues", "requesting_cues", "intention_verbs", "modal_cues", "uncertain_cues")) \
            and not self._any("list_joiners", self._cancel_cue(last, s), s) \
            and not self._any("setting_prepositions", last, s)    # not "verschob seine Rede und traf X", "may
                                 # call off", "is expected to cancel", "call off hostilities during the talks"

    def _cancel_cue(self, lo: int, s: int) -> int:
        """Where the first word of calling off stands in [lo, s) when only names, articles,
        commas and list words come before it (else ``lo``): what joins the callers before it
        ("Kanada und Mexiko sagen ... ab") joins no other act ("traf X in Paris und sagte ...
        ab" does)."""
        cue = next((k for k in range(lo, s) if self._has("cancelling_stems", k) or self._cue_at(k, "cancelling_words")), lo)
        return cue if all(self.cols.ent[k] or self._has("list_joiners", k) or self._has("determiners", k)
                          or self.cols.text[k] == "," for k in range(lo, cue)) else lo

    def _cancel_particle(self, s: int) -> bool:
        """Whether the German clause of the trigger at ``s`` ends in the particle of a verb
        of calling off ("sagt den Gipfel ... ab", ``cancelling_particles``)."""
        k, end = s, self.cols.sent_of(s).end
        while k < end and not self.cols.punct[k] and not self._has("list_joiners", k):
            k += 1
        return self._has("cancelling_particles", k - 1)

    def _other_ahead(self, k: int, lo: int) -> bool:
        """Whether the cue at ``k`` after a trigger is another act's, one this is ahead of or
        before: "met X ahead of next month's summit", "vor dem kommenden Gipfel"; not "beim
        bevorstehenden Gipfel", where the meeting is held at it."""
        return any(k < t <= k + 5 for t in self._trigger_starts) and (
            self._any("upcoming_preps", max(lo, k - 3), k) or self._any("earlier_preps", max(lo, k - 3), k))

    def _other_act_after(self, s: int, lo: int, hi: int, reach: int = 6) -> int:
        """Where a subordinate clause on another act starts in tokens [lo, hi) after a verb
        trigger at ``s`` ("met X ... after a planned summit had been called off": the calling
        off is that summit's), else ``hi``: a subordinator, another trigger soon after it and
        a verb of that clause (an auxiliary, a past form or a cue of calling off); not after a
        noun trigger ("a meeting after the summit was cancelled": the meeting's) nor before a
        mere phrase ("meets X after the summit next week")."""
        if self._noun_at(s):
            return hi
        return next((k for k in range(lo, hi) if self._has("subordinators", k)
                     and any(k < t <= k + reach for t in self._trigger_starts)
                     and (self._any("finite_auxiliaries", k, hi) or self._any("past_tense_verbs", k + 1, hi)
                          or self._cues(None, k, hi, "cancelled_cues"))), hi)
