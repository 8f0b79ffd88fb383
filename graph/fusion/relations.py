"""The relations layer: how pairs of countries (and organisations) dealt with each other,
year by year, aggregated from the events both took part in.

Each event kind counts as one of the CAMEO/PLOVER quad classes (declared in the ontology:
``dg:Meeting dg:quadClass dg:VerbalCooperation``, ``dg:Sanction dg:quadClass
dg:MaterialConflict``, ...); a cancelled event counts as verbal conflict; planned events
and kinds without a class (announcements) do not count. People count for the country or
organisation their role gives them (else their nationality), ministries for their country.

>>> from diplograph.graph.fusion.fuse import fuse
>>> from diplograph.extract.model import Article, ArticleFacts, Event
>>> from diplograph.extract.dates import TimeValue
>>> a = ArticleFacts(Article("a", "", "en", published=TimeValue("2022-03-22", "day")))
>>> a.events = [Event("Sanction", ["japan", "russia"], None, None, "", "Happened", [], [], [])]
>>> [(r.pair, r.year, r.quad) for r in fuse([a]).relations]
[(('japan', 'russia'), '2022', 'MaterialConflict')]
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from diplograph.graph.fusion.entities import entity_kinds
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG, ENT
from diplograph.ontology.validate import ontology_graph

__all__ = ["Relation", "relations", "quad_classes"]


@dataclass
class Relation:
    """``pair`` (two actor keys, sorted) in ``year``: events of one quad class."""

    pair: tuple
    year: str
    quad: str
    events: list = field(default_factory=list)      # FusedEvent
    sources: set = field(default_factory=set)


@lru_cache(maxsize=1)
def quad_classes() -> dict[str, str]:
    """Event kind -> quad class local name, from the ontology."""
    g = ontology_graph()
    prefix = str(DG._NS)
    return {str(s)[len(prefix):]: str(o)[len(prefix):] for s, o in g.subject_objects(DG.quadClass)}


def _party(key: str, kind: str, article_roles: dict) -> set:
    """The countries or organisations an actor stands for."""
    kb = load_kb()
    known = kb.get(ENT[key]) if not key.startswith("new:") else None
    if kind == "Country":
        return {key}
    if kind == "Person":
        orgs = article_roles.get(key)
        if orgs:
            return {_as_party(o) for o in orgs} - {None}
        country = kb.country_of(ENT[key]) if known else None
        return {str(country)[len(str(ENT)):]} if country is not None else set()
    if kind == "Organization" and known is not None:
        return {_as_party(key)} - {None}
    return set()


def _as_party(key: str) -> str | None:
    """A ministry stands for its country, a news outlet for nobody, an organisation for itself."""
    kb = load_kb()
    known = kb.get(ENT[key]) if not key.startswith("new:") else None
    if known is None:
        return key if not key.startswith("new:") else None
    if known.cls == DG.NewsOutlet:
        return None
    if known.cls == DG.Ministry:
        country = kb.country_of(known.iri)
        return str(country)[len(str(ENT)):] if country is not None else None
    return key


def _year(event, published: dict) -> str | None:
    if event.date is not None:
        return event.date.iso[:4]
    years = {published[a].iso[:4] for a in event.sources if published.get(a)}
    return years.pop() if len(years) == 1 else None


def quad_class(kind: str, status: str | None = "Happened") -> str | None:
    """The quad class an event counts as in the relations: its kind's ``dg:quadClass`` in
    the ontology when it happened (or its status is unknown), verbal conflict when it was
    cancelled, none when it is only planned.

    >>> quad_class("Sanction"), quad_class("Meeting", "Cancelled"), quad_class("Meeting", "Planned")
    ('MaterialConflict', 'VerbalConflict', None)
    """
    if status == "Cancelled":
        return "VerbalConflict"
    return quad_classes().get(kind) if status in (None, "Happened") else None


def relations(fusion) -> list[Relation]:
    """Relation edges per pair, year and quad class, in a stable order."""
    kinds = entity_kinds(fusion.articles)
    roles = {f.article.id: _roles_by_person(f) for f in fusion.articles}
    published = {f.article.id: f.article.published for f in fusion.articles}
    edges: dict[tuple, Relation] = {}
    for event in fusion.events:
        quad = quad_class(event.kind, event.status)
        year = _year(event, published)
        if quad is None or year is None:
            continue
        parties = set()
        for aid, report in event.reports:
            for actor in report.actors:
                parties |= _party(actor, kinds.get(actor, ""), roles[aid])
        for pair in combinations(sorted(parties), 2):
            edge = edges.setdefault((pair, year, quad), Relation(pair, year, quad))
            edge.events.append(event)
            edge.sources.update(event.sources)
    return [edges[k] for k in sorted(edges)]


def _roles_by_person(facts) -> dict:
    out = defaultdict(set)
    for r in facts.roles:
        out[r.person].add(r.org)
    return out
