"""The knowledge base of known entities and role concepts, read from ``ontology/kb/*.ttl``.

The KB is RDF data: adding an entity means adding triples, not code. This module turns the
triples into small frozen records that the extractor builds its patterns from.

>>> kb = load_kb()
>>> kb.entity("japan").labels["de"]
'Japan'
>>> kb.role("foreign-minister").labels["en"]
'Foreign Minister'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from diplograph.ontology import KB_DIR
from diplograph.ontology.errors import KnowledgeBaseError
from diplograph.ontology.namespace import DG, ENT, ORG, OWL, RDF, RDFS, ROLE, SDO, SKOS

__all__ = ["KBEntity", "KBRole", "KnowledgeBase", "load_kb", "ENTITY_KINDS"]

#: KB classes and the coarse kind the extractor works with.
ENTITY_KINDS = {
    DG.Person: "Person", DG.Country: "Country", DG.Organization: "Organization",
    DG.Ministry: "Organization", DG.NewsOutlet: "Organization", DG.PoliticalParty: "Organization",
    DG.Place: "Place",
    DG.Region: "Place",
}


@dataclass(frozen=True)
class KBEntity:
    """One known entity: its IRI, kind, canonical labels and every known surface form."""

    iri: URIRef
    kind: str                                   # Person, Country, Organization, Place
    cls: URIRef                                 # the most specific dg: class
    labels: dict = field(hash=False)            # language -> canonical label
    aliases: tuple = ()                         # (text, language or None)
    demonyms: tuple = ()                        # (adjective stem, language)
    family_name: str | None = None
    given_name: str | None = None
    country: URIRef | None = None               # nationality, containing or parent country
    capital_of: URIRef | None = None
    wikidata: URIRef | None = None
    within: tuple = ()                          # the places it lies in (schema:containedInPlace)
    seat: URIRef | None = None                  # where it is (schema:location)
    venue: bool = False                         # a building events take place in (schema:GovernmentBuilding)
    ambiguous: tuple = ()                       # (name, language or None): linked on evidence only

    @property
    def slug(self) -> str:
        return str(self.iri)[len(str(ENT)):]

    def label(self, lang: str = "en") -> str:
        """Canonical label in ``lang``, falling back to English, then any."""
        return self.labels.get(lang) or self.labels.get("en") or next(iter(self.labels.values()))

    def ambiguous_in(self, lang: str) -> frozenset:
        """The names of this entity that others bear too, in a text of language ``lang``."""
        return frozenset(text for text, lg in self.ambiguous if lg in (None, lang))

    def names(self, lang: str) -> list[str]:
        """Every surface form usable in a text of language ``lang``."""
        out = [lab for lg, lab in self.labels.items() if lg == lang]
        out += [lab for lg, lab in self.labels.items() if lg != lang]
        out += [text for text, lg in self.aliases if lg in (None, lang)]
        return list(dict.fromkeys(out))


@dataclass(frozen=True)
class KBRole:
    """A role concept such as Foreign Minister, with labels and variants per language."""

    iri: URIRef
    labels: dict = field(hash=False)
    aliases: tuple = ()

    @property
    def slug(self) -> str:
        return str(self.iri)[len(str(ROLE)):]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or next(iter(self.labels.values()))

    def names(self, lang: str) -> list[str]:
        out = [lab for lg, lab in self.labels.items() if lg == lang]
        out += [text for text, lg in self.aliases if lg in (None, lang)]
        return list(dict.fromkeys(out))


class KnowledgeBase:
    """Known entities and role concepts, indexed by IRI and by slug."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.entities: dict[URIRef, KBEntity] = {}
        self.roles: dict[URIRef, KBRole] = {}
        for cls, kind in ENTITY_KINDS.items():
            for iri in sorted(graph.subjects(RDF.type, cls)):
                if iri not in self.entities or cls not in (DG.Organization, DG.Place):
                    self.entities[iri] = _entity(graph, iri, kind, cls)
        for iri in sorted(graph.subjects(RDF.type, DG.Role)):
            self.roles[iri] = KBRole(iri, _labels(graph, iri), _aliases(graph, iri))
        self._slugs = {e.slug: e for e in self.entities.values()}
        self._country_slugs: dict[str, str | None] = {}

    def entity(self, slug: str) -> KBEntity:
        """The entity ``ent:<slug>``; raises KnowledgeBaseError quoting an unknown slug."""
        try:
            return self.entities[ENT[slug]]
        except KeyError:
            raise KnowledgeBaseError(f"no entity {slug!r} in the knowledge base") from None

    def role(self, slug: str) -> KBRole:
        try:
            return self.roles[ROLE[slug]]
        except KeyError:
            raise KnowledgeBaseError(f"no role {slug!r} in the knowledge base") from None

    def get(self, iri) -> KBEntity | None:
        return self.entities.get(iri if type(iri) is URIRef else URIRef(str(iri)))

    def by_slug(self, slug: str) -> KBEntity | None:
        """The entity ``ent:<slug>``, or None; no IRI is made (extraction asks this of
        every entity it meets).

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().by_slug("japan").kind, load_kb().by_slug("nobody")
        ('Country', None)
        """
        return self._slugs.get(slug)

    def country_slug(self, slug: str) -> str | None:
        """The slug of :meth:`country_of` the entity ``ent:<slug>`` (remembered per slug).

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().country_slug("tokyo"), load_kb().country_slug("nobody")
        ('japan', None)
        """
        if slug not in self._country_slugs:
            known = self._slugs.get(slug)
            country = self.country_of(known.iri) if known is not None else None
            self._country_slugs[slug] = self.entities[country].slug if country is not None else None
        return self._country_slugs[slug]

    def is_country(self, slug) -> bool:
        """Whether ``slug`` names a country (its own country).

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().is_country("japan"), load_kb().is_country("tokyo"), load_kb().is_country(None)
        (True, False, False)
        """
        return isinstance(slug, str) and self.country_slug(slug) == slug

    def is_person(self, slug) -> bool:
        """Whether ``slug`` names a person the knowledge base knows.

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().is_person("fumio-kishida"), load_kb().is_person("japan"), load_kb().is_person(None)
        (True, False, False)
        """
        known = self._slugs.get(slug) if isinstance(slug, str) else None
        return known is not None and known.cls == DG.Person

    def is_region(self, slug) -> bool:
        """Whether ``slug`` names a region ("Europe", "the Indo-Pacific", a sea), which news
        use loosely and the knowledge base holds no countries of.

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().is_region("indo-pacific"), load_kb().is_region("tokyo"), load_kb().is_region(None)
        (True, False, False)
        """
        known = self._slugs.get(slug) if isinstance(slug, str) else None
        return known is not None and known.cls == DG.Region

    def states(self, actors) -> set:
        """``actors`` with each body of a state counted as its state ("the defence ministry
        said it deployed ...": Russia's act); what is no entity key stays as it is.

        >>> from diplograph.ontology.kb import load_kb
        >>> sorted(load_kb().states({"russia-ministry-of-defence", "japan", "nato"}))
        ['japan', 'nato', 'russia']
        """
        return {self.country_slug(a) or a if isinstance(a, str) else a for a in actors}

    def contains(self, outer: str, inner: str) -> bool:
        """Whether the place ``ent:<outer>`` holds ``ent:<inner>`` (schema:containedInPlace,
        followed upwards; a place holds itself).

        >>> from diplograph.ontology.kb import load_kb
        >>> kb = load_kb()
        >>> kb.contains("kuril-islands", "kunashir"), kb.contains("japan", "tokyo"), kb.contains("tokyo", "japan")
        (True, True, False)
        """
        if outer == inner:
            return True
        seen, todo = set(), [inner]
        while todo:
            ent = self._slugs.get(todo.pop())
            if ent is None or ent.iri in seen:
                continue
            seen.add(ent.iri)
            for up in ent.within:
                slug = str(up)[len(str(ENT)):]
                if slug == outer:
                    return True
                todo.append(slug)
        return False

    def places_agree(self, a: str | None, b: str | None) -> bool:
        """Whether two reports' places can be one event's: one missing, the same, or one
        within the other ("on Kunashir", "on the Kuril Islands").

        >>> from diplograph.ontology.kb import load_kb
        >>> load_kb().places_agree("kunashir", "kuril-islands"), load_kb().places_agree("kunashir", "kaliningrad")
        (True, False)
        """
        return not a or not b or self.contains(a, b) or self.contains(b, a)

    def country_of(self, iri) -> URIRef | None:
        """The country an entity belongs to (itself for a country), following parents."""
        seen = set()
        ent = self.get(iri)
        while ent is not None and ent.iri not in seen:
            if ent.kind == "Country":
                return ent.iri
            seen.add(ent.iri)
            ent = self.get(ent.country) if ent.country else None
        return None

    def __len__(self) -> int:
        return len(self.entities)


def _labels(g: Graph, iri) -> dict:
    out = {}
    for lab in sorted(g.objects(iri, RDFS.label)):
        if isinstance(lab, Literal):
            out.setdefault(lab.language or "", str(lab))
    if not out:
        raise KnowledgeBaseError(f"KB node {str(iri)!r} has no rdfs:label")
    return out


def _aliases(g: Graph, iri) -> tuple:
    return tuple((str(a), a.language) for a in sorted(g.objects(iri, SKOS.altLabel))
                 if isinstance(a, Literal))


def _first(g: Graph, iri, *props):
    for p in props:
        for o in sorted(g.objects(iri, p)):
            return o
    return None


def _entity(g: Graph, iri, kind: str, cls) -> KBEntity:
    wd = _first(g, iri, OWL.sameAs)
    fam, giv = _first(g, iri, DG.familyName), _first(g, iri, DG.givenName)
    return KBEntity(
        iri=iri, kind=kind, cls=cls, labels=_labels(g, iri), aliases=_aliases(g, iri),
        demonyms=tuple((str(d), d.language) for d in sorted(g.objects(iri, DG.demonym))),
        family_name=str(fam) if fam else None, given_name=str(giv) if giv else None,
        country=_first(g, iri, SDO.nationality, SDO.containedInPlace, ORG.subOrganizationOf,
                       SDO.parentOrganization),
        capital_of=_first(g, iri, DG.capitalOf), wikidata=wd,
        within=tuple(sorted(g.objects(iri, SDO.containedInPlace))),
        seat=_first(g, iri, SDO.location), venue=(iri, RDF.type, SDO.GovernmentBuilding) in g,
        ambiguous=tuple((str(a), a.language) for a in sorted(g.objects(iri, DG.ambiguousName))))


@lru_cache(maxsize=8)
def load_kb(directory: str | Path | None = None) -> KnowledgeBase:
    """Read every ``*.ttl`` file of ``directory`` (default ``ontology/kb``) into a KB."""
    directory = Path(directory) if directory else KB_DIR
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise KnowledgeBaseError(f"no *.ttl files in knowledge-base folder {str(directory)!r}")
    g = Graph()
    for path in files:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise KnowledgeBaseError(f"cannot parse {str(path)!r}: {exc}") from exc
    return KnowledgeBase(g)
