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


def _events_of(fusion) -> dict:
    """Article id -> the indices of the fused events it reports. Two articles report the
    same story when these share an index; the pairs themselves are never listed (a story
    told by thousands of articles would make millions of them)."""
    out = defaultdict(set)
    for i, ev in enumerate(fusion.events):
        for a in ev.sources:
            out[a].add(i)
    return out


def _partnered(groups) -> set:
    """The claims ``(article, value, item)`` that have a partner: for each group
    ``(members, candidates)``, a member with a candidate of another article and another
    value."""
    out = set()
    for members, candidates in groups:
        by_value: dict = defaultdict(set)
        for a, v, _ in candidates:
            by_value[v].add(a)
        if len(by_value) < 2:
            continue
        out.update((a, v, item) for a, v, item in members if _has_partner(by_value, a, v))
    return out


def _has_partner(by_value: dict, a, v) -> bool:
    return any(other != v and (len(arts) > 1 or a not in arts) for other, arts in by_value.items())


def _by_event(claims, events_of) -> list:
    """The claims grouped by the events their articles report (each group its own
    candidates)."""
    groups: dict = defaultdict(list)
    for claim in claims:
        for i in events_of.get(claim[0], ()):
            groups[i].append(claim)
    return [(group, group) for group in groups.values()]


def _role_conflicts(fusion, events_of) -> list:
    by_person: dict[tuple, list] = defaultdict(list)
    for f in fusion.articles:
        for r in f.roles:
            by_person[(r.person, r.org)].append((f.article.id, r.role))
    out = []
    for (person, org), claims in sorted(by_person.items()):
        if len({role for _, role in claims}) < 2:
            continue
        related = _partnered(_by_event({(a, r, None) for a, r in claims}, events_of))
        if related:
            out.append(Conflict(person, org, tuple(sorted((a, r) for a, r, _ in related))))
    return out


def _figure_conflicts(fusion, events_of) -> list:
    by_measure: dict[tuple, list] = defaultdict(list)
    year = {}
    for f in fusion.articles:
        when = f.article.published or f.latest_date
        year[f.article.id] = when.iso[:4] if when else None
        for x in f.figures:
            if x.measures:
                by_measure[(x.measures, x.unit)].append((f.article.id, x))
    out = []
    for (measure, unit), figures in sorted(by_measure.items()):
        claims = [(a, x.value, k) for k, (a, x) in enumerate(figures)]
        related = _partnered(_by_event(claims, events_of) + _by_speaker_and_year(claims, figures, year))
        if related:
            found = {(a, str(x.value), x.start, x.end) for a, x in (figures[k] for _, _, k in related)}
            speakers = {x.speaker for a, x in figures if (a, str(x.value), x.start, x.end) in found}
            speaker = next(iter(speakers)) if len(speakers) == 1 else None
            out.append(FigureConflict(measure, unit, speaker, tuple(sorted(found))))
    return out


def _by_speaker_and_year(claims, figures: list, year: dict) -> list:
    """Groups of figures one speaker stated at the same time: each year's figures with the
    undated ones; and the undated ones against all of the speaker's figures (an undated
    figure may be of any year)."""
    by_speaker: dict = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        speaker = figures[claim[2]][1].speaker
        if speaker:
            by_speaker[speaker][year[claim[0]]].append(claim)
    groups = []
    for years in by_speaker.values():
        undated = years.get(None, [])
        for y, dated in years.items():
            if y is not None:
                groups.append((dated + undated, dated + undated))
        if undated:
            groups.append((undated, [c for group in years.values() for c in group]))
    return groups


def find_conflicts(fusion) -> list:
    """Every role and figure conflict of a fusion."""
    events_of = _events_of(fusion)
    return _role_conflicts(fusion, events_of) + _figure_conflicts(fusion, events_of)
