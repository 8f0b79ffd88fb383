"""Coordinated predicates: two acts joined by "and"/"und" in one clause ("X met Y in Rome
in March and will meet him again in Berlin in December", "X traf Y am Montag in Rom und
besuchte am Dienstag Berlin", "X met Y on Monday and Z met W on Tuesday").

Each conjunct is its trigger's clause: its status, date and place are its own, and the
names after its trigger are its own. The subject before the first conjunct is every
conjunct's, unless a conjunct opens with a subject of its own ("and Z met W"); a German
future or modal verb of the first is the others' too; a conjunct's dates are not another's
where one tells or arranges a plan and the other does not.

Not a pipeline component: :class:`Conjuncts` is mixed into the event finder, which
provides the doc's columns (``self.cols``), the word lists (``self._has``, ``self._any``,
``self._is_date``) and the entities (``self._overlapping``).
"""
from __future__ import annotations

from diplograph.extract.components.columns import within

_SUBJECTS = ("Person", "Country", "Organization")


class Conjuncts:
    """Where the conjuncts of a clause begin and end, asked per trigger."""

    def _conjunct(self, s: int, e: int, clause: tuple[int, int], matches) -> tuple[int, int] | None:
        """The token span of the conjunct of the trigger [s, e) within ``clause``, or None
        where the clause holds no other predicate joined to it. Predicates are verb triggers
        and nouns after a support verb ("held talks", "führte Gespräche"); two are joined by a
        joining word before which the first has said something of its own, a name or a date
        besides its subject ("met and talked with X" is one act)."""
        clo, chi = clause
        preds, cuts = self._cuts(clause, matches)
        if not cuts or (s, e) not in preds:
            return None
        lo = max((k + 1 for k in cuts if k < s), default=clo)
        hi = min((k for k in cuts if k >= e), default=chi)
        return (lo, hi) if (lo, hi) != (clo, chi) else None

    def _cuts(self, clause: tuple[int, int], matches) -> tuple[list, list]:
        """The predicates of ``clause`` and the joining words between its conjuncts, found
        once per clause and doc (every trigger of the clause asks)."""
        if clause not in self._cuts_of:
            clo, chi = clause
            preds = sorted({(ms, me) for _, ms, me in matches
                            if clo <= ms and me <= chi and self._predicate(ms, me, clo)})
            cuts, lo = [], clo
            for (ps, pe), (ts, _) in zip(preds, preds[1:] + self._future_conjuncts(clause, preds)):
                if (k := self._joining_word(lo, (ps, pe), ts)) is not None:
                    cuts.append(k)
                    lo = k + 1
            self._cuts_of[clause] = preds, cuts
        return self._cuts_of[clause]

    def _future_conjuncts(self, clause: tuple[int, int], preds: list) -> list:
        """After the last predicate, a joining word and a future auxiliary open a conjunct of
        a verb that is no trigger ("arrived here on Sunday and will fly to Seoul on Monday",
        "traf in Peking ein und wird nach Seoul weiterreisen"): its places and dates are its
        own. The auxiliary stands for that predicate."""
        if not preds:
            return []
        last = preds[-1][1]
        return [(k + 1, k + 2) for k in range(last, clause[1] - 1)
                if self.cols.alpha[k] and self._has("list_joiners", k) and self._has("future_auxiliaries", k + 1)][:1]

    def _predicate(self, s: int, e: int, lo: int, reach: int = 3) -> bool:
        """Whether the trigger [s, e) is a predicate: a verb ("met", "besuchte", "to visit",
        "will visit"), or a noun right after a support or attendance verb ("held talks", "paid a
        visit", "will attend the G20 summit", "führte Gespräche")."""
        if not self._noun_span(s, e) or s > lo and self._has("future_auxiliaries", s - 1):
            return self.cols.is_lower[s] and self.cols.alpha[s] and not (   # not "a dialogue"
                s > lo and (self._has("determiners", s - 1) or self._has("possessive_pronouns", s - 1)))
        return any(self._has("support_verbs", k) or self._has("attendance_verbs", k) for k in range(max(lo, s - reach), s))

    def _joining_word(self, lo: int, pred: tuple[int, int], ts: int) -> int | None:
        """The last joining word between the predicate ``pred`` (its conjunct starting at
        ``lo``) and one starting at ``ts`` that joins no two names, if the first conjunct
        names something or a date besides its subject, after its predicate or (German, verb
        last) before it; no relative pronoun between the word and the second ("met X and
        leaders who visited Y"), no subordinator between the first and the word."""
        ps, pe = pred
        k = next((k for k in range(ts - 1, pe - 1, -1) if self.cols.alpha[k] and self._has("list_joiners", k)
                  and not (self.cols.ent[k - 1] and self.cols.ent[k - 1] == self.cols.ent[k + 1])), None)
                                                                                # not "Macron and Albanese"
        if k is None or self._any("relative_pronouns", k + 1, ts) or self._any("subordinators", pe, k):
            return None                  # "met X after Y and Z held talks": the after-clause's
        if any(self.cols.ent[j] or self._is_date(j) for j in range(pe, k)):
            return k
        subject = self._subject(lo, ps)
        after = subject[-1].end if subject else lo
        return k if self.lex.lang == "de" and any(self.cols.ent[j] or self._is_date(j) for j in range(after, ps)) \
            else None

    def _subject(self, lo: int, hi: int, labels: tuple = _SUBJECTS) -> list:
        """The first name in [lo, hi) and those joined to it ("Kishida and Scholz"), or []."""
        ents = [ent for ent in self._overlapping(lo, hi) if ent.label_ in labels and ent.end <= hi]
        subject = ents[:1]
        for ent in ents[1:]:
            if ent.start == subject[-1].end + 1 and self._has("list_joiners", subject[-1].end):
                subject.append(ent)
            else:
                break
        return subject

    def _conjunct_skip(self, span: tuple[int, int], clause: tuple[int, int], matches, s: int) -> set:
        """The tokens of the clause outside the conjunct ``span`` that name none of its
        actors: all of them if the conjunct opens with a subject of its own ("and Z met
        W"), else all but the subject before the clause's first predicate ("X met Y and
        will visit Z": X visits; "Am Montag traf X Y und besuchte Z": the name after the
        fronted verb), and the people named before a pronoun that stands for one ("X met Y
        and will meet him again")."""
        (a, b), (clo, chi) = span, clause
        outside = set(range(clo, a)) | set(range(b, chi))
        if a > clo and self._cue_at(a, "plural_subjects"):     # "and they agreed": the names
            return outside - {k for ent in self._overlapping(clo, a)    # before are its parties
                              if ent.label_ in _SUBJECTS for k in range(ent.start, ent.end)}
        if a == clo or self._opens_subject(a, b, s):
            return outside
        kept = self._shared_subject(clo, self._cuts(clause, matches)[0][0][0], a)
        if self._any("person_pronouns", a, b):
            kept |= {k for ent in self._overlapping(clo, a) if ent.label_ == "Person" for k in range(ent.start, ent.end)}
        return outside - kept

    def _shared_subject(self, clo: int, first: int, a: int) -> set:
        """The tokens of the subject every conjunct shares: all before the clause's first
        predicate at ``first`` ("X", "Brazilian bombers"); the name after a German fronted
        verb ("Am Montag traf X Y und ...", "Nach dem Gipfel in Ottawa besuchte X ...");
        the subject alone of a German clause with its verb last. A role word the name heads
        goes with it ("der NATO-Generalsekretär")."""
        fronted = self.lex.lang == "de" and clo < first and (self._preposition(clo) or not any(
            self.cols.ent[k] or k in self._demonym_tokens for k in range(clo, first)))   # not "X, der ...,
                                                                                       # | besuchte Y": X's
        if fronted:
            kept = {k for ent in self._subject(first, a)[:1] for k in range(ent.start, ent.end)}
        elif self._verb_last(clo, first):
            kept = {k for ent in self._subject(clo, first) for k in range(ent.start, ent.end)}
        else:
            kept = set(range(clo, first))
        for k in sorted(kept):
            j = k + 1
            while j < a and j not in kept and (j in self._role_tokens or self.cols.text[j] == "-"):
                kept.add(j)
                j += 1
        return kept

    def _shared_plan(self, clause: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether a German conjunct [a, b) after the first shares the first's future or
        modal verb ("Scholz wird X im Mai treffen und im Juni nach Y reisen"): it has no
        finite verb of its own and the part before it has one that makes a plan."""
        (clo, _), (a, b) = clause, span
        if self.lex.lang != "de" or a <= clo or self._any("finite_auxiliaries", a, b) or self._any("modal_verbs", a, b):
            return False
        return self._any("future_auxiliaries", clo, a) or self._any("modal_verbs", clo, a) \
            and self._any("planned_cues", clo, a)

    def _verb_last(self, clo: int, first: int) -> bool:
        """Whether the first conjunct puts its verb last, after an auxiliary or modal that
        follows its subject ("X hatte Y in Rom getroffen und ..."): only the subject is
        shared, not the objects before the verb."""
        return self.lex.lang == "de" and (self._any("finite_auxiliaries", clo, first)
                                          or self._any("modal_verbs", clo, first))

    def _other_tense(self, clause: tuple[int, int], span: tuple[int, int]) -> set:
        """The tokens of ``clause`` outside its conjunct ``span`` when one of them tells a
        plan or arranges one and the other does not ("met X in May and will visit Y", "met X
        and they agreed to meet again in December"): their dates are not the conjunct's.
        Else none."""
        (clo, chi), (a, b) = clause, span

        def told(name: str) -> tuple[bool, bool]:
            return self._any(name, a, b), self._any(name, clo, a) or self._any(name, b, chi)
        (own, rest), (arranges, arranged) = told("planned_cues"), told("arranging_verbs")
        apart = own != rest or arranged and not arranges      # "and they agreed to meet in December":
        return set(range(clo, a)) | set(range(b, chi)) if apart else set()    # that month is the meeting's

    def _opens_subject(self, a: int, b: int, s: int) -> bool:
        """Whether the conjunct [a, b) of the trigger at ``s`` opens with a name or a
        personal pronoun of its own, past articles ("and Russia expelled", "und Macron
        besuchte", "and he will visit"); in German only if its verb follows the name ("und
        Macron traf Y"), not at the end of the conjunct ("... getroffen und Macron im Juni
        besucht": Macron is the object)."""
        k = a
        while k < b and self._has("determiners", k):
            k += 1
        if not (k < b and (self.cols.ent[k] in _SUBJECTS or self._has("person_pronouns", k))):
            return False
        if self.lex.lang != "de":
            return True
        names = self._subject(k, b)      # "und Macron und Albanese trafen sich"
        end = names[-1].end if names else k + 1
        return end >= s or self._has("finite_auxiliaries", end) or self._has("modal_verbs", end)

    def _speaker_goes_on(self, v: int, s: int, reach: int = 2) -> bool:
        """Whether the act at ``s`` is a second predicate of the one who speaks or judges by
        the verb at ``v`` ("X criticised the drill and lodged a protest", "X said the attack
        was unlawful and expelled 23 diplomats", "X erklärte, die Übung sei inakzeptabel, und
        legte Protest ein"): a joining word at most ``reach`` words before it opens a
        conjunct with no subject of its own, and what a verb of saying says does not open
        with a name or a pronoun, whose verb the act could be ("X said Russia had violated
        its airspace and ...")."""
        j = next((k for k in range(s - 1, max(v, s - reach - 1), -1)
                  if self.cols.alpha[k] and self._has("list_joiners", k)), None)
        if j is None or not self.cols.is_lower[s] or any(
                not (self.cols.alpha[k] and self.cols.is_lower[k]) or self._has("determiners", k) for k in range(j + 1, s)):
            return False                 # "and Russia expelled", "and the ministry ...": a subject
        k = self._said_from(v, j)        # a German relative pronoun follows a comma, but not the one
        if self.lex.lang == "de":        # (past a subject after the verb: "erklärte Tokio, ...")
            k = max(k, next((i + 1 for i in range(v + 1, j) if self.cols.text[i] == ","), k))
        if any(self._has("relative_pronouns", i) and (self.lex.lang != "de" or self.cols.text[i - 1] == ",")
               for i in range(k + 1, j)) or self._any("subordinators", v + 1, j) or within(self._speech_verbs, v + 1, j):
            return False                 # after the verb: "said the drills, which Russia held and ..."
        if self._has("criticism_words", v):
            return True                  # "criticised Russia and ...": an object
        if any(i in self._trigger_starts and self.cols.is_lower[i] and not (
                self._has("determiners", i - 1) or self._has("possessive_pronouns", i - 1)) for i in range(k, j)):
            return False                 # "said the West had imposed sanctions and expelled ...":
                                         # the second act of what was said
        while k < j and self._has("determiners", k):
            k += 1
        return k < j and not (self.cols.ent[k] in _SUBJECTS or self._has("pronouns_for_bodies", k)
                              or self._has("pronouns_for_people", k))

    def _answering_speakers(self, s: int, sent) -> list:
        """Who goes on to the act at ``s`` after speaking or judging in a clause of their own
        ("Japan erklärte, die Übung sei inakzeptabel, und legte Protest ein", "Am Montag
        kritisierte Tokio die Übung, und ..."): the names of the subject of the sentence's
        last verb of saying before it (after the verb where German puts it there), a
        capital standing for its state; none if the act is not that verb's second predicate."""
        verbs = within(self._speech_verbs, sent.start, s)
        if not verbs or not self._speaker_goes_on(verbs[-1], s):
            return []
        v, labels = verbs[-1], _SUBJECTS + ("Place",)
        subject, lo = self._subject(sent.start, v, labels), sent.start
        if not subject and self.lex.lang == "de":
            end = next((k for k in range(v + 1, s) if self.cols.punct[k]), s)
            subject, lo = self._subject(v + 1, end, labels), v + 1      # "Am Montag erklärte Japan, ..."
        if subject and subject[0].label_ == "Place" and subject[0].start != lo:
            return []                    # "In Tokyo, X said ...": where, not who
        return [self.capital_of[ent.ent_id_] if ent.label_ == "Place" else ent.ent_id_ for ent in subject
                if ent.ent_id_ and (ent.label_ != "Place" or ent.ent_id_ in self.capital_of)]

    def _names_own_parties(self, lo: int, s: int, chi: int, hi: int) -> bool:
        """Whether the relative clause [chi, hi) after a noun trigger at ``s`` names the
        parties ("mit den Sanktionen, die Tokio verhängt hat"), not the clause [lo, s) the
        noun stands in: it names someone, and that clause attends no gathering ("X attended
        the summit, which Y also attended"; "X attended the summit, which began on Monday":
        X's)."""
        return any(self.cols.ent[k] for k in range(chi + 1, hi)) and not self._any("attendance_verbs", lo, s)
