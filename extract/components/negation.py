"""Triggers a negation denies: "never signed a treaty", "won’t be visiting", "trafen sich
nicht", "hat den Streit nie beendet"; what a verb of denying governs ("denied that its
plane had entered ..."); what a yes-no question asks; and stopping verbs that stop
nothing ("after the operation ended and ...") (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`).

Cue words are the lexicon's ``negation_cues``; a cue followed by a word of
``negation_exceptions`` negates nothing ("nicht nur", "not only").
"""
from __future__ import annotations

from bisect import bisect_left

#: the kinds of event a refusal declines (a refused sanction or visit may still take place)
_DECLINABLE = frozenset({"Meeting", "Summit", "Talks", "PhoneCall"})
#: the lexicon's lists of prepositions that open a phrase a noun may be in
_PREPOSITIONS = ("setting_prepositions", "phrase_prepositions", "place_prepositions", "reference_preps",
                 "topic_prepositions")


class EventNegation:
    """Finding the triggers a negation in their clause denies."""

    def _negated(self, doc, s, e) -> bool:
        """A negation just before the trigger; in German also just after a verb (verb
        second: "trafen sich nicht"), or anywhere before a verb that ends its clause (verb
        last: "hat den Streit um die Inseln nie offiziell beendet")."""
        lo, hi = self._clause(doc, s, e)
        if self._negation_before(max(lo, s - 3), s) or self._negated_object(s, lo) or self._refused(s, lo):
            return not self._any("attendance_verbs", max(lo, s - 3), s)   # "did not attend the
                                                                           # summit": it took place
        if self.lex.lang != "de":
            return False
        if not self.cols.is_lower[s] and self.cols.is_lower[e - 1] and self._clause_final(e, hi):
            return self._negation_in(lo, e - 1)  # a noun and the verb ending the clause: "seien nicht in
                                                 # den Luftraum eingedrungen"
        if not self.cols.is_lower[s]:            # a noun: "hat die Sanktionen nicht verhängt",
            return self._object_of_verb_last(s, lo) and self._denied_at_end(e, hi)   # not "beim Gipfel"
        return self._negation_in(e, min(hi, e + 3)) or self._clause_final(e, hi) and self._negation_in(lo, s) \
            or self._denied_at_end(e, hi)        # "traf Macron am Montag nicht"

    def _failed(self, doc, s: int, e: int, reach: int = 5) -> bool:
        """Whether a cue of failure comes shortly before the trigger [s, e) ("failed to
        reach an agreement", "fell short of agreement", "scheiterte an einer Einigung"), or
        ends the clause a German infinitive clause of the trigger hangs on ("Es ist nicht
        gelungen, eine Vereinbarung ... zu erzielen"): nothing of the kind came about. Unlike
        a negation, it denies no trigger near it ("the talks failed to produce a deal")."""
        clause = self._clause(doc, s, e)
        lo = clause[0]
        if self._cues(doc, max(lo, s - reach), s, "failure_cues") or self._failure_noun(doc, s, e):
            return True
        slo = self._hangs_on(doc, s, clause, self.cols.sent_of(s))
        return slo < lo and self._cues(doc, slo, lo, "failure_cues")

    def _failure_noun(self, doc, s: int, e: int, reach: int = 12) -> bool:
        """Whether the trigger [s, e) is in the infinitive a noun of failure takes, maybe
        past an of-phrase naming who failed ("the failure of the two states to sign a peace
        treaty", "their inability to meet"; "das Unvermögen beider Seiten, einen Vertrag zu
        schließen"): a state of affairs, no act."""
        lo, hi = self._clause(doc, s, e)
        if self.lex.lang == "de":
            slo = self._hangs_on(doc, s, (lo, hi), self.cols.sent_of(s))
            return slo < lo and self._any("failure_nouns", slo, lo)
        to = next((k for k in range(s - 1, max(lo, s - 6) - 1, -1) if self._has("infinitive_markers", k)), None)
        if to is None or not all(self.cols.is_lower[k] for k in range(to + 1, s)):
            return False
        fail = next((k for k in range(to - 1, max(lo, to - reach) - 1, -1) if self._has("failure_nouns", k)), None)
        return fail is not None and not any(fail < t < to for t in self._trigger_starts) and (
            fail + 1 == to or self._has("genitive_links", fail + 1)
            and not self._any("infinitive_markers", fail + 1, to))   # not "X's failure to cooperate
                                                                      # prompted Y to impose sanctions"

    def _object_of_verb_last(self, s: int, lo: int) -> bool:
        """Whether the noun at ``s`` is the object of a verb that ends its clause: an
        auxiliary or modal verb stands before it ("hat die Sanktionen ... verhängt", "will die
        Gespräche ... fortsetzen") and no preposition heads it; not a subject ("Die
        Sanktionen wirken nicht", "Das Treffen verlief nicht harmonisch")."""
        return not self._in_phrase(s, lo) and any(self._has("finite_auxiliaries", k) or self._has("modal_verbs", k)
                                                  for k in range(lo, s))

    def _in_phrase(self, s: int, lo: int, reach: int = 3) -> bool:
        """Whether the noun at ``s`` is in a prepositional phrase ("während des Gipfels",
        "beim Treffen"): the setting of the clause, not what its verb takes."""
        k = s - 1
        while k >= lo and k > s - 1 - reach and self.cols.is_lower[k] and not self._preposition(k):
            k -= 1
        return k >= lo and self._preposition(k)

    def _modifiers_only(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) can only modify a noun after them: no preposition, no
        list joiner, no clause break."""
        return not any(self._preposition(k) or self._has("list_joiners", k) or self._breaks[k] for k in range(lo, hi))

    def _preposition(self, k: int) -> bool:
        return any(self._has(name, k) for name in _PREPOSITIONS)

    def _denied_at_end(self, e: int, hi: int) -> bool:
        """Whether a German clause ends in a negation after the trigger ending at ``e``
        ("traf X am Montag nicht"), or in one and the verb it negates ("nicht verhängt"):
        the negation takes the whole predicate."""
        last = hi - 1
        while last >= e and self.cols.punct[last]:
            last -= 1
        if last < e:
            return False
        if self._negation_in(last, last + 1):
            return True
        return last - 1 >= e and self.cols.is_lower[last] and self._negation_in(last - 1, last)

    def _negated_object(self, s: int, lo: int, reach: int = 4) -> bool:
        """Whether the English noun at ``s`` is the object of a negated verb, past its article
        and up to two words ("have not signed a formal peace treaty"; not "did not get into
        the summit's final text"): a negation right before the word before the article, or
        before a chain of going to do it ("were not going to hold an official summit")."""
        if self.lex.lang != "en" or not self._noun_at(s):
            return False
        d = next((k for k in range(s - 1, max(lo, s - reach) - 1, -1) if self._has("determiners", k)), None)
        if d is None or d - 1 <= lo or not self.cols.is_lower[d - 1] or not self.cols.alpha[d - 1] \
                or not all(self.cols.is_lower[k] or self.cols.punct[k] for k in range(d + 1, s)):
            return False
        k = d - 2
        while k > lo and self._has("intention_chain_words", k):
            k -= 1                       # "not going to", "not expected to", "not about to"
        return self._negation_in(max(lo, min(k, d - 3)), d - 1)

    def _refused(self, s: int, lo: int, reach: int = 4) -> bool:
        """Whether the gathering or call noun at ``s`` is what a verb of refusal right before
        it declines, past an indefinite article, a lower-case word or a date ("refused summits
        with X", "rejected any talks", "verweigerte am Montag Gespräche mit X"): none was held.
        Not a definite one, which is opposed, not declined ("rejected the peace summit"), nor
        one that only modifies a noun after it ("rejected the summit deal"), nor one past "of"
        ("rejected criticism of the summit"); no other kind ("rejected the sanctions")."""
        if self._kind_at.get(s) not in _DECLINABLE or not self._noun_at(s) \
                or self.lex.lang == "en" and s + 1 < len(self.cols.text) and self.cols.is_lower[s + 1] \
                and self.cols.alpha[s + 1] and not self._preposition(s + 1) and not self._has("partner_words", s + 1):
            return False
        k = s - 1
        while k > max(lo, s - reach) and (self._has("refusal_articles", k) or self._is_date(k) or self.cols.is_lower[k]
                                          and self.cols.alpha[k] and not self._has("refusal_verbs", k)
                                          and not self._preposition(k) and not self._has("genitive_links", k)
                                          and not self._has("definite_determiners", k)):
            k -= 1                       # "verweigerte am Montag Gespräche"; not "rejected the plan at talks"
        return k >= lo and self._has("refusal_verbs", k)

    def _negation_before(self, lo: int, s: int) -> bool:
        """Whether a negation cue in [lo, s) reaches the trigger at ``s``: not one that
        negates a word of its own before a preposition of ``negation_scope_prepositions`` opens the
        trigger's phrase ("made no progress at the talks", "kein Ergebnis bei den
        Gesprächen"; but "not at the talks", "no talks", and "no basis for talks", "keinen
        Anlass für Gespräche": talks denied)."""
        return any(self._negation_at(k, lo) and not self._any("negation_scope_prepositions", k + 2, s)
                   for k in range(lo, s))

    def _negation_in(self, lo: int, hi: int) -> bool:
        """Whether a negation cue that negates the verb is among the tokens [lo, hi)."""
        return any(self._negation_at(k, lo) for k in range(lo, hi))

    def _negation_at(self, k: int, lo: int) -> bool:
        """Whether token ``k`` is a negation cue that negates the verb of the clause that
        starts at ``lo``: not one followed by a word of ``negation_exceptions`` ("nicht nur",
        "nicht einmal"), nor one that negates an adjective before a noun ("trotz nicht
        ausgeräumter Differenzen", "war kein leichter Besuch"; but "keinen offiziellen
        Vertrag" denies the treaty)."""
        n = len(self._lower)
        return self._has("negation_cues", k) and not (k + 1 < n and self._has("negation_exceptions", k + 1)) \
            and not (self.lex.lang == "de" and k + 2 < n and self._adjective(k + 1) and self.cols.title[k + 2]
                     and not (self._has("negating_determiners", k) and not self._any("copula_verbs", lo, k)))

    def _judged_likely(self, s: int, e: int, hi: int) -> bool:
        """Whether what the noun trigger [s, e) names is only judged likely, possible or
        unlikely in the tokens [e, hi) after it ("a meeting ... is unlikely", "officials
        said a summit was not very likely to be held", "ein Treffen ... gilt als
        unwahrscheinlich", "dass ein Gipfel unwahrscheinlich sei"): a prospect, no
        occurrence. A ``likelihood_words`` word after a copula, maybe past negations and
        ``degree_words``, or in German before one, ending its phrase
        (:meth:`_predicative_end`); before "to" only with a verb of taking place ("unlikely
        to be held", not "unlikely to change the balance"). Not when the trigger is in a
        phrase a preposition opens ("a ceasefire after the talks is possible"), past a comma
        (a relative clause, "which is likely to anger X") or another trigger, nor after a
        past copula unless a speech verb before reports it ("galt als unwahrscheinlich,
        fand aber statt")."""
        if self._in_phrase(s, self.cols.sent_of(s).start):
            return False
        for k in range(e, hi):
            if k in self._trigger_starts or self.cols.punct[k]:
                return False
            if not self._has("likelihood_words", k) or not self._predicative_end(k + 1, hi):
                continue
            j = k - 1
            while j >= e and (self._has("degree_words", j) or self._has("negation_cues", j)):
                j -= 1
            copula = j if j >= e and self._has("copula_verbs", j) else \
                k + 1 if self.lex.lang == "de" and k + 1 < hi and self._has("copula_verbs", k + 1) else None
            if copula is None:
                continue
            return (not self._has("past_copulas", copula) or self._any("speech_verbs", self.cols.sent_of(s).start, s)) \
                and not (k + 1 < hi and self._has("infinitive_markers", k + 1)
                         and not self._cues(None, k + 2, min(hi, k + 5), "prospect_verbs"))
        return False

    def _predicative_end(self, k: int, hi: int) -> bool:
        """Whether a predicative adjective before token ``k`` ends its phrase (up to
        ``hi``): punctuation, a preposition, "to", "that", a date or a German copula follow,
        not a noun it would modify ("possible progress", "wahrscheinlich das letzte")."""
        return k >= hi or self.cols.punct[k] or self._preposition(k) or self._is_date(k) \
            or any(self._has(name, k) for name in ("infinitive_markers", "complementizers", "copula_verbs"))

    def _adjective(self, k: int) -> bool:
        """Whether the lower-case word at ``k`` is inflected like a German adjective
        ("ausgeräumter"), not a preposition or article ("in", "die")."""
        word = self._lower[k]
        return self.cols.is_lower[k] and self.cols.alpha[k] and not self._has("determiners", k) \
            and not self._preposition(k) and any(word.endswith(x) for x in self._lists.get("adjective_endings", ()))

    def _clause_final(self, e: int, hi: int) -> bool:
        """Whether the trigger ending at ``e`` ends its clause (up to ``hi``): at most two
        lower-case words (auxiliaries: "verhängt worden ist") and punctuation follow it."""
        rest = [k for k in range(e, hi) if not self.cols.punct[k]]
        return len(rest) <= 2 and all(self.cols.is_lower[k] for k in rest)

    def _near(self, doc, s, e, kind: str, negated, distance: int = 4) -> bool:
        """Whether a trigger is negated or belongs to a negated one of its clause: a few
        tokens apart ("never signed a peace treaty", "den Vertrag nie unterzeichnet"), or
        in German a verb of its kind that ends the clause ("hat die Sanktionen bis heute
        nicht verhängt"). ``negated`` holds (start, end, kind) of the negated triggers, in
        order."""
        clause = self._clause(doc, s, e)
        near = negated[bisect_left(negated, (min(s, clause[0]) - distance, -1)):
                       bisect_left(negated, (max(e, clause[1]) + distance, -1))]
        return any((ns, ne) == (s, e) or self._clause(doc, ns, ne) == clause
                   and (0 <= ns - e < distance or 0 <= s - ne < distance
                        or 0 <= s - ne < 2 * distance and self._modifiers_only(ne, s)   # "never signed a
                                                                        # post-war peace treaty"
                        or self.lex.lang == "de" and nk == kind and ns >= e and self._clause_final(ne, clause[1]))
                   for ns, ne, nk in near)

    def _stops_nothing(self, s: int, e: int, clo: int) -> bool:
        """Whether an English stopping verb at [s, e) has no object and no gathering before
        it in its clause ("after Monday's operation ended and ...", "the season ended on
        Friday"): a thing came to its end, nobody stopped talks. Not "the talks were
        suspended on Friday".

        The verb is one of ``lone_stops`` (verbs that need no object) and is followed by
        punctuation, a list joiner, a preposition of place or time, or a date; or one of
        ``bare_withdrawals`` followed by punctuation or a date ("as the crown withdrew 50
        years ago"; not "withdrew from the treaty", nor within eight words after an accord, a
        tie or a gathering: "the deal collapsed after Russia withdrew on Monday"). Not a date
        after a relative clause on what was stopped ("the talks, which X ended last week").
        """
        if e >= len(self._lower) or any(k in self._gathering_starts for k in range(clo, s)):
            return False
        dated = self._is_date(e) and not (self._has("relative_pronouns", clo) and s - clo <= 4)
        if self._has("bare_withdrawals", s):     # not "pulled out of the deal; X withdrew in March"
            start = max(self.cols.sent_of(s).start, s - 8)
            named = any(self._kind_at.get(k) == "Agreement" or k in self._gathering_starts
                        or self._has("tie_nouns", k) for k in range(start, s))
            return not named and (bool(self.cols.punct[e]) or dated)
        return self._has("lone_stops", s) and (bool(self.cols.punct[e]) or self._has("list_joiners", e)
                                               or self._has("place_prepositions", e) or dated)

    def _craft_as_setting(self, rule: str, s: int, lo: int, reach: int = 4) -> bool:
        """Whether the boat or ship a seizure trigger of ``rule`` opens with at ``s`` (rules
        of ``rules_opening_with_craft``) follows a preposition (``craft_prepositions``: "auf dem
        Schiff aus Kanada ... Kokain beschlagnahmt"), past determiners, numbers, adjectives and
        nationality words: what was seized was aboard it."""
        if rule not in self._lists.get("rules_opening_with_craft", ()):
            return False                 # "plans to seize boats": the verb opens it
        j = s - 1
        while j >= max(lo, s - reach) and (self._has("determiners", j) or j in self._demonym_tokens
                                           or self.cols.is_lower[j] and not self._has("craft_prepositions", j)
                                           or self.cols.text[j].isdigit()):
            j -= 1
        return j >= lo and self._has("craft_prepositions", j)

    def _denied(self, s: int, e: int, sent, reach: int = 15) -> bool:
        """Whether a verb of denying governs the trigger at ``s``: the trigger follows it
        ("denied violating"), or opens the clause a complementizer joins to it, maybe after
        what is denied ("bestritt, dass ...", "denied reports that ...", "dementierte Berichte,
        wonach ..."), with no clause break, sentence connective or temporal preposition in
        that clause before the trigger ("denied that he had discussed it during his talks":
        the talks are given)."""
        d = next((d for d in range(s - 1, max(sent.start, s - reach) - 1, -1) if self._has("denial_verbs", d)), None)
        if d is None:
            return False
        if d + 1 == s:
            return True                  # "denied violating"
        k = next((k for k in range(d + 1, min(s, d + 7)) if self._has("denial_links", k)
                  or k == d + 1 and (self._has("person_pronouns", k) or self._has("possessive_pronouns", k)
                                     or self.cols.lower[k] == "it")), None)
        if k is None or any(j in self._trigger_starts or self._has("clause_breaks", j) and self.cols.text[j] != ","
                            for j in range(d + 1, k)):
            return False                 # "denied media reports that", "denied on Tuesday that", "denied it had"
        if e == s + 1 and (self._has("determiners", s - 1) or self._has("possessive_pronouns", s - 1)) \
                and self._noun_at(s):
            return False                 # "denied that the talks had failed": the talks are given
        return not any(self._has("clause_breaks", j) or self._has("sentence_connectives", j)
                       or self._has("reference_preps", j) or self._has("setting_prepositions", j)
                       for j in range(k + 1, s))

    def _asked(self, e: int, sent) -> bool:
        """Whether the trigger ending at ``e`` is what a yes-no question asks ("Manöver vor
        der Küste?", "Did X meet Y?"): the sentence's next stop is a question
        mark with no clause break, dash or quote before it ("met on Monday – a success?",
        "met ... to discuss 'Is NATO ready?'" tell), and no question word opens the sentence
        ("Why did Russia expel ...?" takes the expulsion as given)."""
        q = next((k for k in range(e, sent.end) if self.cols.text[k] in (".", "!", "?")), None)
        if q is None or self.cols.text[q] != "?" or self._has("question_words", sent.start) \
                or self._has("sentence_connectives", sent.start) and self._has("question_words", sent.start + 1):
            return False                 # "Why did ...?", "But why did ...?", "Aber warum ...?"
        return not any(self._has("clause_breaks", k) or self.cols.text[k] in ("-", "„", "“", "”", '"', "'",
                                                                              "«", "»")
                       for k in range(e, q))
