"""One gathering an article tells twice, found once all its events are dated: a headline's
"X and Y meet in Z" and a caption's "Y met X at the space centre" of the same day, each of
which took other mentions first, or the meeting held and a plan with no time of its own
("X and Y were due to hold talks in Z"); one encounter told again of its day (a
headline's airspace violation and the one a protest "after" it names); and one measure
named twice, as sanctions and as the entry ban they are; one exercise dated by two of
its days. A mixin of
:class:`~diplograph.extract.coreference.EventCoreference` (it reads ``self.facts``,
``self.kb``, ``self.cols``, ``self._placed`` and ``self._once_more``).
"""
from __future__ import annotations

from diplograph.extract.event_times import MEETING_KINDS, persons_of, same_day_dates
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.merging import merge_into
from diplograph.extract.model import Event

__all__ = ["RetoldGatherings"]

#: Encounters a report tells again (its headline, the protest it caused), each time on its day.
ENCOUNTER_KINDS = frozenset({"Interception", "AirspaceViolation"})
#: How many days apart an article may date one exercise (its start, a day of it in a caption).
_EXERCISE_DAYS = 7


class RetoldGatherings:
    """Folding a gathering, an encounter or a measure told again into the one told first."""

    def _one_day_gatherings(self, events: list[Event]) -> list[Event]:
        """The events with a later gathering folded into an earlier one that is the same: two
        or more of the people of one are all of the other's, at a place that agrees, and
        either both were held on one day (a headline's "X and Y meet in Z" and a caption's
        "Y met X at the space centre", each of which took other mentions first) or one
        was held on a day and the other is a plan with no time of its own ("... ahead of his
        meeting with X": the meeting the article reports). None may be told as before the
        news, as a document, or as coming again; a meeting held on the sidelines of a summit
        is not that summit."""
        kept: list[Event] = []
        at_occasions = self._held_at_occasions(sidelines=True)
        for ev in events:
            host = next((k for k in kept if self._one_day_gathering(k, ev)
                         and not _held_at(k, ev, at_occasions)), None)
            if host is None:
                kept.append(ev)
                continue
            held = "Happened" in (host.status, ev.status)
            merge_into(host, ev)
            host.status = "Happened" if held else host.status
        return kept

    def _one_day_gathering(self, a: Event, b: Event) -> bool:
        people = [persons_of(ev, self.facts.entities) for ev in (a, b)]
        if not (a.kind in MEETING_KINDS and b.kind in MEETING_KINDS and min(map(len, people)) >= 2
                and (people[0] <= people[1] or people[1] <= people[0]) and not (a.prior or b.prior)
                and not (a.document or b.document) and self.kb.places_agree(a.place, b.place)) \
                or self._once_more(a, b):
            return False
        if a.status == b.status == "Happened":
            return same_day_dates(a, b)
        plan, act = (a, b) if a.status == "Planned" else (b, a)
        return act.status == "Happened" and plan.status == "Planned" and plan.date is None \
            and not plan.relative_date and act.date is not None and act.date.precision == "day"

    def _one_day_encounters(self, events: list[Event]) -> list[Event]:
        """The events with an encounter folded into an earlier one of its kind told of the
        same day at a place that agrees, the states of one all among the other's: a
        headline's "X says jets violated its airspace" and "X summoned the envoy after jets
        entered its airspace on Friday" (told as before the protest, but the same day's
        flight), or a report that names no state ("the destroyer was buzzed on Monday").
        Not two states' encounters of the day ("jets were scrambled against Russian bombers
        and Chinese drones")."""
        kept: list[Event] = []
        for ev in events:
            host = next((k for k in kept if self._one_day_encounter(k, ev)), None)
            if host is None:
                kept.append(ev)
            else:
                merge_into(host, ev)
                host.prior = host.prior and ev.prior
        return kept

    def _one_day_encounter(self, a: Event, b: Event) -> bool:
        if not (a.kind == b.kind and a.kind in ENCOUNTER_KINDS and a.status == b.status and same_day_dates(a, b)
                and self.kb.places_agree(a.place, b.place)):
            return False
        states = [{x for x in ev.actors if self.facts.entities[x].kind == "Country"} for ev in (a, b)]
        return states[0] <= states[1] or states[1] <= states[0]

    def _one_exercises(self, events: list[Event]) -> list[Event]:
        """The events with an exercise folded into an earlier one told again within its days:
        "the drills began on October 25" and a caption's "during the drills on October 24"
        (an exercise lasts days or weeks), by the same sides or some of them, at a place
        that agrees, the later told as one already named ("the exercise"). Not an
        indefinite one ("a trilateral exercise", "another round of drills"), one told as
        before the news, one of other sides ("Russia and Belarus" beside "Russia and
        China"), one undated, or one more than ``_EXERCISE_DAYS`` apart."""
        kept: list[Event] = []
        named_again = {id(target) for m, _, target in self._placed if target is not None and self._definite_noun(m)}
        for ev in events:
            host = next((k for k in kept if id(ev) in named_again and self._one_exercise(k, ev)), None)
            if host is None:
                kept.append(ev)
            else:
                merge_into(host, ev)
        return kept

    def _definite_noun(self, m) -> bool:
        """Whether the trigger of ``m`` is a noun after a definite article, past names and
        hyphens between ("the exercise", "the NATO exercise", "des Nato-Manövers")."""
        if m.definite:
            return True
        lex, k = load_lexicon(self.article.lang), m.trigger[0] - 1
        while k > 0 and (self.cols.ent[k] or self.cols.text[k] == "-") and m.trigger[0] - k <= 4:
            k -= 1
        return k < m.trigger[0] - 1 and lex.has("definite_determiners", self.cols.text[k])

    def _one_exercise(self, a: Event, b: Event) -> bool:
        if not (a.kind == b.kind == "MilitaryExercise" and a.status == b.status and not (a.prior or b.prior)
                and a.date is not None and b.date is not None and self.kb.places_agree(a.place, b.place)):
            return False
        sides = [set(a.actors), set(b.actors)]
        return bool(sides[0]) and (sides[0] <= sides[1] or sides[1] <= sides[0]) \
            and (a.date.contains(b.date) or b.date.contains(a.date)
                 or abs((a.date.date() - b.date.date()).days) <= _EXERCISE_DAYS)

    def _one_measures(self, events: list[Event]) -> list[Event]:
        """The events with a sanction on people folded into an entry ban that is the same
        measure: of the same sentence, with the same sides, two or more ("Sanktionen: X
        erteilt Y Einreiseverbot", "imposed sanctions on Y, barring him from entering"), or
        of the same day between the same two or more states ("X imposed sanctions on Y's
        president on Monday ... The stop list also names Y's ministers"): one measure, the
        ban it is. Not sanctions that name no person ("on Russian banks"), a cause ("over Y's
        sanctions"), whose side is the other, nor one told as before the news."""
        folded: set[int] = set()
        for ev in events:
            ban = next((b for b in events if b.kind == "EntryBan" and id(b) not in folded
                        and self._one_measure(b, ev)), None) if ev.kind == "Sanction" else None
            if ban is not None:
                merge_into(ban, ev)
                folded.add(id(ev))
        return [ev for ev in events if id(ev) not in folded]

    def _one_measure(self, ban: Event, sanction: Event) -> bool:
        if not (ban.sents and sanction.sents and ban.status == sanction.status
                and not (ban.prior or sanction.prior)) or self._doer(ban) != self._doer(sanction) \
                or self._doer(ban) in set(sanction.targets) - set(ban.targets) \
                or not any(self.facts.entities[a].kind == "Person" for a in sanction.actors):
            return False                 # "Canada imposed sanctions on Russia. Russia barred ...";
                                         # sanctions on banks are no stop list
        sides = [set(ban.actors), set(sanction.actors)]
        if ban.sents[0] == sanction.sents[0]:
            return len(sides[0] & sides[1]) >= 2 and (sides[0] <= sides[1] or sides[1] <= sides[0])
        states = [{a for a in side if self.facts.entities[a].kind == "Country"} for side in sides]
        return same_day_dates(ban, sanction) and len(states[0]) >= 2 and states[0] == states[1]

    def _summoned_meetings(self, events: list[Event]) -> list[Event]:
        """The events with a meeting folded into the summons of the same day it is: "X
        summoned Y's ambassador on Thursday" and "the ambassador met the foreign minister at
        the ministry on Thursday" (or "is expected to meet him"), where the summons names a
        person of the meeting (the envoy) and each other person belongs to one of its states.
        Not a meeting told as before the news, one of another day, one of others of the two
        states ("X's foreign minister met Y's in Geneva"), or one with a person of a third
        state."""
        rules = load_lexicon(self.article.lang).lowered("summons_rules")
        summons = [ev for ev in events if ev.kind == "Protest" and not ev.prior and rules.intersection(ev.rules)]
        folded: set[int] = set()
        for ev in events:
            host = next((p for p in summons if self._summoned_meeting(p, ev)), None) \
                if ev.kind in ("Meeting", "Talks") and not ev.prior else None
            if host is not None:
                status = host.status             # the summons's; its kind stays (a summons, not
                merge_into(host, ev)             # the meeting it was)
                host.status = status
                folded.add(id(ev))
        return [ev for ev in events if id(ev) not in folded]

    def _summoned_meeting(self, summons: Event, meeting: Event) -> bool:
        if meeting.date is None or not same_day_dates(summons, meeting) \
                or not self.kb.places_agree(summons.place, meeting.place):
            return False
        states = self._countries(summons)
        people = persons_of(meeting, self.facts.entities)
        return len(people) >= 2 and len(states) >= 2 and bool(people & set(summons.actors)) and all(
            p in summons.actors or self.kb.country_slug(p) in states for p in people) \
            and all(a in people or a in summons.actors or self.kb.country_slug(a) in states for a in meeting.actors)

    def _doer(self, ev: Event) -> str | None:
        """The state named first among the event's actors, or the state of a body named first
        ("Russia's foreign ministry"): who does the act."""
        for a in ev.actors:
            if self.facts.entities[a].kind == "Country":
                return a
            if (states := self._states_of_bodies([a])):
                return states[0]
        return None


def _held_at(a: Event, b: Event, at_occasions: set) -> bool:
    """Whether one of two events is a summit and the other a meeting held at an occasion
    ("X met Y on the sidelines of the BRICS summit"): the summit is not that meeting."""
    return any(x.kind == "Summit" and y.kind != "Summit" and id(y) in at_occasions for x, y in ((a, b), (b, a)))
