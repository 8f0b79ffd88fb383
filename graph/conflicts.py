"""Where sources disagree: a person's role, an amount.

- Role conflicts: one person given different roles of the same organisation by articles
  that report the same event (Shoigu: defence minister in three reports, foreign minister
  in one). Roles held at different times (Kishida: foreign minister in 2013, prime minister
  in 2022) are no conflict: their articles share no event.
- Figure conflicts: different values for the same measure and unit, stated by the same
  speaker or in articles that report the same event (24.5 vs 24.4 billion euros of trade).

Both claims stay with their sources; the conflict links them.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

__all__ = ["Conflict", "FigureConflict", "find_conflicts"]


@dataclass(frozen=True)
class Conflict:
    """Articles disagree: ``person`` holds different roles of ``org``."""

    person: str
    org: str
    claims: tuple          # (article id, role slug)


@dataclass(frozen=True)
class FigureConflict:
    """Articles state different amounts of ``measures`` in ``unit``."""

    measures: str
    unit: str
    speaker: str | None
    claims: tuple          # (article id, value, start, end)


def _cosources(fusion) -> dict:
    """Article id -> the articles reporting an event with it."""
    out = defaultdict(set)
    for ev in fusion.events:
        for a in ev.sources:
            out[a].update(ev.sources)
    return out


def _role_conflicts(fusion, cosources) -> list:
    by_person: dict[tuple, list] = defaultdict(list)
    for f in fusion.articles:
        for r in f.roles:
            by_person[(r.person, r.org)].append((f.article.id, r.role))
    out = []
    for (person, org), claims in sorted(by_person.items()):
        if len({role for _, role in claims}) < 2:
            continue
        related = [(a, r) for a, r in claims
                   if any(b in cosources.get(a, ()) and rb != r for b, rb in claims if b != a)]
        if related:
            out.append(Conflict(person, org, tuple(sorted(set(related)))))
    return out


def _figure_conflicts(fusion, cosources) -> list:
    by_measure: dict[tuple, list] = defaultdict(list)
    year = {}
    for f in fusion.articles:
        when = f.article.published or f.latest_date
        year[f.article.id] = when.iso[:4] if when else None
        for x in f.figures:
            if x.measures:
                by_measure[(x.measures, x.unit)].append((f.article.id, x))
    out = []
    for (measure, unit), claims in sorted(by_measure.items()):
        related = set()
        for a, x in claims:
            for b, y in claims:
                same_time = year[a] is None or year[b] is None or year[a] == year[b]
                same_story = b in cosources.get(a, ()) or (x.speaker and x.speaker == y.speaker
                                                           and same_time)
                if a != b and x.value != y.value and same_story:
                    related |= {(a, str(x.value), x.start, x.end), (b, str(y.value), y.start, y.end)}
        if related:
            speakers = {x.speaker for a, x in claims if (a, str(x.value), x.start, x.end) in related}
            speaker = next(iter(speakers)) if len(speakers) == 1 else None
            out.append(FigureConflict(measure, unit, speaker, tuple(sorted(related))))
    return out


def find_conflicts(fusion) -> list:
    """Every role and figure conflict of a fusion."""
    cosources = _cosources(fusion)
    return _role_conflicts(fusion, cosources) + _figure_conflicts(fusion, cosources)
