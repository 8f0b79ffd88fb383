"""Clause geometry for the event component: comma clauses that keep lists and role
appositions whole, relative clauses, the window of a trigger, cue words in a span.

Not a pipeline component: :class:`ClauseGeometry` is mixed into the event finder, which
provides ``self.lex`` (the language's :class:`~diplograph.extract.lexicon.Lexicon`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from diplograph.extract.components.columns import QUOTE_MARKS, columns, spaced, within
from diplograph.extract.components.arranging import Arrangements
from diplograph.extract.components.fronting import FrontedCauses
from diplograph.extract.components.joins import ClauseJoins, is_acronym
from diplograph.extract.components.participles import ParticipleClauses


class ClauseGeometry(ClauseJoins, Arrangements, FrontedCauses, ParticipleClauses):
    """Where a trigger's clause starts and ends, and what lies in it.

    The geometry of one doc is asked for many times (every trigger looks at the clauses of
    the others), so :meth:`_start_doc` resets per-doc memos: which commas join a list or an
    apposition, and the tokens of role mentions and demonyms.
    """

    def _start_doc(self, doc) -> None:
        self._joining: dict[int, bool] = {}
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        self._fronted_verbs: dict[int, int | None] = {}
        self._cuts_of: dict[tuple[int, int], tuple[list, list]] = {}    # clause -> conjuncts' cuts
        # what earlier components found, read once (each ``doc._`` access costs)
        self._role_mentions = sorted((m for m in doc._.dg_role_mentions or [] if not m.deputy), key=lambda m: m.start)
        self._demonyms = sorted(doc._.dg_demonyms or [])
        self._demonym_firsts = [st for st, _, _ in self._demonyms]
        self._role_tokens = {i for m in self._role_mentions for i in range(m.start, m.end)}
        self._demonym_tokens = {i for st, en, _ in self._demonyms for i in range(st, en)}
        self.cols = cols = columns(doc)
        self._lower = cols.lower
        self._lists = self.lex.lowered_lists
        breaks = self.lex.lowered("clause_breaks")
        self._breaks = [word in breaks for word in self._lower]
        self._break_at, self._as_at = cols.where(breaks), cols.where(self.lex.lowered("clause_as"))
        dashes = [k for k in cols.where(frozenset({"-"})) if spaced(cols, k)]
        dashes += [k for phrase in self.lex.lowered("clause_break_phrases") for k in cols.where({phrase.split()[0]})
                   if cols.lower[k:k + len(phrase.split())] == phrase.split()]   # "in what analysts called"
        if dashes:                       # "flew near Japan - just as the leaders met": a dash
            for k in dashes:             # between words, not inside a compound ("US-Zerstörer")
                self._breaks[k] = True
            self._break_at = sorted(set(self._break_at + dashes))
        self._complementizers = cols.where(self.lex.lowered("complementizers"))

    def _any(self, name: str, lo: int, hi: int) -> bool:
        """Whether a token in [lo, hi) is in the word list ``name``."""
        return not self._lists.get(name, frozenset()).isdisjoint(self._lower[lo:hi])

    def _after_another_event(self, e: int, date) -> bool:
        """Whether another trigger stands between the end of a trigger at ``e`` and ``date``
        (a date mention): the date is that event's."""
        at = bisect_right(self.cols.idx, date.start) - 1
        return any(e <= t < at for t in self._trigger_starts)

    def _is_date(self, k: int) -> bool:
        """Whether token ``k`` is part of a date the date finder found."""
        if self._date_chars is None:
            self._date_chars = {i for d in self._dates for i in range(d.start, d.end)}
        return self.cols.idx[k] in self._date_chars

    def _has(self, name: str, k: int) -> bool:
        """Whether token ``k`` is in the word list ``name`` (as ``Lexicon.has`` of its text)."""
        return self._lower[k] in self._lists.get(name, ())

    def _bare_title(self, start: int, end: int) -> bool:
        """Whether the role words [start, end) name one person told of before, alone after a
        singular definite article ("The Secretary General also met ...", "traf der Premier",
        "die Kanzlerin"): not before a name ("President Lula"), an of-phrase, a possessive
        ("the president's visit": left to the possessor rules) or a comma, not
        plural ("the ministers"), not a German genitive after a noun ("Treffen der Minister")."""
        if start == 0 or self.cols.sent_of(start).start == start:
            return False
        last, lang = self._lower[end - 1], self.lex.lang
        if not (self._has("singular_articles", start - 1)
                or self._has("feminine_articles", start - 1) and last.endswith("in")) \
                or start > 1 and self._lower[start - 2] != "," and self._has("role_complements", start - 2):
            return False                 # "the Office of the President": a body's name
        if lang == "en" and last.endswith("s") and not last.endswith("ss") or lang == "de" and start - 2 >= \
                self.cols.sent_of(start).start and self.cols.title[start - 2] and self.cols.alpha[start - 2]:
            return False
        return end >= len(self._lower) or self.cols.ent[end] != "Person" and not self._has("role_complements", end) \
            and not (lang == "en" and self.cols.title[end])

    def _clause(self, doc, s, e) -> tuple[int, int]:
        """The comma-delimited clause around tokens [s, e), extended over list commas
        ("trafen sich Japan, Australien und Neuseeland")."""
        if (s, e) not in self._clauses:
            self._clauses[s, e] = self._find_clause(doc, s, e)
        return self._clauses[s, e]

    def _find_clause(self, doc, s, e) -> tuple[int, int]:
        sent = self.cols.sent_of(s)
        found = self._break_at           # the clause breaks of the doc, in order
        a = sent.start
        for i in range(bisect_left(found, s) - 1, -1, -1):
            if found[i] < sent.start:
                break
            if not self._joining_comma(doc, found[i], sent):
                a = found[i] + 1
                break
        b = sent.end
        for k in found[bisect_left(found, e):]:
            if k >= sent.end:
                break
            if not self._joining_comma(doc, k, sent):
                b = k
                break
        return self._cut_at_fronted_cause(s, sent, a, b)    # "Als Vergeltung für X | weist"

    def _cues(self, doc, lo, hi, name) -> bool:
        """Whether a cue of the word list ``name`` (one word or several) is in [lo, hi)."""
        words, phrases, firsts = self.lex.cues(name)
        span = self._lower[lo:hi]
        if not words.isdisjoint(span):
            return True
        if firsts.isdisjoint(span):
            return False
        text = " " + " ".join(span) + " "
        return any(f" {cue} " in text for cue in phrases)

    def _window(self, doc, s, e, sent, matches) -> tuple[int, int]:
        """The sentence, cut before a complementizer ("said that ...") after the trigger, or an
        "as" that opens a clause with a name for its subject ("as France prepares ...")."""
        lo, hi = sent.start, sent.end
        found = self._complementizers
        after = bisect_left(found, e)
        if after < len(found) and found[after] < hi:
            hi = found[after]
        before = bisect_left(found, s) - 1
        if before >= 0 and found[before] >= lo:
            lo = found[before] + 1
        hi = self._cut_at_fronted_cause(e - 1, sent, lo, hi)[1]    # the cause's own phrase
        return lo, self._as_clause(e, hi)     # "concluded a deal as France prepares to ..."

    def _relative_clause_at(self, doc, k, sent) -> bool:
        """Whether a relative clause starts at token ``k``: "das für Ende April angesetzt
        ist", "an dem Biden teilnahm", "which ...", "which Russia annexed"; not an article
        ("die Zusammenarbeit")."""
        if k + 1 >= sent.end:
            return False
        c = self.cols
        if self._has("relative_pronouns", k):
            if c.is_lower[k + 1] or not c.alpha[k + 1] or self._has("unambiguous_relatives", k):
                return True
            end = k + 1                  # German: a relative clause ends in its finite verb,
            while end < sent.end and not self._has("clause_breaks", end) \
                    and not c.punct[end]:
                end += 1                 # an infinitive clause in "zu" + verb
            last = end - 1
            return self.lex.lang == "de" and c.is_lower[last] and c.alpha[last] \
                and c.lower[end - 2] != "zu" and "zu" not in c.lower[last][1:-3]
        return c.is_lower[k] and c.alpha[k] and self._has("relative_pronouns", k + 1) \
            and not any(self._has(name, k) for name in ("relative_pronouns", "comparative_openers", "complementizers",
                                                        "subordinators", "causal_openers")) \
            and not self._has("complementizers", k + 1)
                                         # "an dem Biden teilnahm"; not "dass die Abwehr ...", ",
                                         # confirming that ...", "wie der Handel ... kann", "weil
                                         # das Land ... will", "da der Gipfel ..."

    def _status_span(self, doc, lo, hi, sent, noun: bool = True, end: int | None = None) -> int:
        """The clause end, extended over a relative clause that follows a noun trigger's
        clause ("das Treffen …, das … angesetzt ist"); a verb's clause keeps its end (the
        relative clause is the last noun's: "stationiert Raketen auf den Inseln, deren Süden
        von Japan beansprucht wird"), and so does a noun's whose clause ends in another
        common noun ("a visit to the island, which X ruled"): the trigger (ending at
        ``end``), a name, a date or a German verb must end it."""
        last, c = hi - 1, self.cols
        if end is not None and last >= end and not (c.ent[last] or self._is_date(last)) \
                and (c.title[last] if self.lex.lang == "de" else c.is_lower[last] and c.alpha[last]):
            return hi                    # a noun, not a German verb particle ("nahm ... teil, an dem")
        return self._relative_end(doc, hi) if noun else hi

    def _predicate_after_aside(self, doc, hi, sent) -> tuple[int, int] | None:
        """The clause that goes on after an aside on a noun trigger's clause ending at
        ``hi`` (", announced on Friday, will take place next week", ", der im Mai vereinbart
        wurde, soll im Juni stattfinden"): its verb says whether and when the event takes
        place. Its tokens [start, end), or None if no aside closes with a comma before a
        lower-case word."""
        text, c = self.cols.text, self.cols
        if hi >= sent.end - 1 or text[hi] != "," or not (
                self._participle(hi + 1) or self._relative_clause_at(doc, hi + 1, sent)):
            return None
        k = self._segment(doc, hi, sent, 1)[1]          # the aside's end
        if k >= sent.end - 1 or text[k] != "," or not (c.is_lower[k + 1] and c.alpha[k + 1]) \
                or self._has("purpose_openers", k + 1):
            return None                  # not ", um ... abzuwehren": a purpose, no predicate
        return self._segment(doc, k, sent, 1)

    def _cause_head(self, doc, ev, s: int, lo: int, reach: int = 5) -> int | None:
        """The position of a preposition of cause heading the trigger noun's phrase ("wegen
        eines russischen Manövers", "Protest gegen die Übungen", "over the drills"), or None:
        such an event takes the entities of its own phrase, not those of the protest."""
        if not self._noun_trigger(doc, ev) or self._bare_object(s):
            return None
        for k in range(s - 1, max(lo, s - reach) - 1, -1):
            if self._opens_object(k):
                return None              # "angesichts des Krieges | einen Importstopp": the object
            if self._has("cause_heads", k) or self._has("objection_verbs", k) \
                    or self._has("reaction_links", k) and k > 0 and self._has("reaction_nouns", k - 1):
                return k                 # also "protests Russia's drills", "kritisierte das Manöver",
                                         # "an objection to the airspace violation"
            if self.cols.punct[k] and self.cols.text[k] != "-" or k in self._trigger_starts \
                    or self._has("setting_prepositions", k):
                return None              # not "criticised X at the summit": where, not what
        return None

    def _opens_object(self, k: int) -> bool:
        """Whether a German article at ``k`` right after a noun opens a new phrase, the
        clause's object ("wegen des Krieges | einen Importstopp"), not a genitive ("des")
        nor the object of a preposition ("auf die Ukraine", "den G7 gegenüber"); a count does
        too ("wegen des Anschlags | 23 russische Diplomaten")."""
        count = self.cols.text[k].isdigit() and k + 1 < len(self.cols.text) and not self.cols.title[k + 1]
        return k > 0 and (self._has("object_articles", k) or count) and self.cols.title[k - 1] \
            and not self.cols.punct[k - 1] \
            and not self._any("postpositions", k + 1, min(k + 5, len(self.cols.text)))

    def _performed(self, v: int, s: int) -> bool:
        """Whether the verb at ``v`` announces the act at ``s`` ("declared an end to", "verkündete
        neue Sanktionen", "announced the start of drills"), calls it off ("sagt den Gipfel ...
        ab") or lists someone on it ("added X to its stop list"): the speaker is its actor."""
        between = [k for k in range(v + 1, s)       # "kündigte am 1. Juni ...", "the start of",
                   if not self._is_date(k) and not self._has("phase_words", k)    # "live-fire": not
                   and not (self.cols.text[k] == "-" and self.cols.alpha[k - 1] and self.cols.alpha[k + 1])  # counted,
                   and self.cols.text[k] not in QUOTE_MARKS]   # nor quotation marks
        if self._has("cancelling_stems", v) and not self.cols.punct[v + 1] and self._cancel_particle(s) \
                or self._has("listing_verbs", v) and not any(self.cols.punct[k] for k in between):
            return True
        if self._has("complement_verbs", v) and self._has("complement_triggers", s):
            return not any(self.cols.punct[k] or self._has("complementizers", k) for k in between)   # "declared
        return self._has("performative_verbs", v) and len(between) <= 3 and all(   # X persona non grata"
            self._has("determiners", k) or self.cols.is_lower[k] and self.cols.alpha[k]
            and not self._has("complementizers", k) for k in between)

    def _said_from(self, v: int, s: int) -> int:
        """The first token of what the speech verb at ``v`` says, before token ``s``: past
        commas, complementizers, dates, a bracketed date, a word for a part of the day before
        a date and particles ("said on Friday that it ...", "announced early Thursday (May 23)
        that it ...")."""
        k = v + 1
        while k < s:
            if self.cols.text[k] == "," or self._has("complementizers", k) or self._is_date(k) \
                    or self._has("verb_particles", k) or self._has("day_part_words", k) and self._is_date(k + 1) \
                    or self.cols.text[k] in ("(", ")") and (self._is_date(k + 1) or self._is_date(k - 1)):
                k += 1
            elif (aside := self._aside_length(k)) and k + aside <= s:
                k += aside               # "said in turn it would ...", "erklärte seinerseits"
            else:
                break
        return k

    def _aside_length(self, k: int) -> int:
        """The number of words of a phrase of ``said_asides`` starting at token ``k``, or 0."""
        for phrase in self._lists.get("said_asides", ()):
            words = phrase.split()
            if self._lower[k:k + len(words)] == words:
                return len(words)
        return 0

    def _speaker_part(self, doc, lo, s, acts: bool = False, responds: bool = False) -> set:
        """"Peskov said the talks had been constructive": the trigger is in what was said;
        the speaker before the speech verb is no participant. Not so when a pronoun for
        the speaker opens what was said ("Abe said he ...", and for an act of a state,
        "Japan said on Friday it had expelled ...")."""
        pronouns = ("pronouns_for_people", "pronouns_for_bodies") if acts else ("pronouns_for_people",)
        source: set = set()
        for v in reversed(within(self._speech_verbs, lo, s)):
            if self._has("attribution_words", v):
                source |= self._source_phrase(v, lo, s)  # "X hat laut seinem Ministerium ...": X acts
                continue
            if self._says_at(v, s):
                return source            # "Xi said at a forum in Osaka": he is there
            k = self._said_from(v, s)
            if k < s and any(self._has(name, k) for name in pronouns) and not self._clause_between(doc, k, s) or \
                    self._has("infinitive_markers", s - 1) or self._zu_infinitive(s) \
                    or self._performed(v, s) or self._second_act(v, s) or responds and self._speaker_goes_on(v, s) \
                    or self._by_means(v, s):
                return source             # "Abe said he plans to visit", "kündigte an, ... nach Japan
                                          # zu reisen", "sich ... zurückzuziehen": the speaker acts
            return set(range(lo, v)) | source
        return source

    def _second_act(self, v: int, s: int) -> bool:
        """Whether the trigger at ``s`` is a second act of the one who performs an act by the
        verb at ``v`` ("announced an import ban and expelled eight diplomats", "kündigte ein
        Embargo an und wies Diplomaten aus"), not what that verb says: an act the verb
        performs lies between them, and a joining word after it."""
        acts = [t for t in self._trigger_starts if v < t < s and self._performed(v, t)]
        return bool(acts) and any(self._has("list_joiners", k) and self.cols.alpha[k]
                                  for k in range(min(acts) + 1, s))

    def _phrase_ends(self, j: int) -> bool:
        """Whether a since-phrase ends before token ``j``: at the clause's verb ("Seit dem
        Gipfel in Madrid | haben Kanada und ...", "since the war | has") or at a participle
        it is an adverb of ("ein seit Monaten | geplantes Manöver in der Ostsee")."""
        return self._has("finite_auxiliaries", j) or self._participle_adjective(j) \
            or j in self._trigger_starts and self.cols.is_lower[j]

    def _defied_ends(self, k: int, j: int) -> bool:
        """Whether what a "despite" phrase opened at ``k`` defies ends before token ``j``: at
        the agent of a passive, a place or a time ("ungeachtet des Haftbefehls | vom
        Staatschef | in X"), at a German verb after its noun ("Trotz der Warnung | verhängte
        die EU"), at an English name after its noun ("Despite the warrant | Putin traveled");
        not at a word that links the phrase on (``concessive_links``: "of", "from", "mit")."""
        if self._has("passive_agents", j) or self._has("place_prepositions", j) or self._is_date(j):
            return True
        c = self.cols
        if self.lex.lang == "de":
            return c.is_lower[j] and c.alpha[j] and not self._has("concessive_links", j) \
                and any(c.title[x] and c.alpha[x] for x in range(k + 1, j))
        return bool(c.ent[j]) and c.ent[j - 1] != c.ent[j] and j - 1 > k and c.is_lower[j - 1] \
            and c.alpha[j - 1] and not self._has("concessive_links", j - 1)

    def _infinitive_to(self, k: int) -> bool:
        """Whether token ``k`` marks an infinitive: "zu", or an English "to" before a
        lowercase word that is no determiner ("to impose", not "to the war")."""
        if k < 0 or not self._has("infinitive_markers", k):
            return False
        if self.lex.lang != "en":
            return True
        return k + 1 < len(self.cols.text) and self.cols.is_lower[k + 1] and not self._has("determiners", k + 1)

    def _phrase_word(self, k: int) -> bool:
        """Whether a lowercase word can go on a German noun phrase after its noun ("des",
        "auf", "am", "von"): no verb, which ends the phrase a preposition heads."""
        return any(self._has(name, k) for name in ("determiners", "place_prepositions", "setting_prepositions",
                                                    "reference_preps", "list_joiners", "phrase_prepositions"))

    def _is_reference(self, doc, s, lo) -> bool:
        return self._reference_prep(doc, s, lo) is not None

    def _definite(self, doc, s, lo) -> bool:
        """"die Gespräche", "the first summit": a definite noun phrase headed by the trigger."""
        if s - 1 >= lo and self._has("definite_determiners", s - 1):
            return True
        k = self.cols.compound_start(s - 1, lo)       # "the 90-minute meeting"
        return k - 1 >= lo and self._has("definite_determiners", k - 1) \
            and self.cols.is_lower[s - 1] and not self.cols.ent[s - 1]

    def _bare(self, doc, e, hi, matches) -> bool:
        """Whether the phrase a noun trigger heads names nothing of its own: no name and no
        date up to its end ("after the phone call." but not "after the call with X")."""
        end = self._phrase_end(doc, e, hi, matches)
        if any(self.cols.ent[k] for k in range(e, end)):
            return False
        lo, up = self.cols.idx[e] if e < len(doc) else len(self.cols.text), \
            self.cols.idx[end - 1] + len(self.cols.text[end - 1]) if end > e else 0
        return not any(lo <= d.start < up for d in self._dates)

    def _reference_prep(self, doc, s, lo) -> int | None:
        """"vor dem Treffen", "before the NATO summit": the position of a temporal
        preposition heading the trigger's noun phrase (determiners, adjectives, names, their
        "'s" and hyphens in between), or None. Asked once per trigger and clause start."""
        if (s, lo) not in self._reference_at:
            self._reference_at[s, lo] = self._find_reference_prep(s, lo)
        return self._reference_at[s, lo]

    def _find_reference_prep(self, s, lo) -> int | None:
        if self.lex.lang == "de" and not self.cols.title[s] \
                or self.lex.lang != "de" and not self._has("event_nouns", s):
            return None                  # "after the talks", not "after China deployed": event
                                         # nouns (capitalised in German), not verbs
        c, k, steps, skipped = self.cols, s - 1, 0, 0
        reach = 9 if ")" in c.text[max(lo, s - 6):s] else 6     # past "(G20)"
        if not self._any("reference_preps", max(lo, s - reach), s) and not self._any("route_nouns", max(lo, s - 12), s):
            return None                  # none of the six tokens before is one (twelve for a way)
        while k >= lo and steps < 6:     # a way within six words, a name and "-" counting none
            if self._in_acronym(k):
                k, skipped = k - 1, skipped + 1
                continue                 # "a Group of 20 (G20) summit": the bracket counts none
            if self._has("reference_preps", k) and s - k - skipped <= 6 and self._headed_by(k) or self._en_route(k):
                return None if self._governs_gerund(k, s) else k   # ("on the way to the two-day Group of Seven
                                         # summit"); not "before sitting down for their first meeting"
            steps += not (c.text[k] == "-" or c.ent[k] and k > lo and c.ent[k - 1] == c.ent[k])
            if c.ent[k] == "Place":
                return None              # "nach Moskau reisen": a destination, not an event
            if not (self._has("determiners", k) or c.ent[k] or c.text[k] in ("-", "'s", "’s") or self._is_date(k)
                    or self._has("participation_nouns", k)       # "nach der Teilnahme am Gipfel"
                    or c.alpha[k] and c.is_lower[k] and not self._has("list_joiners", k)):
                return None
            k -= 1
        return None

    def _governs_gerund(self, k: int, s: int) -> bool:
        """Whether the English preposition at ``k`` governs a gerund right after it that a
        preposition links to the noun ``s`` ("before sitting down for the meeting"): the act
        after it is the gerund's, and the noun is no event the preposition points to. Not a
        gerund that takes the noun itself ("after holding talks", "after finishing the talks")."""
        j = k + 1
        return j < s and self._gerund(j) and not self._has("ing_adjectives", j) \
            and not (self._has("attendance_verbs", j) or self._has("support_verbs", j)) \
            and self._any("gerund_links", j + 1, s)    # "after attending the summit", "before holding
                                                      # talks", "after finishing their talks": the talks

    def _in_acronym(self, k: int) -> bool:
        """Whether token ``k`` is part of a bracketed acronym, "(", "G20" or ")"."""
        text, n = self.cols.text, len(self.cols.text)
        at = k + 1 if text[k] == "(" else k - 1 if text[k] == ")" else k
        return 0 < at < n - 1 and text[at - 1] == "(" and text[at + 1] == ")" and is_acronym(text[at])

    def _headed_by(self, k: int) -> bool:
        """Whether the word at ``k`` heads what follows: "the eve of", "am Vortag des", not "am Vortag"."""
        return not self._has("genitive_reference_preps", k) or k + 1 < len(self._lower) and self._has("genitive_links", k + 1)

    def _en_route(self, k: int) -> bool:
        """Whether token ``k`` is the noun of a way that leads to an event ("on his way to the
        summit", "en route to the talks", "auf dem Weg zum Gipfel"): the event is still ahead."""
        return self._has("route_nouns", k) and k + 1 < len(self._lower) and self._has("route_particles", k + 1) \
            and any(self._has("route_openers", j) for j in range(max(0, k - 2), k))

    def _ahead_phrases(self, doc, e: int, sent, matches) -> set[int]:
        """The tokens of the phrases after ``e`` in ``sent`` that tell of an event to come
        ("met X ahead of the summit on Sunday", "on the way to talks in Y on Monday"): their
        time is that event's, not the act's."""
        found = set()
        for _, ms, me in matches:
            if e <= ms < sent.end and (prep := self._reference_prep(doc, ms, self._clause(doc, ms, me)[0])) is not None \
                    and prep >= e and (self._has("upcoming_preps", prep) or self._en_route(prep)):
                found.update(range(prep, self._phrase_end(doc, me, sent.end, matches)))
        return found

    def _phrase_end(self, doc, e, hi, matches) -> int:
        """Where the phrase of a trigger ending at ``e`` ends: at a clause break, the next
        trigger, the next temporal preposition ("nach dem Gipfel | nach Berlin reisen") or
        the clause's finite verb ("Seit dem Gipfel in Madrid | haben X und Y ...")."""
        end = e
        while end < hi and end not in self._trigger_starts and not self._breaks[end] \
                and not self._has("reference_preps", end) and not self._has("finite_auxiliaries", end):
            end += 1
        return end

    def _setting_subject(self, ev, s: int, sent, reach: int = 6, said: bool = False) -> None:
        """"X told Y during the phone call", "X expressed ..., in a phone conversation with
        Y": a call a clause is said in, headed by a setting preposition a few words before
        the trigger at ``s``, has the clause's subject on it: the person the clause (after
        its last "that") opens with, or the person a pronoun opening it stands for. If
        ``said``, only when a verb of saying comes between ("X expressed concern in a
        meeting with Y", not "X's predecessor was in Kyiv for talks")."""
        p = next((k for k in range(s - 1, max(sent.start, s - reach) - 1, -1)
                  if self._has("fronted_settings", k) or self._breaks[k] and self.cols.text[k] != "-"), None)
        if p is None or self._breaks[p] or p == sent.start or self._their_setting(ev, p, s, sent):
            return
        lo = max([k + 1 for k in range(sent.start, p) if self._has("complementizers", k)] or [sent.start])
        while lo < p and self.cols.text[lo].isspace():
            lo += 1
        if said and (not within(self._speech_verbs, lo, p) or within(self._complementizers, p, s)
                     or any(self.cols.ent[k] for k in range(p, s))):
            return                       # "told reporters during a trip to Italy that talks ..."
        verbs = [v for v in within(self._speech_verbs, lo, p) if not self._has("attribution_words", v)]
        if said and verbs:               # "X said Y had raised it in a meeting": Y, who raised it
            verb = verbs[-1]             # (not "according to", "laut")
            lo = max([e.start for e in self._overlapping(lo, verb) if e.label_ == "Person" and e.end <= verb]
                     or [lo])
        if self._has("person_pronouns", lo):
            ev.pronoun = True
        elif (subject := self._person_near(lo, p, 6)) is not None \
                and (ref := subject.ent_id_ or (subject.start, subject.end)) not in ev.actors:
            ev.actors.insert(0, ref)

    def _watched_by(self, e: int, sent, reach: int = 5) -> int | None:
        """Where a passive of watching after the trigger ending at ``e`` names its watcher
        (its agent word, or the verb if that comes first), or None."""
        for k in range(e, sent.end):
            if self._has("observation_verbs", k):
                agents = [j for j in range(max(e, k - reach), min(sent.end, k + reach)) if self._has("passive_agents", j)]
                if agents:
                    return min(k, agents[0])
        return None

    def _judged_by(self, e: int, sent, reach: int = 4) -> set:
        """The tokens of a passive of disapproval after the trigger ending at ``e`` that names
        its judge ("... were condemned by X", "... wurden von X scharf kritisiert"): the verb,
        the agent word and the judges' names; they take no part. The agent follows an English
        verb and comes before a German one."""
        de = self.lex.lang == "de"
        for k in range(e, sent.end):
            if self._has("judging_participles", k):
                near = range(max(e, k - reach), k) if de else range(k + 1, min(sent.end, k + 2))
                if (agents := [j for j in near if self._has("passive_agents", j)]):
                    named = self._name_list(agents[-1] + 1, sent.end, 1) if not de else set()
                    return set(range(min(k, agents[-1]), max(named, default=k) + 1))
        return set()

    def _last_done(self, lo: int, s: int) -> bool:
        """Whether the clause before the trigger at ``s`` says when its people last did it
        ("X and Y last met in May", "last held talks in June 2021 at the margins of the
        summit"): an earlier instance, not the news. "last" right before a lower-case word
        that opens no span of time ("last week", "last time", "the last two days")."""
        return any(self._has("last_adverbs", k) and k + 1 <= s and self.cols.is_lower[k + 1] and self.cols.alpha[k + 1]
                   and not self._has("duration_nouns", k + 1) and not self._has("determiners", k + 1)
                   and not self._has("last_span_words", k + 1)
                   for k in range(lo, s))
