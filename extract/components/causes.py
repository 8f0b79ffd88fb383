"""Cause phrases of a sentence ("over the war in Ukraine", "in response to X's expulsion",
"als Reaktion auf ..."): their names are no parties of the act they explain, their times
not its time, unless the act is the cause named ("following the summit in Paris"). A mixin
of :class:`~diplograph.extract.components.events.EventFinder`."""
from __future__ import annotations


class CausePhrases:
    """Token sets of a sentence's cause phrases, for the event finder to skip."""

    def _causal(self, doc, e, sent, flight: bool = False, reach: int = 10) -> tuple[set, set]:
        """Tokens of the causes in the clause from token ``e`` ("sanctions over the war in
        Ukraine", "wegen der Ukraine-Krise neue Sanktionen", "in response to the poisoning of
        a former spy in Britain"), as (all of them: their entities are no actors, those of
        cues that cannot tell a place: their dates are not the event's; "flew over the sea on
        Tuesday" may be the flight's day). For a ``flight`` (an exercise, interception,
        airspace violation, deployment) "over the Baltic Sea" is where it was, no cause."""
        key = ("causal", e, sent.start, flight)
        if key not in self._phrases_of:
            self._phrases_of[key] = self._cause_phrases(e, sent, flight, reach)
        return self._phrases_of[key]

    def _causes_of(self, doc, trigger: tuple[int, int], clo: int, sent, flight: bool, start: int) -> tuple[set, set]:
        """The causes (as :meth:`_causal`) of the act whose trigger ``trigger`` stands in a
        clause from ``clo``: those its sentence names from ``start`` on, and those of a phrase
        before its clause ("... amid Russia's war, as they met in Italy", "In retaliation for
        X's expulsion last month, Y expelled ...": not Y's time); none where the act is what
        is criticised ("concern over remarks X made during his visit")."""
        s, e = trigger
        cause, cause_time = self._causal(doc, start, sent, flight=flight)
        if s in cause and self._criticised(s, clo):
            cause, cause_time = set(), set()
        elif s in cause:                 # "Following the summit in Paris, X said": the act is the
            own = self._own_cause(s, cause, sent.start)     # cause named, its phrase its own
            cause, cause_time = cause - own, cause_time - own
        if any(s < k < e - 1 for k in cause):   # "legte wegen der Boje Protest bei X ein": the phrase
            k = e - 1                             # inside the trigger ends before its last word
            while k in cause:
                cause, cause_time, k = cause - {k}, cause_time - {k}, k + 1
        if clo > sent.start and not (before := self._causal(doc, sent.start, sent, flight=flight))[0] & {s, e - 1}:
            cause, cause_time = cause | {k for k in before[0] if k < clo}, cause_time | {k for k in before[1] if k < clo}
        return cause | self._reason_gerund(e, sent.end) | self._rally_phrases(sent, s), cause_time

    def _rally_phrases(self, sent, s: int, reach: int = 16) -> set:
        """The phrases of the sentence that tell whom street protests were for or against
        ("after the protests against President X", "nach den Protesten gegen die Inhaftierung
        des Kremlgegners X und gegen Präsident Y"): those people are no parties of another
        act. A phrase runs from a word of ``rally_nouns`` with a word of ``rally_links``
        after it to punctuation or, in German, the next word written small that is no
        article nor link ("... Y | drei Diplomaten ausgewiesen"). A rally noun inside a
        trigger ("lodged protests against X": a state's protest) opens none. Found once per
        sentence."""
        key = ("rally", sent.start)
        if key not in self._phrases_of:
            self._phrases_of[key] = [(k, self._rally_end(k, sent.end, reach)) for k in range(sent.start, sent.end - 1)
                                     if self._has("rally_nouns", k) and self._has("rally_links", k + 1)
                                     and not any(t <= k < self._trigger_reach[t] for t in self._trigger_starts)]
        return {j for k, end in self._phrases_of[key] if k != s for j in range(k, end)}

    def _rally_end(self, k: int, hi: int, reach: int) -> int:
        """Where the protest phrase from the rally noun at ``k`` ends (see :meth:`_rally_phrases`)."""
        end = k + 1
        while end < min(hi, k + reach) and not self.cols.punct[end] and not (
                self.lex.lang == "de" and self.cols.is_lower[end] and self.cols.alpha[end]
                and not (self._has("determiners", end) or self._has("rally_links", end)
                         or self._has("list_joiners", end))):
            end += 1
        return end

    def _reason_gerund(self, e: int, hi: int, reach: int = 14) -> set:
        """The English phrase a reason preposition and a gerund open after the trigger ending
        at ``e`` ("expelled three diplomats for taking part in rallies for X", "sanctioned
        them for helping Y"), up to a comma or the sentence's end: what they did, whose names
        are no parties of the act."""
        j = next((k for k in range(e, min(hi - 1, e + reach)) if self._has("reason_prepositions", k)
                  and self._gerund(k + 1)), None)
        if j is None:
            return set()
        end = next((k for k in range(j, hi) if self.cols.punct[k]), hi)
        return set(range(j, end))

    def _own_cause(self, s: int, cause: set, first: int) -> set:
        """The words of the cause phrase whose cue trigger ``s`` heads ("following the
        90-minute summit in Paris": its place), none where another word heads it ("in line
        with the agreement at the summit in June", "followed one over X and a nuclear test");
        on up to another trigger or a relative clause ("drills ... which X protested against")."""
        lo, hi = s, s + 1
        while lo - 1 in cause and s - lo < 6 and not self._has("list_joiners", lo - 1) \
                and (self.cols.is_lower[lo - 1] or not self.cols.alpha[lo - 1] or lo - 1 == first):
            lo -= 1
        if lo - 1 in cause:
            return set()
        while hi in cause and hi not in self._trigger_starts and not (
                self._has("relative_pronouns", hi) and (self.lex.lang != "de" or self.cols.text[hi - 1] == ",")):
            hi += 1
        return set(range(lo, hi))

    def _cause_phrases(self, e, sent, flight: bool, reach: int) -> tuple[set, set]:
        text = self._lower[e:sent.end]
        present = set(text)
        tokens: set = set()
        timeless: set = set()
        for words in self._causal_cues:
            if words and words[0] not in present:
                continue
            for k in range(len(text) - len(words) + 1):
                spatial = len(words) == 1 and self.lex.has("place_prepositions", words[0])   # "over"
                if text[k:k + len(words)] == words and e + k not in tokens \
                        and not (flight and spatial and self._before_place(e + k + 1)) \
                        and not self._scheduled(e + k, len(words)):
                    span = range(e + k, self._cause_end(e + k, len(words), sent,
                                                        2 * reach if self._has("answer_verbs", e + k) else reach))
                    tokens.update(span)
                    if not spatial:
                        timeless.update(span)
                    break
        return tokens, timeless

    def _scheduled(self, k: int, n: int) -> bool:
        """Whether the causal cue of ``n`` words at ``k`` is part of a planned cue before a
        verb ("is due to meet Y on Friday": a schedule, not "is due to the war" nor "due
        to rising tensions")."""
        last = k + n - 1
        return k > 0 and self._cue_at(k - 1, "planned_cues") and self._infinitive_to(last) \
            and not self.cols.lower[last + 1].endswith("ing")

    def _cause_end(self, start: int, cue_words: int, sent, reach: int) -> int:
        """Where the cause phrase whose cue of ``cue_words`` words starts at ``start`` ends."""
        end = start + cue_words
        while end < min(sent.end, start + cue_words + reach) and not self._has("clause_breaks", end) \
                and self.cols.lower[end] not in ("gegen", "against") and not self._has("finite_auxiliaries", end) \
                and not (self.lex.lang == "de" and (self._phrase_ends(end) or self._opens_object(end))):
            end += 1                     # "wegen des Angriffs auf die Ukraine | gegen Russland",
                                         # "als Reaktion auf ... aus Moskau | hat Kanada"
        while end < sent.end and self.cols.ent[end] and self.cols.ent[end - 1]:
            end += 1                     # not half of "the Group of Seven"
        return end

    def _before_place(self, k: int) -> bool:
        """Whether a place's name starts at token ``k``, after determiners ("flew over | the
        Baltic Sea"): a cue that can also tell a place heads no cause there."""
        while k < len(self._lower) and self._has("determiners", k):
            k += 1
        return k < len(self._lower) and self.cols.ent[k] == "Place"

    def _cause_start(self, lo: int, hi: int) -> int:
        """Where the first cause phrase among tokens [lo, hi) starts ("amid stalled talks",
        "wegen ..."), or ``hi``: what is said after it is said of the cause."""
        return next((k for k in range(lo, hi) if self._cue_at(k, "causal_prepositions")), hi)
