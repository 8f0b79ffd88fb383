"""When and whether an event mention happened: the time and status rules of the event
component.

Not a pipeline component: :class:`EventTiming` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its dates by sentence (``self._dates_of``), the
speech verbs' positions (``self._speech_verbs``), the tokens inside direct quotes
(``self._quoted``), where triggers and gathering nouns start and end
(``self._trigger_starts``, ``self._gathering_starts``, ``self._gathering_ends``) and the
word lists (``self.lex``, ``self._has``, ``self._any``, ``self._cues``).

- the date: a temporal expression of the trigger's clause, else of its sentence; not one
  of the reporting part ("said on Friday that ..."), of a subordinate clause after the
  trigger, of a period's start ("since 2019"), of a direct quote, of another gathering noun
  ("their Dec. 15 summit"), nor, for a plan, of the saying after it;
- the status: an infinitive after a verb of wanting or agreeing is a plan (the cue-word
  rules of the status, ``_status`` and the cues it reads, are in
  :mod:`~diplograph.extract.components.occurrence`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from diplograph.extract.components.columns import within
from diplograph.extract.components.periods import PeriodDates
from diplograph.extract.components.topics import ADOPTED, STOPPING
from diplograph.extract.lexicon import load_lexicon



@lru_cache(maxsize=None)
def participle_adjective(lang: str) -> re.Pattern:
    """A German past participle inflected as an adjective ("geplantes", "angekündigte"),
    built from the lexicon: a verb particle, "ge" (not the start of a word of
    ``participle_lookalikes``, "gesamten"), a stem, "t" or "en", an adjective ending.

    >>> bool(participle_adjective("de").match("angekündigten")), bool(participle_adjective("de").match("gesamten"))
    (True, False)
    """
    lex = load_lexicon(lang)
    alt = lambda name: "|".join(sorted(map(re.escape, lex.lowered(name)), key=len, reverse=True))
    return re.compile(rf"^(?:{alt('verb_particles')})?ge(?!{alt('participle_lookalikes')})\w{{3,}}?(?:t|en)"
                      rf"(?:{alt('adjective_endings')})$")


class EventTiming(PeriodDates):
    """The date, status and background cues of an event mention."""

    def _unsaid(self, i: int) -> bool:
        """Whether the speech verb at ``i`` says nothing: a particle after it makes another
        verb of it ("called off the summit")."""
        return i + 1 < len(self.cols.lower) and self._has("unsaying_particles", i + 1)

    def _particle_speech_verbs(self, reach: int = 12) -> list[int]:
        """Speech verbs whose particle closes their clause ("stellte fest, dass", "wies
        darauf hin", "pointed out that"): the verb's position when the particle stands
        before the clause's end; and participles that close it after their particle ("hat
        bekannt gegeben, dass")."""
        verbs = self.lex.words.get("speech_particle_verbs", {})
        cols, out = self.cols, []
        for i in self.cols.where(verbs.keys()):
            particles = verbs[cols.lower[i]]
            for k in range(i + 1, min(i + reach, len(cols.lower))):
                if cols.punct[k]:
                    break
                if cols.lower[k] in particles and (k + 1 == len(cols.lower) or cols.punct[k + 1]
                                                   or self._has("complementizers", k + 1)):
                    out.append(i)
                    break
        participles = self.lex.words.get("speech_particle_participles", {})   # "hat bekannt gegeben, dass"
        out += [i for i in self.cols.where(participles.keys()) if i > 0 and cols.lower[i - 1] in participles[cols.lower[i]]
                and (i + 1 == len(cols.lower) or cols.punct[i + 1] or self._has("complementizers", i + 1))]
        return out

    def _intended(self, doc, ev, sent, s, reach: int = 6) -> bool:
        """Whether a verb trigger is an infinitive ("to meet", "zu treffen"): what someone
        agreed, wants or went on to do, not what the sentence says happened; not so after
        "the first ... to visit", "managed to", "als erster ... zu", "prompting Japan to"."""
        if s <= sent.start or not self._has("infinitive_markers", s - 1) or self._noun_trigger(doc, ev):
            return False
        if (ev.kind in ADOPTED | STOPPING or ev.rule in self._lists.get("rules_needing_talks", ())) \
                and self._any("decision_verbs", max(sent.start, s - reach), s - 1):
            return False                 # "decided to expel two diplomats", "to withdraw from the
                                         # talks": the deciding does it
        j = s - 2                        # "prompting Japan to scramble jets": it did; not
        while j > sent.start and self.cols.ent[j]:    # "prompted calls for Kishida to meet"
            j -= 1
        return not (self._any("factual_infinitive_cues", max(sent.start, s - reach), s - 1)
                    or j < s - 2 and self._has("prompting_verbs", j))

    def _in_infinitive(self, doc, span, at: int) -> bool:
        """Whether character ``at`` lies in the infinitive clause of what was agreed: after
        its "to" ("agreed to meet ... in December"), or in the comma clause that ends in
        "zu" + verb ("vereinbarten, sich im Dezember zu treffen")."""
        lo, hi = span
        if hi <= lo or not any(self._infinitive_to(k) for k in range(max(0, lo - 1), hi)):
            return False
        start = lo - 1 if self._infinitive_to(lo - 1) else max(lo, self._clause(doc, lo, hi)[0])
        return self.cols.idx[start] <= at < self.cols.idx[hi - 1]

    def _report_end(self, sent, s, performs: bool = True) -> int:
        """Where the reporting part of a sentence ends when a speech verb comes before the
        trigger ("The ministry said on Friday that the exercise ..."): after the
        verb and at most three words, up to a comma or "that"/"dass"; else (and when the verb
        performs the act the trigger names, unless ``performs`` is false: a plan's time is
        never its announcing's) the sentence start. Where the verb speaks at the trigger ("said
        at a forum", "X said ..., speaking by phone with Y"), its clause's start."""
        verbs = within(self._speech_verbs, sent.start, s)
        if verbs and (self._says_at(verbs[-1], s, sequel=True) or self._participle_aside(s, sent)):
            return self._speaker_clause(sent, verbs[-1])   # "sagte am Mittwoch beim Forum":
                                                            # the forum's day
        if not verbs or performs and (self._performed(verbs[-1], s) or self._by_means(verbs[-1], s)):
            return sent.start_char       # "kündigte am Montag Sanktionen an", "called for peace
                                         # yesterday by signing": the act's
        k, end = verbs[-1] + 1, min(verbs[-1] + 4, s)
        while k < end and self.cols.text[k] != "," and not self._has("complementizers", k) \
                and not self._plan_date_at(k, s):
            k += 1                       # "kündigte an, im Dezember ... zu reisen": the plan's
        return self.cols.idx[k]          # date is after the comma; so is "für den 22. Januar"

    def _speaker_clause(self, sent, v: int) -> int:
        """Where the clause of the speech verb at ``v`` starts: after the last comma before
        it ("X will be held on May 5, Scholz said after talks with Y": the talks are not on
        May 5), unless only a time stands before that comma ("On Friday, Scholz said at a
        forum")."""
        k = v - 1
        while k >= sent.start and self.cols.text[k] != ",":
            k -= 1
        if k < sent.start or all(self._is_date(j) or self._has("day_prepositions", j) for j in range(sent.start, k)):
            return sent.start_char
        return self.cols.idx[k + 1]

    def _plan_date_at(self, k: int, s: int) -> bool:
        """Whether "for"/"für" and a date start at token ``k``, before the trigger at ``s``
        ("kündigte für den 22. Januar ein Treffen an", "announced for May 5 a meeting"):
        the time of what is announced, not of the announcing."""
        return self._has("plan_date_markers", k) and any(self._is_date(j) for j in range(k + 1, min(k + 3, s)))

    def _set_for(self, ev, sent) -> bool:
        """Whether the event's own date follows "for"/"für" after a word of setting a time
        ("hat für Freitag eine Sitzung einberufen", "called a meeting for Friday", "das für
        Ende Mai geplante Treffen"): the day it is set for, still to come; not what one is
        thanked for ("for Monday's talks"), nor one its sentence says was held ("fand ...
        statt", "which was held as planned")."""
        if ev.date is None:
            return False
        d = bisect_right(self.cols.idx, ev.date.start) - 1
        j = d if self._has("plan_date_markers", d) else d - 1      # the date may hold "for"
        while j > 0 and self._has("determiners", j):
            j -= 1
        if j < 0 or not self._has("plan_date_markers", j):
            return False
        last = bisect_right(self.cols.idx, ev.date.end - 1) - 1
        if last + 1 < sent.end and self.cols.text[last + 1] in ("'s", "’s"):
            return False
        return self._any("time_setting_words", sent.start, sent.end) and not self._any("held_words", sent.start, sent.end) \
            and not self._cues(None, ev.trigger[1], sent.end, "occurrence_words")

    def _prior_cue(self, doc, s, lo, reach: int = 8) -> int | None:
        """Where the cue starts that makes the trigger tell what came before the article's
        news, or None: the trigger follows an opener such as "after", "since", "nachdem",
        "als Antwort auf" or a cue such as "already", "bereits"
        within ``reach`` tokens of its clause, with no other trigger in between ("banned
        entry ... after Tokyo joined the sanctions", "Japan has already imposed sanctions")."""
        if (verb := self._setting_of(s, lo)) is not None:
            return self._prior_cue(doc, verb, lo, reach)    # "since both met at the X meeting"
        start = max(lo, s - reach)
        for k in range(s - 1, start - 1, -1):
            if k in self._trigger_starts:
                break
            if (self._cue_at(k, "prior_openers") or self._cue_at(k, "prior_cues")) and not self._attributive(k, s):
                return k
        return self._fronted_prior(s, lo)

    def _setting_of(self, s: int, lo: int, reach: int = 14) -> int | None:
        """The verb trigger whose setting the gathering noun at ``s`` is ("met at the
        Canada-Brazil foreign ministers' meeting", "trafen sich beim Gipfel"): a setting
        preposition right after it heads the noun's phrase. Its position, or None."""
        k = s - 1
        while k > lo and s - k <= reach and k not in self._trigger_starts and not self._breaks[k]:
            if self._has("setting_prepositions", k):
                return k - 1 if k - 1 in self._trigger_starts and self.cols.is_lower[k - 1] else None
            k -= 1
        return None

    def _prior_clause(self, doc, s: int, e: int, after: int) -> tuple[int, int] | None:
        """The clause that a subordinator of what came before ("after", "since", "nachdem")
        opens at or after token ``after`` and that tells the other trigger [s, e), as
        ``(start, end)``, or None: "met Y on Monday | after Y and Z held talks"; that
        clause's parties are its event's, not those of the clause it hangs on."""
        clo, chi = self._clause(doc, s, e)
        cue = self._prior_cue(doc, s, clo)
        if cue is None and self.lex.lang == "de":    # the verb ends the clause: "nachdem sich X mit Y
            cue = next((k for k in range(clo, min(clo + 3, s)) if self._has("subordinators", k)   # ... getroffen
                        and self._cue_at(k, "prior_openers")), None)                            # hatte"
        return (cue, chi) if cue is not None and cue >= after and self._opens_prior_clause(cue, s) else None

    def _opens_prior_clause(self, cue: int, s: int) -> bool:
        """Whether the cue at ``cue`` is a subordinator of what came before that opens a
        clause with a subject before the trigger at ``s``, a name or a pronoun ("after Y and Z
        held talks", "nachdem er Gespräche geführt hatte"), not a phrase ("after a call with Y")."""
        return self._has("subordinators", cue) and self._cue_at(cue, "prior_openers") \
            and (bool(self._overlapping(cue + 1, s)) or self._any("person_pronouns", cue + 1, s))

    def _attributive(self, k: int, s: int) -> bool:
        """Whether the cue at ``k`` stands between an article and a German participle used
        as an adjective right before the trigger ("ein seit Monaten geplantes Manöver",
        "das bereits angekündigte Treffen"): it says when the planning was, not when the
        event. Not so for a cue that heads the phrase ("als Reaktion auf die ... angekündigten
        Sanktionen")."""
        return s > 0 and k > 0 and self._has("determiners", k - 1) and self._participle_adjective(s - 1)

    def _participle_adjective(self, k: int) -> bool:
        """Whether token ``k`` is a German past participle inflected as an adjective."""
        return self.lex.lang == "de" and self.cols.is_lower[k] \
            and participle_adjective(self.lex.lang).match(self._lower[k]) is not None

    def _fronted_prior(self, s: int, lo: int) -> int | None:
        """``lo`` if a German clause opens with a cue such as "zuletzt" or "bereits" before
        its verb (verb second): it tells the whole clause as what came before, its setting
        too ("Zuletzt hatten X und Y am Rande des Forums ... Gespräche geführt"); the
        sentence's start if an English one opens with a cue of ``fronted_prior_cues`` and a
        comma before the clause ("Before this, X has fired rockets over Y in 1998")."""
        if self.lex.lang == "de":
            return lo if lo < s and self._cue_at(lo, "prior_cues") else None
        start = self.cols.sent_of(s).start
        return start if lo > start and self.cols.text[lo - 1] == "," and lo - start <= 4 \
            and " ".join(self._lower[start:lo - 1]) in self._lists.get("fronted_prior_cues", ()) \
            and not self._any("speech_verbs", lo, s) else None     # not "Before that, X said Y would meet Z"

    def _recalled_as(self, s: int, lo: int, reach: int = 5) -> bool:
        """Whether the verb trigger at ``s`` recalls an earlier act by comparison: a comma,
        "as" / "wie", then only words of a date or lower-case words before it (", as agreed
        in spring", ", wie zuvor besprochen", ", wie bereits angekündigt")."""
        if not self.cols.is_lower[s]:
            return False                 # a noun ("as talks went on", "wie Gespräche zeigen")
        for k in range(s - 1, max(lo - 1, s - reach - 1), -1):
            if self._has("comparative_openers", k):
                return k > 0 and self.cols.text[k - 1] == ","
            if not (self._is_date(k) or self.cols.is_lower[k] and self.cols.alpha[k]):
                return False
        return False

    def _declared(self, s: int, lo: int, hi: int, reach: int = 4) -> bool:
        """Whether the trigger at ``s`` is announced as what its subject will do, with no
        condition: a future auxiliary before it ("will expel eight diplomats", "wird acht
        Diplomaten ausweisen") or a headline's "to" after a name ("Russia to expel ...",
        "Britain is to expel ..."),
        only lower-case words or numbers between. An expulsion so announced is done: the
        diplomats are declared unwelcome when it is said; so are sanctions and entry bans a
        government announces ("said it would slap sanctions on X"): the decision is the news."""
        if self._any("conditionals", lo, hi):
            return False                 # "will expel them if ..."
        for k in range(s - 1, max(lo - 1, s - reach - 1), -1):
            if self._has("future_auxiliaries", k):
                return True
            if self._infinitive_to(k):       # "Russia to expel", "Britain is to expel"
                j = k - 1 if k > 0 and self.lex.lang == "en" and self._has("finite_auxiliaries", k - 1) else k
                return j > 0 and bool(self.cols.ent[j - 1]) and j - 1 >= lo
            if not (self.cols.is_lower[k] and self.cols.alpha[k] or self.cols.text[k].isdigit()):
                return False
        return False

    def _apposed(self, doc, first, second) -> bool:
        """Whether date ``second`` follows ``first`` after a comma as its apposition ("Today,
        October 31", "Heute, am 31. Oktober"): both name one time."""
        between = doc.text[first.end:second.start]
        return between.startswith(",") and len(between) <= 6 \
            and between.strip(" ,").lower() in self.lex.lowered("day_prepositions") | {""}

    def _cue_at(self, k: int, name: str) -> bool:
        """Whether a cue of the word list ``name`` (one word or several) starts at token ``k``."""
        return self._cue_words(k, name) > 0

    def _cue_words(self, k: int, name: str) -> int:
        """How many words the longest cue of the word list ``name`` starting at token ``k``
        has (0: none starts there)."""
        words, phrases, firsts = self.lex.cues(name)
        if self._lower[k] in words:
            return 1
        if self._lower[k] not in firsts:
            return 0
        return max((len(p) for p in (ph.split() for ph in phrases) if self._lower[k:k + len(p)] == p), default=0)

    def _date(self, doc, clause, sent, strict: bool = False, reported_from: int = 0, trigger=None,
              planned: bool = False, excluded=frozenset()):
        """The date of the trigger's clause, else of its sentence: not one the reporting
        part gives ("said on Wednesday" dates the saying, not what was said), nor one a
        subordinate clause after the trigger gives ("first visit since he took office in
        May"), nor one inside a direct quote ("met Macron and said: 'We met in May'"), nor
        one of the tokens ``excluded`` (a cause's phrase). Of two absolute dates, one
        within the other, the finer is the event's ("the 2022 forum ... on September 7")."""
        last = clause[1] - 1
        lo, hi = self.cols.idx[clause[0]], self.cols.idx[last] + len(self.cols.text[last])
        dates = self._dates_of.get(sent.start_char, [])
        own = trigger[0] if trigger is not None else None
        dates = [d for d in dates if d.start >= reported_from and not self._since(d, own) and not self._deadline(d)
                 and bisect_right(self.cols.idx, d.start) - 1 not in excluded]     # not a cause's
                                                                                    # ("over ... on March 4")
        if trigger is not None:          # a subordinator between: another clause's time; a
            dates = [d for d in dates       # quote's time is the speaker's story, not the event's
                     if (not self._opens_clause(trigger[1], bisect_right(self.cols.idx, d.start) - 1)
                         or self._flight_of_launch(trigger, bisect_right(self.cols.idx, d.start) - 1))
                     and not (not d.relative and self._reduced_relative(trigger[1], bisect_right(self.cols.idx, d.start) - 1))
                     and not self._later_infinitive(doc, bisect_right(self.cols.idx, d.start) - 1, clause[1], sent)
                     and not self._quoted[bisect_right(self.cols.idx, d.start) - 1]
                     and not self._tenure(trigger[1], bisect_right(self.cols.idx, d.start) - 1)
                     and self._date_of_noun(d, trigger[0]) in (None, trigger[0])]
            if planned:                  # "will impose sanctions, Kishida said on Monday"
                told = self._trailing_report(sent, trigger[1])
                dates = [d for d in dates if d.start < told]
        strict = strict or trigger is not None and self._in_relative_clause(clause[0], trigger[0], sent)
        inside = [d for d in dates if lo <= d.start < hi] or ([] if strict else [   # not an aside's
            d for d in dates if not self._in_relative_aside(bisect_right(self.cols.idx, d.start) - 1, sent)
            or trigger is not None and self._flight_of_launch(trigger, bisect_right(self.cols.idx, d.start) - 1)])
        absolute = [d for d in inside if not d.relative]
        first = absolute[0].value if absolute else None
        finer = [d for d in absolute[1:] if d.value and d.value != first and first.contains(d.value)]
        picked = (finer or absolute or inside or [None])[0]   # "the 2022 forum ... on September 7,
        if picked is not None and picked.value is None:       # 2022": the day it names
            picked = next((d for d in inside if d.value is not None and self._apposed(doc, picked, d)), picked)
        return picked                    # "Today, October 31" in a paper of a known month: the 31st

    def _date_of_noun(self, date, fallback=None):
        """The start of the gathering noun ``date`` stands right before in English ("their
        Dec. 15 summit", "the June 28-30 meeting", "the 2018 Helsinki summit") or right after, but for a preposition
        ("der Gipfel am 15. Dezember", "the summit on Dec. 15"), whose date it is; else
        ``fallback``; in English a noun after "into/over/about the <date>" owns it ("the
        investigation into the 23 August killing"; not "attended the May 9 parade and met X").
        (A German date before a noun is the verb's: "verhängte am 1. Juni Sanktionen".)"""
        k = bisect_left(self.cols.idx, date.end)             # the token after the date
        while k < len(self.cols.text) and self.cols.text[k] == "-":
            k += 1
        n = k
        while self.lex.lang == "en" and n < min(k + 4, len(self.cols.text)) and (
                self.cols.ent[n] in ("Place", "Organization") or self.cols.text[n] == "-"):
            n += 1                       # "the 2018 Helsinki summit", "the 1945 Yalta Conference"
        if self.lex.lang == "en" and n in self._gathering_starts and self._noun_at(n):
            return n
        if (accord := self._accord_of_year(date, k)) is not None:
            return accord
        j = bisect_right(self.cols.idx, date.start) - 2      # the token before the date
        if self.lex.lang == "en" and j > 0 and k < len(self.cols.text) and self.cols.is_lower[k] \
                and self.cols.alpha[k] and (self._has("determiners", j) or self._has("possessive_pronouns", j)) \
                and self._has("date_noun_topic_preps", j - 1) and not self._has("place_prepositions", k):
            return k                     # "the investigation into the 23 August killing": its day
        if j >= 0 and self._has("day_prepositions", j):
            j -= 1
        start = self._gathering_ends.get(j + 1)
        return start if start is not None and self._noun_at(j) else fallback

    def _accord_of_year(self, date, k: int) -> int | None:
        """The start of the accord noun a year names ("the 1998 fishing agreement", "das
        Abkommen von 1998"): the document's year, not the time of what is done to it. ``k``
        is the token after the date."""
        if date.value is None or date.value.precision != "year":
            return None
        j = k
        while j < min(k + 2, len(self.cols.text)) and self.cols.is_lower[j] and self._kind_at.get(j) is None:
            j += 1                       # up to two modifiers: "fishing", "peace"
        if self.lex.lang == "en" and self._kind_at.get(j) == "Agreement":
            return j
        year = bisect_right(self.cols.idx, date.end - 1) - 1          # "von 1998", "aus dem Jahr 1998"
        before = year - 1
        while before > 0 and self._has("year_links", before):
            before -= 1
        return before if before < year - 1 and self._kind_at.get(before) == "Agreement" else None

    def _noun_at(self, k: int) -> bool:
        return self.lex.lang == "de" and self.cols.title[k] and self.cols.sent_of(k).start != k \
            or self._has("event_nouns", k)

    def _reference_date(self, ev, window: tuple[int, int], sent):
        """The date inside the phrase of an event told as a reference when the clause gave it
        another ("arrived on Monday after a meeting in Paris on June 28": June 28; "spoke on
        Tuesday for the first time since their meeting in February": February)."""
        own = self._date_within(window, sent, ev.trigger[0]) if ev.date is not None else None
        return own if own is not None and own.start != ev.date.start else ev.date

    def _date_within(self, span: tuple[int, int], sent, own: int | None = None):
        """The first date (an absolute one if any) in tokens [start, end) of ``sent``, but
        not one that begins a period (unless the event at ``own`` is what the period starts
        with: "since their meeting in Paris in February"); None if none."""
        lo, hi = self.cols.idx[span[0]], self.cols.idx[span[1] - 1] + len(self.cols.text[span[1] - 1])
        found = [d for d in self._dates_of.get(sent.start_char, []) if lo <= d.start < hi and not self._since(d, own)]
        return ([d for d in found if not d.relative] or found or [None])[0]

    def _opens_clause(self, a: int, b: int) -> bool:
        """Whether a subordinator, or a comma and "as" / "wie" (", as agreed last year", ", as
        talks went on on Monday"), a participle (", inaugurated in 2016") or a relative
        pronoun (", which opened in 2016", ", das 2016 eröffnet wurde") opens another clause
        among tokens [a, b) that no comma closes before ``b`` (", which X annexed, on
        Tuesday": the day is the main clause's)."""
        return self._any("subordinators", a, b) or any(
            (self.cols.text[k - 1] == "," and (self._has("comparative_openers", k) or self._participle(k))
             or self._relative_after_comma(k) or self._restrictive_relative(k)) and "," not in self.cols.text[k:b]
            for k in range(max(a, 1), b))                                             # not closed before b

    def _restrictive_relative(self, k: int) -> bool:
        """Whether an English relative clause without a comma opens at ``k`` on a common noun
        that is no trigger ("quotas for the year that starts on April 1"): its time is the
        noun's; not on a vehicle, whose flight is the incident ("aircraft which were
        approaching ... on January 24")."""
        c = self.cols
        return self._has("restrictive_relatives", k) and k + 1 < len(c.text) and c.is_lower[k - 1] \
            and c.alpha[k - 1] and k - 1 not in self._trigger_starts and c.is_lower[k + 1] and c.alpha[k + 1] \
            and not self._has("determiners", k + 1) and not self._has("vehicle_nouns", k - 1)   # not "jets which flew"

    def _participle(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case participle (", inaugurated in 2016": the
        phrase it opens is the last noun's, and so is its time)."""
        word = self.cols.lower[k]
        return self.cols.is_lower[k] and self.cols.alpha[k] and len(word) > 4 and any(
            word.endswith(e) for e in self._lists.get("participle_endings", ()))

    def _plan_told_from(self, doc, ev, sent, s: int, arranged: int | None) -> int:
        """Where the time of a plan may begin: after the saying, after the arranging ("agreed
        on Tuesday to resume talks"), and after the verb its infinitive depends on ("agreed on
        Tuesday to meet again soon", "vereinbarten am Dienstag, sich bald zu treffen")."""
        told = self._report_end(sent, s, performs=False)
        if arranged is not None and self._announced_before(sent, s, arranged):
            return sent.end_char         # "had announced the trip in late September", "hatte die
                                         # Reise Ende September angekündigt": the announcing's month
        if arranged is not None and arranged < s:
            return max(told, self._arranging_end(sent, arranged, s))
        if arranged is not None:         # the German verb ends the clause: the plan's time is
            first = bisect_left(self.cols.idx, told)         # between the noun and the verb, or
            if any(self._plan_date_at(k, s) for k in range(first, s)):    # a "für" date before
                return told              # it ("hat für Mai ein Treffen angekündigt"); not the
            return max(told, self.cols.idx[s])      # arranging's ("hat am Montag ... angekündigt")
        clause = self._clause(doc, s, s + 1)
        if any(self._has("infinitive_markers", k) and self._has("schedule_participles", k - 1)
               for k in range(max(sent.start + 1, s - 4), s)):
            return told                  # "On Friday, X is scheduled to (hold talks with) Y": their day
        if self._intended(doc, ev, sent, s) or self._hangs_on(doc, s, clause, sent) < clause[0]:
            start = s - 1 if self.lex.lang == "en" else clause[0]     # "drohte am Montag,
            return max(told, self.cols.idx[start])                   # Sanktionen zu verhängen"
        to = next((k for k in range(s - 2, max(clause[0], s - 4) - 1, -1) if self._infinitive_to(k)), None)
        if to is None or any(k in self._trigger_starts for k in range(clause[0], to)):
            return told
        return max(told, self.cols.idx[to])      # "threatened on Monday to impose sanctions"

    def _announced_before(self, sent, s: int, verb: int) -> bool:
        """Whether the verb of arranging at ``verb`` is a pluperfect (a word of
        ``perfect_auxiliaries`` (the past one) right before it in English, before the trigger at ``s`` in
        German) and no "for"/"für" date sets the plan's time: its date tells when it was
        announced, before the news, not when the act is to come."""
        hi = sent.end
        aux = verb - 1 if self.lex.lang != "de" else next(
            (k for k in range(s - 1, sent.start - 1, -1) if self._has("perfect_auxiliaries", k)), -1)
        return aux >= sent.start and self._has("perfect_auxiliaries", aux) \
            and not any(self._plan_date_at(k, hi) for k in range(sent.start, hi))

    def _arranging_end(self, sent, verb: int, s: int) -> int:
        """Where the time of what was arranged may begin: after the arranging verb, and
        after a weekday or other relative date between it and the trigger at ``s`` ("agreed
        on Tuesday to resume talks", "vereinbarten am Dienstag ein Treffen": the day of the
        agreeing)."""
        lo, hi = self.cols.idx[verb] + 1, self.cols.idx[s]
        between = [d.end for d in self._dates_of.get(sent.start_char, []) if d.relative and lo <= d.start < hi
                   and not self._for_date(bisect_right(self.cols.idx, d.start) - 1, s)]
        return max(between, default=lo)

    def _for_date(self, t: int, s: int) -> bool:
        """Whether the date at token ``t`` follows "for"/"für" ("für den 22. Januar")."""
        return any(k >= 0 and self._plan_date_at(k, s) for k in (t - 1, t - 2))

    def _reduced_relative(self, e: int, k: int) -> bool:
        """Whether an English participle with "by" on another noun stands between the
        trigger ending at ``e`` and the date at token ``k`` ("over the islands seized by
        Soviet troops in 1945"), or one right before the date ("a statement issued in April
        2013"): the date is that clause's. Not a participle on the trigger
        itself ("the summit hosted by Japan in May"); asked only of dates that name their
        year (not "a ranch owned by his family on Saturday")."""
        if self.lex.lang != "en":
            return False
        if k - 2 > e and self.cols.is_lower[k - 1] and self.cols.lower[k - 1].endswith("ed") \
                and self._noun_before_participle(k - 2):
            return True                  # "based on a joint statement issued in April 2013"
        for j in range(e + 1, k - 1):
            if self.cols.lower[j + 1] == "by" and self.cols.is_lower[j] and self.cols.lower[j].endswith("ed") \
                    and self._noun_before_participle(j - 1):
                return True
        return False

    def _noun_before_participle(self, j: int) -> bool:
        """Whether token ``j`` can be the noun a participle after it describes: a lower-case
        word, no trigger, determiner or preposition."""
        return self.cols.is_lower[j] and self.cols.alpha[j] and j not in self._trigger_starts \
            and not (self._has("determiners", j) or self._preposition(j) or self._has("copula_verbs", j)
                     or self._has("finite_auxiliaries", j))    # "were imposed in March": the act's
