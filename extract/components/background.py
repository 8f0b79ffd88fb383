"""Phrases of a sentence that tell its background, not who takes part: the start of a period
("since the summit"), the country a war is waged on, who is criticised or emulated (causes
are in :mod:`~diplograph.extract.components.causes`). A mixin of
:class:`~diplograph.extract.components.events.EventFinder`."""
from __future__ import annotations

from diplograph.ontology.namespace import DG

from diplograph.extract.components.columns import within
from diplograph.extract.components.governments import GovernmentNames
from diplograph.extract.components.topics import OUTCOME_HOSTS

#: acts the people of a meeting told before them reach there ("The agreement was signed on
#: Friday, after X met Y"): the meeting's people may be theirs
_REACHED_AT_MEETINGS = frozenset({"Agreement", "PressConference"})

_SHARED = OUTCOME_HOSTS | {"Visit", "Agreement"}     # acts of both sides: thanks and comments are theirs
_REPROACH_LISTS = ("reproach_verbs", "notice_verbs")                 # verbs whose object is no party
_CRITICISM_LISTS = ("criticism_words", "comment_words", "thanking_verbs")   # words a criticism can start at


class BackgroundPhrases(GovernmentNames):
    """Token sets of a sentence's background phrases, for the event finder to skip."""

    def _words_in(self, names: tuple, lo: int, hi: int) -> list[int]:
        """Positions in [lo, hi) of the tokens in any of the word lists ``names``, in order
        (the same tokens as asking ``_has`` of each; an index made per doc on the first ask)."""
        words = lambda: frozenset().union(*(self._lists.get(name, ()) for name in names))    # noqa: E731
        return within(self.cols.where_kept(names, words), lo, hi)

    def _criticism_candidates(self, lo: int, hi: int) -> list[int]:
        """The tokens in [lo, hi) where :meth:`_criticism_at` can find a criticism: words of
        criticism, comment or thanks, and protest triggers; in order."""
        found = self._words_in(_CRITICISM_LISTS, lo, hi)
        protests = {k for k in self._trigger_starts if lo <= k < hi and self._kind_at.get(k) == "Protest"}
        return sorted(set(found) | protests) if protests else found

    def _modifier_names(self, sent) -> set:
        """Tokens of the names of ``sent`` that only modify, benefit or name (:meth:`_stance_names`,
        :meth:`_beneficiaries`, ``_relatives_of``, :meth:`_namers`) or say a person's party
        (:meth:`_affiliations`) or whose minister is meant (``_principals``): no party of
        any of its events. Found once per sentence."""
        key = ("modifiers", sent.start)
        if key not in self._phrases_of:
            self._phrases_of[key] = self._stance_names(sent.start, sent.end) | self._beneficiaries(sent.start, sent.end) \
                | self._relatives_of(sent.start, sent.end) | self._situation_names(sent.start, sent.end) \
                | self._namers(sent.start, sent.end) | self._affiliations(sent) \
                | self._principals(sent.start, sent.end)
        return self._phrases_of[key]

    def _affiliations(self, sent, reach: int = 7) -> set:
        """Tokens of the brackets right after a person's name that say whose party the person
        belongs to ("Merkel (CDU)", "Pistorius (63, SPD)"): short, with a party and no person
        or country; the party is no party of the person's acts. Found once per sentence."""
        key = ("affiliations", sent.start)
        if key not in self._phrases_of:
            c, out = self.cols, set()
            for k in range(sent.start + 1, sent.end):
                if c.text[k] == "(" and c.ent[k - 1] == "Person":
                    inside = self._bracketed(k, sent, reach)
                    if any(self._party_at(j) for j in inside) and not any(c.ent[j] in ("Person", "Country") for j in inside):
                        out.update(inside)
            self._phrases_of[key] = out
        return self._phrases_of[key]

    def _party_at(self, k: int) -> bool:
        """Whether token ``k`` is part of a political party's name: one of the knowledge base,
        or a name with a party noun ("Midori Party"); not "Rutte (NATO)", NATO's own."""
        ent = next(iter(self._overlapping(k, k + 1)), None)
        if ent is None or ent.label_ != "Organization":
            return False
        known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
        return known is not None and known.cls == DG.PoliticalParty or self._any("party_nouns", ent.start, ent.end)

    def _dependent_role(self, start: int, end: int) -> bool:
        """Whether the role words [start, end) only describe someone else: a past holder ("the
        former president"), a possessor ("the Russian president's envoy"), another office
        ("president-elect"), or what a noun
        that is no event is of or for ("an envoy of the Russian president", "a spokesman for
        the president", "Berater des russischen Präsidenten"; not "the visit of the president")."""
        c = self.cols
        if self._any("past_role_markers", max(0, start - 3), start):
            return True                  # "the former French president": no holder of the office now
        if end < len(c.text) and (self._has("genitive_endings", end) or c.text[end] == "-"):   # not "the Russian
            return not any(j in self._trigger_starts and self._noun_at(j)                    # president's visit"
                           for j in range(end + 1, min(end + 3, len(c.text))))
        k, owned = start - 1, False
        while k > 0 and (self._has("determiners", k) or k in self._demonym_tokens or c.ent[k] == "Country"
                         or self._has("genitive_endings", k)):
            owned = owned or self._has("genitive_endings", k)
            k -= 1                       # "the wife of France's president", not "handed to Canada's envoy"
        genitive = self.lex.lang == "de" and k + 1 < start and self._has("genitive_articles", k + 1) \
            and c.title[k] and not c.ent[k]
        links = "owner_links" if owned else "role_complement_links"
        return k > 0 and k not in self._trigger_starts and (genitive or self._has(links, k)
                                                          and c.alpha[k - 1] and not c.ent[k - 1]
                                                          and k - 1 not in self._trigger_starts)

    def _situation_names(self, lo: int, hi: int) -> set:
        """Tokens of the names in [lo, hi) that modify a situation noun ("the Ukraine war",
        "der Ukraine-Krieg", "the Russia-Ukraine conflict"): what is talked of, no party."""
        out: set = set()
        for ent in self._overlapping(lo, hi):
            j = ent.end
            while j < hi and (self.cols.text[j] == "-" or self.cols.ent[j]):
                j += 1
            if j < hi and self._has("situation_nouns", j) and ent.label_ == "Country":
                out.update(range(ent.start, ent.end))
        return out

    def _namers(self, lo: int, hi: int, reach: int = 6) -> set:
        """Tokens of the names in [lo, hi) that only say who calls something so ("Iturup,
        called Etorofu by Japan", "known as the Northern Territories in Japan", "which Japan
        calls ...", "die Japan seine nördlichen Gebiete nennt"): no party, no place."""
        out: set = set()
        for k in self._words_in(("naming_verbs", "naming_participles"), lo, hi):
            if self._unsaid(k):
                continue                 # "called off the summit in Ottawa": no name
            j = next((j for j in range(k + 1, min(hi, k + reach)) if self.cols.punct[j]
                      or self._has("naming_prepositions", j)), None)
            if j is not None and not self.cols.punct[j] and self._has("naming_participles", k):
                out |= self._name_list(j + 1, hi, 1)          # "called X by Japan"
            r = next((r for r in range(k - 1, max(lo, k - reach) - 1, -1) if self._has("relative_pronouns", r)
                      or self.cols.punct[r]), None)
            if r is not None and self._has("relative_pronouns", r) and r + 1 < k and self.cols.ent[r + 1]:
                out |= self._name_list(r + 1, k, 1)           # "which Japan calls", "die Japan ... nennt"
        return out

    def _beneficiaries(self, lo: int, hi: int) -> set:
        """Tokens of the names in [lo, hi) that a noun of support is for ("its support for
        Ukraine", "Hilfe für die Ukraine", "Solidarität mit Kiew"): whom an act or talk is
        about, no party."""
        out: set = set()
        for k in self._words_in(("beneficiary_nouns",), lo, hi - 1):
            if self._has("beneficiary_links", k + 1):
                j = k + 2
                while j < hi and self._has("determiners", j):
                    j += 1
                out |= self._name_list(j, hi, 1) if j < hi and self.cols.ent[j] else set()
        return out

    def _stance_names(self, lo: int, hi: int) -> set:
        """Tokens of the names and demonyms in [lo, hi) a stance prefix makes a modifier
        ("pro-Kremlin campaigns", "anti-Russian protests", "pro-russische Medien"): no
        actors."""
        out: set = set()
        for k in range(max(lo, 2), hi):
            if self.cols.text[k - 1] == "-" and self._has("stance_prefixes", k - 2):
                j = k
                while j < hi and (j == k or self.cols.ent[j]):
                    out.add(j)
                    j += 1
        return out

    def _posts(self, lo: int, hi: int) -> set:
        """Tokens of the countries in [lo, hi) a role is held in ("Canada's ambassador to
        France, X, met Y", "der kanadische Botschafter in Frankreich"): the post, no party
        (but of a protest the envoy is summoned for)."""
        posts = set(self._post_openers(lo, hi))
        return {i for ent in self._overlapping(lo, hi) if ent.label_ == "Country" and ent.start - 1 in posts
                for i in range(ent.start, ent.end)}

    def _relatives_of(self, lo: int, hi: int) -> set:
        """Tokens of the names in [lo, hi) that only say whose predecessor or successor
        someone is ("Kamikawas Vorgänger X", "Kamikawa's predecessor X"): not a party."""
        out: set = set()
        for k in self._words_in(("succession_nouns",), lo + 1, hi):
            j = k - 1 if self.cols.text[k - 1] not in ("'s", "’s") else k - 2
            out |= {i for ent in self._overlapping(j, j + 1) if ent.end == j + 1 and ent.label_ == "Person"
                    for i in range(ent.start, ent.end)}
        return out

    def _others_prior_clauses(self, doc, ev, wide: tuple[int, int], matches) -> set:
        """The tokens of the clauses of what came before that other triggers in ``wide``
        tell after the trigger of ``ev`` ("The expulsion was announced on Friday, hours after
        X met Y in Moscow", "..., wenige Stunden nachdem sich X mit Y getroffen hatte"): their
        names are the parties of that earlier act. Not for an agreement (a joint statement
        too) or a press conference, which the people who met reach ("The agreement was signed
        on Friday, after X met Y")."""
        (s, e), kind = ev.trigger, ev.kind
        if kind in _REACHED_AT_MEETINGS:
            return set()
        return {k for _, ms, me in matches if ms != s and wide[0] <= ms < wide[1]
                for k in range(*(self._prior_clause(doc, ms, me, e) or (0, 0)))}

    def _tenure(self, e: int, k: int, reach: int = 10) -> bool:
        """Whether the date at token ``k`` tells the term of a role apposed after the
        trigger ending at ``e`` ("the sanctions target X, head of the commission from 2016
        to 2019"): a role word or a noun of office (``head_words``, ``tenure_nouns``) right after a comma
        (and its article) before the date, with no punctuation between them. The term is the
        holder's past, not the act's date."""
        for r in range(k - 1, max(e, k - reach) - 1, -1):
            if self.cols.punct[r]:
                return False
            if r in self._role_starts or self._has("head_words", r) or self._has("tenure_nouns", r):
                j = r - 1
                while j > e and self._has("determiners", j):
                    j -= 1
                return self.cols.text[j] == ","
        return False

    def _told_before(self, s: int, clo: int, chi: int | None = None, reach: int = 3) -> bool:
        """Whether the trigger at ``s`` is told in the past perfect ("had agreed in May
        2019", "hatten sich im Mai 2019 ... geeinigt", "war im Mai ... gereist"): an act
        before the news, when it has a date of its own. A noun (its clause ending at ``chi``)
        needs the perfect's participle ("had attended the summit", "hatte ... am Gipfel
        teilgenommen"), not "had talks", "hatten ein Treffen", where "had" is the verb."""
        lo = clo if self.lex.lang == "de" else max(clo, s - reach)
        aux = next((k for k in range(s - 1, lo - 1, -1) if self._has("perfect_auxiliaries", k)), None)
        if aux is None or chi is None:
            return aux is not None
        if self.lex.lang != "de":
            return self._lower[aux + 1].endswith("ed") or self._has("past_tense_verbs", aux + 1)
        last = next((k for k in range(chi - 1, s, -1) if self.cols.alpha[k]), s)
        return self.cols.is_lower[last] and last != aux and self._lower[last].endswith(("t", "en"))

    def _critics(self, doc, trigger: tuple[int, int], clause: tuple[int, int], sent, noun: bool,
                 matches) -> tuple[int, int] | None:
        """The tokens of who protests against, criticises or praises the act at
        ``trigger``, a noun ("protests Brazil's drills", "Missfallen über die Stationierung",
        "praised Canada's sanctions") or an infinitive ("condemned plans by X to deploy",
        "verurteilte Pläne von X, ... zu entsenden", from the clause it hangs on): from the
        clause start to where the criticised act is told; None if nobody criticises it."""
        (s, e), (clo, chi) = trigger, clause
        planned = not noun and s > clo and self._has("infinitive_markers", s - 1)
        gerund = not noun and s > clo and self._has("reason_prepositions", s - 1)     # "thanked X for
        if not (noun or planned or gerund or self._modifying_verb(s, e, clo)):    # sanctioning Y"; "das von X unterzeichnete
            return None                                           # Abkommen": of a noun
        lo = self._hangs_on(doc, s, clause, sent) if planned else clo
        critics = [ms for key, ms, _ in matches if clo <= ms < s and self.kinds[key][0] == "Protest"] \
            + [f for k in self._criticism_candidates(lo, s) if (f := self._criticism_at(k, s - planned)) is not None]
        if not critics and noun and self._watched_at_end(s, chi) \
                and not ((start := self._phrase_start(s, clo)) > 0 and self._has("setting_prepositions", start - 1)):
            critics = [start]            # "X hat russische Manöver kritisiert"; not "X hat Y bei
                                         # einem Treffen kritisiert": there
        return (min(lo, clo), min(critics)) if critics else None

    def _watched_at_end(self, s: int, chi: int) -> bool:
        """Whether a German clause [.., chi) whose object holds the noun at ``s`` ends in a
        verb of criticism or observation ("hat ... Manöver ... scharf kritisiert", "..., weil
        X die Manöver verurteilt", "hat die Manöver genau beobachtet"): the verb comes last,
        after what it is about."""
        if self.lex.lang != "de":
            return False
        return any(self.cols.is_lower[k] and (self._has("criticism_words", k) or self._has("observation_verbs", k))
                   and (k + 1 >= chi or self.cols.punct[k + 1] or self._has("list_joiners", k + 1))
                   for k in range(s + 1, chi))

    def _phrase_start(self, s: int, lo: int) -> int:
        """Where the noun phrase of the noun at ``s`` starts: its determiners, adjectives
        and demonyms before it ("die gemeinsamen brasilianischen Manöver"), not a verb."""
        k = s
        while k > lo and (self._has("determiners", k - 1) or k - 1 in self._demonym_tokens
                          or self._adjective(k - 1) and not self._has("finite_auxiliaries", k - 1)):
            k -= 1
        return k

    def _reproached(self, clo: int, chi: int, emulated: bool = True, act: int | None = None) -> set:
        """Tokens of the names a verb of reproach, notice or emulation in the clause [clo,
        chi) takes as its object ("criticised Brazil and Bolivia", "warned the Brazilian
        embassy", "haben ... Brasilien und Bolivien kritisiert", "alarmieren Bolivien mit
        Manövern", "notified Bolivia of the drills", "followed Brazil and the EU in
        announcing sanctions"; only if ``emulated``: one joins others at a gathering): the
        list right after the verb, or in German right before it when it ends the clause. They
        are what is reproached, told or followed, no party; unless the ``act`` is what they
        are reproached for ("criticised Brazil on Monday for holding drills", "kritisierte
        Brasilien wegen der Manöver"): then they did it."""
        out: set = set()
        for k in self._words_in(("notice_verbs", "notice_nouns"), clo, chi):
            if (aux := self._passive_aux_before(k, clo)) is not None:
                out |= self._name_list(aux - 1, clo - 1, -1)   # "X was given notice of the drills": told
        for k in self._words_in(_REPROACH_LISTS + ("emulation_verbs",) if emulated else _REPROACH_LISTS, clo, chi):
            after = self._name_list(k + 1, chi, 1)
            out |= set() if after and self._reproached_for(max(after) + 1, act) else after
            if self.lex.lang == "de" and (k + 1 >= chi or self.cols.punct[k + 1] or self._has("list_joiners", k + 1)):
                before = self._name_list(k - 1, clo - 1, -1)
                j = min(before, default=0) - 1
                while j > clo and self._has("determiners", j):
                    j -= 1
                if before and j >= clo and self._preposition(j):
                    before = set()       # "die Manöver von Brasilien und Mexiko kritisiert": whose;
                                         # "über Übungen in der Ostsee informiert": where
                before |= self._object_after_subject(clo, k)
                out |= set() if before and self._reproached_for(max(before) + 1, act) else before
        return out

    def _passive_aux_before(self, k: int, lo: int, reach: int = 3) -> int | None:
        """Where the passive auxiliary before the verb or noun of notice at ``k`` stands
        ("was notified", "were formally informed", "was given advance notice"): its subject,
        before it, is who was told. None if there is none within ``reach`` words."""
        for j in range(k - 1, max(lo, k - 1 - reach), -1):
            if self._has("passive_auxiliaries", j):
                return j if self._has("notice_verbs", k) or self._has("giving_participles", j + 1) else None
            if not (self.cols.is_lower[j] and self.cols.alpha[j]):
                return None
        return None

    def _watched(self, lo: int, s: int, chi: int) -> list:
        """Where the watchers of the act at ``s`` end, as a list of that position: a verb of
        watching before it ("Japan's ministry spotted ... bombers"), a verb of confirming
        before an act whose own phrase names its doer by a demonym ("Das südkoreanische
        Militär bestätigte einen nordkoreanischen Raketenstart"; not "X confirmed the
        launch": X's own), or a German purpose of watching (:meth:`_watching_purpose`)."""
        seen = [k for k in range(lo, s) if self._has("observation_verbs", k)]
        seen = seen or [k for k in range(lo, s) if self._has("confirmation_verbs", k)
                        and any(j in self._demonym_tokens for j in range(k + 1, s))]
        return seen or self._watching_purpose(lo, s, chi)

    def _watching_purpose(self, lo: int, s: int, chi: int) -> list:
        """German: the purpose opener of a clause that ends in a verb of watching ("schickte
        Jets los, um ... Bomber auf einer Patrouille zu überwachen"), as a list of its
        position (the watchers are named before it), or an empty list."""
        if self.lex.lang != "de" or not self._any("observation_verbs", s + 1, chi):
            return []
        return [k for k in range(lo, s) if self._has("purpose_openers", k)][-1:]

    def _sequel_setting(self, e: int, sent) -> set:
        """Tokens of what an event noun is said to come amid ("The visit comes as X ...",
        "Der Besuch erfolgt, während X ..."): a verb of following right after the trigger
        ending at ``e``, then a linking word; the setting's names are not the event's."""
        k = e + (e < sent.end and self.cols.text[e] == ",")
        if k + 1 >= sent.end or not self._has("sequel_verbs", k):
            return set()
        k += 1 + (self.cols.text[k + 1] == ",")
        return set(range(k, sent.end)) if k < sent.end and self._has("sequel_links", k) else set()

    def _emulated(self, lo: int, s: int) -> set:
        """Tokens of the names a fronted "nach" / "wie" heads when the clause says its doer
        acts also ("Nach den USA und der EU verhängt auch Japan Sanktionen", "Wie Kanada hat
        auch Mexiko ..."): who was followed, no party of the act at ``s``. Places stay ("Nach
        Ottawa reiste auch X")."""
        while lo < s and self.cols.punct[lo]:
            lo += 1                      # "TOKIO (dpa) - Nach den USA ..."
        if not (lo < s and self._has("emulation_openers", lo) and self._any("additive_particles", lo, s)):
            return set()
        named = self._name_list(lo + 1, next((k for k in range(lo, s) if self.cols.text[k] == ","), s), 1)
        return named if any(self.cols.ent[k] not in ("", "Place") for k in named) else set()   # "Like X, Y also"

    def _reproached_doers(self, lo: int, head: int, act: int) -> list:
        """The names a verb of reproach in [lo, head) takes as its object right before the
        reason phrase at ``head`` that holds the act at ``act`` ("criticised Brazil and Mexico
        over their drills", "kritisierte Brasilien am Montag wegen der Manöver"): who did it."""
        named: set = set()
        for k in range(head - 1, lo - 1, -1):
            if self._has("reproach_verbs", k) or self._has("thanking_verbs", k):
                named = self._name_list(k + 1, head, 1)
                break
        else:                            # German, the verb last: "hat Brasilien wegen ... kritisiert"
            if self.lex.lang == "de" and self._any("reproach_verbs", act, self.cols.sent_of(act).end):
                named = self._name_list(head - 1, lo - 1, -1)
        if not named or not self._reproached_for(max(named) + 1, act):
            return []
        return list(dict.fromkeys(ent.ent_id_ for ent in self._overlapping(min(named), max(named) + 1) if ent.ent_id_))

    def _reproached_for(self, lo: int, act: int | None, reach: int = 6) -> bool:
        """Whether a reason preposition ("for", "over", "wegen", "für") in [lo, act) heads the
        phrase of the act at ``act``: no trigger of another kind between ("over their joint
        drills" is one)."""
        kind = self._kind_at.get(act)
        if act is None or self._any("passive_agents", act, min(act + 4, len(self.cols.text))):
            return False                 # "over the sanctions imposed by Mexico": Mexico's
        return lo <= act and any(
            self._has("reason_prepositions", j) and not any(
                t in self._trigger_starts and self._kind_at.get(t) != kind for t in range(j, act))
            for j in range(max(lo, act - reach), act))

    def _object_after_subject(self, clo: int, k: int) -> set:
        """German: the names right after the finite verb of a clause that opens with its
        subject and ends in the verb at ``k`` ("Mexiko hatte Brasilien ... informiert",
        "Kanada hat die brasilianische Botschaft ... gewarnt"): the verb's object."""
        v = next((j for j in range(clo + 1, k) if self._has("finite_auxiliaries", j)), None)
        if v is None or not self.cols.ent[clo] or self.cols.ent[v - 1] != self.cols.ent[clo]:
            return set()
        return self._name_list(v + 1, k, 1)

    def _name_list(self, k: int, stop: int, step: int) -> set:
        """Tokens of the names listed from token ``k`` on in direction ``step`` up to
        ``stop``: names joined by "and", commas or determiners; two names in a row belong to
        two phrases ("der G7 | Brasilien und Mexiko")."""
        out: set = set()
        joined = True
        while (k < stop) if step > 0 else (k > stop):
            if self.cols.ent[k]:
                if not joined:
                    break
                name = self._overlapping(k, k + 1)[0]
                if step > 0 and self._owner(name.end):
                    break                # "criticised Brazil's deployment": the act's owner
                out.update(range(name.start, name.end))
                k, joined = (name.end if step > 0 else name.start - 1), False
                continue
            if step > 0 and joined and k in self._demonym_starts:
                end = next(de for ds, de, _ in self._demonyms if ds == k)
                if end in self._trigger_starts:
                    break                # "criticised Brazilian drills": the act's owner
                out.update(range(k, end))    # "warned the Brazilian embassy"
                k, joined = end, False
                continue
            if self._has("list_joiners", k) or self.cols.text[k] == ",":
                joined = True
            elif not self._has("determiners", k):
                break
            k += step
        return out

    def _owner(self, k: int) -> bool:
        """Whether the name ending before token ``k`` owns the noun after it: a possessive
        ("Brazil's deployment") or, in German, a noun right after it ("Brasiliens Manöver")."""
        if k >= len(self.cols.text):
            return False
        return self.cols.text[k] in ("'s", "’s") or self.lex.lang == "de" and self.cols.title[k] \
            and not self.cols.ent[k]

    def _owns_act(self, k: int) -> bool:
        """Whether the name at token ``k`` owns the plan or act a few modifiers after it: a
        possessive ("Russia's large-scale drills") or a German genitive ("Russlands Manöver");
        not "Canada's exercise area"."""
        c, n, ents = self.cols, len(self.cols.text), self._overlapping(k, k + 1)
        ent, word = (ents[0], c.text[ents[0].end - 1]) if ents else (None, "")
        known = self.kb.by_slug(ent.ent_id_) if self.lex.lang == "de" and ent.end - ent.start == 1 else None
        first = None if ent is None or ent.end >= n else ent.end + 1 if self._has("genitive_endings", ent.end) \
            else ent.end if known is not None and word[-1:] == "s" and word[:-1] in known.names("de") else None
        act = None if first is None else next((t for t in range(first, min(first + 5, n)) if self._has(
            "plan_nouns", t) or t in self._trigger_starts), None)
        if act is None or not all(c.alpha[i] or c.text[i] == "-" for i in range(first, act)):
            return False
        nxt = self._trigger_reach.get(act, act + 1)     # after "rocket launch", not after "rocket"
        return not (self.lex.lang == "en" and nxt < n and c.is_lower[nxt] and c.alpha[nxt]
                    and not self._preposition(nxt) and not self._has("place_links", nxt)
                    and not self._has("earlier_cues", nxt) and not self._has("sequence_adverbs", nxt))

    def _modifying_verb(self, s: int, e: int, lo: int, reach: int = 8) -> bool:
        """Whether the German verb trigger [s, e) is a participle between an article and the
        noun it modifies, maybe past names and a "von" phrase ("das von X und Y
        unterzeichnete Abkommen"; not "und stationierte Truppen": a finite verb)."""
        if self.lex.lang != "de" or e >= len(self.cols.text) or not self.cols.title[e] or self.cols.ent[e]:
            return False
        k = s - 1
        while k >= max(lo, s - reach) and not self._has("determiners", k) and (
                self.cols.ent[k] or self._has("party_prepositions", k) or self._is_date(k)
                or self._has("list_joiners", k) and k > lo and self.cols.ent[k - 1]
                or self.cols.is_lower[k] and self.cols.alpha[k] and not self._has("list_joiners", k)):
            k -= 1                       # "das jüngst von X und Y unterzeichnete"
        return k >= max(lo, s - reach) and self._has("determiners", k)

    def _criticised(self, s: int, lo: int) -> bool:
        """Whether the act at ``s`` is what a criticism word in [lo, s) is about."""
        return any(self._criticism_at(k, s) is not None for k in self._criticism_candidates(lo, s))

    def _criticism_at(self, k: int, s: int) -> int | None:
        """Where what a criticism word at ``k`` is about starts (:meth:`_criticised_from`),
        if the act at ``s`` is what it criticises: not one it is voiced at ("criticised X at
        the summit"); an act after its topic preposition is the topic's ("concern over
        remarks during his visit"). None if there is no criticism word at ``k``."""
        own = self._kind_at.get(s) in _SHARED        # one thanks for or comments on a meeting one held
        thanks = self._has("thanking_verbs", k) and not own    # only what one is thanked for ("thanked
        if not (self._has("criticism_words", k) or self._kind_at.get(k) == "Protest" != self._kind_at.get(s)
                or self._has("comment_words", k) and not own) \
                and not (thanks and self._reproached_for(k + 1, s)):   # X for ..."), not where ("zu
            return None                                                # Beginn ihres Besuchs")
        if (thanks or self._has("reproach_verbs", k)) and (named := self._name_list(k + 1, s, 1)) \
                and self._reproached_for(max(named) + 1, s):
            return k + 1                 # "criticised Brazil on Monday for its drills": Brazil's
        start = self._criticised_from(k, s)
        return None if self._any("setting_prepositions", k + 1, start if start > k else s) else start

    def _criticised_from(self, k: int, hi: int) -> int:
        """Where what the criticism word at ``k`` is about starts: at the cause or topic
        preposition after it ("concern over", "Missfallen in Japan über"), else ``k``."""
        return next((j for j in range(k + 1, hi) if self._cue_at(j, "causal_prepositions")
                     or self._has("topic_prepositions", j)), k)
