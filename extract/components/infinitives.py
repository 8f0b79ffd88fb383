"""Clauses that hang on the clause before them: German infinitive and purpose clauses
("kündigte an, nach Japan zu reisen", "erwägt, Diplomaten auszuweisen", "schickte Jets los,
um ... abzufangen"), a noun in apposition (", das sogenannte Programm"), and subordinate
clauses between a saying and what it tells, what a verb of threatening or promising takes,
relative clauses after a phrase (", which never took place", "drills that began on
Saturday"), and a gerund of means ("called for peace by signing a treaty") (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`)."""
from __future__ import annotations

from diplograph.extract.components.topics import ADOPTED, STOPPING
from diplograph.extract.event_times import MEETING_KINDS

#: acts of a clause that an event named after "after"/"nach" came before
_ACTS_BEFORE = MEETING_KINDS | {"PhoneCall"}


class InfinitiveClauses:
    """Where a trigger's clause hangs on another, and what that says of the event."""

    def _hangs_on(self, doc, s, clause, sent) -> int:
        """Where a German trigger's clause starts, or the clause it hangs on when it is an
        infinitive or purpose clause: the trigger is "zu" + verb ("kündigte an, ... zu
        reisen"), the clause ends in one ("drohte, Sanktionen ... zu verhängen") or opens
        with "um" ("schickte Jets los, um ... abzufangen")."""
        clo, chi = clause
        if self._noun_aside(clo, s, sent):
            return max(sent.start, self._clause(doc, clo - 2, clo - 1)[0])   # ", das sogenannte X"
        if self.lex.lang != "de" or s <= sent.start or clo <= sent.start:
            return self._joined_after_aside(doc, s, clo, sent)
        if not (self._has("infinitive_markers", s - 1) or self._has("purpose_openers", clo)
                or self._ends_in_infinitive(s, chi)):
            return clo
        before = max(sent.start, self._clause(doc, clo - 2, clo - 1)[0])
        if self._has("subordinators", before):
            return clo                   # "Während X blieb, versuchte Y, ... aufzunehmen": the
        return before                    # clause before is no main clause it hangs on

    def _joined_after_aside(self, doc, s: int, clo: int, sent) -> int:
        """Where the clause starts whose subject a verb right after "and" shares when an aside
        on a name stands between ("X recalled its envoy from Y, blamed for a raid, | and
        suspended talks with Y": X's act), else ``clo``: the aside opens with a relative
        pronoun, a role, a setting preposition or a participle of ``aside_participles``; the
        first clause tells no saying (what was said is not the subject's act)."""
        if not (sent.start + 2 < clo and s == clo + 1 and self.cols.text[clo - 1] == ","
                and self._has("list_joiners", clo) and self.cols.alpha[clo] and self.cols.is_lower[s]):
            return clo
        aside = self._clause(doc, clo - 2, clo - 1)[0]
        if aside - 2 < sent.start or self.cols.text[aside - 1] != "," \
                or not (self._opens_aside(aside) or self._has("aside_participles", aside)):
            return clo
        start = max(sent.start, self._clause(doc, aside - 2, aside - 1)[0])
        return clo if self._any("speech_verbs", start, aside) else start    # not "X said Y, ..., and met Z"

    def _planned_topic(self, s: int, clo: int, reach: int = 10) -> int | None:
        """Where the phrase starts that the act at ``s`` is the plan of, when that phrase is
        what a reaction is about ("protested on Monday over X's plans to hold drills ... next
        month", "protestierte am Montag gegen die Pläne, ... Manöver abzuhalten"): a causal or
        opposing preposition, then a plan noun, then the act, no other trigger between. The
        plan keeps its own time and parties, not the reaction's. None if there is none."""
        plan = None
        for k in range(s - 1, max(clo, s - reach) - 1, -1):
            if k in self._trigger_starts:
                return None
            if self._has("plan_nouns", k):
                plan = k
            elif plan is not None and (self._cue_at(k, "causal_prepositions") or self._has("opposition_prepositions", k)):
                return k
        return None

    def _reference_window(self, doc, s: int, e: int, clo: int, hi: int, matches) -> tuple[int, int]:
        """The phrase of a trigger told as a reference ("before the summit in X"): from after
        its temporal preposition to the phrase's end (:meth:`_fronted_end` in German)."""
        prep = self._reference_prep(doc, s, clo)
        return prep + 1, self._fronted_end(prep, clo, e, self._phrase_end(doc, e, hi, matches))

    def _act_before(self, prep: int, clo: int, s: int) -> bool:
        """Whether the clause tells an act of its own before the preposition at ``prep``
        ("met Y on Monday after ...", "traf Y am Montag nach ..."), which the event of the
        trigger at ``s`` after it came before: a gathering or a call (not an outcome of one,
        "held a press conference after the talks": one occasion; nor a journey, "left Geneva
        after the summit": the trip it ends), not what an arrival began ("traf Y nach seiner
        Ankunft in Z": ``arrival_nouns``), nor a direction ("reiste nach Kanada zu Gesprächen");
        a name after the preposition only as the owner of a trip ("after Blinken's visit")."""
        return (not self.cols.ent[prep + 1] or self._owner_of_trip(prep + 1, s, clo)) \
            and not self._has("arrival_nouns", s) \
            and any(clo <= t < prep and self._kind_at[t] in _ACTS_BEFORE for t in self._trigger_starts)

    def _owner_of_trip(self, k: int, s: int, clo: int) -> bool:
        """Whether the name at token ``k`` owns the trip at ``s`` a clause told in the past
        came after ("met X on Thursday after Blinken's visit to Japan"): a possessive right
        after it, the visit right after that; not talks of others ("after China's talks with
        Japan"), nor a visit a plan comes after ("will meet X after Blinken's visit")."""
        end = next((j for j in range(k, s) if self.cols.ent[j] != self.cols.ent[k]), s)
        return end + 1 == s and self.cols.text[end] in ("'s", "’s") and self._kind_at.get(s) == "Visit" \
            and self._any("past_tense_verbs", clo, k)

    def _fronted_end(self, prep: int, clo: int, e: int, end: int, reach: int = 3) -> int:
        """Where a German phrase fronted before its clause's verb ends ("Kurz vor dem Besuch
        von X in Paris | räumte Y ... ein"), if it ends before ``end``: at the first lowercase
        word after its trigger (ending at ``e``) that goes on no noun phrase and has a name, a
        determiner or a pronoun after it. ``end`` if the phrase at ``prep`` is not fronted or
        names none who take part ("Nach dem Gipfel in Paris flog X heim": X was there)."""
        if self.lex.lang != "de" or prep > clo + reach or self._any("possessive_pronouns", prep, e):
            return end                   # "Vor seinem Besuch bei X sagte Y": Y's visit
        cut = next((k for k in range(e, end - 1) if self.cols.is_lower[k] and self.cols.alpha[k]
                    and not self._phrase_word(k) and not self._has("phrase_continuers", k)
                    and k not in self._demonym_starts
                    and (self.cols.ent[k + 1] or self._has("determiners", k + 1) or self._has("person_pronouns", k + 1))),
                   end)
        return cut if any(ent.label_ != "Place" for ent in self._overlapping(prep, cut)) else end

    def _prepared_from(self, doc, s: int, clo: int, chi: int, reach: int = 8) -> int | None:
        """Where the phrase starts that tells of the gathering at ``s`` as one being prepared
        ("in preparation for the summit", "im Vorfeld des Gipfels", "prepared a summit planned
        for March"), or None. A German verb of preparing, before the noun or ending the clause
        ("bereiteten am Dienstag den Gipfel vor", "haben ein für März geplantes Treffen
        vorbereitet"), leaves its own time and place out: the phrase is the noun's own, from
        its article on."""
        cue = next((k for k in range(s - 1, max(clo, s - reach) - 1, -1) if self._cues(doc, k, s, "preparation_cues")), None)
        if cue is not None and self.cols.is_lower[cue] and (self._infinitive_to(cue - 1) or self._has(
                "past_preparation_verbs", cue) and not self._any("indefinite_articles", cue, s)):
            return None                  # "met to prepare the talks": a purpose; "who prepared the talks",
                                         # "well prepared for the summit": held ones maybe; not "prepared a summit"
        verb = cue is not None and self.cols.is_lower[cue] or cue is None and any(
            self._has("preparation_verbs_final", k) for k in range(s + 1, chi)) \
            and not self._any("definite_articles", max(clo, s - 3), s)     # "ein ... Treffen vorbereitet",
                                                                             # not "das Treffen gut vorbereitet"
        if self.lex.lang != "de" or not verb:
            return cue
        k = s
        while k > clo and (self._has("determiners", k - 1) or self._is_date(k - 1) or self._adjective(k - 1)
                           and not self._has("finite_auxiliaries", k - 1) or k - 1 in self._demonym_tokens
                           or self.cols.ent[k - 1] and self.cols.ent[k - 1] != "Place"):   # "Putins Besuch"
            k -= 1
        return k

    def _noun_aside(self, clo: int, s: int, sent, reach: int = 4) -> bool:
        """Whether the noun trigger at ``s`` opens an apposition after a comma, a few words
        of article, quotes and modifiers after it (", das sogenannte Partnerschaftsprogramm",
        ", a deal seen as ..."): it renames what the clause before names."""
        return sent.start < clo <= s < clo + reach and self.cols.text[clo - 1] == "," \
            and self._has("determiners", clo) and self._noun_at(s) and all(
                self._has("determiners", k) or self.cols.punct[k]
                or self.cols.is_lower[k] and self.cols.alpha[k] for k in range(clo + 1, s))

    def _aside_subject(self, clo: int, sent) -> tuple[int, int] | None:
        """The name a relative or appositive aside follows, when the clause starting at ``clo``
        is the aside ("Scholz, | who is visiting Canada, ...") or comes right after it
        ("Scholz, who ..., | met Trudeau", "Scholz, Chancellor of Germany, | held talks"), as
        ``(the name's start, the aside's opening comma)``; else None: the name is that
        clause's subject."""
        if clo <= sent.start + 1 or self.cols.text[clo - 1] != ",":
            return None
        c = clo - 1 if self._opens_aside(clo) else next((k for k in range(clo - 2, sent.start, -1)
                                                          if self.cols.text[k] == ","), None)
        if c is not None and (held := self._named_holder(c, clo - 1, sent)) is not None:
            return held, clo             # "Der Botschafter in Paris, X, | wurde einbestellt"
        if c is None or not self._opens_aside(c + 1):
            return None
        name = next((ent for ent in self._overlapping(c - 1, c) if ent.end == c
                     and ent.label_ in ("Person", "Country", "Organization")), None)
        if name is None:
            return None
        return min(self._name_list(c - 1, sent.start - 1, -1), default=name.start), c   # "X and Y, amid ..."

    def _named_holder(self, c: int, d: int, sent, reach: int = 6) -> int | None:
        """Where the role phrase starts that the name between the commas at ``c`` and ``d``
        is set off after ("Der kanadische Botschafter in Paris, Jonas Kettler, ..."): the
        whole is the next clause's subject. None unless the commas hold one person's name and
        a role word stands within ``reach`` tokens before the first."""
        names = self._overlapping(c + 1, d)
        if len(names) != 1 or names[0].label_ != "Person" or (names[0].start, names[0].end) != (c + 1, d):
            return None
        return next((k for k in range(max(sent.start, c - reach), c) if k in self._role_starts), None)

    def _opens_aside(self, k: int) -> bool:
        """Whether token ``k`` opens an aside on a name: a relative pronoun, a role, or a
        preposition of time or setting ("Rutte, during his visit to Japan, | met X")."""
        return self._has("relative_pronouns", k) or k in self._role_starts or self._has("aside_prepositions", k)

    def _purpose(self, clo, chi) -> bool:
        """Whether the clause [clo, chi) tells a purpose ("um Sanktionen vorzubereiten"):
        what it names is not yet done; attending is ("um am Gipfel teilzunehmen")."""
        return self._has("purpose_openers", clo) and not self._any("attendance_verbs", clo, chi)

    def _ends_in_infinitive(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi), punctuation aside, end in a German infinitive with
        "zu": "zu" + verb ("... zu reisen") or one word ("... auszuweisen")."""
        last = hi - 1
        while last > lo and self.cols.punct[last]:
            last -= 1
        return self._zu_infinitive(last) or last - 1 >= lo and self._has("infinitive_markers", last - 1)

    def _zu_infinitive(self, k: int) -> bool:
        """Whether token ``k`` is a German separable verb's infinitive with "zu" inside it
        ("auszuweisen", "abzufangen", "teilzunehmen"): a verb particle (of the list
        verb_particles, or of infinitive_particles: "teil", "durch", "nach", ..., which as
        prepositions would mislead the checks that read verb_particles), "zu", then a verb."""
        if k < 0 or k >= len(self._lower) or not self.cols.is_lower[k]:
            return False
        word = self._lower[k]
        return any(word.startswith(p + "zu") and len(word) > len(p) + 5 and word.endswith("en")
                   for name in ("verb_particles", "infinitive_particles") for p in self._lists.get(name, ())
                   if p != "zu")

    def _later_infinitive(self, doc, k: int, hi: int, sent) -> bool:
        """Whether token ``k`` lies in a German infinitive clause after the clause ending at
        ``hi`` ("beschlossen beim Treffen, ab Herbst Soldaten zu entsenden"): what was agreed or
        planned there, with its own time."""
        if self.lex.lang != "de" or k < hi:
            return False
        lo, end = self._clause(doc, k, k + 1)
        return lo >= hi and self._ends_in_infinitive(lo, end)

    def _announced_infinitive(self, s: int, clause: tuple[int, int]) -> bool:
        """Whether the German trigger at ``s`` stands in a zu-infinitive clause that a verb
        of declaring ends the clause before ("kündigte am Freitag an, acht Diplomaten
        auszuweisen", "hat mitgeteilt, ... auszuweisen"): what the subject says it does, as
        "will expel"; not what it demands or considers ("forderte, ..."), nor under a
        condition ("..., falls ...")."""
        clo, chi = clause
        sent = self.cols.sent_of(s)
        if self.lex.lang != "de" or clo < 2 or self.cols.text[clo - 1] != "," \
                or self._any("conditionals", sent.start, sent.end):
            return False
        if not self._ends_in_infinitive(s, chi):
            return False
        k = clo - 2
        while k >= sent.start and not self.cols.punct[k]:
            if self._has("declaring_verbs", k):
                return True
            k -= 1
        return False

    def _by_means(self, v: int, s: int, reach: int = 14) -> bool:
        """Whether the trigger at ``s`` is the means of the speech verb at ``v`` ("X and Y
        called for calm over the conflict in Europe by signing a treaty"): a gerund right
        after a word of means, within ``reach`` tokens of the verb, with no name but a place's,
        no complementizer and no auxiliary between (not "said the West was provoking X by
        holding drills", "accused Washington of ... by holding drills")."""
        if not (v < s - 1 <= v + reach and self._has("means_prepositions", s - 1) and self._gerund(s)):
            return False
        return not any(self.cols.ent[k] not in ("", "Place") or self._has("complementizers", k)
                       or self._has("finite_auxiliaries", k) for k in range(v + 1, s - 1))

    def _clause_between(self, doc, k: int, s: int) -> bool:
        """Whether a subordinate clause (or an English relative one) opens after a comma
        between ``k`` and ``s`` ("es habe Schiffe gesichtet, wobei zwei davon gemeinsam übten":
        the trigger is not what the pronoun's verb says; a German "das" may be a
        demonstrative: "sagte, das sei ...")."""
        return any(self.cols.text[j] == "," and (self._has("subordinators", j + 1) or self.lex.lang == "en"
                                                 and self._has("relative_pronouns", j + 1)) for j in range(k + 1, s))

    def _past_form(self, k: int) -> bool:
        """Whether the verb at token ``k`` is in a past form ("agreed", "met"), or German."""
        word = self.cols.lower[k]
        return self.lex.lang != "en" or self._has("past_tense_verbs", k) \
            or any(word.endswith(end) for end in self._lists.get("past_endings", ()))

    def _threatened(self, lo: int, s: int) -> bool:
        """Whether the trigger at ``s`` is what a verb of threatening or promising before it
        takes as its infinitive ("threatened on Monday to impose sanctions", "drohte,
        Sanktionen ... zu verhängen"), not an event beside it ("pledged support at a meeting"),
        nor the setting of the promise ("pledged to deepen ties at a meeting on Tuesday")."""
        if self._set_at(lo, s):
            return False
        for k in range(lo, s):
            if self._has("intention_verbs", k):
                return (any(self._infinitive_to(j) for j in range(k + 1, s)) if self.lex.lang == "en"
                        else any(self.cols.text[j] == "," for j in range(k + 1, s))) or self._measure_threatened(k, s)
        return False

    def _measure_threatened(self, k: int, s: int, reach: int = 6) -> bool:
        """Whether the measure noun at ``s`` is what the verb of threatening at ``k`` takes as
        its object ("threatened sanctions", "threatened Canada with countermeasures", "drohte
        am Montag mit Sanktionen"): only names, dates and lower-case words stand between; not
        "the threatened sanctions" (an adjective), nor a verb ("threatened and then expelled"),
        nor a measure its sentence goes on to impose ("drohte mit Sanktionen und verhängte sie")."""
        if self._kind_at.get(s) not in ADOPTED | STOPPING or s - k > reach or not self._noun_at(s) \
                or k > 0 and self._has("determiners", k - 1):
            return False
        sent = self.cols.sent_of(s)
        return all(not self.cols.punct[j] and (self.cols.is_lower[j] or self.cols.ent[j] or self._is_date(j))
                   for j in range(k + 1, s)) and not self._any("imposing_verbs", s + 1, sent.end) \
            and not self._any("imposed_verbs", s + 1, sent.end)

    def _threat_only(self, lo: int, s: int) -> bool:
        """Whether the measure at ``s`` is only threatened as an object in [lo, s): the time
        its clause names is the threat's ("threatened sanctions on Monday")."""
        return any(self._has("intention_verbs", k) and self._measure_threatened(k, s) for k in range(lo, s))

    def _set_at(self, lo: int, s: int, reach: int = 3) -> bool:
        """Whether the noun at ``s`` heads a setting phrase: a setting preposition ("at",
        "during", "bei") before it, with only determiners and lower-case words between."""
        for k in range(s - 1, max(lo, s - reach - 1) - 1, -1):
            if self._has("setting_prepositions", k):
                return self._noun_at(s)
            if not (self._has("determiners", k) or self.cols.is_lower[k] and self.cols.alpha[k]):
                return False
        return False

    def _with_relative(self, doc, end: int, sent) -> int:
        """The end of a phrase ending at ``end`` right after its noun, with the relative
        clause that follows it ("drills that began on Saturday", "Manöver, die am Samstag
        begonnen hatten"): that clause tells of the noun's act, its time too."""
        if end < sent.end and self.cols.text[end] != "," and self._has("relative_pronouns", end) \
                and self._relative_clause_at(doc, end, sent):
            return next((k for k in range(end + 1, sent.end) if self._has("clause_breaks", k)), sent.end)
        return self._relative_end(doc, end)

    def _relative_end(self, doc, end: int) -> int:
        """The end of a relative clause right after a clause ending at ``end`` (", which
        never took place"), else ``end``."""
        sent = self.cols.sent_of(max(end - 1, 0))
        if end + 1 >= sent.end or self.cols.text[end] != "," or not self._relative_clause_at(doc, end + 1, sent) \
                or self._cue_at(end + 1, "setting_relatives"):
            return end                   # not ", during which she will meet X": another event's
        return next((k for k in range(end + 1, sent.end) if self._has("clause_breaks", k)), sent.end)
