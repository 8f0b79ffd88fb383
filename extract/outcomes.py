"""What an article's gatherings reached: outcomes told of their participants ("Japan and
Russia agreed ...") are the gathering's, and a document signed or adopted there ("the
leaders adopted a joint declaration") is an agreement of its own, held where and when the
gathering was.

Not a pipeline step of its own: :class:`GatheringOutcomes` is mixed into the article
assembler (:mod:`diplograph.extract.article`), which provides the article's facts
(``self.facts``), ``self._absorbed`` and the helpers that find an event's parties and
whether two events lie apart in time.
"""
from __future__ import annotations

from diplograph.ontology.kb import load_kb

from diplograph.extract.coreference import MEETING_KINDS, OUTCOME_KINDS
from diplograph.extract.event_times import persons_of
from diplograph.extract.merging import merge_into
from diplograph.extract.model import Event

__all__ = ["GatheringOutcomes"]


class GatheringOutcomes:
    """Joining outcomes to the gathering that reached them."""

    def _absorb_outcomes(self, events: list[Event]) -> list[Event]:
        """"Japan and Russia agreed ...", "Abe and Putin agreed ...": an outcome reported by
        the countries or people of a gathering the article reports is that gathering's outcome;
        not one recalled (", as agreed last year") nor a document signed there, which is
        held where and when the gathering was (:meth:`_documents_held`). An outcome no
        gathering reached is the document's its parties signed, if the article tells of one
        ("agreed to X" and "In the declaration they signed ...")."""
        meetings = [ev for ev in events if ev.kind in MEETING_KINDS]
        kept, self._signed_at = [], []
        for ev in events:
            host = self._outcome_host(ev, meetings) if ev.kind in OUTCOME_KINDS and not ev.prior else None
            if host is None or ev.document:
                kept.append(ev)
                if host is not None:
                    self._signed_at.append((ev, host))
            else:
                merge_into(host, ev)
                self._absorbed[id(ev)] = host
        return self._join_documents(kept)

    def _join_documents(self, events: list[Event]) -> list[Event]:
        """The events with each agreement no gathering reached joined to a document agreement
        of the same status and time whose parties include its own, if there is one."""
        documents = [ev for ev in events if ev.kind == "Agreement" and ev.document]
        kept = []
        for ev in events:
            doc = None if ev.kind != "Agreement" or ev.document else next(
                (d for d in documents if d.status == ev.status and self._parties(ev) <= self._parties(d)
                 and (not d.date or not ev.date or d.date.contains(ev.date) or ev.date.contains(d.date))
                 and not (self._apart_in_time(d, ev) or self._apart_in_time(ev, d))), None)
            if doc is None:
                kept.append(ev)
            else:
                merge_into(doc, ev)
                doc.sents.sort()          # told first in the lead ("haben ... unterzeichnet"): lead news
                self._absorbed[id(ev)] = doc
        return kept

    def _documents_held(self) -> None:
        """Give each document signed at a gathering the gathering's place and date where it
        names none, or names the country or region that holds the gathering's place ("signed
        a treaty in North Korea" at the talks in Pyongyang); run once places and dates are final."""
        for ev, host in self._signed_at:
            if host.place and (not ev.place or ev.place != host.place and load_kb().contains(ev.place, host.place)):
                ev.place = host.place
            if host.date and (ev.date is None or ev.lead_dated and not host.lead_dated):
                ev.date, ev.lead_dated = host.date, False    # not the publication day it was given

    def _gathering_of(self, ev: Event | None) -> Event | None:
        """The gathering a document agreement ``ev`` was signed at, else ``ev``: where an
        accord was reached."""
        return next((host for doc, host in self._signed_at if doc is ev), ev)

    def _outcome_host(self, ev: Event, meetings: list[Event]) -> Event | None:
        """The first gathering of the article at the same status and time as outcome ``ev``
        whose people include its people, or, if it names none, whose parties include its
        countries and bodies."""
        people = persons_of(ev, self.facts.entities)
        mine = set(ev.actors) - people
        return next((m for m in meetings if ev.status == m.status
                     and (not ev.date or not m.date or m.date.contains(ev.date))
                     and not (ev.date and not m.date and m.relative_date)   # "am 14. November"
                     and not self._apart_in_time(m, ev)                      # is no 1956
                     and (people <= persons_of(m, self.facts.entities) if people else mine and mine <= self._parties(m))), None)
