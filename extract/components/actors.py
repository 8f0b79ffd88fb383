"""Who takes part in an event, and where: the actor rules of the event component.

Not a pipeline component: :class:`ActorCollection` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its entities in text order (``self._ents`` and
their ends ``self._ent_ends``), the earlier components' role mentions, roles and demonyms,
and the word lists (``self.lex``, ``self._has``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from diplograph.extract.components.columns import within
from diplograph.extract.components.topics import GATHERINGS

_TARGETED = frozenset({"Sanction", "EntryBan"})   # "sanctions on Moscow": the capital is the target
#: acts one side does to another, whose target a sentence can name ("expels Brazilian diplomats")
DIRECTED = frozenset({"Sanction", "EntryBan", "Expulsion", "Seizure"})
_TALKING = frozenset({"Meeting", "Talks", "Summit", "PhoneCall"})   # ships are what they talk about
_HOSTING = _TALKING | {"Visit", "Agreement"}    # what a coordinated clause's capital can host

_start = attrgetter("start")


class ActorCollection:
    """The actors, described participants and place of an event mention, from a window of
    tokens around its trigger."""

    def _collect(self, doc, ev, window, ents, skip, clause) -> None:
        """Actors of the window; the place only from the trigger's own clause."""
        lo, hi = window
        for ent in self._overlapping(lo, hi):
            if skip and all(i in skip for i in range(max(lo, ent.start), min(hi, ent.end))):
                continue
            ref = ent.ent_id_ or (ent.start, ent.end)
            if ref == ev.place or self._holder(ent) or self._affected(ent) or self._victim(ent) \
                    or ev.kind != "Accession" and self._as_member(ent) \
                    or self._news_source(ent.start, ev.kind in GATHERINGS) or self._observer(ent.end) \
                    or self._agent_of_other(ev, ent) \
                    or self._clock_zone(ent.end) or self._question_of(ev, ent.end) or self._reacting(ev, ent) \
                    or self._norm_owner(ent) or self._negated_name(ent) or self._message_to(ent.start):
                continue                 # "nach Angaben aus Berlin": the news's source; "with
                                         # Japan joining as an observer", "7 a.m. Japan time", "the
                                         # Ukraine issue", "a message to Tokyo": no party
            located = self._located(ent.start, ev.kind) and not (ev.kind in _TARGETED and ent.ent_id_ in self.capital_of
                                                         and self._has("target_prepositions", ent.start - 1)) \
                and not self._seat_of_power(ent) and not self._addressed(ev, ent) \
                and not (ev.kind not in DIRECTED and self._seat_held(ent))   # expelled "diplomats from X": from there
            ref = self._place_or_party(doc, ev, ent, ref, located, clause, hi)
            if ref is None:
                continue                                 # the event's place, or another's
            if ent.label_ == "Organization" and self._occasion(ent.start):
                continue                                 # "on the sidelines of the G20": the occasion
            if ent.label_ == "Country" and self._modifies_role(doc, ent.end, hi) \
                    or ent.label_ == "Organization" and self._titles_person(ent.start, ent.end):
                continue                                 # "Russia's foreign minister Lavrov",
                                                         # "Kremlin leader Putin": his office
            if ent.label_ == "Country" and self._destination(ev, ent.start, clause):
                ev.place = ev.place or ref               # "flew to Spain for the summit": where, no party
                continue
            if ent.label_ == "Country" and (self._landmark(ent.start) or self._overflown(ent)
                                            or self.cols.place_country(ent.start, ent.ent_id_, self.kb.contains)):
                continue                                 # "an island near Japan", "in Madrid, Spain",
                                                         # "hat Japan überflogen": where
            if ent.ent_id_ not in self.bystander_bodies and ref not in ev.actors:
                ev.actors.append(ref)
            if ev.kind in DIRECTED and ent.label_ == "Country" and ref not in ev.targets and self._targeted(ent.start):
                ev.targets.append(ref)                   # "sanctions against X", "diplomats from X"
        self._seat_place(ev, clause)
        self._demonym_actors(doc, ev, lo, hi, skip)
        if ev.kind in _HOSTING:          # "arrived in the Chinese capital and met Xi": there
            self._capital(doc, ev, lo, hi)
        else:                            # "..., which protested": not another clause's capital
            self._capital(doc, ev, max(lo, clause[0]), min(hi, clause[1]))
        mentions = self._role_mentions
        for m in mentions[bisect_left(mentions, lo, key=_start):bisect_left(mentions, hi, key=_start)]:
            if m.start not in skip and (m.start, m.end) not in self._held and not self._dependent_role(m.start, m.end):
                bare = self._bare_title(m.start, m.end)      # "the Secretary General": no country
                mods = self._role_countries.get((m.start, m.end)) or (None if bare else self._mods(doc, m.start, ents))
                ev.described += [(r, c) for r in m.roles for c in (mods or [None])]
                if bare and not mods:
                    ev.referred += [r for r in m.roles if r not in ev.referred]
        if self._lowered_text is None or hi <= lo:
            text = self.cols.text_of(doc, lo, hi).lower()
        else:
            text = self._lowered_text[self.cols.idx[lo]:self.cols.idx[hi - 1] + len(self.cols.text[hi - 1])]
        ev.group = any(g in text for g in self._group_words) and not any(
            self._disputing(i) for i in range(lo, hi - 1) if self._has("group_nouns", i + 1))
        counted = self.lex.words.get("counted_groups", {})
        if counted.keys().isdisjoint(self._lower[lo:hi - 1]):
            return
        for i in range(lo, hi - 1):                # "die vier Nationen", "the four countries"
            if self.cols.lower[i] in counted and self._has("group_nouns", i + 1) and not self._disputing(i):
                ev.counted = counted[self.cols.lower[i]]

    def _negated_name(self, ent) -> bool:
        """Whether a name is negated by a prefix before its hyphen ("non-NATO countries",
        "Nicht-EU-Staaten"): those outside it, not it."""
        k = ent.start
        return k >= 2 and self.cols.text[k - 1] == "-" and self._has("negating_prefixes", k - 2)

    def _seat_held(self, ent) -> bool:
        """Whether the capital or country ``ent`` says where the people of a seat-holder noun
        sit or come from, alone or in a list ("officials in Ottawa", "diplomats from Ottawa and
        Rome", "Diplomaten aus Ottawa und Rom", "counterparts from Rome"): the state they serve
        takes part, the name is no place; not when they only tell the news ("Officials in Ottawa
        said ...")."""
        if ent.label_ != "Country" and ent.ent_id_ not in self.capital_of:
            return False
        k = ent.start
        while k > 1 and self.cols.ent[k - 2] in ("Place", "Country") and (
                self.cols.text[k - 1] == "," or self._has("list_joiners", k - 1)):
            k = self._overlapping(k - 2, k - 1)[0].start        # back to the list's first name
        if k < 2 or not (self._has("seat_holders", k - 2) and self._has("place_prepositions", k - 1)
                         or self._has("origin_holders", k - 2) and self._has("origin_prepositions", k - 1)
                         or self._forces_from(k)):
            return False                 # "counterparts from Rome"; not "met his counterparts in Rome"
        end = self.cols.sent_of(ent.start).end
        return not (ent.end < end and (self._has("speech_verbs", ent.end) or self._has("list_joiners", ent.end)
                                       and ent.end + 2 < end and self._has("speech_verbs", ent.end + 2)))
                                         # "Diplomats in Vienna said ...": the news's source

    def _seat_of_power(self, ent) -> bool:
        """Whether the capital ``ent`` names the government seated there ("die Regierung in
        Ottawa", "the leadership in Ottawa", "das Außenministerium in Ottawa"): its country
        acts, the city is no place."""
        k = ent.start
        if ent.ent_id_ not in self.capital_of or k < 2 or not self._has("place_prepositions", k - 1):
            return False
        if self._has("government_nouns", k - 2):
            return True
        if not self.cols.lower[k - 2].endswith(tuple(self.lex.words.get("ministry_suffixes", ()))):
            return False
        j = k - 3                        # the ministry acts, unless a preposition heads it ("summoned
        while j > 0 and k - j <= 5 and not self.cols.punct[j] and (   # him to the Foreign Ministry
                self._has("determiners", j) or self.cols.alpha[j] and not self.cols.is_lower[j]):   # in Tokyo")
            j -= 1
        return j < 0 or not (self._has("place_prepositions", j) or self._has("destination_prepositions", j))

    def _seat_place(self, ev, clause) -> None:
        """"Officials in Ottawa met Brazilian diplomats": a lone capital where the people of a
        seat-holder noun sit is the place of their gathering when the clause names no other."""
        if ev.place is not None or ev.kind not in _TALKING:
            return
        seats = [ent for ent in self._overlapping(*clause) if ent.label_ == "Place" and self._seat_held(ent)
                 and self._has("host_prepositions", ent.start - 1)]
        nxt = seats[0].end if len(seats) == 1 else None
        if nxt is not None and (nxt >= len(self.cols.text) or self.cols.text[nxt] != "," and not self._has("list_joiners", nxt)):
            ev.place = seats[0].ent_id_

    def _addressed(self, ev, ent) -> bool:
        """Whether the capital ``ent`` is whom a protest goes to ("protested to Ottawa",
        "legte bei Ottawa Protest ein"): its state, not where the protest was made."""
        return ev.kind == "Protest" and ent.ent_id_ in self.capital_of and ent.start > 0 \
            and self._has("addressee_prepositions", ent.start - 1)

    def _people_before(self, ev, lo: int, prep: int) -> None:
        """"X and Y answered questions after their summit": a gathering told only as the
        time of the clause's act, naming no one, had the people its clause opens with (two
        or more: names and the joiners between them from ``lo``, the clause start, on)."""
        people, k = [], lo
        for ent in self._overlapping(lo, prep):
            while k < ent.start and (k in self._role_tokens or k in self._demonym_tokens
                                     or self._has("person_titles", k) or self._has("determiners", k)):
                k += 1                   # "Chancellor Olaf Scholz and the French President ..."
            if ent.start != k or ent.label_ != "Person":
                break
            people.append(ent.ent_id_ or (ent.start, ent.end))
            k = ent.end + (ent.end < prep and self._has("list_joiners", ent.end))
        if k < prep and len(people) > 1:
            ev.actors.extend(p for p in people if p not in ev.actors)

    def _as_member(self, ent) -> bool:
        """"Kanada hat als G7-Staat ...", "Canada, as a NATO member, ...", "zu Gast in einem
        G7-Staat": an organisation that names what a party is a member of (after "als"/"as",
        or before a singular member noun, or before the members' names: "NATO members Norway and
        Denmark", "die Nato-Mitglieder Norwegen und Dänemark") is no party itself; "die
        G7-Staaten" may be."""
        k = ent.start - 1
        while k > 0 and self._has("determiners", k):
            k -= 1
        j = ent.end + (ent.end < len(self.cols.text) and self.cols.text[ent.end] == "-")
        if ent.label_ != "Organization" or j >= len(self.cols.text) or not self._has("member_nouns", j):
            return False
        named = j
        while named < len(self.cols.text) and self._has("member_nouns", named):
            named += 1                   # "member states"
        return k >= 0 and self._has("predicative_markers", k) or self._has("member_singulars", j) \
            or named < len(self.cols.text) and self.cols.ent[named] == "Country"

    def _disputing(self, i: int) -> bool:
        """Whether the group counted at token ``i`` holds or disputes a place ("islands
        disputed between the two countries", "die zwischen den beiden Ländern umstrittenen
        Inseln"): no party of the event."""
        j = i - 1
        while j > 0 and self._has("determiners", j):
            j -= 1
        return j >= 1 and self._has("between_words", j) and self._disputed_between(j, self.cols.sent_of(i))

    def _possessor_named(self, s: int, sent) -> bool:
        """Whether the person a possessive pronoun right before the trigger at ``s`` stands
        for is named before it in its sentence: the one person named, or, of several, the
        subject when no verb of saying comes between ("X met Y after his visit to Z": X's
        visit; not "X sagte, Y habe nach seinem Treffen ...": which one is not known here)."""
        persons = sum(ent.label_ == "Person" for ent in self._overlapping(sent.start, s))
        return persons == 1 or persons > 1 and not within(self._speech_verbs, sent.start, s)

    def _subject_before(self, ev, prep: int, sent, attending: bool = False) -> None:
        """"Y said after talks with X", "Y sagte nach Gesprächen mit X", "..., sagte Y nach
        Gesprächen mit X": talks with someone have another side, the speaker of the verb of
        saying the phrase (headed by the preposition at ``prep``) hangs on, the name nearest
        before it; for a gerund ("Y made his remarks after meeting with X", "Y will fly on
        after attending the summit": ``attending``) whoever the clause names last before it."""
        party = self._affiliations(sent)                # "Scholz (SPD) sagte nach dem Treffen mit X"
        for ent in reversed(self._overlapping(sent.start, prep)):
            if ent.end > prep or ent.label_ not in ("Person", "Country", "Organization") or ent.start in party:
                continue
            if ent.label_ == "Person" and (within(self._speech_verbs, ent.end, prep)
                                           or self._inverted_speaker(ent.start, sent) and self._people_in(ev) < 2
                                           or self._gerund(ev.trigger[0]) or attending) \
                    and (attending or not any(ent.end <= t < prep for t in self._trigger_starts)):
                ref = ent.ent_id_ or (ent.start, ent.end)
                if ref not in ev.actors:
                    ev.actors.insert(0, ref)
            return

    def _people_in(self, ev) -> int:
        """How many of a mention's actors may be people (KB people, and names found in the
        text: their label is not read here)."""
        return sum(not isinstance(a, str) or self.kb.is_person(a) for a in ev.actors)

    def _inverted_speaker(self, start: int, sent, reach: int = 8) -> bool:
        """Whether the name at token ``start`` is the subject after a verb of saying
        ("sagte X", "erklärte am Donnerstag der französische Präsident X"): the verb
        within ``reach`` tokens before it, no break and no other name between."""
        verbs = within(self._speech_verbs, max(sent.start, start - reach), start)
        return bool(verbs) and not any(self._breaks[j] for j in range(verbs[-1], start)) \
            and not any(e.label_ == "Person" and e.start > verbs[-1] for e in self._overlapping(verbs[-1], start))

    def _fronted_setting(self, ev, s: int, sent, reach: int = 6) -> tuple[int, int] | None:
        """"In their first phone talks since ..., X told Y ...", "During a meeting with Y in
        Z on Tuesday, X announced ...", "Bei einem Telefonat am Dienstag sagte X ...": a
        gathering or call the sentence opens with as its setting (no break between the
        preposition and the trigger, so not "In X, talks ... ended, Y said") had the persons
        the main clause opens with and whom they told something. The span of the main clause up
        to a "that" or a break (it tells the setting's time too), else None."""
        k = sent.start
        while k < s and self.cols.text[k].isspace():
            k += 1
        if not self._has("fronted_settings", k) or s - k > reach or any(self._breaks[j] for j in range(k, s)):
            return None
        end = next((j for j in range(ev.trigger[1], sent.end) if self.cols.text[j] == ","
                    or self.lex.lang == "de" and self.cols.is_lower[j] and self.cols.alpha[j]
                    and not self._phrase_word(j) and not self._is_date(j)), None)
        main = end + (self.cols.text[end] == ",") if end is not None else sent.end
        subject = self._person_near(main, sent.end, reach)
        if subject is None:
            return None
        subjects = self._subject_list(subject, sent.end)
        told = [] if ev.kind.lower() in self._lists.get("kinds_without_addressees", ()) else [
            self._addressee(subjects[-1].end, sent.end)]       # "Bei einer Pressekonferenz lobte X Y"
        for ent in subjects + told:
            ref = ent and (ent.ent_id_ or (ent.start, ent.end))
            if ref and ref not in ev.actors:
                ev.actors.append(ref)
        stop = next((j for j in range(main + 1, sent.end) if self._breaks[j] or self._has("complementizers", j)),
                    sent.end)
        return main, stop

    def _subject_list(self, first, hi: int) -> list:
        """The persons a subject starting with ``first`` lists ("X and his Brazilian
        counterpart, Y"): names joined by "and", commas, role words and possessives."""
        out, k = [first], first.end
        while k < hi and (self.cols.text[k] == "," or self._has("list_joiners", k) or k in self._role_tokens
                          or k in self._demonym_tokens or self._has("determiners", k)
                          or self._has("possessive_words", k) or self._has("counterpart_words", k)
                          or self.cols.ent[k] == "Person"):
            if self.cols.ent[k] == "Person":
                ent = self._overlapping(k, k + 1)[0]
                out.append(ent)
                k = ent.end
                continue
            k += 1
        return out

    def _person_near(self, lo: int, hi: int, reach: int):
        """The first person named from token ``lo`` on, past role words, demonyms and (in
        German) the lower-case words before it (its verb), within ``reach`` tokens; None if
        there is none."""
        for ent in self._overlapping(lo, min(lo + reach, hi)):
            if ent.label_ == "Person" and all(
                    j in self._role_tokens or j in self._demonym_tokens or self.cols.text[j].isspace()
                    or self._has("determiners", j) or self.cols.is_lower[j] and self.lex.lang == "de"
                    for j in range(lo, ent.start)):
                return ent
        return None

    def _addressee(self, k: int, hi: int):
        """The person a verb of telling at token ``k`` (right after the subject) addresses
        ("told Russian President X"), or None."""
        while k < hi and self.cols.punct[k]:
            k += 1                       # "X and Y, | told Z"
        return self._person_near(k + 1, hi, 6) if k < hi and self._has("address_verbs", k) else None

    def _gerund(self, k: int) -> bool:
        """Whether token ``k`` is an English lower-case gerund ("meeting", "talking")."""
        return self.lex.lang == "en" and self.cols.is_lower[k] and self.cols.lower[k].endswith("ing")

    def _overlapping(self, lo, hi) -> list:
        """The entities with a token in [lo, hi), in text order."""
        first = bisect_right(self._ent_ends, lo)
        out = []
        for ent in self._ents[first:]:
            if ent.start >= hi:
                break
            out.append(ent)
        return out

    def _noun_trigger(self, doc, ev) -> bool:
        """Whether the trigger is a noun ("summit", "Gipfel", "phone call"), not a verb ("agreed")."""
        return self._noun_span(*ev.trigger)

    def _noun_span(self, s: int, e: int) -> bool:
        """Whether the trigger [s, e) is a noun (see :meth:`_noun_trigger`)."""
        k = e - 1
        if self.lex.lang == "de":
            return self.cols.title[k]
        if k == s and self._has("verbal_nouns", k) and self._infinitive_to(k - 1):
            return False                 # "for Macron to visit Brazil": a verb
        return self._has("event_nouns", k) or k > s and self._has("noun_modifiers", k - 1)

    def _modifies_role(self, doc, k, hi) -> bool:
        """Whether the words from token ``k`` on lead to a role word ("'s foreign minister",
        "und Russlands Außenminister", "-Generalsekretär")."""
        starts = self._role_starts
        while k < hi and (self.cols.text[k] in ("'s", "’s", "-") or self.cols.ent[k] == "Country"
                          or self._has("list_joiners", k)
                          or self._has("role_modifiers", k)):
            if k in starts:
                return True
            k += 1
        return k in starts

    def _titles_person(self, start: int, end: int) -> bool:
        """Whether the name [start, end) begins a role word, or one starts right after it
        (after a hyphen), that a person's name follows: the name is that person's office
        ("Kremlin leader Vladimir Putin", "Kremlin chief X", "NATO-Generalsekretär Rutte"),
        no party of its own."""
        k = end + 1 if end < len(self.cols.text) and self.cols.text[end] == "-" else end
        m = next((m for m in self._role_mentions if m.start == k or m.start <= start < m.end), None)
        return m is not None and m.end < len(self.cols.ent) and self.cols.ent[m.end] == "Person"

    def _absentees(self, clo: int, chi: int, s: int) -> set:
        """Tokens of the people and countries before the trigger at ``s`` that its clause
        says stay away ("did not attend the summit", "skipped the summit", "blieb dem
        Gipfel fern", "nahm nicht am Gipfel teil"): no participants of what took place."""
        cue = next((k for k in self._words_in(("absence_cues", "attendance_verbs"), clo, chi) if self._has(
            "absence_cues", k) or self._any("negation_cues", clo, k)), None)
        if cue is None:
            return set()
        return {k for ent in self._overlapping(clo, min(cue, s)) if ent.label_ in ("Person", "Country")
                for k in range(ent.start, ent.end)}

    def _before_time_relative(self, lo: int, s: int) -> set:
        """Tokens before a relative clause on a time that holds the trigger at ``s`` ("a
        provocation by X on a day when Y and Z were meeting", "an dem Tag, als Y ... traf"):
        the main clause's, not the trigger's."""
        for k in reversed(self._words_in(("time_relatives",), lo + 1, s)):
            head = k - 1 - (self.cols.text[k - 1] == ",")
            if self._has("time_relative_heads", head):
                return set(range(lo, k))
        return set()

    def _bygone(self, s: int, e: int) -> bool:
        """Whether the demonym [s, e) tells of a state's past or of where a thing comes from,
        not of a state acting: a word of ``past_role_markers`` before it ("former Yugoslav republics", "ehemalige jugoslawische
        Teilrepubliken"), a prefix of ``era_prefixes`` or ``negating_prefixes`` and a hyphen
        ("post-Soviet", "non-Russian"), or a word of ``era_words`` after it, maybe past a hyphen
        ("Soviet-era", "Yugoslav-born", "Russian-made", "aus osmanischer Zeit")."""
        k = e + 1 if e < len(self.cols.text) and self.cols.text[e] == "-" else e
        prefixed = s > 1 and self.cols.text[s - 1] == "-" and (self._has("era_prefixes", s - 2)
                                                               or self._has("negating_prefixes", s - 2))
        return prefixed or s > 0 and self._has("past_role_markers", s - 1) \
            or k < len(self.cols.text) and self._has("era_words", k)

    def _demonym_actors(self, doc, ev, lo, hi, skip) -> None:
        """"Russische und chinesische Bomber", "japanisch-russische Gespräche": the countries
        take part; not so for "der japanische Premierminister" (the person does) or "die
        japanische Hauptstadt" (a place)."""
        role_starts, demonym_starts = self._role_starts, self._demonym_starts
        first = bisect_left(self._demonym_firsts, lo)
        for s, e, slug in self._demonyms[first:bisect_left(self._demonym_firsts, hi)]:
            if s in skip or e - s == 1 and ev.kind not in DIRECTED and self._nationals(s, ev.kind):
                continue                    # "Russians living in Tokyo protested": people, not their state
            if self._bygone(s, e):
                continue                    # "former Soviet republics", "Ottoman-era", "aus osmanischer Zeit"
            k, joined = e, False
            while k < hi and (self.cols.text[k] == "-" or k in demonym_starts or self.cols.text[k].isspace()
                              or self._has("list_joiners", k) or joined and self._has("determiners", k)):
                joined = joined or self._has("list_joiners", k)
                k += 1
            if joined and self._elliptic_place(k, hi) or ev.kind in _TALKING and k < hi and self.cols.ent[k] == "Place" \
                    and s > 0 and self._has("place_prepositions", s - 1):
                continue                    # "über dem Japanischen und dem Ostchinesischen Meer",
                                            # "im argentinischen Buenos Aires": the place's country
            if k + 1 < hi and self.cols.is_lower[k] and self.cols.alpha[k + 1] and (
                    self._has("place_nouns", k + 1) or self._has("shore_nouns", k + 1)
                    or self._has("occasion_nouns", k + 1)):
                k += 1                      # "the Belgian frontier town"
            if k < hi and k in role_starts and ev.kind in DIRECTED and slug not in ev.targets and self._acted_on(ev, s):
                ev.targets.append(slug)     # "ein Einreiseverbot gegen den japanischen Premier": Japan's
            if k < hi and (k in role_starts or self._has("capital_words", k) or self._has("private_person_nouns", k)
                           or self._clock_zone(k) or self._question_of(ev, k)
                           or self._has("reaction_nouns", k) and k != ev.trigger[0]
                           or ev.kind in _TALKING and self._has("vehicle_nouns", k)
                           or ev.kind == "Visit" and self._vehicle_at(k, hi) and self._carried_in(s)
                           or self._has("troop_nouns", k) and (ev.kind in _TALKING or ev.kind == "Agreement" and (
                               s > ev.trigger[1] or "," in self.cols.text[k:ev.trigger[0]]))
                           or self.cols.alpha[k] and (self._has("place_nouns", k) or self._has("occasion_nouns", k)
                                                      or self._has("relation_nouns", k)      # "deutsch-russisches Verhältnis"
                                                      or self._has("shore_nouns", k)
                                                      and not (k + 1 < hi and self._has("border_services", k + 1)))):
                continue                    # "the Japanese island of ...", "Japanese northern
                                            # coasts": a place, not an actor; "am japanischen
                                            # Gedenktag": a day; "drills provoked a Canadian
                                            # protest": who reacts to them, unless it is this event;
                                            # "concern about Russian ships in a meeting",
                                            # "agreed on the role of Iranian troops": a topic; "a Georgian man";
                                            # "um 7 Uhr japanischer Zeit": a clock
            if slug not in ev.actors:
                ev.actors.append(slug)
            if ev.kind in DIRECTED and slug not in ev.targets and (self._target_noun(k) or self._people_word(s)):
                ev.targets.append(slug)     # "acht russische Diplomaten", "63 Japaner"

    def _elliptic_place(self, k: int, hi: int) -> bool:
        """Whether a place whose name ends in a place noun starts at token ``k`` (before
        ``hi``): a demonym joined to it names a place of that noun too ("dem Japanischen und
        dem Ostchinesischen Meer")."""
        ent = next((x for x in self._overlapping(k, k + 1) if x.start == k), None)
        return ent is not None and ent.end <= hi and ent.label_ == "Place" and self._has("place_nouns", ent.end - 1)

    def _acted_on(self, ev, k: int) -> bool:
        """Whether the words at ``k`` are what the act is done to: after its trigger in the same
        clause ("banned the Japanese premier"), or after a target preposition ("gegen den
        japanischen Premier wurde ... verhängt")."""
        j = self._list_head(k)
        return self._has("target_prepositions", j) or k > ev.trigger[0] and not self._has("passive_agents", j) \
            and not any(self.cols.punct[i] for i in range(ev.trigger[0], k))    # not "announced by the X premier"

    def _target_noun(self, k: int) -> bool:
        """Whether token ``k`` names people, bodies or craft an act can be done to ("diplomats",
        "Botschaftsmitarbeiter", "banks", "fishing boats"): the lexicon's ``target_nouns``, in
        German also as the end of a compound."""
        if k >= len(self._lower) or not self.cols.alpha[k]:
            return False
        word, nouns = self._lower[k + (self._has("craft_modifiers", k) and k + 1 < len(self._lower))], \
            self._lists.get("target_nouns", ())                 # "Japanese fishing boats"
        return word in nouns or self.lex.lang == "de" and any(word.endswith(n) for n in nouns if len(n) > 6)

    def _people_word(self, s: int) -> bool:
        """Whether the demonym at ``s`` names people ("Japaner", "Russians"), not a modifier."""
        word = self.cols.text[s]
        return word[:1].isupper() and (word.endswith("s") if self.lex.lang == "en" else "isch" not in word.lower())

    def _mods(self, doc, i, ents) -> list:
        """Country modifiers left of a role word ("Japans und Russlands Außenminister"); one
        before another with no joiner between is none ("über Chile Kanadas Botschafter")."""
        out, j, joined = [], i - 1, True
        dem = self._demonym_at
        while j >= 0:
            ent = ents.get(j)
            if (ent is not None and ent.label_ == "Country" and ent.ent_id_ or j in dem) and not joined:
                break
            if ent is not None and ent.label_ == "Country" and ent.ent_id_:
                out.insert(0, ent.ent_id_)
                j, joined = ent.start - 1, False
            elif j in dem:
                out.insert(0, dem[j])
                j, joined = j - 1, False
            elif self._has("list_joiners", j) or self._has("determiners", j):
                j, joined = j - 1, joined or self._has("list_joiners", j)
            else:
                break
        return out
