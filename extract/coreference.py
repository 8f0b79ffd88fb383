"""Which event mentions of one article tell the same event (in-article coreference), and
the kinds that decide it (what the event becomes when a mention joins it:
:mod:`diplograph.extract.merging`).

Not a pipeline step of its own: :class:`EventCoreference` is mixed into the article
assembler (:mod:`diplograph.extract.article`), which provides the article's facts
(``self.facts``), the knowledge base (``self.kb``), ``self.ref`` and the helpers that find
an event's countries and parties.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from diplograph.ontology.namespace import DG

from diplograph.extract.gazetteer import city_names
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.teasers import in_headline, is_teaser
from diplograph.extract.model import Event
from diplograph.extract.event_times import MEETING_KINDS, EventTimes, persons_of, same_day, told_ahead_that_day
from diplograph.extract.retold import RetoldGatherings
from diplograph.extract.mention_cues import described, latest_named

__all__ = ["EventCoreference", "MEETING_KINDS", "SINGLE_ACT_KINDS", "DECLARED", "OUTCOME_KINDS", "is_teaser", "in_headline",
           "opposed"]

#: acts an article reports once, however often it names them
SINGLE_ACT_KINDS = {"Deployment", "Expulsion", "EntryBan", "AirspaceViolation", "Interception", "Protest", "Sanction",
                    "Seizure", "MissileLaunch", "NuclearTest", "Accession"}
#: acts done at a site the noun's own phrase names ("the drills on Iturup")
SITED_ACTS = {"MilitaryExercise", "Deployment", "AirspaceViolation", "Interception", "MissileLaunch", "Seizure",
              "NuclearTest"}
#: Acts a government performs by saying it will do them ("will expel 23 diplomats").
DECLARED = frozenset({"Expulsion", "Sanction", "EntryBan"})
#: Kinds that are the outcome of a gathering when reported by its participants.
OUTCOME_KINDS = {"Agreement", "Announcement", "PressConference"}
#: word lists of a sentence that tells a taking part that does not happen (not, invited, refused)
_NOT_ATTENDING = ("negation_cues", "inviting_words", "unrealised_cues", "veto_verbs", "objection_verbs")


class EventCoreference(EventTimes, RetoldGatherings):
    """Joining a new mention to the event it names again, or to the gathering it is the outcome of."""

    def _at_occasions(self, mentions: list) -> list:
        """"X will meet Y on the sidelines of the NATO summit": the summit is the occasion of
        the meeting named nearest to it, not a gathering of X and Y. The meeting keeps what
        the occasion names, the people it found ("am Rande des Gipfels mit Y
        zusammentreffen") and its place ("... summit in Osaka"), not its bodies; the
        occasion's mention names only its bodies and, like one after "before", is told of
        (as one named before), to come if the meeting is."""
        held = [m for m in mentions if m.kind in MEETING_KINDS and m.occasion is None]
        occasions = [m for m in mentions if m.occasion is not None]
        if not occasions:
            return mentions
        out = [m for m in mentions if m.occasion is None]
        for m in occasions:
            h = min(held, key=lambda h: abs(h.trigger[0] - m.trigger[0]), default=None)
            bodies = {self.ref(b) for b in m.occasion}
            if h is None or not self._participants(h, bodies):
                out.append(replace(m, occasion=None))     # "On the sidelines of the summit, X
                continue                                  # said", "NATO met at the summit": it
            i = next(i for i, x in enumerate(out) if x.trigger == h.trigger and x.rule == h.rule)
            h = out[i]                                    # as an earlier occasion left it
            people = [a for a in m.actors if a not in h.actors and self._is_person(self.ref(a))]
            out[i] = replace(h, occasion=m.occasion if h.occasion is None else h.occasion,
                                        actors=[a for a in h.actors if self.ref(a) not in bodies] + people,
                                        place=h.place or m.place, date=h.date or self._date_after(m),
                                        reference=False)      # "... summit in Osaka on Friday";
                                                     # "after their meeting on the sidelines of": held
            out.append(replace(m, actors=list(m.occasion), described=[], referred=[], pronoun=False, group=False,
                               counted=0, targets=[], reference=True, definite=True, upcoming=h.status == "Planned"))
        return out

    def _held_at_occasions(self, sidelines: bool = False) -> set:
        """The ids of the events meetings held at an occasion went to; with ``sidelines``,
        only those held on its sidelines ("on the sidelines of", "am Rande": a word of
        ``occasion_heads`` in the mention's sentence), not "at the summit", which may be the
        summit itself."""
        heads = load_lexicon(self.article.lang).lowered("occasion_heads") if sidelines else None
        return {id(t) for h, _, t in self._placed if h.occasion is not None and not h.reference and t is not None
                and (heads is None or not heads.isdisjoint(
                    re.findall(r"\w+", self.article.text[h.sent[0]:h.sent[1]].lower())))}

    def _named_occasions(self) -> set:
        """The ids of the events an occasion's own mention made (no event joined)."""
        return {id(t) for h, d, t in self._placed if h.occasion is not None and h.reference and d is t}

    def _told_again(self, events: list[Event]) -> list[Event]:
        """The events without the summits only named as the occasion of a meeting on their
        sidelines: one the article names a summit again ("... the G7 summit in Fasano." ...
        "invited to the G7 summit") is kept, with the place and date the occasion gave;
        not for "the meeting" or "the talks", which may be the meeting held there."""
        occasions = self._named_occasions()
        again = {id(t) for m, _, t in self._placed if m.kind == "Summit" and not m.reference and t is not None}
        return [ev for ev in events if id(ev) not in occasions or id(ev) in again]

    def _date_after(self, m):
        """The date of mention ``m`` if it follows its trigger ("während des Gipfels in Rio
        am Freitag"), not one of an aside before it."""
        return m.date if m.date is not None and m.date.start >= self.cols.idx[m.trigger[0]] else None

    def _participants(self, m, bodies: set) -> bool:
        """Whether a meeting mention names participants other than the ``bodies`` of its
        occasion: people, countries, roles, "both sides", a pronoun; not bodies alone
        ("NATO leaders met at the summit": the summit itself)."""
        return bool(m.described or m.referred or m.group or m.pronoun or m.counted) or any(
            (key := self.ref(a)) not in bodies and key is not None
            and self.facts.entities[key].kind in ("Person", "Country") for a in m.actors)

    def _is_person(self, key: str | None) -> bool:
        return key is not None and self.facts.entities[key].kind == "Person"

    def _no_occasion(self, m, events: list[Event]) -> list[Event]:
        """The events the occasion of a meeting cannot be: meetings held at an occasion,
        meetings of people or countries that are no summit ("held talks on the sidelines of
        the G20" ... "will also meet Z on the sidelines of the summit": not those talks),
        and summits of other bodies."""
        if m.occasion is None:
            return []
        held = self._held_at_occasions()
        bodies = {self.ref(b) for b in m.occasion}
        return [ev for ev in events if id(ev) in held or ev.kind != "Summit" and any(
            self.facts.entities[a].kind in ("Person", "Country") for a in ev.actors)
            or bodies and (orgs := {a for a in ev.actors if self.facts.entities[a].kind == "Organization"})
            and not bodies & orgs]            # the G7's summit is no NATO summit

    def _one_trip(self, mentions: list) -> list:
        """"ist zu einem Besuch in X eingetroffen, mit dem ... gestärkt werden soll", "arrived
        for a visit that is meant to ...": a visit noun beside a visit verb of its sentence,
        at the same place or none, is that visit; it takes the verb's status (a modal
        of a clause on the noun does not make the arrival a plan)."""
        verbs = [m for m in mentions if m.kind == "Visit" and not m.noun and not m.reference]
        if not verbs:
            return mentions
        out = []
        for m in mentions:
            if m.kind == "Visit" and m.noun and not (m.reference or m.upcoming or m.prior):
                v = next((v for v in verbs if v.status != m.status and v.prior == m.prior
                          and self.kb.places_agree(self.ref(v.place), self.ref(m.place))), None)
                m = replace(m, status=v.status) if v is not None else m
            out.append(m)
        return out

    def _summits_at(self, m, events: list[Event]) -> list[Event]:
        """The events a mention may not join for the occasions of its sentence and those
        before: a meeting held on the sidelines of a summit, not the summits of the bodies
        its occasion names (any summit if it names none, "am Rande des Gipfels"); a summit
        named again, not a meeting held at one ("... on the sidelines of the G7 summit. The
        summit ..."); anything else, not a summit named only as an occasion."""
        if m.reference:
            return []
        if m.occasion is not None:
            bodies = {self.ref(b) for b in m.occasion}
            return [ev for ev in events if ev.kind == "Summit" and (not bodies or bodies & set(ev.actors))]
        held, named = self._held_at_occasions(), self._named_occasions()
        if not (held or named):
            return []
        mine = {self.ref(a) for a in m.actors}
        return [ev for ev in events if id(ev) in held and m.kind == "Summit" or id(ev) in named and not (
            m.kind == "Summit" and (m.definite or mine & set(ev.actors)))]   # "the summit", "the G7
                                                                            # summit"; not "a trilateral summit"

    def _occasion_settings(self, events: list[Event]) -> None:
        """A meeting held on the sidelines of a gathering the article reports with a place
        or date ("the NATO summit in Vilnius on July 11" ... "will meet X on the sidelines of
        the NATO summit") takes them when its own sentence gives none."""
        for m, _, target in self._placed:
            if m.occasion is None or m.reference or target is None:
                continue
            target = self._absorber(target)
            if target.place and (target.date or target.relative_date):
                continue
            for host in (self._occasion_named(m), self._occasion_host(target, m.occasion, events)):
                if host is not None:
                    target.place = target.place or host.place
                    if not (target.date or target.relative_date):
                        target.date = host.date

    def _occasion_named(self, held) -> Event | None:
        """The gathering the occasion of ``held`` ("am Rande des Treffens") was taken for."""
        for m, draft, target in self._placed:
            if m.sent == held.sent and m.reference and m.occasion is not None and target is not None \
                    and (draft is not target or len(target.triggers) > 1):    # not one it named alone
                target = self._absorber(target)
                if target.place or target.date:
                    return target
        return None

    def _absorber(self, ev: Event) -> Event:
        """The event a mention's event went into when it was absorbed as an outcome."""
        while id(ev) in self._absorbed:
            ev = self._absorbed[id(ev)]
        return ev

    def _occasion_host(self, ev: Event, bodies: tuple, events: list[Event]) -> Event | None:
        """The gathering of the article a meeting's occasion names: one of the bodies named
        ("the NATO summit": NATO's), else the summit ("the summit"); not one recalled from
        before, and one with a place or date."""
        keys = {self.ref(b) for b in bodies} - {None}
        for host in events:
            if host is ev or host.kind not in MEETING_KINDS or host.prior or not (host.place or host.date):
                continue
            if keys & set(host.actors) if keys else host.kind == "Summit":
                return host
        return None

    def _people_countries(self, trigger: int) -> list[str]:
        """The countries the people named in the sentence of the trigger at token ``trigger``
        act for, once each, in order, if they are two or more ("X welcomed Y on a visit both
        nations describe as historic": X's and Y's); not those who say what the trigger
        tells ("X and Y said both sides had agreed")."""
        sent = self.cols.sent_of(trigger)
        if self._teaser(sent):
            return []
        said = load_lexicon(self.article.lang).lowered("speech_verbs")
        verb = next((k for k in range(sent.start, trigger) if self.cols.lower[k] in said), trigger)
        found = []
        for ent in self._ents_in(sent, "Person"):
            key = self.span_key.get((ent.start, ent.end))
            if key and not ent.end <= verb < trigger:
                found += sorted(c for c in self._affiliation(key) if self.facts.entities[c].kind == "Country")
        found = list(dict.fromkeys(found))
        return found if len(found) >= 2 else []

    def _party_countries(self, sent) -> list[str]:
        """The countries ``sent`` names, once each, in order; not one that says where a place
        named before it lies ("in Madrid, Spain"): the countries "both sides" refer to."""
        if self._teaser(sent):
            return []                    # "ALSO READ: X calls Y": another story's countries
        keys = [self.span_key[(e.start, e.end)] for e in self._ents_in(sent, "Country")
                if not self.cols.place_country(e.start, self.span_key[(e.start, e.end)], self.kb.contains)]
        return list(dict.fromkeys(keys))

    def _teaser(self, sent) -> bool:
        text = self.article.text
        return is_teaser(text[sent.start_char:sent.end_char], self.article.lang,
                         headline=in_headline(text, sent.start_char))

    def _antecedent(self, events: list[Event], ev: Event, m, excluded=()) -> Event | None:
        gone = {id(x) for x in excluded}
        events = [c for c in events if id(c) not in gone and not opposed(c, ev)]
        if not events:
            return None
        if m.anaphoric and (ev.kind in OUTCOME_KINDS or ev.kind in MEETING_KINDS):
            hosts = [c for c in events if c.kind in MEETING_KINDS | OUTCOME_KINDS | {"Visit", "PhoneCall"}]
            host = hosts[-1] if hosts else None   # "there", "where he met X": the gathering,
            if host is not None and ev.date and host.date and not (   # trip or press conference
                    host.date.contains(ev.date) or ev.date.contains(host.date)):  # told before, not a
                ev.place = ev.place or host.place     # protest between; on another day ("arrived
                host = None                           # on Monday; there he met X on Tuesday"), a
            if host is not None and ev.document:      # meeting of its own at that place;
                ev.actors += [a for a in host.actors if a not in ev.actors]   # "There he signed a
                ev.place, ev.date = ev.place or host.place, ev.date or host.date   # treaty with Y": an
                return None                           # agreement of its own, of the trip's people, place, day
            if host is not None:
                return host
        if m.definite:
            # "die Gespräche", "the summit": the event named before; what else the
            # sentence names is its topic, not its participants
            named = {self.ref(a) for a in m.actors}        # not the ones described by role
            own = {p for p in persons_of(ev, self.facts.entities) if p in named} | self._attending_states(ev, named)
            ahead = m.upcoming and not m.reference           # "preparations for the summit": one
            latest, told = (f(self.cols, self.article.lang, m.trigger[0]) for f in (latest_named, described))
            same = [c for c in events if (_family(c.kind) == _family(ev.kind)     # or the gathering a visit
                                          or ev.kind == "Visit" and any(".visit" in r for r in c.rules))   # joined
                    and not (ahead and c.status == "Happened") and not (latest and c.prior)   # to come, not held
                    and not (ev.prior and ev.date and not c.prior)     # "Schon 2007 hatte X den Vertrag ausgesetzt"
                    and (m.reference or told or c.status == ev.status      # what is said of a held event
                         or c.status == "Happened" and ev.status == "Planned")
                    and (not ev.date or not c.date or c.date.contains(ev.date))
                    and (not ev.place or not c.place or ev.place == c.place)
                    and (not m.bound or own <= persons_of(c, self.facts.entities))
                    and not (ev.kind in SINGLE_ACT_KINDS | {"Suspension"} and ev.date and self._other_parties(ev, c))]
            same = [c for c in same if _family(c.kind) == _family(ev.kind)] or same   # a visit's own first
            same = [c for c in same if c.kind != "Summit" or ev.kind == "Summit" or not self._only_told_of(c)] or same
                                         # "the meeting" after "met after the G20 summit": the meeting
            same = [c for c in same if not self._of_past_year(c)] or same    # "the meeting": not last year's
            if same:   # "An den Beratungen nahm auch X teil": X joins; places stay, but
                here = m.venue or ev.sents[0] in same[-1].sents \
                    or ev.kind in SITED_ACTS and not self._other_countries(ev.sents[0], same[-1], ev.place) \
                    or m.reference and not same[-1].place    # where it "took place", or "met at the
                ev.actors, ev.place = sorted(own), ev.place if here else None   # summit in Y"; "said
                                                             # after the meeting in Y" of one with none
                return same[-1]
        for cand in self._recent_first(events, ev):
            if self._other_instance(m, ev, cand):
                continue              # "Earlier on Friday, Japan also scrambled jets"
            if cand.kind == ev.kind and ev.kind not in MEETING_KINDS | {"Visit"} \
                    and ev.sents[0] in cand.sents and self._one_time(cand, ev) and not self._two_doers(cand, ev):
                return cand           # "imposed sanctions ..., freezing the assets of ...": one act
            if cand.kind == ev.kind and ev.kind in SINGLE_ACT_KINDS and self._same_act(cand, ev):
                return cand           # "Sweden moved troops to Gotland", "the move"
            if self._compatible(cand, ev):
                return cand
        return None

    def _attending_states(self, ev: Event, named: set) -> set:
        """The countries a definite mention's sentence names as taking part in what it
        refers to (a word of ``attendance_verbs``: "China nimmt an dem Manöver teil", "Japan
        joined the drills"): they join the event named before, as its people do; not one
        that says they do not, or only may ("will not participate", "was invited to join",
        "lehnte es ab, teilzunehmen")."""
        (s, e), lex = ev.sents[0], load_lexicon(self.article.lang)
        lo, hi = bisect_left(self.cols.idx, s), bisect_left(self.cols.idx, e)
        words = [self.cols.lower[k] for k in range(lo, hi)]
        if not any(self.cols.is_lower[k] and lex.has("attendance_verbs", self.cols.lower[k]) for k in range(lo, hi)) \
                or any(lex.has(name, w) for w in words for name in _NOT_ATTENDING):
            return set()                 # "will not participate", "was invited to join", "lehnte es ab"
        return {a for a in ev.actors if a in named and self.facts.entities[a].kind == "Country"}

    def _other_parties(self, ev: Event, cand: Event) -> bool:
        """Whether an act names countries or organisations ``cand`` does not have ("China's
        worst airspace violation, in October 2020" after Russia's: with a time of its own,
        another act)."""
        others = set(ev.actors) - persons_of(ev, self.facts.entities)
        return not others <= set(cand.actors) | self._countries(cand)

    def _two_doers(self, a: Event, b: Event) -> bool:
        """Whether two acts of one sentence have countries and none in common ("X summoned
        Y's ambassador; Z protested"): each its own doer's."""
        ca, cb = self._countries(a), self._countries(b)
        return bool(ca and cb) and ca.isdisjoint(cb) or opposed(a, b)   # or done to different sides

    def _same_act(self, a: Event, b: Event) -> bool:
        """Two mentions of one deployment, expulsion, entry ban or airspace violation in one
        article: the same status, no two dates, the countries of one among the other's; the
        places may be told at different scales ("in the Baltic", "on Gotland")."""
        if a.status != b.status or a.prior != b.prior or a.date and b.date and not a.date.contains(b.date) \
                or self._apart_in_time(a, b) or self._apart_in_time(b, a):
            return False              # "fired a missile over X" in the lead; "has fired rockets over X in 2001"
        if self._sites_differ(a.place, b.place):
            return False              # "in Kaliningrad" and "on Kunashir": two deployments
        ca, cb = self._countries(a), self._countries(b)
        return bool(ca & cb) and (ca <= cb or cb <= ca)    # not "Canada recalls" and "Chile recalled"

    def _compatible(self, a: Event, b: Event) -> bool:
        """Whether two mentions of one article can be the same event."""
        ents = self.facts.entities
        same_family = _family(a.kind) == _family(b.kind) \
            or (b.kind in OUTCOME_KINDS and a.kind in MEETING_KINDS and not b.document   # not the press
                and (a.actors or b.kind != "PressConference"))   # conference that tells of talks of nobody named
        call = {a.kind, b.kind} & {"PhoneCall"} and {a.kind, b.kind} & {"Talks", "Meeting"} \
            and not (a.place or b.place) and not any(x.kind == "Meeting" and x.date for x in (a, b))
        # "X and Y discussed ... on Monday" after their call; not a meeting told with its time ("had met in
        # May", "met on Monday ... hours earlier, they had spoken by phone": in person, not the call)
        same_family = same_family or bool(call)
        visit = {a.kind, b.kind} & {"Visit"} and {a.kind, b.kind} & MEETING_KINDS
        shared = persons_of(a, ents) & persons_of(b, ents)
        if visit and not (shared and (
                a.place and b.place and self.kb.places_agree(a.place, b.place) or self._visited(a, b) or self._visited(b, a)
                or len(shared) >= 2 and not (a.place or b.place)) or self._hosted(a, b) or self._hosted(b, a)):
            return False              # a visit and talks of one trip: a traveller, the place (or
                                      # the city of the country visited), or two people and no
                                      # place named ("in visit with X, Y ...", "Y is hosting X")
        press = {a.kind, b.kind} == {"Visit", "PressConference"} and len(shared) >= 2   # the guest's
                                      # and the host's joint press conference: one occasion
        press = press or self._summons_met(a, b, shared) or self._summons_met(b, a, shared)
        if not (same_family or visit or press) \
                or a.status != b.status and not (told_ahead_that_day(a, b) and not self._once_more(a, b)) \
                or a.prior != b.prior and not same_day(a, b) \
                or a.document != b.document and a.kind == b.kind == "Agreement":
            return False              # "signed agreements on trade", "agreed to step up efforts":
                                      # the gathering's outcome, or (see outcomes.py) the document's
        if self._apart_in_time(a, b) or self._apart_in_time(b, a):
            return False
        loose = "Visit" in {a.kind, b.kind} and {a.kind, b.kind} <= MEETING_KINDS | {"Visit"} \
            and (self.kb.is_region(a.place) or self.kb.is_region(b.place))
        if not (self.kb.places_agree(a.place, b.place) or loose or self._unknown_site(a, b, shared)):
            return False              # a region a trip is loosely placed in ("his first visit to
                                      # the Indo-Pacific") holds any place of one article's trip
        if a.date and b.date and not a.date.contains(b.date):
            return False
        if a.date and not b.date and b.relative_date or b.date and not a.date and a.relative_date:
            return False              # "on January 9-10" undated and "in 2021": not known to agree
        pa, pb = persons_of(a, ents), persons_of(b, ents)
        others_a, others_b = set(a.actors) - pa, set(b.actors) - pb
        if pa and pb:
            if not (pa <= pb or pb <= pa):
                return False
            small, large = (b, a) if pb <= pa else (a, b)    # "Suga called Putin" and "Suga called
            others = set(small.actors) - persons_of(small, ents)   # the leaders of the US, the UK ...":
            return others <= set(large.actors) | self._countries(large)   # other calls
        if pa or pb:
            persons_side, bare = (a, others_b) if pa else (b, others_a)
            return bare <= set(persons_side.actors) | self._countries(persons_side) | self._host(persons_side)
        if others_a and others_b:
            sa, sb = self.kb.states(others_a), self.kb.states(others_b)   # "the Russian foreign
            return sa <= sb or sb <= sa                                    # ministry" acts for Russia
        return True

    @staticmethod
    def _summons_met(summons: Event, meeting: Event, shared: set) -> bool:
        """Whether ``meeting`` is the talk a summons was: the envoy summoned meets the one who
        summoned him ("summoned ambassador X ... X told reporters after meeting with Y")."""
        return summons.kind == "Protest" and meeting.kind == "Meeting" and len(shared) >= 2 \
            and any(".summon" in r for r in summons.rules)

    def _host(self, ev: Event) -> set:
        """The country (one the article names) a gathering's or visit's known place lies in: the
        host of talks "the first German-Japanese consultations" when Scholz went to Tokyo."""
        known = ev.kind in MEETING_KINDS | {"Visit"} and ev.place and not ev.place.startswith("new:")
        country = self.kb.country_slug(ev.place) if known else None
        return {country} if country in self.facts.entities else set()

    def _hosted(self, visit: Event, talks: Event) -> bool:
        """Talks told with no place and no people whose two or more countries are the
        visitor's and the host's of a visit told with its place: that visit's talks."""
        if visit.kind != "Visit" or talks.kind == "Visit" or talks.place or persons_of(talks, self.facts.entities):
            return False
        host = self._host(visit)
        return bool(host) and len(set(talks.actors)) >= 2 and set(talks.actors) <= self._countries(visit) | host

    def _unknown_site(self, a: Event, b: Event, shared: set) -> bool:
        """Whether two gatherings of the same two or more people may be one though their
        places are not known to agree: one is a site the knowledge base does not know ("auf
        der Insel Russki", "at the Far Eastern University"), the other a known city or site,
        no country (which would say where the unknown one is not); not a town of the
        gazetteer ("met in Karuizawa for dinner": another town)."""
        places = (a.place, b.place)
        unknown = [ev for ev in (a, b) if isinstance(ev.place, str) and ev.place.startswith("new:Place:")]
        known = [p for p in places if isinstance(p, str) and not p.startswith("new:")]
        return a.kind in MEETING_KINDS and b.kind in MEETING_KINDS and len(shared) >= 2 \
            and len(unknown) == 1 and len(known) == 1 and not self.kb.is_country(known[0]) \
            and self.facts.entities[unknown[0].place].label not in city_names() and not self._told_apart(unknown[0])

    def _told_apart(self, ev: Event) -> bool:
        """Whether the sentences of ``ev`` name a country or a word that sets it at another
        time (``sequence_words``, one-word ``succession_openers`` and ``earlier_cues``: "then
        in Karuizawa", "anschließend in Straßburg", "on an island in China"): a place of its
        own, another occasion."""
        lex = load_lexicon(self.article.lang)
        words = lex.lowered("sequence_words") | lex.lowered("succession_openers") | lex.lowered("earlier_cues")
        for s, e in ev.sents:
            lo, hi = bisect_left(self.cols.idx, s), bisect_left(self.cols.idx, e)
            if any(self.cols.ent[k] == "Country" or self.cols.lower[k] in words for k in range(lo, hi)):
                return True
        return False

    def _sites_differ(self, a: str | None, b: str | None) -> bool:
        """Whether two places are known sites (islands, cities, not regions or seas, which
        news use loosely) and neither lies in the other."""
        if not a or not b or self.kb.places_agree(a, b):
            return False
        known = [self.kb.by_slug(p) for p in (a, b)]
        return all(k is not None and k.cls == DG.Place for k in known)

    def _visited(self, visit: Event, gathering: Event) -> bool:
        """A visit (or talks) told without its place whose countries and organisations all
        take part in the talks (or visit) told with one ("zu Besuch in der Ukraine" ...
        "Gespräche in Kiew")."""
        if visit.place or not gathering.place:
            return False
        ents = self.facts.entities
        others = {a for a in visit.actors if ents[a].kind != "Person"}
        return others <= set(gathering.actors) | self._countries(gathering)


def _family(kind: str) -> str:
    return "gathering" if kind in MEETING_KINDS else kind


def opposed(a: Event, b: Event) -> bool:
    """Whether two acts are done to different sides ("Canada expelled Brazilian diplomats",
    "Brazil expelled Canadian diplomats"): one answers the other, they are not one act.

    >>> ev = lambda target: Event("Expulsion", ["japan", "russia"], None, None, "", "Happened", [], [], [],
    ...                           targets=[target])
    >>> opposed(ev("russia"), ev("japan")), opposed(ev("russia"), ev("russia"))
    (True, False)
    """
    return bool(a.targets and b.targets) and set(a.targets).isdisjoint(b.targets)

