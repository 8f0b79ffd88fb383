"""One fused event: the reports (article id, Event) that describe one real-world event, with
its sources, actors, place and date kept up to date as reports are added
(:func:`~diplograph.graph.fusion.fuse.fuse` builds them).
"""
from __future__ import annotations

import hashlib

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Event
from diplograph.ontology.kb import load_kb

from diplograph.graph.fusion.entities import slugify

__all__ = ["FusedEvent"]


class FusedEvent:
    """One real-world event with the reports (article id, Event) that describe it.

    Sources, actors, place and date are kept up to date as reports are added, so that
    checking a candidate costs the same however many reports it already has.
    """

    def __init__(self, kind: str, order: int = 0):
        self.kind = kind
        self.order = order                      # creation order, for deterministic choices
        self.reports: list = []
        self.not_before: TimeValue | None = None  # undated reports: the latest date they name
        self._sources: set = set()
        self._actors: dict = {}
        self.targets: dict = {}                   # actors an act is done to, as its reports say
        self.place: str | None = None           # the most precise place reported
        self.places: list = []                  # every place reported, one within another
        self.date: TimeValue | None = None
        self.lead_dated = False                 # its date is only a lead's publication day
        self.people: set = set()
        self.dated_source = False                 # a report dated, or from a dated article
        self.written: list = []                   # when the articles of its reports were written
        self.written_bounds: tuple | None = None  # the latest first and the earliest last day of those
        self.when: int | None = None              # its time as a day number: date, else first written
        self._status: str | None = None           # the first report's, Happened once one says so
        self.background = True                    # every report told as before its article's news
        self.filed: set = set()                   # days its news reports' wires were filed, yearless

    def add(self, article_id: str, ev: Event, people: set) -> None:
        self.reports.append((article_id, ev))
        self.background = self.background and ev.prior
        if self._status is None or ev.status == "Happened":
            self._status = ev.status
        self._sources.add(article_id)
        self._actors.update(dict.fromkeys(ev.actors))
        self.targets.update(dict.fromkeys(ev.targets))
        if ev.place and ev.place not in self.places:
            self.places.append(ev.place)
            if self.place is None or load_kb().contains(self.place, ev.place):
                self.place = ev.place             # "on Kunashir" is more than "on the Kurils"
        if ev.date and (self.date is None or len(ev.date.iso) > len(self.date.iso)
                        or self.lead_dated and not ev.lead_dated and len(ev.date.iso) == len(self.date.iso)):
            self.date, self.lead_dated = ev.date, ev.lead_dated
        self.people |= people

    def add_written(self, span: tuple[str, str]) -> None:
        """Record when an article of one of its reports was written (first and last
        possible day). ``written_bounds`` keeps the latest first day and the earliest last
        day of all of them: all that the checks against every article's writing time read.

        >>> fe = FusedEvent("Meeting"); fe.add_written(("2022-01-01", "2022-12-31"))
        >>> fe.add_written(("2022-03-02", "2022-03-02")); fe.written_bounds
        ('2022-03-02', '2022-03-02')
        """
        self.written.append(span)
        bounds = self.written_bounds
        self.written_bounds = span if bounds is None else (max(bounds[0], span[0]), min(bounds[1], span[1]))

    def seal(self) -> None:
        """Clustering is over: keep the sources and actors as tuples and drop the people.

        The sets and dicts that make adding a report cheap took most of a large fusion's
        event memory (hundreds of thousands of events).

        >>> fe = FusedEvent("Meeting"); fe.add("b", Event("Meeting", ["x", "y"], None, None, "", "Happened", [], [], []), {"x"})
        >>> fe.add("a", Event("Meeting", ["y", "z"], None, None, "", "Happened", [], [], []), {"z"}); fe.seal()
        >>> fe.sources, fe.actors, fe.people
        (['a', 'b'], ['x', 'y', 'z'], None)
        """
        self._sources, self._actors, self.people = tuple(sorted(self._sources)), tuple(self._actors), None
        self.filed = tuple(self.filed)
        self.targets = tuple(self.targets)
        self.places = tuple(self.places)

    @property
    def sources(self) -> list[str]:
        return sorted(self._sources)

    @property
    def actors(self) -> list[str]:
        return list(self._actors)

    @property
    def status(self) -> str:
        """Happened once a report tells it happened (a plan told before is the same act),
        else the first report's status (kept as reports are added: clustering asks often)."""
        return self._status

    @property
    def slug(self) -> str:
        """A stable IRI slug: from the first report's article, sentence, trigger and kind
        (made unique by :func:`fuse` when two events share them)."""
        if getattr(self, "_slug", None):
            return self._slug
        first_id, first = self.reports[0]
        seed = f"{first_id}|{first.sents[0] if first.sents else ''}|{first.kind}|{first.triggers[:1]}"
        return f"{slugify(first.kind)}-{hashlib.sha1(seed.encode()).hexdigest()[:12]}"
