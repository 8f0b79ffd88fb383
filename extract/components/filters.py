"""Which trigger matches of a doc name an occurrence at all: not a verb and a preposition
far after it that is no separable verb's particle ("kündigte Gespräche auf dem Westbalkan
an"), not a gathering's own end ("the talks ended on Tuesday", "the summit, which ended
Friday"), not the end of what is no tie between states ("ended his visit"), not a verb's
homograph used as a noun ("in a sign of"), not the means of another act ("lodged a protest
by telephone"), not a sitting of a state's own body ("a cabinet meeting"), not what a
measure affects ("das Verbot trifft auch X"), not a measure a dispute is about ("a clash over
export controls"), not what a verb of talking calls something ("sprachen von einem
historischen Tag"), not a test's site or ban ("the nuclear test site"), not what one side
calls on another to do ("called on Putin to hold talks"), not sanctions lifted or eased
("lifted sanctions", "die Aufhebung der Sanktionen") or borne ("hit by sanctions"), not missiles fired in a strike, a
drill or to space
(:class:`~diplograph.extract.components.launches.LaunchFilters`).

Not a pipeline component: :class:`TriggerFilters` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its triggers (``self.triggers``, ``self.kinds``),
the clause geometry and the word lists.
"""
from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.components.launches import LaunchFilters
from diplograph.extract.components.topics import ARRANGED, GATHERINGS

__all__ = ["TriggerFilters"]

_PARTIES = ("Person", "Country", "Organization")


class TriggerFilters(LaunchFilters):
    """The trigger matches of a doc, and the tests that leave some of them out."""

    def _triggers(self, doc: Doc) -> list:
        """Matches, the longest first where they overlap, in text order."""
        return self.triggers.find(doc, self._lower, keep=lambda s, e: not self._particle_mid_clause(s, e))

    def _no_act(self, doc, match, matches) -> bool:
        """Whether the trigger ``match`` (key, start, end) among the doc's ``matches`` names no
        act of its own: a gathering's own end, the end of no tie, a particle mid-clause, the
        means of another act, a body's own sitting."""
        key, s, e = match
        return self._came_to_an_end(doc, key, s, e, matches) or self._ends_no_ties(key, s, e, matches) \
            or self._ended_by_its_parties(doc, key, s, e, matches) or self._exit_not_done(doc, key, s, e) \
            or self._particle_mid_clause(s, e) or self._means_of_act(doc, key, s, e, matches) \
            or self._domestic_sitting(key, s) or self._measure_affects(key, s) or self._disputed_measure(key, s) \
            or self.kinds[key][0] == "MissileLaunch" and self._no_launch(key, s, e, matches) or self._not_condemning(key, s) \
            or self.kinds[key][0] == "Visit" and self._projectile_path(s, matches) or self._speaks_of(key, e) \
            or self.kinds[key][0] == "NuclearTest" and self._test_place_or_ban(e) or self._appealed(key, s, e) \
            or self.kinds[key][0] == "Sanction" and (self._relieved(s, e, matches) or self._borne(s, e)
                                                     or self._vetoed(s)) or self._no_state_before(doc, key, s) \
            or self._own_or_conditional_order(key, s, e) or self._in_photo_position(s, e)

    def _in_photo_position(self, s: int, e: int) -> bool:
        """Whether the trigger [s, e) is the word of a bracket that says where a photo shows
        the person before it ("Xi Jinping (left), ..."): no departure."""
        text = self.cols.text
        return s > 0 and e < len(text) and text[s - 1] == "(" and text[e] == ")" and self._shows_position(s - 1, s, e)

    def _own_or_conditional_order(self, key, s: int, e: int) -> bool:
        """Whether a spoken order to leave (``spoken_order_rules``) is a body's order to its
        own staff ("the UN said its diplomats must leave Sudan": an evacuation) or holds only
        on a condition after it ("... must leave if London expels ..."; not "even if Moscow
        protests", "asked if ...": ``unconditional_markers``): no expulsion."""
        if self.kinds[key][1] not in self._lists.get("spoken_order_rules", ()):
            return False
        return s > 0 and self._has("possessive_pronouns", s - 1) \
            or any(self._has("conditionals", k) and not self._has("unconditional_markers", k - 1)
                   for k in range(e, self.cols.sent_of(s).end))

    def _no_state_before(self, doc, key, s: int, reach: int = 8) -> bool:
        """Whether a trigger of ``rules_needing_states`` ("bans X", a person) has no state,
        capital or state body named shortly before it in its sentence: "Twitter banned X" is
        a platform's ban, "Russia bans X" a state's."""
        if self.kinds[key][1] not in self._lists.get("rules_needing_states", ()):
            return False
        lo = max(self.cols.sent_of(s).start, s - reach)
        return not any(ent.label_ == "Country" or ent.ent_id_ in self.capital_of
                       or ent.ent_id_ and self.kb.country_slug(ent.ent_id_) and ent.label_ == "Organization"
                       for ent in doc.ents if lo <= ent.start < s)

    def _relieved(self, s: int, e: int, matches, reach: int = 3) -> bool:
        """Whether the sanctions at [s, e) are lifted or eased, not imposed: a word of relief
        shortly before them in their clause ("lifted sanctions", "an easing of sanctions",
        "die Aufhebung der Sanktionen") or right after ("sanctions were lifted", "Sanktionen
        gelockert"), or a German verb of relief around them ("hoben die Sanktionen ... auf")."""
        sent = self.cols.sent_of(s)
        k = s - 1
        while k >= max(sent.start, s - reach) and not self.cols.punct[k]:
            if self._cue_at(k, "relief_cues"):
                return True
            k -= 1
        after = next((j for j in range(e, min(sent.end, e + 6)) if self.cols.punct[j]), min(sent.end, e + 6))
        passive = (j for j in range(e + 1, after) if self._cue_at(j, "relief_cues")
                   and (self._has("finite_auxiliaries", j - 1) or self._has("passive_auxiliaries", j - 1)))
        if next(passive, None) is not None and not any(e <= m[1] < after for m in matches):
            return True                  # "sanctions on Peru were lifted", not "after lifting a ban"
        if self.lex.lang != "de":
            return False
        end = next((j for j in range(e, sent.end) if self.cols.text[j] in (",", ".", ";")), sent.end)
        last = end - 1
        while last >= e and self._has("finite_auxiliaries", last):
            last -= 1                    # "gelockert worden sind"
        return last >= e and (self._cue_at(last, "relief_cues") or self.cols.lower[last] == "auf"
                              and self._any("relief_particle_verbs", max(sent.start, s - 6), s))

    def _borne(self, s: int, e: int, before: int = 4, after: int = 3) -> bool:
        """Whether the sanctions at [s, e) are a state someone lives with, not imposed: a
        word of bearing them (``sanction_state_cues``) shortly before or after them in their
        clause ("is hit by sweeping Western sanctions", "to evade sanctions", "ist von
        Sanktionen des Westens betroffen"); not new ones ("firms hit by the new sanctions
        announced by X", "Betroffen von den neuen Sanktionen"), which are news."""
        sent, c = self.cols.sent_of(s), self.cols
        if self._any("fresh_measure_words", max(sent.start, s - 3), s):
            return False
        k = s - 1
        while k >= max(sent.start, s - before) and not c.punct[k]:
            if self._cue_at(k, "sanction_state_cues"):
                return True
            k -= 1
        k = e
        while k < min(sent.end, e + after) and not c.punct[k]:
            if self._cue_at(k, "sanction_state_cues"):
                return True
            k += 1
        return False

    def _vetoed(self, s: int, reach: int = 10) -> bool:
        """Whether the sanctions at ``s`` are what a bid others blocked would have imposed: a
        verb of veto, then a noun of an attempt before them in their sentence ("vetoed a
        US-led bid to impose further sanctions", "blockierten einen Versuch, ... Sanktionen
        zu verhängen")."""
        lo = max(self.cols.sent_of(s).start, s - reach)
        verbs = [k for k in range(lo, s) if self._cue_at(k, "veto_verbs")]
        return bool(verbs) and self._any("attempt_nouns", verbs[0] + 1, s)

    def _appealed(self, key, s: int, e: int) -> bool:
        """Whether the trigger at [s, e) is what someone calls on another to do: an appeal
        verb before it in its sentence, whom it addresses named after the verb, then the act
        in the infinitive ("called on Putin to hold talks", "urged Japan to impose sanctions",
        "forderte Putin auf, die Gespräche auszusetzen"): a call, no occurrence. Not when the
        infinitive halts an act the trigger names ("asked Seoul to stop the drills", "bat
        Südkorea, die Übung zu stoppen": the drills are held); a gathering to halt is none
        either ("urged X to end the talks")."""
        found = self._appeal_of(s, e)
        return found is not None and (not found[1] or self.kinds[key][0] in GATHERINGS)

    def _appellant(self, s: int, e: int) -> set:
        """Tokens of who makes the call the trigger at [s, e) stands in ("Japan asked Seoul to
        stop its drills", "Japan hat Südkorea gebeten, seine Übung zu stoppen"): no party of
        the act, which the addressee does."""
        found = self._appeal_of(s, e)
        if found is None:
            return set()
        start = self.cols.sent_of(s).start
        if self.lex.lang == "en":
            return set(range(start, found[0]))
        first = next((ent for ent in self._overlapping(start, found[0]) if ent.label_ in _PARTIES), None)
        return set() if first is None else set(range(first.start, first.end))   # "Japan hat Südkorea
                                                                                  # gebeten": the first name calls

    def _appeal_of(self, s: int, e: int, reach: int = 12) -> tuple[int, bool] | None:
        """The appeal verb, and whether the infinitive halts what the trigger names, when the
        trigger at [s, e) stands in the infinitive of a call on someone named ("called on
        Putin to ...", "forderte Putin auf, ... zu ..."); None otherwise."""
        sent = self.cols.sent_of(s)
        verbs = [k for k in range(max(sent.start, s - reach), s) if self._cue_at(k, "appeal_verbs")]
        if not verbs:
            return None                  # most triggers: read no further
        named = [k for k in range(sent.start, s) if self.cols.ent[k] in _PARTIES
                 and (k == sent.start or self.cols.ent[k - 1] != self.cols.ent[k])]     # first tokens of names
        to = next((k for k in range(verbs[-1] + 1, s) if self._infinitive_to(k)), None) \
            if self.lex.lang == "en" else None
        if not (any(k > verbs[-1] for k in named) or self.lex.lang == "de" and len(named) >= 2
                or to is not None and self._addressed_unnamed(verbs[-1] + 1, to)):
            return None                  # whom the call addresses: "forderte Putin auf", "hat Südkorea gebeten"
        if self.lex.lang == "en":      # the call's own "to": not "calls on X to reconsider its decision to suspend"
            if to is None or s - to > 4:
                return None
            return verbs[-1], self._any("halting_verbs", to + 1, s)
        if not any(self.cols.text[k] == "," for k in range(verbs[-1] + 1, s)):
            return None                  # "forderte X auf, ... zu tun": the call's own clause
        k = next((j for j in range(s, sent.end) if self.cols.text[j] in (",", ".", ";")
                  or self._has("infinitive_markers", j) or self._zu_infinitive(j)), sent.end)
        if k >= sent.end or self.cols.text[k] in (",", ".", ";"):
            return None
        verb = k + 1 if self._has("infinitive_markers", k) else k
        return (verbs[-1], e <= verb and self._has("halting_verbs", verb)) if verb < sent.end else None

    def _appealed_names(self, sent, s: int) -> set:
        """Tokens of what an English call on someone asks done, from its "to" to the clause's
        end ("met Xi and urged him to hold talks with Zelensky"): their names take part in that
        act, not in the act at ``s`` told outside it."""
        key = ("appealed", sent.start)
        if key not in self._phrases_of:                  # the (to, end) spans, found once per sentence
            spans = []
            for v in (k for k in range(sent.start, sent.end) if self._cue_at(k, "appeal_verbs")) if self.lex.lang == "en" else ():
                to = next((k for k in range(v + 1, min(v + 8, sent.end)) if self._infinitive_to(k)), None)
                if to is not None and to > v + 1:        # someone addressed between: "urged him to"
                    spans.append((to, min(next((b for b in self._break_at if b > to), sent.end), sent.end)))
            self._phrases_of[key] = spans
        return {k for to, end in self._phrases_of[key] if not to < s < end for k in range(to + 1, end)}

    def _addressed_unnamed(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) between an appeal verb and its "to" name whom it addresses
        without a name: role words ("urged the Russian leader to") or a pronoun ("urged him
        to"; ``appeal_addressees``)."""
        return 0 < hi - lo <= 6 and any(k in self._role_tokens or self._has("appeal_addressees", k)
                                        for k in range(lo, hi))

    def _test_place_or_ban(self, e: int) -> bool:
        """Whether the test noun ending at ``e`` heads a site or a ban ("the nuclear test
        site", "nuclear test ban", "Atomtest-Stopp"), no test."""
        k = e + (e < len(self._lower) and self.cols.text[e] == "-")
        return k < len(self._lower) and self._has("test_noun_heads", k)

    def _speaks_of(self, key, e: int, reach: int = 6) -> bool:
        """Whether a verb of talking is followed, after at most a date and a place, by what
        it names ("sprachen von einem historischen Tag", "sprachen am Dienstag in Moskau von
        einer neuen Ära", "spoke of a turning point"): words said, not talks held; not
        "discussed matters of"."""
        if self.kinds[key][0] != "Talks" or not self.kinds[key][1].endswith(".verb"):
            return False
        k = e
        while k < min(e + reach, len(self._lower)) and (self._is_date(k) or self.cols.ent[k] == "Place"
                                                         or self._has("place_prepositions", k)):
            k += 1
        return k < len(self._lower) and self._has("spoken_of_prepositions", k)

    def _projectile_path(self, s: int, matches) -> bool:
        """Whether a verb of travel at ``s`` tells a projectile's path: right after a comma that
        follows a launch ("launched a missile ..., traveling from the north") or a projectile
        noun right before it ("the missile traveled 1,000 kilometers"; not "the missile experts
        traveled"), with no person named before it in its sentence."""
        lo = self.cols.sent_of(s).start
        if any(self.cols.ent[k] == "Person" for k in range(lo, s)):
            return False
        nxt = s + 1 < len(self._lower) and (self._has("place_prepositions", s + 1) or self._has("passage_prepositions", s + 1)
                                           or any(ch.isdigit() for ch in self.cols.text[s + 1]))
        launched = s > lo and self.cols.text[s - 1] == "," and nxt and any(   # "..., traveling from"; not
            self.kinds[key][0] == "MissileLaunch" and lo <= ms < s for key, ms, _ in matches)   # ", visiting officials"
        return launched or s - 1 >= lo and self._has("projectile_nouns", s - 1)

    def _not_condemning(self, key, s: int) -> bool:
        """Whether a verb of judging (``rules_judging``: "condemned", "verurteilte") is no
        state's protest: a court's sentence (a word of sentencing in its sentence: "zu zehn
        Jahren Haft verurteilt"; a German passive: "wurde in Moskau verurteilt"), or no one
        named before it condemns ("The resolution condemned ...")."""
        if self.kinds[key][1] not in self._lists.get("rules_judging", ()):
            return False
        sent = self.cols.sent_of(s)
        named = (lambda k: self.cols.ent[k] in ("Person", "Country", "Organization", "Place"))
        if self._any("sentencing_words", sent.start, sent.end):
            return True
        if self.kinds[key][1].endswith("_final"):        # "Die Bundesregierung hat den nordkoreanischen
            lo = self._clause(None, s, s + 1)[0]         # Start verurteilt": the object stands before
            aux = next((k for k in range(lo, s) if self._has("finite_auxiliaries", k)), lo + 2)   # the verb,
            return not any(named(k) for k in range(lo, min(s, aux + 2)))     # its subject before the
                                                                            # auxiliary or right after it
        return self.lex.lang == "de" and self._any("werden_auxiliaries", sent.start, s) \
            or not any(named(k) or k in self._demonym_at for k in range(sent.start, s))

    def _domestic_sitting(self, key, s: int) -> bool:
        """Whether a gathering noun is the sitting of a state's own body ("a cabinet meeting",
        "a board meeting", "the caucus meeting"), no meeting between sides."""
        return self.kinds[key][0] in GATHERINGS and s > 0 and self._has("domestic_bodies", s - 1)

    def _disputed_measure(self, key, s: int, reach: int = 6) -> bool:
        """Whether a sanction noun is what a dispute is about ("a clash over U.S. export
        controls", "Streit um die Sanktionen"): the topic of the dispute, no act its sentence
        tells."""
        if self.kinds[key][0] != "Sanction" or self._has("support_verbs", s):
            return False                 # "imposed sanctions": an act
        sent = self.cols.sent_of(s)
        first = sent.start
        for k in range(s - 1, max(first, s - reach) - 1, -1):
            if self.cols.punct[k] and self.cols.text[k] != "-" or self._has("subordinators", k) \
                    or self._has("list_joiners", k) or self._has("support_verbs", k) or self._has("imposed_verbs", k) \
                    or self._has("finite_auxiliaries", k):
                return False             # "im Streit um Taiwan verhängt China Sanktionen": imposed
            if k > first and self._has("issue_prepositions", k) and self._has("issue_nouns", k - 1):
                return not self._has("settling_issue_nouns", k - 1) or self._negation_in(first, sent.end) \
                    or self._any("failure_verbs", first, sent.end)   # "a compromise on new sanctions" adopts
                                                                      # them; not "no progress on sanctions relief"
        return False

    def _measure_affects(self, key, s: int) -> bool:
        """Whether German "trifft"/"getroffen" tells what a measure affects: the measure's
        phrase stands right before it and opens its clause or follows "von" ("das
        Einreiseverbot trifft auch X", "von den Sanktionen getroffen"; not "nach dem Verbot
        traf X Y"), or a clause opens with "es" ("Es trifft unter anderem X"): no meeting."""
        if self.kinds[key][0] != "Meeting" or not self._has("affecting_verbs", s) or s < 1 \
                or not self.cols.is_lower[s]:    # the verb, not the noun "Das Treffen"
            return False
        if self._has("affecting_pronouns", s - 1) and (s - 1 == self.cols.sent_of(s).start or self.cols.punct[s - 2]):
            return True                  # "Es trifft unter anderem X": the measure told before
        if self.cols.is_lower[s - 1] or not self.cols.lower[s - 1].endswith(
                    tuple(self.lex.words.get("measure_noun_endings", ()))):
            return False
        j, first = s - 2, self.cols.sent_of(s).start
        while j >= first and (self._has("determiners", j) or self.cols.is_lower[j] and self.cols.alpha[j]
                              and not self._has("place_prepositions", j) and not self._has("causal_prepositions", j)
                              and not self._has("measure_agent_prepositions", j) and not self._has("earlier_preps", j)):
            j -= 1                       # the phrase's determiners and adjectives
        return j < first or self.cols.punct[j] or self._has("measure_agent_prepositions", j)

    def _particle_mid_clause(self, s: int, e: int) -> bool:
        """Whether a trigger of several words ends in a verb particle that is a preposition
        here ("kündigte einen Empfang auf dem Schiff an", "setzte Truppen aus Moskau ein"):
        a separable verb's particle ends its clause, before punctuation, "und"/"oder" or the
        line break after a headline without a full stop."""
        last = e - 1
        if e - s < 2 or not self._has("verb_particles", last) or e >= len(self.cols.text):
            return False
        return not (self.cols.punct[e] or self.cols.text[e].isspace() or self._has("list_joiners", e)
                    or self._has("subordinators", e))

    def _came_to_an_end(self, doc, key, s, e, matches) -> bool:
        """Whether a suspension verb that can stand alone tells of a gathering's own end:
        the gathering before it in its clause, none after it, no passive ("the talks ended
        on Tuesday", not "Russia ended the talks")."""
        if self.kinds[key][0] != "Suspension" or not self._has("concluding_verbs", s) \
                or s > 0 and self._has("passive_auxiliaries", s - 1):
            return False                          # "the talks were ended": someone ended them
        lo, hi = self._clause(doc, s, e)
        if self._any("doer_auxiliaries", lo, hi) or self._any("passive_auxiliaries", lo, s):
            return False                          # "X hat die Gespräche beendet", "wurde ... beendet"
        if lo > 1 and self._has("relative_pronouns", lo) and lo + 1 == s:
            lo = max(0, lo - 5)                   # "the U.N. summit, which ended Friday" (not
                                                  # "the talks, which Moscow ended")
        lo = self._before_aside(doc, lo, s, matches)   # "X's summit with Y, in Hanoi in February, ended"
        gatherings = [ms for k, ms, _ in matches if lo <= ms < hi and self.kinds[k][0] in GATHERINGS]
        return any(ms < s for ms in gatherings) and not any(ms > s for ms in gatherings)

    def _ended_by_its_parties(self, doc, key, s, e, matches) -> bool:
        """Whether a verb of ending ends the gathering of its own subject, two or more
        names joined by "and" ("X and Y ended their talks after two hours", "X und Y hatten
        ihr Gespräch ... beendet"): the talks were held and are over, nobody broke them off
        ("Russia ended its talks with Japan"; "X and Y ended their talks with Z": with another)."""
        if self.kinds[key][0] != "Suspension" or not (self._has("ending_verbs", s) or self._has("concluding_verbs", s)):
            return False
        lo, hi = self._clause(doc, s, e)
        held = [ms for k, ms, me in matches if lo < ms < hi and self.kinds[k][0] in GATHERINGS
                and self._has("shared_possessives", ms - 1) and not (me < hi and self._has("partner_words", me))]
        subject_end = min([s, *held])
        return bool(held) and any(self._has("list_joiners", k) and self.cols.ent[k - 1] and self.cols.ent[k + 1]
                                  for k in range(lo + 1, subject_end - 1))

    def _exit_not_done(self, doc, key, s: int, e: int, reach: int = 6) -> bool:
        """Whether a quitting or boycotting of talks (a rule of ``rules_of_exits``) is only
        threatened, refused, considered, called for or denied a few words before it in its
        clause ("threatened to boycott the talks", "refused to quit", "rejected calls to
        boycott", "has considered boycotting", "is not going to quit"): not done."""
        if self.kinds[key][1] not in self._lists.get("rules_of_exits", ()):
            return False
        lo = max(self._clause(doc, s, e)[0], s - reach)
        return self._cues(doc, lo, s, "unrealised_cues") or self._any("intention_verbs", lo, s) \
            or self._any("veto_verbs", lo, s) or self._negation_in(lo, s)

    def _before_aside(self, doc, lo: int, s: int, matches, steps: int = 2) -> int:
        """Where the subject of a verb at ``s`` that opens its clause after a comma starts:
        the clause before one or two comma-bounded asides that hold no verb trigger ("X's
        summit with Y, in Hanoi in February, ended early"); else ``lo``."""
        if lo != s:
            return lo                             # the clause has its own subject
        start, k = self.cols.sent_of(s).start, lo
        for _ in range(steps):
            if k - 2 < start or self.cols.text[k - 1] != ",":
                break
            k = self._clause(doc, k - 2, k - 1)[0]
        if any(k <= ms < lo and not self._noun_at(ms) for _, ms, _ in matches):
            return lo                             # "Russia imposed sanctions, ended the talks"
        return k

    def _means_of_act(self, doc, key, s, e, matches) -> bool:
        """Whether a call named by its means ("by telephone", "over the phone") is the means
        of another act its clause names before it ("lodged a protest by telephone"), not a
        call of its own; talks or a meeting held by phone are a call, and so is one after
        "and" or talks about an act ("discussed the sanctions by phone")."""
        if not self.kinds[key][1].endswith(".via"):
            return False
        lo, _ = self._clause(doc, s, e)
        before = [(ms, self.kinds[k][0]) for k, ms, _ in matches if lo <= ms < s]
        return bool(before) and all(kind not in ARRANGED for _, kind in before) \
            and not self._any("list_joiners", before[-1][0], s)    # not "X summoned Y and Z spoke with W by
                                                                    # phone", nor "discussed the sanctions by phone"

    def _noun_reading(self, key, s, e) -> bool:
        """Whether a verb trigger that is also a noun stands as the noun: after a determiner
        ("in a sign of", "the signs of", "consulting his hosts on X"), or, a one-word trigger,
        after a verb of holding ("protesters hold signs") or before an of-phrase ("see signs
        of a thaw"); not "to sign", "they sign", "hosts talks"."""
        if not self._has("verb_noun_homographs", s):
            return False
        if s > 0 and self._has("determiners", s - 1):
            return True                  # also a longer pattern's first word: "his hosts on X"
        return e - s == 1 and (s > 0 and self._has("homograph_holders", s - 1)
                               or e < len(self._lower) and self._has("genitive_links", e))

    def _ends_no_ties(self, key, s, e, matches, reach: int = 6) -> bool:
        """Whether a suspension verb of ending ends what is no tie between states: a war,
        hostilities, a visit, a policy ("ended his visit", "ended decades of neutrality", "die
        Feindseligkeiten offiziell beendet", "den Kriegszustand auf der Halbinsel bis
        Jahresende beenden"), named within ``reach`` words after it (in German before it),
        with no tie, gathering, cause word or punctuation between ("ended the talks on the
        war", "ended its cooperation with NATO amid tensions", "die Beziehungen ... wegen der
        Krise beendet": the talks, the ties)."""
        if self.kinds[key][0] != "Suspension" or not self._has("ending_verbs", s):
            return False
        gatherings = {ms for k, ms, _ in matches if self.kinds[k][0] in GATHERINGS}

        def ties(k: int) -> bool:
            return k in gatherings or self._has("tie_nouns", k) or self._has("relation_nouns", k)

        if self.lex.lang == "en":
            for k in range(e, min(e + reach, len(self._lower))):
                if ties(k) or self._has("cause_heads", k) or self._has("causal_prepositions", k) \
                        or self.cols.punct[k] and self.cols.text[k] != "-":
                    return False
                if self._has("unsuspended_objects", k):
                    return True
            return False
        near = range(max(0, s - 2 * reach), s)
        found = [k for k in near if self._has("unsuspended_objects", k)]
        return bool(found) and not any(ties(k) for k in near) and not any(
            self._has("cause_heads", j) for j in range(max(0, found[-1] - 3), found[-1]))
