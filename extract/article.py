"""From an annotated spaCy Doc to the plain facts of one article.

This is where the article-level rules live: unknown entities get keys, surname-only
repeats are resolved to the person named earlier, role references ("der russische
Außenminister") to the person holding that role in the article, participants described
by role to people, and event mentions of one article that describe the same event are
merged (in-article coreference).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG

from diplograph.extract.components.columns import columns, doc_text
from diplograph.extract.anchoring import ANCHORED_RULES, ahead_of, so_far
from diplograph.extract.lexicon import load_lexicon, rule_confidence
from diplograph.extract.publication import LONE_ACTS, PublicationTime
from diplograph.extract.fronted import FrontedOccasions
from diplograph.extract.instances import OtherInstances
from diplograph.extract.outcomes import GatheringOutcomes
from diplograph.extract.pairs import PairReferences
from diplograph.extract.role_facts import RoleFacts
from diplograph.extract.calls import CallAnaphors
from diplograph.extract.call_lists import CallLists
from diplograph.extract.responses import Responses
from diplograph.extract.person_refs import last_person_of, person_genders, pronoun_gender
from diplograph.extract.model import Accord, Article, ArticleFacts, Entity, Event, FigureClaim, Mention, Statement
from diplograph.extract.coreference import MEETING_KINDS, SINGLE_ACT_KINDS, EventCoreference
from diplograph.extract.merging import kind_after, merge_into

__all__ = ["doc_to_facts", "kind_after", "MEETING_KINDS"]

_SPOKEN_FOR = MEETING_KINDS | {"PhoneCall", "Visit"}    # one named by office alone speaks for the state


def name_confidence(rule: str) -> float:
    """How sure a name's link or find is, by the rule that tagged its span ("" for a KB name
    or a titled person: 1.0); a rule of one language falls back to its kind's figure.

    >>> name_confidence(""), name_confidence("context"), name_confidence("names.en.place.gazetteer")
    (1.0, 0.7, 0.55)
    >>> name_confidence("names.de.person.said")
    0.6
    """
    if not rule:
        return 1.0
    conf = rule_confidence()
    parts = rule.split(".")
    if rule == "context":
        parts = ["names", "context"]
    elif len(parts) > 2 and parts[0] == "names":
        parts = [parts[0]] + parts[2:]            # "names.en.person.said" -> "names.person.said"
    while parts:
        if ".".join(parts) in conf:
            return conf[".".join(parts)]
        parts.pop()
    return 0.5


class _Ent(NamedTuple):
    """An entity of the doc as the assembly reads it (its span's attributes, read once)."""

    start: int
    end: int
    label_: str
    ent_id_: str
    text: str
    start_char: int
    end_char: int


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()

#: what "the two leaders", "beide Seiten" refer back to: the sides of a gathering or call
_GROUP_SOURCES = MEETING_KINDS | {"PhoneCall"}


class _Assembler(CallAnaphors, CallLists, EventCoreference, GatheringOutcomes, PublicationTime, Responses, FrontedOccasions, OtherInstances,
                 PairReferences, RoleFacts):
    def __init__(self, doc: Doc, article: Article):
        self.doc, self.article = doc, article
        self.kb = load_kb()
        self.facts = ArticleFacts(article)
        self.span_key: dict[tuple, str] = {}
        self._placed: list[tuple] = []          # (mention, its draft, the event it went to)
        self._told: dict[int, object] = {}      # id(event) -> the day a saying told it done
        self._absorbed: dict[int, Event] = {}     # id(outcome event) -> the gathering
        self._by_start: list | None = None          # the mentions in text order, when asked

    # --- entities -------------------------------------------------------------------
    def entities(self) -> None:
        persons_full: dict[str, str] = {}
        self.cols = cols = columns(self.doc)
        text = doc_text(self.doc)
        self.ents = []
        for span in cols.ents:
            start, end = cols.idx[span.start], cols.idx[span.end - 1] + len(cols.text[span.end - 1])
            self.ents.append(_Ent(*span, text[start:end], start, end))
        rules = {(e.start, e.end): e.kb_id_ for e in self.doc.ents if e.kb_id_}
        for ent in self.ents:
            key = self._key(ent, persons_full)
            self.span_key[(ent.start, ent.end)] = key
            self.facts.mentions.append(Mention(key, ent.start_char, ent.end_char, ent.text))
            record = self.facts.entities.get(key)
            rule = rules.get((ent.start, ent.end), "")
            confidence = name_confidence(rule)
            if record is None:
                known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
                label = known.label(self.article.lang) if known else ent.text
                record = Entity(key, known.kind if known else ent.label_, label, known is not None,
                                confidence=confidence, evidence=rule)
                self.facts.entities[key] = record
            elif confidence > record.confidence:
                record.confidence, record.evidence = confidence, rule
            record.surface.add(ent.text)
        self._genders = person_genders(cols, self.ents, self.span_key, load_lexicon(self.article.lang),
                                       self.doc._.dg_role_mentions or [])    # "first lady X", "Herr Y"

    def _key(self, ent, persons_full: dict) -> str:
        if ent.ent_id_:
            return ent.ent_id_
        name = _norm(ent.text)
        if ent.label_ == "Person":
            tokens = name.split()
            if len(tokens) > 1:
                persons_full.setdefault(tokens[-1], f"new:Person:{name}")
                persons_full.setdefault(tokens[0], f"new:Person:{name}")
            elif name in persons_full or self.article.lang == "de" and name[-1:] == "s" and name[:-1] in persons_full:
                return persons_full.get(name) or persons_full[name[:-1]]     # a German genitive: "Kans"
        return f"new:{ent.label_}:{name}"

    def ref(self, ref) -> str | None:
        """A component's entity reference (KB slug or token span) as an entity key."""
        if ref is None:
            return None
        if isinstance(ref, str):
            if ref not in self.facts.entities:
                known = self.kb.by_slug(ref)
                if known is None:
                    return None
                self.facts.entities[ref] = Entity(ref, known.kind, known.label(self.article.lang), True)
            return ref
        return self.span_key.get(tuple(ref))

    # --- statements -------------------------------------------------------------------
    def statements(self) -> None:
        for q in self.doc._.dg_quotes or []:
            speaker = self.ref(q.speaker)
            if speaker is None and q.speaker_role:
                found = self.holder(*q.speaker_role, q.start)
                speaker = found[0] if len(found) == 1 else None
            if speaker is None and q.speaker_country:
                speaker = last_person_of(self._mentions_by_start(), self.facts, self.kb, q.speaker_country, q.start)
            self.facts.statements.append(Statement(speaker, q.text, q.start, q.end, q.sent, q.direct))

    # --- events -----------------------------------------------------------------------
    def events(self) -> None:
        events: list[Event] = []
        by_sent: dict[tuple, list] = {}
        for m in self.doc._.dg_events or []:
            by_sent.setdefault(m.sent, []).append(m)
        for in_sent in (self._one_trip(self._at_occasions(ms)) for ms in by_sent.values()):
            # "trafen sich ... vor dem Treffen der NATO": the event a temporal preposition
            # points to is resolved first and is then not a candidate for the others
            excluded: list[Event] = []
            self._answered_now(in_sent)            # "scrambled jets after X violated its airspace"
            for m in sorted(in_sent, key=lambda m: not m.reference):
                ev = self._draft(m, events)
                self._occasion_day(m, ev, in_sent)   # "In their talks ..., the two agreed"
                target = self._fronted_gathering(m, ev) or self._antecedent(
                    events, ev, m, self._no_occasion(m, events) if m.reference else excluded + self._summits_at(m, events))
                if target is not None:
                    merge_into(target, ev)
                elif ev.actors or ev.place:
                    events.append(ev)
                    target = ev
                if m.told is not None and target is not None:
                    self._told.setdefault(id(target), m.told.value)
                if m.reference and target is not None:
                    excluded.append(target)
                self._placed.append((m, ev, target))
        events = self._absorb_outcomes(self._told_again(events))
        self._calls_told_again(events)          # "spoke with X ... The call was ..."
        events = self._bilateral_calls(events)  # "spoke by phone with A, B and C": three calls
        self._occasion_settings(events)
        self._answered_flights(events)          # "Japan scrambled fighter jets": against whom
        self.facts.events = [ev for ev in events if self._reportable(ev)]
        self._dateline_place()
        self._told_date()
        self._told_back()               # "... Das teilte X am Mittwoch mit."
        self._incident_day()
        self._succession_day()          # "Shortly afterwards, X met Y": that day, not the lead's
        self._lead_date()
        self._reported_weekday()        # "..., teilte X am Mittwoch mit" in an article of a known month
        self._documents_held()          # where and when the gathering a document was signed at was
        once = self._one_exercises(self._one_day_encounters(self._one_day_gatherings(self.facts.events)))
        self.facts.events = self._summoned_meetings(self._one_measures(once))

    def _dateline_place(self) -> None:
        """"MADRID, June 29 (AP) - Kishida ... attended a NATO summit", "SINGAPORE — ...": a
        gathering of the lead with no place of its own took place where the story was filed."""
        dateline = self._dateline()
        if dateline is None:
            return
        first, place = dateline
        lead_end = first.end_char + 600
        for ev in self.facts.events:
            if ev.kind in MEETING_KINDS and (ev.place is None or self.kb.contains(ev.place, place)) \
                    and ev.sents[0][0] < lead_end and self._current(ev):
                ev.place = place             # "MOSCOW --" ... "talks in Russia": there

    def _final(self, ev: Event | None) -> Event | None:
        ev = self._absorber(ev) if ev is not None else None
        return ev if ev is not None and any(ev is e for e in self.facts.events) else None

    def accords(self) -> None:
        """Every agreeing mention is an accord: parties, what was agreed, status, where."""
        by_key: dict[tuple, object] = {}
        for m, draft, target in self._placed:
            if m.kind != "Agreement" or m.status == "Cancelled" or m.definite and m.rule.endswith(".noun"):
                continue                  # "Der Fahrplan werde ...": an accord named before
            event = self._gathering_of(self._final(target) or self._event_of_sentence(m.sent))
            parties = sorted(self._parties(draft) or (self._parties(event) if event else set()))
            if not parties:
                continue
            status = "Agreed" if m.status == "Happened" else "Planned" if len(parties) > 1 else "Intended"
            topics = [" ".join(t.split()) for t in ([m.agreed] if m.agreed else list(m.topics))
                      if re.search(r"[^\W\d_]{3,}", t)]
            key = (id(event) if event else m.sent, tuple(parties), status)
            if key in by_key:
                known = by_key[key]
                known.topics += [t for t in topics if t not in known.topics]
                continue
            by_key[key] = Accord(parties, topics, status, event, m.trigger_text, m.sent, m.rule)
            self.facts.accords.append(by_key[key])

    def _event_of_sentence(self, sent: tuple) -> Event | None:
        """The event another mention of the same sentence went to ("wollen sich darauf
        einigen ... die Ergebnisse des Gipfels")."""
        for m, _, target in self._placed:
            if m.sent == sent and (final := self._final(target)) is not None:
                return final
        return None

    def _parties(self, ev: Event) -> set:
        orgs = {a for a in ev.actors if self.facts.entities[a].kind == "Organization"
                and not self._is_outlet(a)}
        orgs |= {o for a in ev.actors if self.facts.entities[a].kind == "Person"
                 for o in self._affiliation(a) if self.facts.entities[o].kind == "Organization"}
        return self._countries(ev) | orgs

    def _is_outlet(self, key: str) -> bool:
        known = self.kb.by_slug(key) if self.facts.entities[key].known else None
        return known is not None and known.cls == DG.NewsOutlet

    def figures(self) -> None:
        """Amounts with their unit and what they measure; the speaker of the sentence."""
        for fig, sent in self.doc._.dg_figures or []:
            speaker = next((st.speaker for st in self.facts.statements
                            if st.sent[0] <= fig.start < st.sent[1] and st.speaker), None)
            self.facts.figures.append(FigureClaim(fig.value, fig.unit, fig.measures, fig.text,
                                                  fig.start, fig.end, sent, speaker))

    def _reportable(self, ev: Event) -> bool:
        """An event needs an actor, and one not only its target in a sentence of talks; a plan
        a person or a date (else it is an intention); one actor alone a place or a time (a
        teaser line such as "Übung in der Ostsee", "the treaty" Norway keeps to: no
        occurrence the article reports)."""
        kinds = [self.facts.entities[a].kind for a in ev.actors]
        if not any(k in ("Person", "Organization", "Country") for k in kinds) or self._topic_of_talks(ev):
            return False
        alone = set(ev.actors) - (set() if ev.kind in LONE_ACTS else set(self._states_of_bodies(ev.actors)))
                                         # a ministry and its state: one side (a force's scramble is an act)
        if len(alone) == 1 and not (ev.place not in (None, *alone) or ev.date or ev.relative_date
                                        or self._lead_act(ev) or ev.objected and ev.kind not in MEETING_KINDS | {"Visit"}):
            return False     # "a visit to Japan": nobody goes; but "protested over X's drills": held
        if ev.status == "Planned" and ev.kind in MEETING_KINDS | {"PhoneCall", "Agreement"} \
                and not (ev.date or ev.relative_date or ev.place) \
                and (ev.kind != "Agreement" or len(self._parties(ev)) < 2):
            return False     # "agreed to continue the dialogue": no occurrence is set; "X would like
                             # to seal a deal": one side's wish (its accord stays, as intended)
        return ev.status != "Planned" or "Person" in kinds or ev.date is not None or bool(ev.relative_date) \
            or self._announced_measure(ev)          # "Britain will expel 23 diplomats"

    def _topic_of_talks(self, ev: Event) -> bool:
        """Whether an act done only to its targets stands in a sentence that tells of talks
        or a call ("progress in their talks about sanctions against Iran", "bat bei einem
        Gespräch, die Sanktionen gegen X aufzuheben"): what was talked about, by nobody named
        ("Sanctions against X were imposed in March" stays an act, and so it does before "X
        said after talks")."""
        if not ev.targets or not set(ev.actors) <= set(ev.targets):
            return False
        mentions = [m for m in self.doc._.dg_events or () if m.sent == ev.sents[0]]
        act = next((m.trigger[0] for m in mentions if m.trigger_text == ev.triggers[0]), None)
        return act is not None and any(m.kind in MEETING_KINDS | {"PhoneCall"} and m.trigger[0] < act for m in mentions)

    def _states_of_bodies(self, actors: list) -> list:
        """The countries whose ministries, forces or agencies (known to the KB) are among
        ``actors``: "Japan's foreign ministry summoned the ambassador" is Japan's act."""
        return [c for a in actors if self.facts.entities[a].kind == "Organization" and not a.startswith("new:")
                and (c := self.kb.country_slug(a)) is not None and self.ref(c)]

    def _countries(self, ev: Event) -> set:
        """The countries an event's actors are or act for."""
        out = set()
        for a in ev.actors:
            kind = self.facts.entities[a].kind
            if kind == "Country":
                out.add(a)
            elif kind == "Person":
                out |= {c for c in self._affiliation(a) if self.facts.entities[c].kind == "Country"}
            elif not a.startswith("new:") and (country := self.kb.country_slug(a)) is not None:
                out.add(self.ref(country))
        return out

    def _affiliation(self, person: str) -> set:
        """Whom a person acts for: the countries and organisations of the roles the article
        gives them, else their nationality in the KB."""
        orgs = {r.org for r in self.facts.roles if r.person == person}
        if orgs or person.startswith("new:"):
            return orgs
        country = self.kb.country_slug(person)
        return {self.ref(country)} if country is not None else set()

    def _draft(self, m, events: list[Event]) -> Event:
        actors = [k for k in (self.ref(a) for a in m.actors) if k]
        countries = [a for a in actors if self.facts.entities[a].kind == "Country"]
        acted_on = {self.ref(a) for a in m.targets}
        if m.group and not [c for c in countries if c not in acted_on]:
            # "beide Seiten", "the two countries": those of the people the sentence names, else
            # of the gathering reported last, else of the sentence before (or after); "the two
            # countries had expelled Brazilian diplomats": not Brazil
            last = next((self._countries(e) for e in reversed(events) if e.kind in _GROUP_SOURCES
                         and len(self._countries(e)) >= 2), None)
            group = self._people_countries(m.trigger[0]) or sorted(last or ()) or (
                self._countries_before(m.sent[0]) or self._countries_after(m.sent[1]))
            countries = [c for c in group if c not in acted_on] + [c for c in countries if c not in group]
        actors[:0] = [p for p in self._pair_of(m, actors) if p not in actors]    # "the two ministers": X and Y
        if m.counted:
            countries += [c for c in self._counted_countries(m.sent[0], m.counted) if c not in countries]
        when, named = (m.date.value if m.date else None), any(self.facts.entities[a].kind == "Person" for a in actors)
        for role, country in m.described:
            for org in ([country] if country else countries):
                held = self.holder(role, org, m.sent[0] if country else None, when)
                actors += [p for p in held if p not in actors]
                known = self.ref(country) if country else None       # (a KB slug the article now knows)
                if not held and known and known not in countries and (m.kind in SINGLE_ACT_KINDS or m.kind in
                        _SPOKEN_FOR and (not named or m.kind != "Visit"
                                         or self.facts.entities[known].kind == "Organization")):
                    countries.append(known)      # "Russia's ambassador was summoned", "G7 ministers met",
                                                 # "Japan's premier phoned Russia's president": their states;
                                                 # "X spoke with the Turkish president": no holder known, Turkey
        for role in m.referred:          # "The Secretary General also met X": the one holder
            held = self._holders_before(role, m.sent[0]) or self._office_holder(role, None, m.sent[0], when)
            if len(held) == 1 and held[0] not in actors:
                actors.append(held[0])
        for c in countries + self._states_of_bodies(actors):
            if c not in actors:
                actors.append(c)
        if m.pronoun:                    # "he told reporters on a trip to ...", "Er wolle ... reisen";
                                         # "X said after talks with his counterpart": X
            other = {"m": "f", "f": "m"}.get(pronoun_gender(       # "he" after "first lady X": not her
                self.cols, load_lexicon(self.article.lang), bisect_left(self.cols.idx, m.sent[0]), m.trigger[0]))
            person = self._person_earlier_in_sentence(m, actors, other)
            person = self._person_before(m.sent[0], other=other) if person is None else person
            if person and person not in actors:
                actors.insert(0, person)
        if m.kind == "Protest":          # "summoned Brazilian Ambassador X": Brazil is a side
            sides = {r.org for r in self.facts.roles if r.person in actors and r.org in self.facts.entities}
            actors += [c for c in sorted(sides) if c not in actors and self.facts.entities[c].kind == "Country"]
        date, status, zone = m.date.value if m.date and (m.status, m.date.rule) != ("Planned", "ago") else None, m.status, False
        if date is not None and m.date.relative and (status in ("Planned", "Happened", "Cancelled") or m.upcoming):
            ahead = ahead_of(m.date, self.article.published or self.doc._.dg_anchor)
            if status not in ("Happened", "Cancelled") or status == "Cancelled" and m.upcoming and self._nearer(date, ahead):
                date = ahead             # "plant ... im September", "the talks set for May are off"
            elif ahead != date and (m.upcoming and self._counts_ahead(m, date) if m.reference   # "ahead of the visit on Friday"
                                    else self._told_ahead(m, ahead) or self._nearer_ahead(m, date, ahead)):
                date, status = ahead, status.replace("Happened", "Planned")   # "meets on Monday", "the June
                                         # summit is off", "Staatsbesuch im Dezember" in November
            elif status == "Happened" and self._zone_day(m, date, m.actors):
                date, zone = ahead, True             # "launched on Tuesday" told on Monday in New York
        if status == "Planned" and m.date is not None and m.date.rule in ANCHORED_RULES \
                and self._before_publication(date):
            status = "Happened"          # "expected at the summit last July": it was held
        relative = m.date.text if m.date is not None and (m.date.value is None or m.date.rule == "weekday"
                                                          and m.date.value.precision != "day") else ""
                                         # "am Mittwoch" in an article of a known month: which one
        if m.reference:                  # "after the talks": held; "ahead of the talks": to come
            status = "Planned" if m.upcoming and not self._before_publication(date) else "Happened"
        if status == "Happened" and date is not None and m.date.rule == "rel_period":
            date = so_far(m.date, self.article.published, self.article.lang)   # "met this week": by now
        if status == "Happened" and not zone and (m.noun or self._present(m)) and self._after_publication(date):
            status = "Planned"           # "their Dec. 15 summit" told on Dec. 3: still to come
        targets = [t for t in (self.ref(a) for a in m.targets) if t in actors]
        prior = m.prior and not (status == "Planned" and self._after_publication(date))
        return Event(m.kind, actors, self.ref(m.place), date, relative, status, [m.trigger_text], [m.rule], [m.sent],
                     rule_confidence().get("events." + m.kind, 0.7), prior, targets=targets, objected=m.objected,
                     document=m.document)

    def _person_earlier_in_sentence(self, m, actors: list, other: str | None = None) -> str | None:
        """"X war in Tokio, wo er Y traf", "X arrived in Tokyo, where he met Y": the one person
        the sentence names before the trigger and the event does not hold yet (or the one
        whose name opens it); "" if it names several and none opens it (the pronoun is
        ambiguous there, and no earlier sentence resolves it), None if it names none."""
        before = self.cols.idx[m.trigger[0]]
        first = bisect_left(self.ents, m.sent[0], key=lambda e: e.start_char)
        found = set()
        for e in self.ents[first:]:
            if e.end_char > before:
                break
            if e.label_ == "Person":
                found.add(self.span_key[(e.start, e.end)])
        found -= set(actors) | {k for k in found if other and self._genders.get(k) == other}
        if len(found) > 1:               # "X telefonierte mit Y, nachdem er mit Z ...": X
            return subject if (subject := self._opening_person(m.sent[0])) in found else ""
        return found.pop() if found else None

    def _opening_person(self, char: int) -> str | None:
        """The person whose name opens the sentence starting at ``char``, after capitalised
        words only ("Japanese Prime Minister Kishida met ..."): the main clause's subject,
        whom a pronoun of a clause hung on it stands for when the sentence names several."""
        first = bisect_left(self.ents, char, key=lambda e: e.start_char)
        if first == len(self.ents) or self.ents[first].label_ != "Person":
            return None
        ent = self.ents[first]
        k = bisect_left(self.cols.idx, char)
        if any(self.cols.is_lower[i] or self.cols.punct[i] for i in range(k, ent.start)):
            return None
        return self.span_key[(ent.start, ent.end)]

    def _person_before(self, char: int, sentences: int = 2, other: str | None = None) -> str | None:
        """The one person the nearest of the ``sentences`` sentences before ``char`` that
        name people (not of the gender ``other``) names; None if it names several (the
        pronoun is ambiguous)."""
        sents = [s for s in self.cols.sents if s.end_char <= char][-sentences:]
        for sent in reversed(sents):
            found = {self.span_key[(e.start, e.end)] for e in self._ents_in(sent, "Person")}
            found -= {k for k in found if other and self._genders.get(k) == other}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def _countries_before(self, char: int) -> list[str]:
        """Countries of the sentence before ``char`` ("beider Länder" refers back to them)."""
        sents = [s for s in self.cols.sents if s.end_char <= char]
        for sent in reversed(sents[-2:]):
            found = self._party_countries(sent)
            if found:
                return found
        return []

    def _counted_countries(self, char: int, n: int) -> list[str]:
        """"die vier Nationen": the last sentence before ``char`` naming exactly ``n``
        countries names them."""
        for sent in reversed([s for s in self.cols.sents if s.end_char <= char]):
            found = self._party_countries(sent)
            if len(found) == n:
                return found
        return []

    def _countries_after(self, char: int) -> list[str]:
        """Countries of the sentence after ``char`` ("beider Länder ... Japan wurde vertreten")."""
        for sent in self.cols.sents:
            if sent.start_char >= char:
                return self._party_countries(sent)
        return []

    def _ents_in(self, sent, label: str) -> list[_Ent]:
        """The entities with ``label`` within ``sent`` (as ``Span.ents``: from the first that
        starts in it, up to the first that does not end in it)."""
        out = []
        for ent in self.ents[bisect_left(self.ents, sent.start, key=lambda e: e.start):]:
            if ent.end > sent.end:
                break
            if ent.label_ == label:
                out.append(ent)
        return out

    def run(self) -> ArticleFacts:
        self.entities()
        self.roles()
        self.statements()
        self.events()
        self.accords()
        self.figures()
        absolute = [d.value for d in self.doc._.dg_dates or [] if d.value and not d.relative]
        self.facts.latest_date = max(absolute, key=lambda v: v.iso) if absolute else None
        return self.facts


def doc_to_facts(doc: Doc, article: Article) -> ArticleFacts:
    """The facts of ``article`` from its annotated ``doc``."""
    return _Assembler(doc, article).run()
