"""Which tokens a trigger binds so that no other trigger of its sentence takes them as
parties: "between A and B", a reference phrase, a possessor or partner, the demonyms or
hyphenated names before its noun; the sides an act's own words name: the envoy a summons
names, the country whose entry a ban bars, whom a protest is made to, what an act is done to
("diplomats from X"); and whether a pronoun or an own partner ("talks with his
counterpart") brings a person named before into the act.

Not a pipeline component: :class:`TriggerClaims` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its triggers, role mentions and demonyms, the
clause geometry and the word lists.
"""
from __future__ import annotations

from bisect import bisect_left

from diplograph.extract.components.columns import within


class TriggerClaims:
    """The bound phrases and claimed tokens of the triggers of a doc, and the sides their
    own words name."""

    def _briefed(self, s: int, sent, reach: int = 8) -> set:
        """The people and sides a speaker briefs on an event at token ``s`` ("said he would
        brief X and the allies on the talks", "werde X über die Gespräche unterrichten"): told
        of it, no party. The names, role words and joiners right after the briefing verb
        (in German those right before its "über"), up to "on"/"über"; not for an event the
        briefing is held in ("briefed X in a phone call", "during the meeting"), nor "sich
        informieren" (learning)."""
        verbs = self._briefing_verbs[bisect_left(self._briefing_verbs, sent.start):bisect_left(self._briefing_verbs, sent.end)]
        if not verbs or any(self._has("setting_prepositions", k) for k in range(max(sent.start, s - 3), s)):
            return set()
        out = set()
        for v in verbs:
            if v == s or v + 1 < sent.end and self._has("reflexive_pronouns", v + 1):
                continue
            prep = next((j for j in range(v + 1, min(sent.end, v + 2 * reach)) if self._has("briefing_prepositions", j)), None)
            if s > v and (prep is None or s < prep):
                continue                 # "updated X in a phone call on the talks": the call's party
            out |= self._named_run(v + 1, 1, sent)
            if self.lex.lang == "de":    # "er werde X über die Gespräche unterrichten"
                back = next((j for j in range(v - 1, max(sent.start, v - reach) - 1, -1)
                             if self._has("briefing_prepositions", j)), None)
                run = self._named_run(back - 1, -1, sent) if back is not None else set()
                if run and not min(run) < s < back:      # not "X in einem Telefonat über ... informieren"
                    out |= run
        return out

    def _named_run(self, k: int, step: int, sent) -> set:
        """The tokens from ``k`` on (``step`` 1 or -1) that name people or sides: entities,
        role words, demonyms, determiners and "and" between them (and German nouns:
        "die Nato-Verbündeten")."""
        out = set()
        while sent.start <= k < sent.end and (self.cols.ent[k] or k in self._role_tokens or k in self._demonym_tokens
                                              or self._has("determiners", k) or self._has("list_joiners", k)
                                              or self.cols.text[k] == "-" or self.lex.lang == "de" and self.cols.title[k]):
            out.add(k)
            k += step
        return out

    def _departed_from(self, s: int, clo: int, sent, reach: int = 6) -> set:
        """The places named before a departure a visit at token ``s`` follows ("said in Tokyo
        before departing on the visit", "vor seiner Abreise zu dem Besuch"): where the trip
        began, not where the visit is."""
        gone = next((k for k in range(s - 1, max(clo, s - reach) - 1, -1) if self._has("departure_words", k)), None)
        return set() if gone is None else {k for k in range(sent.start, gone) if self.cols.ent[k] == "Place"}

    def _quoted_story(self, sent) -> set:
        """The tokens of direct quotes in ``sent`` that an event told outside them cannot take
        as its parties or place: what a speaker says is their story ("'I want talks with X,'
        Y said before leaving for the visit": not X's visit). Not a quoted title, a quote
        after a determiner that holds a trigger ("signed the 'Agreement between X and Y'",
        "das 'Abkommen zwischen X und Y'"), nor the person a short epithet names ("empfing
        seinen 'lieben Freund Xi'")."""
        if 1 not in self._quoted[sent.start:sent.end]:
            return set()
        skip, k = set(), sent.start
        while k < sent.end:
            if not self._quoted[k]:
                k += 1
                continue
            end = next((j for j in range(k, sent.end) if not self._quoted[j]), sent.end)
            mark = k - 1 if k > sent.start and self.cols.punct[k - 1] else k
            if not (mark > sent.start and self._has("determiners", mark - 1)
                    and any(j in self._trigger_starts for j in range(k, end))):
                short = end - k <= 6     # "empfing seinen 'lieben Freund Xi'": an epithet, its person named
                skip.update(j for j in range(k, end) if not (short and self.cols.ent[j] == "Person"))
            k = end
        return skip

    def _bound_phrase(self, doc, s, e, hi, matches) -> tuple[int, int] | None:
        """Tokens bound to this trigger alone: "zwischen A und B" / "between A and B"."""
        j = self._between_at(e, hi)
        if j is None:
            return None
        end = j + 1
        while end < hi and end not in self._trigger_starts \
                and (not self.cols.punct[end] or self.cols.text[end] == "-"
                     or self.cols.text[end] == "," and end + 1 < hi and (self.cols.ent[end + 1]
                                                                       or self._date_apposition(end, self.cols.sent_of(end)))):
            end += 1                         # "zwischen Indien, Japan und Australien", "am Montag, dem 13. Mai,"
        named = any(j <= ent.start and ent.end <= end and ent.label_ != "Place" for ent in self._overlapping(j, end))
        if not named and not any(m.start >= j and m.end <= end for m in self._role_mentions):
            return None                      # "between the countries": no names, not binding
        return e, end

    def _between_at(self, e, hi) -> int | None:
        """Where "zwischen" / "between" follows token ``e`` before ``hi``, after determiners
        and punctuation; None if it does not."""
        if not within(self._between_words, e, hi):
            return None                      # no "between" in [e, hi) at all
        j = e
        while j < hi and (self._has("determiners", j) or not self.cols.alpha[j] and self.cols.text[j] != "-"):
            j += 1
        return j if j < hi and self._has("between_words", j) else None

    def _claiming(self, doc, matches) -> list[tuple[int, int]]:
        """The triggers that can claim tokens from the others (see
        :meth:`_claimed_by_other`): those heading a reference phrase and those followed by
        "zwischen" / "between" (after determiners and punctuation)."""
        out = []
        for _, s, e in matches:
            if self._reference_prep(doc, s, self._clause(doc, s, e)[0]) is not None \
                    or self._between_at(e, len(doc)) is not None or self._partners(s, e) \
                    or self._preparing_cue(doc, s, e) is not None:
                out.append((s, e))
        return out

    def _preparing_cue(self, doc, s: int, e: int) -> int | None:
        """Where the cue starts that tells of the gathering noun [s, e) as one being prepared
        ("preparations for the official visit of X to Y"), or None: its phrase is its own."""
        if s not in self._gathering_starts and self._kind_at.get(s) != "Visit" or not self._noun_span(s, e):
            return None
        return self._prepared_from(doc, s, *self._clause(doc, s, e))

    def _own_object(self, e: int, ms: int, kind: str, reach: int = 6) -> bool:
        """Whether the trigger at ``ms`` is the object of the verb trigger ending at ``e``
        and of its kind ("signed a trade agreement with X", "unterzeichnete am Montag in Y
        ein Abkommen mit X"): one act, so its partners are the verb's too. Only articles,
        adjectives, common nouns, dates and places stand between them."""
        return e <= ms <= e + reach and self._kind_at.get(ms) == kind and not self._noun_span(e - 1, e) \
            and not any(self.cols.punct[k] or self.cols.ent[k] not in ("", "Place") or self._has("list_joiners", k)
                        for k in range(e, ms))

    def _partners(self, s, e, agents: bool = True) -> tuple[int, int] | None:
        """The names an event noun takes as its own: a possessor before it and a partner
        after "with" / "mit" ("Beijing's talks with Seoul") or its doer after "by" ("a trip
        by X to Y", "ein Besuch von X"); None if it has none
        (remembered per trigger: every other mention of the sentence asks)."""
        if (s, e) not in self._partners_at:
            self._partners_at[s, e] = self._find_partners(s, e)
        found = self._partners_at[s, e]
        if agents or found is None or not self._has("passive_agents", e):
            return found
        return (found[0], e) if found[0] < s else None  # without the doer after "by"

    def _find_partners(self, s, e) -> tuple[int, int] | None:
        """See :meth:`_partners`; also the demonyms and hyphenated names right before the
        noun ("after the Mexican sanctions", "das Abe-Putin-Treffen")."""
        cols = self.cols
        if not (cols.title[s] if self.lex.lang == "de" else self._has("event_nouns", e - 1)):
            return None
        lo = s
        if s >= 2 and cols.text[s - 1] in ("'s", "’s") and cols.ent[s - 2]:
            lo = s - 2
            while lo > 0 and cols.ent[lo - 1] == cols.ent[s - 2]:
                lo -= 1
        while lo > 1 and cols.text[lo - 1] == "-" and cols.ent[lo - 2] == "Person":
            lo -= 2                      # "das Abe-Putin-Treffen": theirs
            while lo > 0 and cols.ent[lo - 1] == "Person":
                lo -= 1
        while lo > 0 and lo - 1 in self._demonym_tokens and cols.title[e - 1] == cols.title[s] \
                and not (e < len(cols.ent) and self._has("vehicle_nouns", e)):    # not "a Brazilian patrol plane"
            lo -= 1                      # "after the Brazilian sanctions": Brazil's; not the
                                         # object of a verb ("brasilianische Diplomaten ausgewiesen")
        hi = e
        agent = e + 1 < len(cols.ent) and self._has("passive_agents", e)
        if e + 1 < len(cols.ent) and (self._has("partner_words", e) or agent):
            k = e + 1
            while k < len(cols.ent) and (self._has("determiners", k) or k in self._demonym_starts
                                         or agent and k in self._role_tokens):
                k += 1                   # "a trip by Foreign Minister X to Y": X and Y
            if k < len(cols.ent) and cols.ent[k]:
                hi = cols.name_end(k)
                if agent and hi + 1 < len(cols.ent) and self._has("destination_prepositions", hi) \
                        and cols.ent[hi + 1] in ("Place", "Country"):
                    hi = cols.name_end(hi + 1)
        return (lo, hi) if (lo, hi) != (s, e) else None

    def _claimed_by_other(self, doc, s, e, hi, matches, partners: bool = True, agents: bool = True) -> set:
        """Tokens that another trigger [s, e) binds ("between A and B"), heads as a
        reference ("before the summit in X"), up to ``hi``, or (if ``partners``) takes as its
        possessor or partner ("Beijing's talks with Seoul"; not for a suspension,
        whose parties are those of the talks it stops: nor the talks' "between A and B"),
        or (if ``agents``) as its doer ("a visit by X"; not for a protest against it: X's side
        is the one protested to)."""
        prep = self._reference_prep(doc, s, self._clause(doc, s, e)[0])
        out = set()
        other = self._bound_phrase(doc, s, e, hi, matches) if partners or s not in self._gathering_starts else None
        if other:
            out.update(range(*other))
        if prep is None:
            prep = self._preparing_cue(doc, s, e)      # "... preparations for the visit of X to Y"
        if prep is not None:
            out.update(range(prep, self._phrase_end(doc, e, hi, matches)))
        own = self._partners(s, e, agents=agents) if partners else None
        if own:
            out.update(range(*own))
        return out

    def _protested_sides(self, ev, rule: str, s: int, e: int, clause: tuple[int, int], protested=(),
                         topical=frozenset(), reach: int = 6) -> None:
        """The sides a protest is made to: a summoned envoy's country (for a summons rule), a
        party named after an addressee or target preposition near the trigger in its clause
        ("lodged a protest with Russia", "protested to Moscow", "bei Russland Protest
        eingelegt", "protest against Brazil and Chile"), no other act's trigger and no office
        ("Ambassador to Japan") between, an envoy's country after one ("protested to the
        Canadian ambassador"), and the ``protested`` countries of a protested act's people;
        they are its targets (and parties). Names at ``topical`` tokens (what was said "on
        Chile") are none."""
        ev.targets += [c for c in protested if c not in ev.targets]
        ev.actors += [c for c in protested if c not in ev.actors]
        if rule in self._lists.get("rules_summoning_envoys", ()):      # "bestellte ... ein", "hat ...
            self._summoned_envoys(ev, *((s, e) if self.lex.lang == "en" else clause))    # einbestellt": the clause
        offices = self._role_tokens
        for ent in self._overlapping(max(clause[0], s - reach), min(clause[1], e + reach)):
            side = self.capital_of.get(ent.ent_id_) if ent.label_ == "Place" else ent.ent_id_
            if ent.label_ not in ("Country", "Place") or side not in ev.actors or side in ev.targets \
                    or ent.start in topical:
                continue
            j = self._list_head(ent.start)           # "to Chile and Brazil", "gegen die Ukraine"
            between = range(e, j) if j >= e else range(ent.end, s)
            if (self._has("addressee_prepositions", j) or self._has("target_prepositions", j)) \
                    and j - 1 not in offices and not any(k in self._trigger_starts for k in between):
                ev.targets.append(side)
        for c in self._roles:                        # "protested to the Canadian ambassador",
            k = c.mention[0]                         # "protestierte beim kanadischen Botschafter"
            if isinstance(c.org, str) and e <= k < min(clause[1], e + reach) and c.org not in ev.targets \
                    and self.lex.has("career_roles", c.role) and any(
                        self._has("addressee_prepositions", j) or self._has("protest_addressees", j)
                        for j in range(max(s, k - 3), k)):
                ev.targets.append(c.org)

    def _protested_people(self, doc, s: int, lo: int, hi: int, matches, reach: int = 3) -> tuple[set, list]:
        """The people named in the phrase of another act a protest at ``s`` is made against
        ("protested against a visit by X", "gegen einen Besuch von X ... Protest eingelegt"):
        the act's doers, not the protest's; and the countries their offices there name
        ("President X"), else the KB's countries of known people, whom the protest is made to."""
        out: set = set()
        sides: list = []
        for _, ms, me in matches:
            if ms == s or not lo <= ms < hi or not any(
                    self._has("cause_heads", k) or self._has("objection_verbs", k)
                    for k in range(max(lo, ms - reach), ms) if not self.cols.punct[k]):
                continue
            end = self._phrase_end(doc, me, hi, matches)
            end = next((k for k in range(me, end) if self._opens_object(k)), end)   # "wegen der Reise | den
            people = [ent for ent in self._overlapping(ms, end) if ent.label_ == "Person"]   # Botschafter einbestellt"
            out |= {k for ent in people for k in range(ent.start, ent.end)}
            offices = [c.org for c in self._roles if isinstance(c.org, str) and ms <= c.mention[0] < end]
            sides += offices or self._nationalities(people)
        said, speakers = self._protested_remarks(s, lo, hi)
        return out | said, sides + speakers

    def _protested_remarks(self, s: int, lo: int, hi: int) -> tuple[set, list]:
        """The names in the phrase of remarks a protest at ``s`` is made over ("over remarks
        X made on Chile", "wegen Äußerungen von X über Chile"): neither the speaker nor what
        was spoken about is a party; the speaker's state (by office, else by the KB) is whom
        the protest is made to."""
        out: set = set()
        sides: list = []
        for h in range(lo, hi):
            r = next((r for r in range(h + 1, min(hi, h + 8)) if self._has("remark_nouns", r)), None) \
                if self._has("remark_heads", h) else None
            if r is None or any(self.cols.punct[k] and self.cols.text[k] not in ("'", "’") for k in range(h + 1, r)):
                continue
            end = next((k for k in range(r + 1, min(hi, h + 14)) if k == s or self._has("clause_breaks", k)
                        or self.cols.ent[k] == "Country" and k + 1 < hi and k + 1 in self._role_tokens), min(hi, h + 14))
            ents = self._overlapping(h + 1, end)     # up to the protest, a break, or "Japans Botschafter"
            out |= {k for ent in ents if ent.label_ in ("Person", "Country", "Place") for k in range(ent.start, ent.end)}
            sides += [c.org for c in self._roles if isinstance(c.org, str) and h < c.mention[0] < r + 8] \
                or self._nationalities([ent for ent in ents if ent.label_ == "Person"])
        return out, sides

    def _nationalities(self, people) -> list:
        """The KB's countries of the known people among entity spans ``people``."""
        return [c for ent in people if ent.ent_id_ and (c := self.kb.country_slug(ent.ent_id_))]

    def _pronoun_subject(self, lo: int, s: int) -> bool:
        """Whether a personal pronoun before the trigger at ``s`` stands for its first
        person: no person is named between ``lo`` and the pronoun ("he met X", "wo er X traf"),
        and no verb of saying stands between it and the trigger ("he said X will attend": the
        speaker's)."""
        for i in range(lo, s):
            if self.cols.ent[i] == "Person":
                return False
            if self._has("person_pronouns", i) and (not within(self._speech_verbs, i + 1, s) or self._set_at(i + 1, s)):
                return True              # "he said at talks with X": he is at the talks
        return False

    def _holds_person_before(self, ev, lo: int, s: int) -> bool:
        """Whether ``ev`` holds a person named in [lo, s), before its trigger."""
        return any(ent.label_ == "Person" and (ent.ent_id_ or (ent.start, ent.end)) in ev.actors
                   for ent in self._overlapping(lo, s))

    def _own_partner(self, e: int, chi: int) -> bool:
        """Whether the trigger ending at ``e`` takes a partner of someone's own ("talks with
        his counterparts", "Gespräche mit seinen Amtskollegen"): that someone takes part."""
        return e + 1 < chi and self._has("partner_words", e) and self._has("person_pronouns", e + 1)

    def _list_head(self, k: int) -> int:
        """The word before the names (and their articles, commas and joiners) that end right
        before token ``k``: the preposition that heads them ("against Brazil and Chile", "gegen
        die Ukraine", "bei Russland")."""
        j = k - 1
        while j > 0 and (self.cols.ent[j] in ("Country", "Place") or self.cols.text[j] == ","
                         or self._has("list_joiners", j) or self._has("determiners", j)):
            j -= 1
        return j

    def _summoned_envoys(self, ev, s: int, e: int) -> None:
        """"summoned the Brazilian ambassador", "den kanadischen Botschafter einbestellt": the
        country of a summoned envoy (a role of ``career_roles``, also one named inside the
        trigger [s, e)) is the side the protest is made to, a party and its target; the other
        side's summons in answer is then another act."""
        named = []                       # "summoned Russian Ambassador Mikhail Galuzin": Russia's
        for c in self._roles:
            if isinstance(c.org, str) and s <= c.mention[0] < e and self.lex.has("career_roles", c.role):
                if c.person is not None:
                    named.append(c.org)
                elif (c.role, c.org) not in ev.described:
                    ev.described.append((c.role, c.org))
        ev.targets += [org for org in named + [org for role, org in ev.described if self.lex.has("career_roles", role)]
                       if org and org not in ev.targets]

    def _entered_state(self, ev, sent, reach: int = 3) -> None:
        """"the ban on nine French citizens, including X, from entering Canada", "die
        Einreise nach Kanada verboten": the country whose entry is barred bars it, when the
        act names no other side than those it is done to; not one whose entry is told
        ("Russia's entry into Ukraine": who entered)."""
        if [a for a in ev.actors if a not in ev.targets and isinstance(a, str) and self.kb.is_country(a)]:
            return
        for k in range(sent.start, sent.end):
            if self._has("entry_words", k) and not (k > 0 and (self._has("genitive_endings", k - 1) or self.cols.ent[k - 1])):
                j = k + 1
                while j < sent.end and j - k <= reach and (self._has("entry_prepositions", j) or self._has("determiners", j)):
                    j += 1
                ent = next((e for e in self._overlapping(j, j + 1) if e.start == j and e.label_ == "Country"), None)
                if ent is not None and ent.ent_id_ and ent.ent_id_ not in ev.actors:
                    ev.actors.insert(0, ent.ent_id_)
                    return

    def _their_setting(self, ev, p: int, s: int, sent) -> bool:
        """"X told Y on Tuesday that ..., in their first phone talks": a call or meeting told
        after a comma, with a plural possessive, as the setting (headed at ``p``) of the
        sentence it ends is between the teller and whom he told (not a name in what he said);
        True if it took them as parties."""
        verb = next(iter(within(self._speech_verbs, sent.start, p)), None)
        if self.cols.text[p - 1] != "," or not self._any("plural_possessives", p, s) or verb is None:
            return False
        k = verb + 1                     # the teller, and whom he told: "told (French President) X"
        while k < p and (self._has("determiners", k) or k in self._demonym_starts or k in self._role_tokens):
            k += 1
        people = [ent for ent in self._overlapping(sent.start, p) if ent.label_ == "Person"
                  and (ent.end <= verb or ent.start == k)][:2]
        for ent in reversed(people):
            if (ref := ent.ent_id_ or (ent.start, ent.end)) not in ev.actors:
                ev.actors.insert(0, ref)
        return bool(people)

    def _source_phrase(self, v: int, lo: int, s: int) -> set:
        """The tokens of the source an attribution word at ``v`` names, before the trigger
        at ``s``: after it its German noun phrase ("laut seinem Ministerium"), or up to a
        comma, a date or another name ("according to its defence ministry"); or before it back
        to its article ("dem Ministerium zufolge"). Only they are no party; the clause's
        subject before them is."""
        if not self.cols.punct[v - 1] and self._has("source_postpositions", v):
            j = v - 1
            while j > lo and self.cols.alpha[j] and not self._has("determiners", j):
                j -= 1
            return set(range(j, v + 1))
        k = v + 1
        if self.lex.lang == "de":        # its noun phrase: "laut seinem Ministerium", "laut Regierungsquellen"
            while k < s and (self._has("determiners", k) or self._has("possessive_pronouns", k)
                             or self.cols.is_lower[k] and self.cols.alpha[k]):
                k += 1
            return set(range(v, min(k + 1, s)))
        while k < s and not (self.cols.punct[k] or self._is_date(k) or self.cols.ent[k] in ("Country", "Person")):
            k += 1
        return set(range(v, k))

    def _declared_measure(self, s: int, e: int, clause: tuple[int, int], sent) -> bool:
        """Whether sanctions or an entry ban at [s, e) are what their government declares it
        imposes ("said it would slap sanctions on X", "Japan to impose sanctions", "kündigte
        an, Sanktionen ... zu verhängen"): a verb of imposing governs them, nobody is asked or
        urged to impose them ("urged Japan to impose sanctions", "forderte ... zu verhängen"),
        and they have no time of their own after them ("will impose sanctions on Friday",
        "from April 1", also past a comma: a plan of its own)."""
        lo, hi = clause
        if any(self._cue_at(k, "appeal_verbs") for k in range(max(sent.start, s - 8), s)):
            return False
        imposing = self._any("imposing_verbs", max(lo, s - 4), e) if self.lex.lang == "en" \
            else self._any("imposing_verbs", s, hi)
        return imposing and not self._own_time_after(e, hi, sent)

    def _own_time_after(self, e: int, hi: int, sent) -> bool:
        """Whether a measure ending at ``e`` has a time of its own after it in its clause
        (before ``hi``: "will suspend the drills next month") or a start past a comma ("...,
        from August 9"): a plan for that time, not done by saying so."""
        starts = any(self._has("start_prepositions", k) and self._is_date(k + 1) for k in range(e, sent.end - 1))
        return starts or any(self._is_date(k) for k in range(e, hi))

    def _nationals(self, k: int, kind: str) -> bool:
        """Whether the English demonym at token ``k`` is a plural noun for people of its
        country who act as people, not for their state: residents ("Russians living in
        Tokyo protested"); not a delegation ("talks with the Americans", "Ukrainians and
        Russians met in Istanbul") nor a state ("The Russians protested to Norway")."""
        return self.lex.lang == "en" and self.cols.lower[k].endswith("ans") and self.cols.title[k] \
            and k + 1 < len(self.cols.text) and self._has("resident_words", k + 1)

    def _vehicle_at(self, k: int, hi: int) -> bool:
        """Whether a vehicle noun stands at token ``k`` or after one or two lower-case words
        ("Russian ships", "a French government aircraft")."""
        return any(self._has("vehicle_nouns", j) for j in range(k, min(k + 3, hi))
                   if all(self.cols.is_lower[i] and self.cols.alpha[i] for i in range(k, j)))

    def _carried_in(self, s: int) -> bool:
        """Whether the demonym at ``s`` stands in a phrase of the craft someone travels in
        ("arrived in a French government aircraft", "mit einem französischen Flugzeug"): the
        craft's country is no party to the visit (the ships that visit a port are)."""
        k = s - 1
        while k >= 0 and self._has("determiners", k):
            k -= 1
        return k >= 0 and self._has("craft_prepositions", k)

    def _targeted(self, k: int, reach: int = 6) -> bool:
        """Whether the country at token ``k`` is what an act is done to: after a target
        preposition ("sanctions against X") or after people from it ("diplomats from X"),
        also as a later member of a list ("Diplomaten aus Brasilien und Chile")."""
        j = k - 1
        while j > k - reach and j > 0 and (self.cols.ent[j] == "Country" or self.cols.text[j] == ","
                                           or self._has("list_joiners", j)):
            j -= 1
        if j < 0:
            return False
        return self._has("target_prepositions", j) or j > 0 and self._has("origin_prepositions", j) \
            and self._target_noun(j - 1) and not self._of_country(j - 1)

    def _of_country(self, k: int) -> bool:
        """Whether a demonym qualifies the noun at ``k`` ("eight Canadian diplomats from
        Brazil", "Canadian senior diplomats"): the people are that country's, and "from X" is
        the country they are sent out of; not "the Canadian government expelled diplomats"."""
        return k > 0 and (k - 1 in self._demonym_tokens or k > 1 and k - 2 in self._demonym_tokens
                          and self.cols.is_lower[k - 1] and k - 1 not in self._trigger_starts)
