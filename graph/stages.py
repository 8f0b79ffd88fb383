"""Where a build's time goes: a clock that adds up the wall time of named stages.

>>> clock = StageClock()
>>> with clock.stage("read"):
...     pass
>>> with clock.stage("views: overview"):
...     pass
>>> [name for name, _ in clock.items()], clock.total() >= 0
(['read', 'views: overview'], True)
>>> print(format_stages(StageClock({"read": 1.5, "extract": 4.5})))
stage    seconds  share
read        1.50    25%
extract     4.50    75%
total       6.00   100%
>>> clock = StageClock({"views: events": 2.0})
>>> clock.beside["views: actors"] = 1.5
>>> print(format_stages(clock))
stage          seconds  share
views: events     2.00   100%
total             2.00   100%
beside (in another process, during the stages above)
views: actors     1.50
"""
from __future__ import annotations

import time
from contextlib import contextmanager

__all__ = ["StageClock", "format_stages"]


class StageClock:
    """Wall-clock seconds per stage, in the order the stages first ran; a stage that runs
    several times (a view kind, one page after another) adds up."""

    def __init__(self, seconds: dict[str, float] | None = None):
        self.seconds: dict[str, float] = dict(seconds or {})
        #: stages that ran in another process beside those above: not part of the total
        self.beside: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    def items(self) -> list[tuple[str, float]]:
        return list(self.seconds.items())

    def total(self) -> float:
        return sum(self.seconds.values())


def format_stages(clock: StageClock) -> str:
    """The stages as a plain-text table: seconds and share of the total."""
    total = clock.total() or 1.0
    width = max([len("stage"), len("total")] + [len(name) for name in [*clock.seconds, *clock.beside]])
    rows = [f"{'stage':<{width}}  seconds  share"]
    rows += [f"{name:<{width}}  {secs:7.2f}  {secs / total:5.0%}" for name, secs in clock.items()]
    rows.append(f"{'total':<{width}}  {clock.total():7.2f}  {1:5.0%}")
    if clock.beside:
        rows.append("beside (in another process, during the stages above)")
        rows += [f"{name:<{width}}  {secs:7.2f}" for name, secs in clock.beside.items()]
    return "\n".join(rows)
