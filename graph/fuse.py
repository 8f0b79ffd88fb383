"""Fusion: many articles' facts into one account with one node per real-world thing.

- Entities: KB entities keep their KB IRI; an entity found only in articles gets a stable
  IRI from its kind and normalised name, shared by every article that names it so.
- Events: reports of one real-world event are clustered (same kind family and status,
  compatible date and place, participants of one report contained in the other's); the
  cluster takes each attribute from the report that states it most precisely.
- Conflicts: one person given different roles for the same organisation by articles that
  report the same event.

>>> from extract.model import Article, ArticleFacts, Event
>>> from extract.dates import TimeValue
>>> a = ArticleFacts(Article("a", "", "de")); b = ArticleFacts(Article("b", "", "en"))
>>> a.events = [Event("Meeting", ["fumio-kishida", "sergey-lavrov"], "tokyo", None, "", "Happened", [], [], [])]
>>> b.events = [Event("Talks", ["fumio-kishida", "sergey-lavrov"], None, TimeValue("2013-11-02", "day"), "", "Happened", [], [], [])]
>>> fused = fuse([a, b])
>>> len(fused.events), fused.events[0].date.iso, fused.events[0].place, fused.events[0].sources
(1, '2013-11-02', 'tokyo', ['a', 'b'])
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from extract.article import MEETING_KINDS
from extract.dates import TimeValue
from extract.model import ArticleFacts, Event
from ontology.kb import load_kb
from ontology.namespace import ENT

__all__ = ["FusedEvent", "Conflict", "Fusion", "fuse", "entity_slug", "slugify"]


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated form of a name.

    >>> slugify("Yoon Suk-yeol"), slugify("Außenministerium")
    ('yoon-suk-yeol', 'aussenministerium')
    """
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def entity_slug(key: str) -> str:
    """The IRI slug of an article-level entity key (a KB slug, or ``new:Kind:name``)."""
    if not key.startswith("new:"):
        return key
    _, kind, name = key.split(":", 2)
    return slugify(name)


@dataclass
class FusedEvent:
    """One real-world event with the reports (article id, Event) that describe it."""

    kind: str
    reports: list = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({aid for aid, _ in self.reports})

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys(a for _, ev in self.reports for a in ev.actors))

    @property
    def place(self) -> str | None:
        return next((ev.place for _, ev in self.reports if ev.place), None)

    @property
    def date(self) -> TimeValue | None:
        dates = [ev.date for _, ev in self.reports if ev.date]
        return max(dates, key=lambda d: len(d.iso)) if dates else None

    @property
    def status(self) -> str:
        return self.reports[0][1].status

    @property
    def slug(self) -> str:
        first_id, first = self.reports[0]
        seed = f"{first_id}|{first.sents[0] if first.sents else ''}|{first.kind}"
        return f"{slugify(self.kind)}-{hashlib.sha1(seed.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class Conflict:
    """Articles disagree: ``person`` holds ``roles`` (several) of ``org``."""

    person: str
    org: str
    claims: tuple          # (article id, role slug)


@dataclass
class Fusion:
    articles: list
    events: list
    conflicts: list


def _persons(ev: Event, kinds: dict) -> set:
    return {a for a in ev.actors if kinds.get(a) == "Person"}


def _kinds(facts: list[ArticleFacts]) -> dict:
    """Entity key -> kind, from the articles and, for KB entities, from the KB."""
    kb = load_kb()
    kinds = {k: e.kind for f in facts for k, e in f.entities.items()}
    for f in facts:
        for ev in f.events:
            for key in ev.actors:
                if key not in kinds and (known := kb.get(ENT[key])) is not None:
                    kinds[key] = known.kind
    return kinds


def _family(kind: str) -> str:
    return "meeting" if kind in MEETING_KINDS else kind


def _compatible(cluster: FusedEvent, ev: Event, kinds: dict) -> bool:
    if _family(cluster.kind) != _family(ev.kind) or cluster.status != ev.status:
        return False
    date, place = cluster.date, cluster.place
    if date and ev.date and not date.contains(ev.date):
        return False
    if place and ev.place and place != ev.place:
        return False
    mine = {a for _, r in cluster.reports for a in _persons(r, kinds)}
    theirs = _persons(ev, kinds)
    orgs_a = {a for a in cluster.actors if kinds.get(a) == "Organization"}
    orgs_b = {a for a in ev.actors if kinds.get(a) == "Organization"}
    if orgs_a and orgs_b and not orgs_a & orgs_b:
        return False
    if mine and theirs:
        shared = len(mine & theirs)
        needed = 2 if max(len(mine), len(theirs)) >= 2 else 1
        return (theirs <= mine or mine <= theirs) and shared >= needed
    if not mine and not theirs:
        return bool(date and ev.date and date == ev.date) and set(cluster.actors) == set(ev.actors)
    return False


def fuse(facts: list[ArticleFacts]) -> Fusion:
    """Cluster the events of all articles and find conflicting role claims."""
    kinds = _kinds(facts)
    clusters: list[FusedEvent] = []
    for f in sorted(facts, key=lambda f: f.article.id):
        for ev in f.events:
            target = next((c for c in clusters if f.article.id not in c.sources
                           and _compatible(c, ev, kinds)), None)
            if target is None:
                target = FusedEvent(ev.kind)
                clusters.append(target)
            target.reports.append((f.article.id, ev))
    return Fusion(sorted(facts, key=lambda f: f.article.id), clusters, _conflicts(facts, clusters))


def _conflicts(facts: list[ArticleFacts], clusters: list[FusedEvent]) -> list[Conflict]:
    """Different roles of one organisation for one person from articles on the same event."""
    cosources = {}
    for c in clusters:
        for a in c.sources:
            cosources.setdefault(a, set()).update(c.sources)
    by_person: dict[tuple, list] = {}
    for f in facts:
        for r in f.roles:
            by_person.setdefault((r.person, r.org), []).append((f.article.id, r.role))
    out = []
    for (person, org), claims in sorted(by_person.items()):
        roles = {role for _, role in claims}
        if len(roles) < 2:
            continue
        related = [(a, r) for a, r in claims
                   if any(b in cosources.get(a, ()) and rb != r for b, rb in claims if b != a)]
        if related:
            out.append(Conflict(person, org, tuple(sorted(set(related)))))
    return out
