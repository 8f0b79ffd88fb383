"""``diplograph_events``: event mentions with their actors, place, date and status.

Triggers are spaCy Matcher patterns from ``extract/data/<lang>/event_triggers.jsonl``
(kind and rule id per pattern). For each trigger the component collects, within the
trigger's clause:

- actors: people, organisations and countries; a "zwischen A und B" / "between A and B"
  phrase right after the trigger binds its entities to that trigger alone; a trigger after
  a temporal preposition ("vor dem Treffen der NATO", "after the talks") only takes the
  entities of its own phrase;
- participants described by role ("die Außen- und Verteidigungsminister beider Länder"),
  kept as (role, country) pairs for the article-level step to resolve to people;
- the place after a locative preposition ("die japanische Hauptstadt"); the date of the clause, else the sentence;
- the status: planned or cancelled by cue words of the clause, else happened.

Results go to ``doc._.dg_events`` as :class:`EventMention` records. Anaphoric mentions
("kamen dabei überein", "agreed there") are flagged so that the article step attaches
them to the event before.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG, ENT

from diplograph.extract.coreference import DECLARED, SINGLE_ACT_KINDS
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.role_facts import UNOFFICIAL_ROLES
from diplograph.extract.components.actors import ActorCollection
from diplograph.extract.components.bystanders import Bystanders
from diplograph.extract.components.captions import ArchiveCaptions
from diplograph.extract.components.places import EventPlaces
from diplograph.extract.components.background import BackgroundPhrases
from diplograph.extract.components.causes import CausePhrases
from diplograph.extract.components.locatives import Locatives
from diplograph.extract.components.claims import TriggerClaims
from diplograph.extract.components.settings import RelativeSettings
from diplograph.extract.components.clauses import ClauseGeometry
from diplograph.extract.components.conjuncts import Conjuncts
from diplograph.extract.components.compounds import DestinationCompounds
from diplograph.extract.components.craft import CraftOwners
from diplograph.extract.components.documents import DocumentActs
from diplograph.extract.components.leaving import AccordLeaving
from diplograph.extract.components.reports import ReportingClauses
from diplograph.extract.components.ordinals import EventOrdinals
from diplograph.extract.components.filters import TriggerFilters
from diplograph.extract.components.timing import EventTiming
from diplograph.extract.components.columns import within
from diplograph.extract.components.infinitives import InfinitiveClauses
from diplograph.extract.components.negation import EventNegation
from diplograph.extract.components.occurrence import OWN_NEGATION, Occurrences
from diplograph.extract.components.triggers import TriggerIndex
from diplograph.extract.components.topics import AGREEING, ARRANGED, GATHERINGS, OUTCOME_HOSTS, STOPPING, EventTopics


_PERSONAL = OUTCOME_HOSTS | {"Visit"}           # what a pronoun ("he", "er") can take part in
RECALLABLE = {"Agreement", "Announcement"}          # ", as agreed last year": an earlier act
FLIGHTS = {"MilitaryExercise", "Interception", "AirspaceViolation", "Deployment", "MissileLaunch"}   # "over the sea": where
_SAID_IN = {"PhoneCall", "Meeting", "Talks"}     # what a clause can be said in
_JOINED = _PERSONAL | {"Accession"}              # whom one joins takes part ("joined NATO")
STATE_ACTS = SINGLE_ACT_KINDS - {"AirspaceViolation"} | STOPPING   # "said it had ...": the sayer acts
RESPONSES = DECLARED | {"Protest"} | STOPPING     # what a state answers with ("said ... and expelled"): no craft's


@dataclass
class EventMention:
    """One trigger and what its clause says about the event."""

    kind: str
    rule: str
    trigger: tuple                     # token span
    trigger_text: str
    sent: tuple                        # character span of the sentence
    actors: list = field(default_factory=list)      # KB slugs or token spans
    described: list = field(default_factory=list)   # (role slug, country slug or None)
    referred: list = field(default_factory=list)    # roles named bare ("the prime minister"):
                                                    # the one holder the article named before
    group: bool = False                # participants named as "beider Länder" / "both sides"
    counted: int = 0                   # "die vier Nationen": that many countries named before
    place: object = None               # KB slug or token span
    venue: bool = False                # the place from a predicate: "the talks took place in Z"
    date: object = None                # DateMention
    status: str = "Happened"
    anaphoric: bool = False
    reference: bool = False            # mentioned after a temporal preposition
    upcoming: bool = False             # after one that points ahead: "ahead of the summit"
    noun: bool = False                 # the trigger is a noun ("the summit"), not a verb
    bound: bool = False                # actors from "zwischen A und B" alone
    definite: bool = False             # "die Gespräche", "the talks": an event named before
    prior: bool = False                # "after Tokyo joined sanctions": what came before the news
    perfect: bool = False              # told in the narrator's past perfect ("had expelled"): before the news
    pronoun: bool = False              # "he travelled to Rome": a person named before takes part
    topics: list = field(default_factory=list)      # what an agreement or plan is about
    agreed: str = ""                   # the words saying what was agreed
    agreed_span: tuple = (0, 0)        # their token span
    targets: list = field(default_factory=list)     # KB slugs an act is done to ("russische Diplomaten")
    objected: bool = False             # what a protest or criticism is about ("over X's drills")
    told: object = None                # the day of the saying that tells it done ("said on Friday it had")
    occasion: tuple | None = None      # "on the sidelines of the NATO summit": the bodies it names
    document: bool = False             # signs or adopts a document ("adopted a joint declaration")


class EventFinder(ClauseGeometry, Conjuncts, ActorCollection, Bystanders, EventPlaces, Occurrences, EventTiming, EventTopics,
                  EventNegation, InfinitiveClauses, BackgroundPhrases, TriggerClaims, RelativeSettings, TriggerFilters,
                  CraftOwners, DestinationCompounds, EventOrdinals, DocumentActs, ArchiveCaptions, CausePhrases, Locatives, AccordLeaving,
                  ReportingClauses):
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)
        self.kb = load_kb()
        self.triggers = TriggerIndex(nlp.vocab, self.lex.triggers)
        self.kinds = self.triggers.kinds
        self.capitals = {str(e.capital_of)[len(str(ENT)):]: e.slug
                         for e in self.kb.entities.values() if e.capital_of is not None}
        self.capital_of = {city: country for country, city in self.capitals.items()}
        self.bystander_bodies = {e.slug for e in self.kb.entities.values()     # news outlets and parties:
                                 if e.cls in (DG.NewsOutlet, DG.PoliticalParty)}   # no party of an event
        self.venues = {e.slug: str(e.seat)[len(str(ENT)):] for e in self.kb.entities.values()
                       if e.venue and e.seat is not None}       # "at the Kremlin": in Moscow
        self._group_words = tuple(g.lower() for g in self.lex.words.get("group_words", []))
        self._causal_cues = [cue.lower().split() for cue in self.lex.words.get("causal_prepositions", [])]
        self._trigger_starts: set = set()
        self._trigger_reach: dict = {}
        self._arranging_at: set = set()
        self._kind_at: dict = {}
        self._gathering_order: list = []
        self._arranged_order: list = []

    def __call__(self, doc: Doc) -> Doc:
        self._start_doc(doc)
        self._read_doc(doc)
        matches = [m for m in self._triggers(doc) if not self._named_accord(*m) and not self._unled(*m)
                   and not self._noun_reading(*m)]
        matches = [m for m in matches if not self._no_act(doc, m, matches)]
        self._trigger_starts = {s for _, s, _ in matches}
        self._trigger_reach = {}         # the end of the longest trigger at each start
        for _, s, e in matches:
            self._trigger_reach[s] = max(e, self._trigger_reach.get(s, e))
        self._arranging_at = set()       # verbs that arrange a gathering found so far
        self._kind_at = {s: self.kinds[key][0] for key, s, _ in matches}
        self._gathering_ends = {e: s for key, s, e in matches if self.kinds[key][0] in GATHERINGS}
        self._gathering_starts = set(self._gathering_ends.values())
        self._gathering_end_list = sorted(self._gathering_ends)
        self._gathering_order = sorted(self._gathering_starts)
        self._arranged_order = sorted(s for key, s, _ in matches if self.kinds[key][0] in ARRANGED)
        self._claimers = self._claiming(doc, matches)
        self._ents = self.cols.ents
        self._ent_ends = [ent.end for ent in self._ents]
        ents = {i: ent for ent in self._ents for i in range(ent.start, ent.end)}
        own = {key for key, _, _ in matches if self.kinds[key][1].endswith(OWN_NEGATION)}
        negated = [(s, e, self.kinds[key][0]) for key, s, e in matches if key not in own and self._negated(doc, s, e)]
        events = [self._failed_or_told(doc, key, s, e, ents, matches) for key, s, e in matches
                  if key in own or not self._near(doc, s, e, self.kinds[key][0], negated)]
        doc._.dg_events = self._topics(doc, self._intercepted(self._protested(doc, [ev for ev in events if ev is not None])))
        return doc

    def _read_doc(self, doc: Doc) -> None:
        """What the rules ask of the doc many times, read once: quotes, roles, dates and
        demonyms of the earlier components, speech verbs, the lowered text."""
        self._quotes = [q for q in doc._.dg_quotes or [] if q.direct]
        self._quoted = bytearray(len(doc))               # tokens inside a direct quote
        for q in self._quotes:
            first, last = bisect_left(self.cols.idx, q.start), bisect_left(self.cols.idx, q.end)
            self._quoted[first:last] = b"\x01" * (last - first)
        self._date_chars: set | None = None              # characters of dates, made when asked
        self._roles = doc._.dg_roles or []
        self._dates = doc._.dg_dates or []
        self._role_starts = {m.start for m in self._role_mentions if set(m.roles) - UNOFFICIAL_ROLES}
                                         # "the North Korean leader": the country still acts
        speech_verbs, between = self.lex.lowered("speech_verbs"), self.lex.lowered("between_words")
        self._speech_verbs, self._between_words = self.cols.where(speech_verbs), self.cols.where(between)
        self._briefing_verbs = self.cols.where(self.lex.lowered("briefing_verbs"))
        self._speech_verbs = sorted([i for i in self._speech_verbs if not self._unsaid(i)] + self._particle_speech_verbs())
        self._war_nouns = self.cols.where(self.lex.lowered("war_nouns"))
        self._war_targets_of: dict[int, set] = {}        # sentence start -> its war targets
        self._phrases_of: dict[tuple, set] = {}          # (finder, sentence or token, ...) -> tokens
        self._reference_at: dict[tuple[int, int], int | None] = {}
        self._partners_at: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._dates_of: dict[int, list] = {}             # sentence start -> its dates
        sents = self.cols.sents
        firsts = [sent.start_char for sent in sents]
        for d in self._dates:
            i = bisect_right(firsts, d.start) - 1
            if i >= 0 and d.start < sents[i].end_char:
                self._dates_of.setdefault(sents[i].start_char, []).append(d)
        self._demonym_starts = {s for s, _, _ in self._demonyms}
        self._demonym_at = {k: slug for s, e, slug in self._demonyms for k in range(s, e)}
        self._held = {c.mention for c in self._roles if c.person}        # role words naming a person
        self._role_countries: dict[tuple, list] = {}
        for c in self._roles:
            if isinstance(c.org, str):
                self._role_countries.setdefault(c.mention, []).append(c.org)
        text = self.cols.text_of(doc, 0, len(doc))
        lowered = text.lower()
        self._lowered_text = lowered if len(lowered) == len(text) else None

    def _mention(self, doc, key, s, e, ents, matches) -> EventMention | None:
        kind, rule = self.kinds[key]
        sent = self.cols.sent_of(s)
        if self._quoted[s]:
            return None                      # what a speaker says is a statement, not narration
        clo, chi = self._clause(doc, s, e)
        whole, others, foreign, shared = (clo, chi), set(), set(), False   # "met X in May and will
        if (conjunct := self._conjunct(s, e, whole, matches)) is not None:    # visit Y in June"
            others = self._conjunct_skip(conjunct, whole, matches, s)          # (conjuncts)
            foreign, shared = self._other_tense(whole, conjunct), self._shared_plan(whole, conjunct)
            clo, chi = conjunct
        if self._no_occurrence(doc, kind, rule, (s, e), sent, (clo, chi)) or self._archive_picture(sent, s):
            return None                  # "X meets Y (File photo)": an old picture, told of anew
        ev = EventMention(kind, rule, (s, e), self.cols.text_of(doc, s, e), (sent.start_char, sent.end_char))
        ev.reference = self._is_reference(doc, s, clo)
        ev.upcoming = ev.reference and (self._has("upcoming_preps", prep := self._reference_prep(doc, s, clo))
                                        or self._en_route(prep))         # "on the way to the summit"
        ev.definite = self._definite(doc, s, clo)
        lo, hi = self._window(doc, s, e, sent, matches)
        start = self._hangs_on(doc, s, whole, sent)         # "kündigte an, ... zu reisen"
        aside = self._aside_subject(whole[0], sent)         # "Scholz, who ..., met Trudeau"
        if aside is not None:
            start, aside = aside[0], set(range(aside[1], whole[0]))   # the aside's own words
        lo, hi = max(lo, start), min(hi, self._status_span(doc, clo, chi, sent, self._noun_trigger(doc, ev), e))
        bound = self._bound_phrase(doc, s, e, hi, matches)
        own_time, owners = False, []
        cue = self._prior_cue(doc, s, clo) if not ev.reference else self._fronted_prior(s, clo)
        if cue is not None and ev.definite and self._cue_at(cue, "prior_openers") \
                and not self._cue_at(cue, "causal_prepositions") and cue + 3 >= self.cols.compound_start(s - 1, cue) + 1 \
                and self._bare(doc, e, hi, matches):
            cue = None                   # "spoke to the press after the talks": the talks told of
        if cue is not None and cue > 1 and self._has("sequel_verbs", cue - 1) and self._has("report_nouns", cue - 2) \
                and self._cue_at(cue, "prior_openers"):
            cue = None                   # "the announcement came after X met Y": its occasion;
                                         # not "the move comes after others expelled ..."
        earlier = self._cues(doc, max(clo, s - 3), s, "earlier_instances") or self._last_done(clo, s)   # "the last such visit",
        ev.definite = ev.definite and not (earlier or self._cues(doc, max(clo, s - 3), s, "later_instances"))
                                         # "die nächste Gesprächsrunde": another one, before or after
        ev.prior = cue is not None or kind in RECALLABLE and self._recalled_as(s, clo) or earlier \
            or ev.reference and self._has("since_words", self._reference_prep(doc, s, clo) or 0)   # "since X's trip"
        if ev.reference:
            window = self._reference_window(doc, s, e, clo, hi, matches)   # "Kurz vor dem Besuch von X | räumte Y ein"
            if ev.upcoming:              # "met on Friday ahead of a summit later this month":
                clo, chi, own_time = *window, True      # the summit's time is its phrase's
            elif (timed := self._any("duration_nouns", max(clo, window[0] - 4), window[0] - 1)   # "kurz vor"
                  or self._any("proximity_adverbs", max(clo, window[0] - 2), window[0] - 1)) \
                    or self._has("later_preps", window[0] - 1) and self._act_before(window[0] - 1, sent.start, s):
                ev.upcoming = timed and self._has("earlier_preps", window[0] - 1)   # "a week before the visit of
                ev.prior = ev.prior or not ev.upcoming   # X": later; "a week after it", "met Y on Monday after
                clo, chi, own_time = *window, True       # his visit to X": earlier; at its own time
        elif self._noun_trigger(doc, ev) and (start := self._prepared_from(doc, s, clo, chi)) is not None:
            ev.upcoming, window = True, (start, min(hi, chi))   # "in preparation for the summit", "im Vorfeld
            clo, own_time = start, True               # des Gipfels": to come, its time its own
        elif cue is not None and cue > lo and self._cue_at(cue, "prior_openers"):
            # "banned entry ... after Tokyo joined the sanctions": its clause; "als Antwort auf X": its phrase
            window = (cue, self._phrase_end(doc, e, hi, matches)
                      if self._cue_at(cue, "causal_prepositions") else hi)
            if self._cue_at(cue, "causal_prepositions"):
                clo, chi, own_time = *window, True      # "on Monday in response to X's expulsions"
        elif (head := self._cause_head(doc, ev, s, clo)) is not None:
            end = min(self._phrase_end(doc, e, hi, matches), e + 8)
            end = next((k for k in range(e, end) if self._has("finite_auxiliaries", k)
                        or self.lex.lang == "de" and self.cols.is_lower[k] and self.cols.alpha[k]
                        and not self._phrase_word(k) and k not in self._demonym_starts), end)
            end = self._with_relative(doc, end, sent) if end == e else end    # "drills that began on Saturday"
            window = (head + 1, end)     # up to the clause's verb ("wegen eines Manövers | hat")
            clo, chi = window            # "protested over the Russian drills on Kunashir"
            ev.objected = own_time = True     # on Monday: the protest's day, not the drills'
            bound = window               # its own phrase, not the protest's sentence
            owners = self._reproached_doers(sent.start, head, s)  # "criticised X over/wegen (its) drills"
            if not owners and self._any("possessive_pronouns", head + 1, s):    # "against X about its
                owners = [ent.ent_id_ for ent in reversed(self._overlapping(sent.start, head))
                          if ent.label_ == "Country"][:1]                       # drills": X's
        elif bound is None and chi - e <= 1 and hi > chi and self._noun_trigger(doc, ev) and not within(self._speech_verbs, chi, chi + 2):
            if e < chi and self.cols.is_lower[e] and self.cols.alpha[e]:
                window = (lo, chi)           # "plant, an einem Gipfel teilzunehmen, der in X
                                             # stattfindet": the plan's clause (the aside places it)
            elif self._any("attendance_verbs", lo, s):
                window = (lo, hi)            # "attended the summit, which Y also attended, on Monday"
            else:                            # "mit den Sanktionen, die Tokio verhängt hat": the
                window = (s, hi) if self._names_own_parties(lo, s, chi, hi) else (lo, hi)    # relative
                clo, chi, own_time = s, hi, True     # clause on the noun names its actors and its time
        elif (topic := self._planned_topic(s, clo)) is not None:     # "protested over X's plans to
            window, clo, own_time = (topic + 1, hi), topic + 1, True  # hold drills next month": its own
        else:
            window = bound or (lo, hi)
        if cue is not None and cue >= clo and not ev.reference and self._opens_prior_clause(cue, s):
            clo, own_time = cue, True    # "met on Monday after Y and Z held talks": not their day
        skip = (aside or set()) | others
        first = bisect_left(self._claimers, (sent.start, -1))
        for ms, me in self._claimers[first:bisect_left(self._claimers, (hi, -1))]:   # of this sentence
            if ms != s and not self._own_object(e, ms, kind):
                skip |= self._claimed_by_other(doc, ms, me, hi, matches, kind not in STOPPING, kind != "Protest")
        for _, ms, me in matches:
            if e < ms < hi and (told := self._prior_clause(doc, ms, me, e)) and (
                    kind != "Protest" or self._overlapping(e, told[0])):
                skip.update(range(*told))    # "met Y after Y and Z held talks"; a protest's other
                                             # side is the doer unless it names whom it goes to
        cause, cause_time = self._causes_of(doc, (s, e), clo, sent, kind in FLIGHTS, e if own_time and ev.prior else clo)
        cause_time = cause_time | self._naming_years(kind, s, (clo, chi))     # nor "the 2015 agreement"'s
        people, protested = self._protested_people(doc, s, lo, hi, matches) if kind == "Protest" else (set(), [])
        skip |= people                   # "gegen einen Besuch von Präsident X": not the protest's
        skip |= cause | self._war_targets(sent) | self._since_phrases(sent, s) | self._appealed_names(sent, s) \
            | self._situation_sides(sent, kind in GATHERINGS)        # a cause's; not its own phrase's
        declared = kind in DECLARED | STOPPING and (self._declared(s, clo, chi) or self._announced_infinitive(s, (clo, chi))) \
            and (kind == "Expulsion" or kind in STOPPING and not self._own_time_after(e, chi, sent)
                 or self._declared_measure(s, e, (clo, chi), sent)) \
            or rule.endswith(OWN_NEGATION) or rule in self._lists["spoken_order_rules"]   # "said it will
                                             # expel", "kündigte an, ... auszuweisen", "will no longer
                                             # continue the talks", "said X's diplomats must leave"
        speaker = set() if kind == "PressConference" or declared or self._own_partner(e, chi) \
            else self._speaker_part(doc, lo, s, kind in STATE_ACTS, kind in RESPONSES)   # not "X said ..., in talks with his ..."
        skip |= speaker | self._quoted_story(sent) | self._briefed(s, sent) | self._launch_aims(kind, s, e, sent) \
            | self._appellant(s, e) \
            | (self._departed_from(s, clo, sent) if kind == "Visit" else set())   # quotes, briefings, departures
        if kind in FLIGHTS and (seen := self._watched(lo, s, chi)):
            skip |= set(range(lo, seen[-1]))     # "Japan's ministry spotted ... bombers": the watcher
        if kind in FLIGHTS and (seen := self._watched_by(e, sent)) is not None:
            skip |= set(range(seen, sent.end))   # "... were spotted by the Japanese navy", "von der
                                                 # japanischen Marine beobachtet": the watcher
        skip |= (self._judged_by(e, sent) if kind != "Protest" else set()) | self._sequel_setting(e, sent)
        skip |= self._absentees(clo, chi, s) if kind in GATHERINGS | {"Visit"} else set()
        skip |= self._reproached(min(lo, clo), chi, emulated=kind not in _JOINED, act=s) if kind != "Protest" \
            else set()                   # "criticised X", "followed X in imposing sanctions": no party
        skip |= self._before_time_relative(lo, s) | self._emulated(clo, s) | self._later_participle(e, sent)
        skip |= self._modifier_names(sent) | self._left_out(clo, chi) | self._decision_outsiders(s, sent) \
            | self._discussed_objects(clo, chi) | self._government_names(s, sent.end)   # "discussed Syria during
                                         # talks", "sanctioned X administration officials", "pro-Kremlin", "for
                                         # Ukraine", "without X", "regrets X's decision to"; "on a day when X met
                                         # Y"; "visit Seoul, speaking by phone with X"
        skip |= self._posts(sent.start, sent.end) if kind != "Protest" else set()   # "ambassador to France"
        noun = self._noun_trigger(doc, ev)
        if kind in GATHERINGS or kind in ("Agreement", "Visit"):    # "a summit aimed against Russia": no party
            skip |= {k for ent in self._overlapping(sent.start, sent.end) if self._opposed(ent.start)
                     for k in range(ent.start, ent.end)}
        if kind == "Protest":            # "protested against X's visit to Etorofu": not there;
            against = next((k for k in range(s - 1, clo - 1, -1) if self._has("opposition_prepositions", k)
                            or self._has("cause_heads", k)), clo if self.lex.lang == "de" and self._clause_final(e, chi) else s)
                                         # "gegen einen Besuch auf Iturup protestiert", "die Manöver in der Ostsee verurteilt"
            skip |= {k for ent in self._overlapping(e, chi) + self._overlapping(against, s)
                     if ent.label_ == "Place" and ent.ent_id_ not in self.capital_of for k in range(ent.start, ent.end)} \
                | self._criticised_sites(e, chi)      # "condemn deployment of X's troops to Bolivia"
        elif (critics := self._critics(doc, (s, e), (clo, chi), sent, noun, matches)) is not None:
            skip |= set(range(*critics))  # "Canada protests Brazil's drills", "Trudeau äußerte Missfallen
                                          # über die Stationierung", "verurteilte die Pläne X, ...": not the critic's
        if rule.endswith((".talks.verb", ".talks.present")) and not noun or kind in GATHERINGS and noun:
            skip |= self._talked_about(e, sent.end, noun=noun)     # "sprachen über China"
        elif kind == "PhoneCall" or rule in self._lists.get("speaking_rules", ()):    # "spoke by phone
            skip |= self._talked_about(e, sent.end, noun=True)      # (with X) about Syria", "spoke with X about Y"
        if kind in GATHERINGS:           # "the meeting began at 1 pm, with the talks focusing on X"
            skip |= {k for t, te in self._trigger_reach.items() if sent.start <= t < sent.end and t != s
                     and te < sent.end and self._has("topic_participles", te) for k in self._talked_about(te, sent.end, True)}
        if kind in GATHERINGS | AGREEING:
            skip |= self._topic_before(s, (clo, chi))    # "X is among the topics of the talks"
        skip |= self._topics_before(s, sent)             # "talks on X ..., but agreed to": no party
        skip |= self._watchers(rule, s, sent)            # "jets intercepted bombers that flew"
        skip |= self._interceptors(doc, kind, e, sent)   # "bombers flew ... and were intercepted by"
        if kind in GATHERINGS:
            skip |= self._genitives_of_others(s, sent)   # "beim Gipfel der ASEAN traf X Y"
        if (told := self._trailing_report(sent, e)) < sent.end_char:         # "..., Scholz said":
            k = bisect_left(self.cols.idx, told)                             # who tells of it,
            if kind not in _PERSONAL or not self._any("first_person", sent.start, k):   # not "we met"
                skip |= set(range(k, sent.end))
        ev.bound, told_from = bound is not None, e
        if kind in FLIGHTS and (ant := self._vehicle_antecedent(s, sent)) is not None and ant < window[0]:
            window = (ant, window[1])    # "jets fired flares at a Brazilian plane that violated ..."
        self._collect(doc, ev, window, ents, skip, (clo, chi))
        ev.actors[:0] = [o for o in owners if o not in ev.actors]
        if self._noun_trigger(doc, ev):
            self._venue_after(ev, min(window[1], e), chi)   # "the talks between them took place in Z"
        self._place_in_front(doc, ev, ents)      # "the Tokyo-hosted talks between X and Y"
        if ev.reference and kind in _PERSONAL and (self._any("partner_words", s + 1, min(e + 1, len(doc)))
                                                   or self._gerund(s) and e < len(doc) and self.cols.ent[e] == "Person"):
            # "after talks with", "nach seinem Gespräch mit" (a trigger that ends on its partner), "after meeting X"
            self._subject_after(ev, window[1], sent)     # "after talks with X, Y flew on"
            self._subject_before(ev, window[0] - 1, sent)    # "Y said after talks with X"
            self._spoken_at(ev, window[0] - 1, sent)         # "Y said in Ottawa after talks with X"
            if ev.prior and self._has("later_preps", window[0] - 1) and self._act_before(window[0] - 1, sent.start, s):
                self._main_subject(ev, s, sent)              # "Y met Z on Monday after talks with X"
        elif ev.reference and kind in _PERSONAL and (self._any("attendance_verbs", window[0], s)
                                                     or self._any("participation_nouns", window[0], s)):
            self._subject_before(ev, window[0] - 1, sent, attending=True)   # "after attending a summit"
        elif ev.reference and kind in _PERSONAL and not ev.actors:
            self._people_before(ev, clo, window[0] - 1)      # "X and Y spoke after their summit"
        elif (kind in _PERSONAL or kind == "PressConference") and not ev.reference and noun \
                and (main := self._fronted_setting(ev, s, sent)) is not None:
            (told_from, chi), own_time = main, True      # "In a phone call, X told Y on Tuesday
                                                         # that ...": its time, not what was told's
        if kind in _PERSONAL and not ev.reference:
            self._participle_subject(ev, s, sent)   # "Speaking by phone with X, Y ...", "Y, speaking with X,"
        if kind in ("AirspaceViolation", "Interception"):
            self._own_side_said(ev, s, e, clo, sent)    # "X said ... its airspace", "its jets fired"
        if (kind == "PhoneCall" and bound is None and len(ev.actors) < 2 or rule in self._lists["spoken_order_rules"]) \
                and (speaker := self._speaker_part(doc, sent.start, s)):     # "X sagte, dass während eines
            # Telefonats mit Y ...": the side not named is the speaker; "X said Y's diplomats must leave": X's
            self._collect(doc, ev, (min(speaker), max(speaker) + 1), ents, set(), (clo, chi))
        if kind in _SAID_IN and noun and self._people_in(ev) < 2:
            self._setting_subject(ev, s, sent, said=kind != "PhoneCall")   # "X told Y during a phone
                                                   # call", "X expressed concern in a meeting with Y"
        elif rule in self._lists.get("document_rules", ()):
            self._issuers(doc, ev, s, e, sent, ents, (clo, chi))     # "X and Y said in a joint statement"
        if (relative := self._relative_subject(clo, s) if kind in _PERSONAL and not ev.reference else None) \
                and (ref := relative.ent_id_ or (relative.start, relative.end)) not in ev.actors:
            ev.actors.insert(0, ref)     # "angered Moon, who met Xi": Moon met him
        if relative != "" and not (ev.actors or ev.described or ev.reference or ev.prior or bound or ev.document):
            wide = self._window(doc, s, e, sent, matches)       # the sentence, but not who said
            verbs = within(self._speech_verbs, wide[0], s)       # what a relative or subordinate
            told = set(range(wide[0], verbs[-1])) if verbs and self._clause_between(doc, verbs[-1], s) else set()
            ahead = {k for t in self._trigger_starts if t != s and wide[0] <= t < wide[1]
                     and (p := self._reference_prep(doc, t, self._clause(doc, t, t + 1)[0])) is not None
                     for k in range(p, t)}  # not "ahead of a G20 summit": that summit's
            before = self._others_prior_clauses(doc, ev, wide, matches)   # nor "hours after X met Y"
            self._collect(doc, ev, wide, ents, skip | told | ahead | before, (clo, chi))     # clause then tells
        if kind == "NuclearTest":
            self._owned_test(ev, s, e)   # "hat den nordkoreanischen Atomtest als unverzeihlich bezeichnet"
        ev.pronoun = ev.pronoun or kind in _PERSONAL and (not ev.reference and (
            self._pronoun_subject(max(window[0], clo), s) or not noun and e < chi and self._has("inverted_pronouns", e)
            or self._own_partner(e, chi)    # "Am Dienstag traf er X": the subject after the verb
            and not any(ent.label_ == "Person" for ent in self._overlapping(max(window[0], clo), s)))
            or (ev.reference and self._own_partner(e, chi) or (ev.reference or noun) and self._has("person_pronouns", s - 1)
                and self._possessor_named(s, sent))   # "after his talks", "said his summit":
                                                          # its one speaker, or the subject;
            and not self._holds_person_before(ev, sent.start, s))   # "after talks with his counterpart": who spoke
        if kind == "AirspaceViolation" and (owner := self._craft_owner(s, sent)) is not None and owner not in ev.actors:
            ev.actors.insert(0, owner)   # "the plane flew into Turkish airspace" after "a Russian jet"
        ev.actors[:0] = [o for o in self._ship_states(s, s + 1) if o not in ev.actors]   # "the USS Lassen sailed"
        if kind == "Expulsion" and isinstance(ev.place, str) and ev.targets and set(ev.actors) <= set(ev.targets) \
                and self._place_headed(ev.place, sent, "origin_prepositions") \
                and (host := self.kb.country_slug(ev.place)) is not None and host not in ev.targets:
            ev.actors.insert(0, host)    # "Brazilian diplomats were expelled from Ottawa": by Canada
        if kind == "EntryBan":
            self._entered_state(ev, sent)
        if kind == "Protest":            # "summoned the Brazilian ambassador", "protested to
            self._protested_sides(ev, rule, s, e, (clo, chi), protested, people)    # Brazil": Brazil's
        if kind in STATE_ACTS or kind == "MilitaryExercise":   # "Russia said that it was expelling
            sayers = self._sayers(s, sent) if kind in STATE_ACTS else self._drill_sayers(s, sent)   # ...": Russia
            ev.actors[:0] = [a for a in sayers if a not in ev.actors]
        if kind in RESPONSES:            # "X erklärte, ..., und legte Protest ein": X does
            ev.actors[:0] = [a for a in self._answering_speakers(s, sent) if a not in ev.actors]
        self._where(ev, clo, sent)
        if kind == "Visit" and ev.place is None and self._people_in(ev) \
                and (goal := self._compound_destination(s, e)) is not None:
            ev.place = goal              # "Putins Chinabesuch": in China, as "Putin's visit to China"
            ev.actors += [goal] if self.kb.is_country(goal) and goal not in ev.actors else []
        if kind in GATHERINGS:
            self._hosting_place(ev, s, sent)     # "Vilnius, which hosted a NATO summit"
        self._region_narrowed(ev, e, sent)
        if kind == "Protest" and isinstance(ev.place, str) and self._post_openers(sent.start, sent.end) \
                and (host := self.kb.country_slug(ev.place)) is not None and host not in ev.actors \
                and any(self.kb.is_country(a) for a in ev.actors + [c for _, c in ev.described]):
            ev.actors.append(host)       # "Kanadas Botschafter in Paris wurde eine Protestnote
                                         # übergeben": delivered at an envoy's post, to or by France
        ev.noun = noun
        ev.date = self._date(doc, (clo, chi), sent, strict=own_time, reported_from=self._report_end(sent, s),
                             trigger=(s, max(e, told_from)), excluded=cause_time | foreign | (aside or set())   # not an aside's,
                             | self._main_of_setting(doc, s, sent) | self._ahead_phrases(doc, e, sent, matches))
                                         # nor the occasion's of a relative clause on it, nor a coming event's
        ev.date = self._reference_date(ev, window, sent) if ev.reference and not own_time else ev.date
        predicate = self._settle_status(doc, ev, sent, (clo, chi), own_time, cause_time, declared)
        if ev.upcoming and not ev.reference and ev.status == "Happened" or shared:
            ev.status = "Planned"        # "wird X im Mai treffen und im Juni nach Y reisen": both
        elif ev.status in ("Happened", "Cancelled") and kind in GATHERINGS | {"Visit"} and self._set_for(ev, sent):
            ev.status, ev.upcoming = ev.status.replace("Happened", "Planned"), True    # "für Mai geplant"
        ev.prior = ev.prior or ev.date is not None and (not ev.date.relative or ev.date.rule == "rel_period") \
            and self._told_before(s, clo, chi if noun else None) \
            or noun and kind in GATHERINGS and self._earlier_numbered(s, sent)   # "Im Mai 2019 hatten sich X
                                         # und Y geeinigt"; "their first summit" beside "the second meeting"
        ev.perfect = not ev.prior and self._told_before(s, clo, chi if noun else None) \
            and not self._any("speech_verbs", sent.start, s)      # not "said it had expelled": the news
        if ev.reference and not (ev.upcoming or ev.prior) \
                and self._any("future_auxiliaries", self._clause(doc, s, e)[0], window[0] - 1):
            ev.upcoming = True           # "will fly on after attending the summit": to come too
        if ev.date is None and ev.status == "Happened" and not (ev.prior or ev.reference or ev.definite):
            ev.told = self._said_on(sent, s, e)     # "Japan said Friday it had expelled ...": by Friday
        self._aside_setting(ev, chi, sent, predicate, self._noun_trigger(doc, ev))    # "…, held in Oslo, …"
        ev.anaphoric = self._any("event_anaphors", clo, chi)
        if noun and kind in GATHERINGS:
            ev.occasion = self._occasion_bodies(s, clo, kind == "Summit")
        if kind in AGREEING:
            ev.agreed, ev.agreed_span = self._agreed_text(doc, e, sent)
            self._document_act(ev, rule, s, e, clo, chi)     # "signed a treaty", "Sie unterzeichneten ..."
            self._drop_content_names(ev, e, window)     # "agreed to work for a nuclear-free X"
            if ev.date is not None and (self._in_infinitive(doc, ev.agreed_span, ev.date.start)
                                        or s in self._arranging_at and self._after_gathering(ev.date.start, s)):
                ev.date = None           # "agreed to meet in December", "vereinbarten, sich im Dezember
                                         # zu treffen", "ein Treffen im Dezember vereinbart": its month
            elif ev.date is not None and kind == "Agreement" \
                    and (arranged := self._arranged_in(ev.agreed_span, ev.date.start)) is not None:
                ev.date = self._date(doc, (clo, chi), sent, strict=own_time, reported_from=self._report_end(sent, s),
                                     trigger=(s, e), excluded=cause_time | set(range(arranged, ev.agreed_span[1])))
                                         # "agreed in March on a visit in May": March
            if self._topic_place(doc, ev, sent):
                ev.place = None          # "agreed to back a ceasefire along the Danube"
        return ev


@Language.factory("diplograph_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)
