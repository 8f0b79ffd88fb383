"""The blocking index of event clustering: which clusters a report may join.

Clusters are filed by their number (creation order) under blocking keys (a pair of people,
a person, a place, countries and a date; see ``_Clusterer.keys`` in
:mod:`~diplograph.graph.fusion.fuse`) and, under each key, by the year they belong to
(:func:`buckets`). A report's candidates are the clusters filed under its keys in the
years that can hold it. The numbers sit in compact arrays, and the candidates of a report
are gathered, made unique and ordered by numpy: a person of a large corpus is filed with
thousands of clusters, and an undated report looks at hundreds of them.

>>> from types import SimpleNamespace as C
>>> blocks = Blocks()
>>> first = C(order=0, date=None, written=[("2022-05-01", "2022-05-01")], when=100, lead_dated=False,
...           written_bounds=("2022-05-01", "2022-05-01"))
>>> second = C(order=1, date=None, written=[], when=None, lead_dated=False, written_bounds=None)
>>> for cluster in (first, second):
...     blocks.file(("p", "gathering", "x"), cluster); blocks.keep(cluster)
>>> ev = C(date=None, status="Happened")
>>> blocks.candidates([("p", "gathering", "x")], ev, ("2022-05-02", "2022-05-02")).tolist()
[0, 1]
>>> blocks.nearest_first(np.array([0, 1]), 200, 200).tolist()
[0, 1]
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np

from diplograph.graph.fusion.timing import day_number, earliest

__all__ = ["Blocks", "buckets"]

#: the gap of a cluster with no time at all (later than any real gap in days)
_FAR = 10 ** 6
#: a bound of writing time that excludes nothing (beyond any day number, "9999-12-31" too)
_OPEN = 1 << 60


def _full_days(span: tuple[str, str]) -> bool:
    return len(span[0]) == len(span[1]) == 10


def buckets(cluster) -> list[str]:
    """Where a cluster is filed under a key: its year if dated; else each year the writing
    of its first article may fall in ("w2022"); else "" (nothing places it in time)."""
    if cluster.date:
        return [cluster.date.iso[:4]]
    if cluster.written:
        first, last = cluster.written[0]
        return [f"w{year}" for year in range(int(first[:4]), int(last[:4]) + 1)]
    return [""]


class Blocks:
    """Cluster numbers by blocking key and year, and each cluster's time as a day number."""

    def __init__(self):
        # key -> bucket (:func:`buckets`) -> cluster numbers
        self._index: dict[tuple, dict[str, array]] = defaultdict(lambda: defaultdict(lambda: array("q")))
        self._filed: set[tuple] = set()            # (key, cluster number): what the index holds
        # per cluster number: its time (see nearest_first), whether it is dated, the first day
        # its date can stand for, the latest first and the earliest last day its articles
        # were written (day numbers; bounds that never exclude when unknown)
        self._when = np.zeros(1024, dtype=np.int64)
        self._timed = np.zeros(1024, dtype=bool)
        self._dated = np.zeros(1024, dtype=bool)
        self._start = np.zeros(1024, dtype=np.int64)
        self._wfirst = np.full(1024, -_OPEN, dtype=np.int64)
        self._wlast = np.full(1024, _OPEN, dtype=np.int64)

    def file(self, key: tuple, cluster) -> None:
        """File ``cluster`` under ``key`` in its buckets, unless it is filed there already."""
        if (key, cluster.order) in self._filed:     # a set: a person's key may hold thousands
            return
        self._filed.add((key, cluster.order))
        for bucket in buckets(cluster):
            self._index[key][bucket].append(cluster.order)

    def keep(self, cluster) -> None:
        """Keep what :meth:`nearest_first` and :meth:`in_time` read of ``cluster`` (its
        ``when``, ``date``, ``lead_dated`` and ``written_bounds``), as it is now."""
        order = cluster.order
        if order >= len(self._when):
            held = len(self._when)
            for name, blank in (("_when", 0), ("_timed", False), ("_dated", False), ("_start", 0),
                                ("_wfirst", -_OPEN), ("_wlast", _OPEN)):
                grown = np.full(max(order + 1, 2 * held), blank, dtype=getattr(self, name).dtype)
                grown[:held] = getattr(self, name)
                setattr(self, name, grown)
        when, date, bounds = cluster.when, cluster.date, cluster.written_bounds
        self._when[order], self._timed[order] = (0 if when is None else when), when is not None
        self._dated[order] = date is not None
        self._start[order] = day_number(earliest(date, cluster.lead_dated)) if date else 0
        if bounds and _full_days(bounds):
            self._wfirst[order], self._wlast[order] = day_number(bounds[0]), day_number(bounds[1])
        else:
            self._wfirst[order], self._wlast[order] = -_OPEN, _OPEN

    def candidates(self, keys: Iterable[tuple], ev, written: tuple | None = None) -> np.ndarray:
        """The numbers of the clusters filed under ``keys`` that can take ``ev`` as far as
        the year goes, each once, in creation order. A dated report fits a cluster of its
        year, or one undated when filed whose articles were not all written before that
        year (a report told as happened; any for a plan). An undated plan may fit any. An
        undated report told as happened fits an undated cluster whose first article was
        written when its own was, or one of the years around that: the year before to the
        year after (that only for a lead's day a week later, see
        :func:`~diplograph.graph.fusion.timing.earliest`); what it tells of years before is
        background nobody can place. A cluster's year never changes once it has one."""
        parts = [part for key in keys for part in self._years(key, ev, written) if part]
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate([np.frombuffer(part, dtype=np.int64) for part in parts]))

    def _years(self, key: tuple, ev, written: tuple | None) -> Iterator[array]:
        years = self._index.get(key)
        if not years:
            return
        if ev.date is None and (not written or ev.status != "Happened"):
            yield from years.values()
            return
        yield years.get("", ())
        if ev.date is None:
            first, last = int(written[0][:4]), int(written[1][:4])
            for year in range(first - 1, last + 2):
                yield years.get(str(year), ())
            for year in range(first, last + 1):
                yield years.get(f"w{year}", ())
            return
        yield years.get(ev.date.iso[:4], ())
        since = ev.date.year - 1 if ev.status == "Happened" else 0
        for bucket, numbers in years.items():
            if bucket[:1] == "w" and int(bucket[1:]) >= since:
                yield numbers

    def in_time(self, orders: np.ndarray, ev, written: tuple | None = None) -> np.ndarray:
        """Cluster numbers ``orders`` without those a report told as happened cannot join
        for time alone (the first checks of ``_Clusterer._in_time``, which they would fail):
        a cluster dated after the report's article was written; one with an article written
        before the report's date; an undated one none of whose articles was written when
        the report's undated article was. Only day-exact spans of writing are compared
        here (as day numbers, which order those as their ISO strings do); the rest is left
        to the check itself."""
        if ev.status != "Happened" or not len(orders):
            return orders
        keep = np.ones(len(orders), dtype=bool)
        if ev.date:
            keep &= self._wlast[orders] >= day_number(earliest(ev.date, ev.lead_dated))
        if written and _full_days(written):
            first, last = day_number(written[0]), day_number(written[1])
            dated = self._dated[orders]
            keep &= ~dated | (self._start[orders] <= last)
            if ev.date is None:
                keep &= dated | ((self._wlast[orders] >= first) & (self._wfirst[orders] <= last))
        return orders if keep.all() else orders[keep]

    def nearest_first(self, orders: np.ndarray, first: int, last: int) -> np.ndarray:
        """Cluster numbers ``orders`` (ascending) ordered by how many days lie between each
        cluster's time and the span of day numbers [``first``, ``last``] (no time: last of
        all), then by number."""
        when = self._when[orders]
        gap = np.minimum(np.abs(when - first), np.abs(when - last))
        gap[(first <= when) & (when <= last)] = 0
        gap[~self._timed[orders]] = _FAR
        return orders[np.argsort(gap, kind="stable")]
