"""When an article's events are told against its publication: the news of its lead, events
dated after it (still to come) or before it, and present tenses that tell of a next day.

A mixin of the article's assembly (:mod:`diplograph.extract.article`): it reads the
article (``self.article``), its token columns (``self.cols``), the doc's anchor date and
the article's events (``self.facts.events``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from diplograph.extract.components.columns import DATELINE_DASHES, doc_text
from diplograph.extract.coreference import DECLARED
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import Event

#: acts one side does alone, reported with that side only ("Japan protested", "scrambled jets")
LONE_ACTS = frozenset({"Protest", "Interception", "Deployment", "MissileLaunch", "MilitaryExercise", "Suspension",
                       "NuclearTest", "Accession"})

__all__ = ["PublicationTime"]

#: date rules of a month or a day told without its year ("im Juni", "am 8. Februar")
_UNDATED_YEAR = frozenset({"month", "dmy", "mdy", "dmy_range", "mdy_range"})
_DAYS_AHEAD = 45

#: acts "the incident" names in a report of one ("the incident took place on Thursday")
INCIDENTS = frozenset({"AirspaceViolation", "Interception", "Seizure"})

#: the lead is the headline's and story's first this many sentences ...
LEAD_SENTENCES = 2
#: ... of at least this many tokens
LEAD_WORDS = 6


class PublicationTime:
    """The assembly's tests and steps on an event's time against the publication's."""

    def _current(self, ev: Event, days: int = 7) -> bool:
        """Whether an event may be the article's own news: not dated away from its
        publication (a day of the week before it is the news: "met on Wednesday"), nor by
        a time the article cannot place ("in early March"; a weekday in an article of a known
        month is of that month)."""
        published = self.article.published
        if ev.relative_date and ev.date is None or ev.prior:
            return False
        if ev.date is None or published is None or ev.date.contains(published):
            return True
        return ev.date.precision == "day" and published.precision == "day" \
            and -1 <= (published.date() - ev.date.date()).days <= days    # a day ahead: a later time zone

    def _told_date(self) -> None:
        """An event told as done in what someone said on a given day ("Japan said on Friday
        it had expelled ...") with no time of its own came by that day: it takes the day,
        marked ``lead_dated`` as a lead's publication day is (the act may have come a few
        days before the saying). Not a background event, nor a day after publication."""
        for ev in self.facts.events:
            told = self._told.get(id(ev))
            if told is not None and ev.date is None and not ev.relative_date and ev.status == "Happened" \
                    and not ev.prior and not self._after_publication(told):
                ev.date, ev.lead_dated = told, True

    def _told_back(self) -> None:
        """"Russland hat ... ausgewiesen. Das teilte das Ministerium am Mittwoch mit.", "...
        The ministry announced this on Wednesday.": a sentence that reports the one before it
        (a word for it, ``report_anaphors``, beside a verb of ``report_back_verbs``) with one
        day gives that sentence's acts told as done or called off, with no time of their own,
        that day, as a saying's day in their own sentence does (:meth:`_told_date`)."""
        lex = load_lexicon(self.article.lang)
        verbs, anaphors = lex.lowered("report_back_verbs"), lex.lowered("report_anaphors")
        sents, dates = list(self.cols.sents), self.doc._.dg_dates or []
        for before, sent in zip(sents, sents[1:]):
            if not self._reports_back(self.cols.lower[sent.start:sent.end], verbs, anaphors):
                continue
            days = [d.value for d in dates if sent.start_char <= d.start < sent.end_char and d.value is not None]
            if len(days) != 1 or days[0].precision != "day" or self._after_publication(days[0]):
                continue
            for ev in self.facts.events:
                if ev.date is None and not ev.relative_date and ev.status != "Planned" and not ev.prior \
                        and any(before.start_char <= a < before.end_char for a, _ in ev.sents) \
                        and not self._told_as_earlier(ev):      # not "X hatte Y vor kurzem getroffen"
                    ev.date, ev.lead_dated = days[0], True

    @staticmethod
    def _reports_back(words: list, verbs: frozenset, anaphors: frozenset) -> bool:
        """Whether a sentence's lowered ``words`` report the sentence before: it opens with a
        word for it and a verb of saying follows ("Das teilte ...", "This was announced"), or
        the word follows such a verb ("announced this").

        >>> PublicationTime._reports_back(["das", "teilte", "x", "mit"], frozenset({"teilte"}), frozenset({"das"}))
        True
        >>> PublicationTime._reports_back(["das", "treffen", "war", "gut"], frozenset({"teilte"}), frozenset({"das"}))
        False
        """
        return bool(words) and words[0] in anaphors and any(w in verbs for w in words[1:3]) \
            or any(a in verbs and b in anaphors for a, b in zip(words, words[1:]))

    def _incident_day(self) -> None:
        """"Japan said on Friday it had scrambled jets ... . The incident took place on
        Thursday", "Der Vorfall ereignete sich am Donnerstag": a sentence that dates the
        incident (a definite incident noun and a verb of occurring) with one day dates the
        lead's incidents that have no time of their own, or only the day they were told,
        when that day is not later."""
        undated = [ev for ev in self.facts.events if ev.kind in INCIDENTS and ev.status == "Happened"
                   and not ev.prior and ev.sents[0][0] < self._lead_end
                   and (ev.date is None and not ev.relative_date or ev.lead_dated)]
        day = self._incident_sentence_day() if undated else None
        for ev in undated if day is not None else ():
            if ev.date is None or day.date() <= ev.date.date():
                ev.date, ev.lead_dated = day, False

    def _incident_sentence_day(self):
        """The one day a sentence of the article gives the incident it reports, or None: a
        sentence that names no other time ("after", "seit") and denies nothing."""
        lex, dates = load_lexicon(self.article.lang), self.doc._.dg_dates or []
        verbs = lex.lowered("incident_verbs")
        for k in self.cols.where(lex.lowered("incident_nouns")):
            sent = self.cols.sent_of(k)
            words = self.cols.lower[sent.start:sent.end]
            if k == sent.start or not lex.has("incident_openers", self.cols.lower[k - 1]) \
                    or not any(f" {v} " in " " + " ".join(words) + " " for v in verbs) \
                    or any(lex.has("incident_blockers", w) or lex.has("negation_cues", w) for w in words[1:]):
                continue                 # not "the incident happened days after one on Monday", "never happened"
            days = [d.value for d in dates if sent.start_char <= d.start < sent.end_char and d.value is not None]
            if len(days) == 1 and days[0].precision == "day" and not self._after_publication(days[0]):
                return days[0]
        return None

    def _lead_date(self) -> None:
        """The news of the headline and lead happened when the article was published: an
        event reported as happened there without a time of its own gets the publication
        day ("Canada is recalling its envoy", "Norwegen verlegt Fregatten ..."); one told in
        the narrator's past perfect ("had expelled") came before the news and is neither. A lead
        event dated the publication day is marked ``lead_dated``: the act may have come a
        few days before the news of it. Every event the lead tells as happened is marked
        ``lead``, dated or not (fusion dates an undated article by it)."""
        published = self.article.published
        lead_end = self._lead_end
        for ev in self.facts.events:
            if ev.status != "Happened" or ev.prior or ev.sents[0][0] >= lead_end or self._told_as_earlier(ev):
                continue
            ev.lead = True
            if published is None or published.precision == "year":
                continue
            if ev.date is None and not ev.relative_date:
                ev.date = published
            ev.lead_dated = ev.lead_dated or ev.date == published   # a stamp's day, or the
                                                                    # reporting day

    def _reported_weekday(self, before: int = 5, after: int = 3) -> None:
        """In an article of a known month only, the lead's news told without a time of its
        own ("Russland hat ... getestet") came by the weekday a speaker of the lead names
        ("..., teilte das Ministerium am Mittwoch mit", "the ministry said on Wednesday"): it
        keeps the month, with that weekday beside it (fusion finds the day among the reports
        that date it). Not when the lead's speakers name two weekdays, nor for what a protest
        is about (the visit protested came before)."""
        published = self.article.published
        if published is None or published.precision != "month":
            return
        lex, cols = load_lexicon(self.article.lang), self.cols
        said = []                        # (weekday word, date text), in the order of the text
        for d in self.doc._.dg_dates or ():
            if d.rule != "weekday" or d.start >= self._lead_end:
                continue
            k = bisect_right(cols.idx, d.start) - 1
            sent = cols.sent_of(k)
            if any(lex.has("speech_verbs", cols.lower[j]) for j in range(max(sent.start, k - before),
                                                                       min(sent.end, k + after + 1))):
                said.append((cols.lower[bisect_left(cols.idx, d.end) - 1], d.text))
        if len({day for day, _ in said}) != 1:
            return
        for ev in self.facts.events:
            if ev.lead and ev.lead_dated and ev.date == published and not ev.relative_date and not ev.objected:
                ev.relative_date = said[0][1]

    def _told_as_earlier(self, ev) -> bool:
        """Whether every mention of ``ev`` tells it in the narrator's past perfect ("Japan had
        expelled two diplomats", "Japan hatte ... ausgewiesen"): before the news, so not of
        the publication day, even in the lead."""
        mentions = [m for m, _, target in self._placed if target is ev]
        return bool(mentions) and all(m.perfect for m in mentions)

    def _succession_day(self, reach: int = 2) -> None:
        """"Shortly afterwards, X met Y", "Kurz darauf traf X Y": an act told as coming right
        after the one before it, with no time of its own, is of that act's day (a
        ``succession_openers`` phrase opens its sentence; the act it follows is the dated
        act told as happened in the nearest of the ``reach`` sentences before)."""
        openers = load_lexicon(self.article.lang).lowered("succession_openers")
        sents = [(s.start_char, s.end_char) for s in self.cols.sents]
        if not openers or not sents:
            return
        starts = [a for a, _ in sents]
        number = lambda char: max(0, bisect_right(starts, char) - 1)     # noqa: E731
        happened = [ev for ev in self.facts.events if ev.status == "Happened" and not ev.prior]
        dated = [(number(a), ev) for ev in happened if ev.date is not None and ev.date.precision == "day"
                 for a, _ in ev.sents]
        for ev in happened:
            if ev.date is not None or ev.relative_date:
                continue
            k = number(ev.sents[0][0])
            opening = self.article.text[sents[k][0]:sents[k][1]].lower()
            if not any(opening.startswith(o) and opening[len(o):len(o) + 1] in (",", " ") for o in openers):
                continue
            before = [(j, other) for j, other in dated if 0 < k - j <= reach]
            if before:
                other = max(before, key=lambda b: b[0])[1]
                ev.date, ev.lead_dated = other.date, other.lead_dated

    @cached_property
    def _lead_end(self) -> int:
        """Where the lead ends (a character offset): after the first :data:`LEAD_SENTENCES`
        different sentences of at least :data:`LEAD_WORDS` tokens (header lines, bylines and
        captions before them count as lead; a caption or headline a page repeats, in any
        case, counts once). Found once per article; the assembly asks for it per event."""
        sentences, words = LEAD_SENTENCES, LEAD_WORDS
        seen, texts = 0, set()
        text = self.article.text
        for sent in self.cols.sents:
            said = text[sent.start_char:sent.end_char].strip().lower()    # a headline repeated
                                                                           # in sentence case
            if sent.end - sent.start >= words and said not in texts:
                texts.add(said)
                seen += 1
                if seen == sentences:
                    return sent.end_char
        return len(self.article.text)

    def _after_publication(self, date) -> bool:
        """Whether ``date`` begins after the day or month the article was published."""
        published = self.article.published
        return date is not None and published is not None and published.precision != "year" \
            and date.date() > published.date() and not published.contains(date)

    def _before_publication(self, date) -> bool:
        """Whether ``date`` ends before the article's publication (and does not hold it)."""
        published = self.article.published
        return date is not None and published is not None and date.date() < published.date() \
            and not date.contains(published)

    def _zone_day(self, m, date, actors: list) -> bool:
        """Whether the weekday ``date`` of an act told as done, six days before a day-dated
        publication, is the day after it: a report of an act in a later time zone (East Asia,
        Oceania: ``later_zone_countries``, the place's country or else every actor's) dated
        where it was still the day before ("North Korea launched a missile on Tuesday" in a
        story dated Monday in New York). An act a week old is told as "last Tuesday" or by its
        date; nor "since Tuesday", a past before the past, or a weekday its sentence dates
        otherwise ("on Thursday, March 6")."""
        published, lex = self.article.published, load_lexicon(self.article.lang)
        d = lex.dates
        if m.date is None or m.date.rule != "weekday" or date is None or date.precision != "day" or m.prior \
                or published is None or published.precision != "day" or (published.date() - date.date()).days != 6 \
                or any(o is not m.date and m.sent[0] <= o.start < m.sent[1] for o in self.doc._.dg_dates or ()):
            return False
        where = self.kb.country_slug(m.place) if isinstance(m.place, str) else self._dateline_country()
        states = {where} if where else {c for a in actors if isinstance(a, str)
                                        for c in [a if self.kb.is_country(a) else self.kb.country_slug(a)]}
        if not states or None in states or not states <= lex.lowered("later_zone_countries"):
            return False
        spans = set(d["day_preps"].split("|")) - set(d["point_day_preps"])
        return not any(w in spans or w in d["past_markers"] for w in m.date.text.lower().split()) \
            and self._tells_past(m, endings=not m.noun)     # not "at a summit session Tuesday,
                                                            # X is expected to"

    def _dateline(self):
        """The sentence and the place or country key of the dateline the story opens with
        ("MADRID, June 29 (AP) -", "SINGAPORE —", "TOKYO (Reuters) -"), in one of its first
        sentences (the lead may follow a headline, a byline and a share button); None if it
        has none. A country counts only before a dash or bracket ("SINGAPORE —"; not "UK,
        French leaders meet"), and two desks are none ("Rome/Moscow (dpa) -")."""
        text = self.cols.text
        for sent in self.cols.sents[:8]:
            ents = sorted(self._ents_in(sent, "Place") + [e for e in self._ents_in(sent, "Country")
                                                           if e.end < len(text) and text[e.end] in DATELINE_DASHES],
                          key=lambda e: e.start)
            if ents and self.cols.dateline_place(ents[0].start, ents[0].end) and text[ents[0].end] != "/":
                return sent, self.span_key[(ents[0].start, ents[0].end)]
        return None

    def _dateline_country(self) -> str | None:
        """The country of the story's dateline (:meth:`_dateline`), if the knowledge base knows it."""
        dateline = self._dateline()
        key = dateline[1] if dateline is not None else None
        return key if key is None or self.kb.is_country(key) else self.kb.country_slug(key)

    def _told_ahead(self, m, ahead, days: int = 200) -> bool:
        """Whether the trigger is a verb in the present tense ("trifft", "reisen", "meets"; not
        a form a participle shares, as "besucht" in "hat ... besucht") and ``ahead``, the next
        such day or month, begins within ``days`` of the article's day: then a day or month
        the article's time has passed tells of the next one ("in July" in June; not "in May",
        which a present tense in June recounts)."""
        now = self.article.published or self.doc._.dg_anchor
        return now is not None and (ahead.date() - now.date()).days <= days and self._present(m)

    def _nearer_ahead(self, m, date, ahead) -> bool:
        """Whether a noun trigger's bare month or day ("beim Gipfel im Juni", "Staatsbesuch im
        Dezember", "kommt am 8. Februar zu Gesprächen") is the coming one: it lies nearer to the
        article's time than the last one, or follows "ab" (a day: at most ``_DAYS_AHEAD`` ahead), and its
        sentence tells nothing past (no past or perfect auxiliary, past-tense verb or lower-case
        word with a past ending: "-ed", "-te(n)"; a participle as adjective keeps it past too,
        which errs towards the last one)."""
        now = self.article.published or self.doc._.dg_anchor
        forward = self._forward_day(m)   # "ab Montag", "starting Sunday"
        if not m.noun or m.prior or m.date.rule not in _UNDATED_YEAR and not (forward and m.date.rule == "weekday") \
                or now is None or ahead is None:
            return False
        if not forward and not self._nearer(date, ahead) \
                or m.date.rule != "month" and (ahead.date() - now.date()).days > _DAYS_AHEAD:
            return False                 # a day is the coming one only within weeks
        return not self._tells_past(m)

    def _nearer(self, date, ahead) -> bool:
        """Whether ``ahead``, the next such day or month, lies nearer to the article's time
        than ``date``, the last one (a plan called off: "the talks set for October" told in
        June are October's to come, told in November the October just past)."""
        now = self.article.published or self.doc._.dg_anchor
        return now is not None and ahead is not None and (ahead.date() - now.date()).days < (now.date() - date.date()).days

    def _tells_past(self, m, endings: bool = True) -> bool:
        """Whether the sentence of ``m`` tells something past: a past or perfect auxiliary, a
        past-tense verb or (with ``endings``) a lower-case word with a past ending ("-ed",
        "-te(n)", which participles share: "is expected"; not a plan's participle, "the planned
        summit", "der geplante Gipfel")."""
        lex, sent = load_lexicon(self.article.lang), self.cols.sent_of(m.trigger[0])
        ends = tuple(lex.words.get("past_endings", ())) if endings else ()
        return any(lex.has("past_auxiliaries", w) or lex.has("past_tense_verbs", w)
                   or lex.has("present_perfect_auxiliaries", w)
                   or ends and self.cols.is_lower[k] and len(w) > 4 and w.endswith(ends)
                   and not lex.has("plan_participles", w)
                   for k, w in ((k, self.cols.lower[k]) for k in range(sent.start, sent.end)))

    def _present(self, m) -> bool:
        """Whether the trigger holds a verb in the present tense ("trifft", "meets"; not the
        noun "Treffen", nor the infinitive in "flew to Ottawa on Monday to meet", nor a word
        after a preposition, as "hold" in "were put on hold"). A form a participle shares
        ("besucht") is present where no perfect or past auxiliary stands in its sentence."""
        lex = load_lexicon(self.article.lang)
        present, sent = lex.lowered("present_tense_triggers"), self.cols.sent_of(m.trigger[0])
        if not any(lex.has(name, w) for name in ("present_perfect_auxiliaries", "past_auxiliaries")
                   for w in self.cols.lower[sent.start:sent.end]):
            present = present | lex.lowered("participle_presents")
        return any(self.cols.lower[k] in present and not (self.article.lang == "de" and self.cols.title[k]
                                                          and self.cols.sent_of(k).start != k)
                   and not (k > 0 and (lex.has("infinitive_markers", self.cols.lower[k - 1])
                                       or k > m.trigger[0] and lex.has("place_prepositions", self.cols.lower[k - 1])))
                   for k in range(*m.trigger))

    def _counts_ahead(self, m, date) -> bool:
        """Whether the weekday or date of an event told "ahead of" counts from the day of the
        report (its last such day was ``date``): it is the only date its sentence names, it
        follows "starting"/"ab", or its last such day lies before another day the sentence
        names ("met on Saturday ahead of the summit on Sunday", told on Saturday; "met on
        Tuesday ahead of the summit in July", told in May: not last July). Else it
        counts from an act the sentence dates ("met on Tuesday ahead of talks on Wednesday",
        told on Thursday: the talks' last Wednesday)."""
        lo, hi = m.sent
        others = [d for d in self.doc._.dg_dates or () if d is not m.date and lo <= d.start < hi]
        last = date.iso + {"day": "", "month": "-31", "year": "-12-31"}.get(date.precision, "")
        return not others or m.date.rule == "weekday" and self._forward_day(m) or any(
            d.value is not None and d.value.precision == "day" and d.value.iso > last for d in others)

    def _forward_day(self, m) -> bool:
        """Whether the date of ``m`` opens with or follows a word that counts forward from the
        report's day ("ab Montag", "the summit starting Sunday", "talks beginning Monday", "der
        Gipfel beginnt am Sonntag", "the summit opens Monday")."""
        lex = load_lexicon(self.article.lang)
        before = doc_text(self.doc)[max(0, m.date.start - 16):m.date.start].split()[-1:]
        return any(lex.has("forward_day_prepositions", w.lower()) for w in m.date.text.split()[:1] + before) \
            or any(lex.has("forward_day_verbs", w.lower()) for w in before)    # "der Gipfel beginnt am Sonntag"

    def _announced_measure(self, ev: Event) -> bool:
        """Whether a measure against another side is announced in the headline or lead
        ("Britain will expel 23 diplomats", "Großbritannien wird ... ausweisen"): the news of
        a decision, kept though no day is set for it."""
        return ev.kind in DECLARED and ev.status == "Planned" and len(ev.actors) >= 2 \
            and ev.sents[0][0] < self._lead_end

    def _lead_act(self, ev: Event) -> bool:
        """Whether an act one side does alone is the news of a dated article's headline or
        lead ("Canada protests ...", "Canadian jets scrambled"): the publication day will
        date it. Not so for acts done to another side, whose lone actor is as often the
        side they were done to ("Norwegian diplomats were expelled")."""
        published = self.article.published
        return ev.kind in LONE_ACTS and ev.status == "Happened" and not ev.prior \
            and published is not None and published.precision != "year" and ev.sents[0][0] < self._lead_end
