"""A union view of a built dataset, for :func:`graph.network.to_networkx`.

:class:`Reader` answers "which objects has this subject for this predicate", "which
subjects have this object" and "which article graphs say this triple" over an rdflib
Dataset or Graph, a pyoxigraph Store, or a build's N-Quads
:class:`~graph.graphfile.GraphFile`. The last two are read one predicate at a time into
memory: a point lookup in a store on disk costs about 100 µs and the graph needs some
fifteen a node, and a GraphFile is read in one pass for all the predicates the graph uses.

>>> from rdflib import Dataset, Literal
>>> from ontology.namespace import ARTICLE, DG, RDF, SDO, article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("a1"))
>>> _ = g.add((ARTICLE.a1, RDF.type, DG.Article))
>>> _ = g.add((ARTICLE.a1, SDO.identifier, Literal("a1")))
>>> reader = Reader(ds)
>>> reader.ids[ARTICLE.a1], reader.said_by(ARTICLE.a1, RDF.type)
('a1', ['a1'])
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ontology.errors import ViewError
from ontology.namespace import (
    ARTICLE, DG, ORG, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD,
)

from .graphfile import GraphFile

__all__ = ["Reader", "EVENT_CLASSES", "local_name"]

EVENT_CLASSES = frozenset({
    DG.Event, DG.Meeting, DG.Talks, DG.Summit, DG.Visit, DG.PhoneCall, DG.Agreement,
    DG.Sanction, DG.Suspension, DG.MilitaryExercise, DG.Announcement, DG.PressConference,
})

# The dg: class hierarchy the kinds are ranked by (the ontology graph, when present, adds to it).
_PARENT = {
    DG.Person: DG.Actor, DG.Country: DG.Actor, DG.Organization: DG.Actor,
    DG.Ministry: DG.Organization, DG.NewsOutlet: DG.Organization, DG.Region: DG.Place,
    **{cls: DG.Event for cls in EVENT_CLASSES if cls != DG.Event},
}


_XSD_STRING = str(XSD.string)

# The predicates the graph is made of: a GraphFile is read once for all of them.
_READ = frozenset({
    RDF.type, RDFS.label, RDFS.subClassOf, SKOS.prefLabel, SKOS.altLabel,
    SDO.identifier, SDO.name, SDO.mentions, SDO.text, SDO.about, PROV.wasDerivedFrom,
    SEM.hasActor, SEM.hasPlace, SEM.hasTimeStamp, ORG.member, ORG.organization, ORG.role,
    DG.eventKind, DG.relativeDate, DG.status, DG.speaker, DG.evidence, DG.sentence,
    DG.inArticle, DG.begin, DG.conflictingClaim, DG.conflictsWith,
})


@lru_cache(maxsize=1 << 16)
def _to_oxigraph(term: Node | None):
    """An rdflib term as pyoxigraph's (None stays None: any value in a pattern)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = pyoxigraph.NamedNode(str(term.datatype)) if term.datatype else None
        return pyoxigraph.Literal(str(term), language=term.language, datatype=datatype)
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    return pyoxigraph.NamedNode(str(term))


@lru_cache(maxsize=1 << 16)
def _from_oxigraph(term) -> Node | None:
    """A pyoxigraph term as rdflib's, as rdflib's own parser would give it (a plain
    string literal has no datatype); the default graph becomes None."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    return None


class _Predicate:
    """Every quad of one predicate, read in one scan: (object, graph) pairs by subject, and
    (subject, graph) pairs by object once those are asked for."""

    def __init__(self):
        self.by_subject: dict[Node, list[tuple]] = defaultdict(list)
        self._by_object: dict[Node, list[tuple]] | None = None

    def rows(self) -> Iterator[tuple]:
        for s, pairs in self.by_subject.items():
            for o, g in pairs:
                yield s, o, g

    def by_object(self, o: Node) -> list[tuple]:
        if self._by_object is None:
            self._by_object = defaultdict(list)
            for s, obj, g in self.rows():
                self._by_object[obj].append((s, g))
        return self._by_object.get(o, [])


class Reader:
    """Union view of a dataset that remembers which article graph said what (see the
    module's docstring for how each kind of dataset is read)."""

    def __init__(self, dataset):
        if not isinstance(dataset, (Graph, pyoxigraph.Store, GraphFile)):
            raise ViewError(f"to_networkx needs an rdflib Dataset or Graph, a pyoxigraph Store or a GraphFile, "
                            f"got {dataset!r}")
        self.ds = dataset
        self._labels: dict[Node, str] = {}
        self._predicates: dict[Node, _Predicate] = {}
        self._terms: dict = {}
        self._indexes = isinstance(dataset, (pyoxigraph.Store, GraphFile))
        self.ids = {a: article_id(self, a) for a in self.subjects(RDF.type, DG.Article)}
        self.graph_article = {
            ctx: art for s, _, _, ctx in self._quads((None, RDF.type, DG.Article))
            if (art := s) in self.ids
        }
        self.parent = dict(_PARENT)
        for sub, _, sup, _ in self._quads((None, RDFS.subClassOf, None)):
            if sub in DG and sup in DG and sub != sup:
                self.parent.setdefault(sub, sup)

    def _quads(self, pattern) -> Iterator[tuple]:
        s, p, o = pattern
        if self._indexes:
            yield from self._indexed(s, p, o)
        elif hasattr(self.ds, "quads"):
            yield from self.ds.quads((s, p, o, None))
        else:
            for t in self.ds.triples((s, p, o)):
                yield (*t, self.ds.identifier)

    def _indexed(self, s: Node | None, p: Node, o: Node | None) -> Iterator[tuple]:
        """The quads of a pattern with a bound predicate, from that predicate's index."""
        index = self._index(p)
        if s is not None:
            yield from ((s, p, obj, g) for obj, g in index.by_subject.get(s, ()) if o is None or obj == o)
        elif o is not None:
            yield from ((subj, p, o, g) for subj, g in index.by_object(o))
        else:
            yield from ((subj, p, obj, g) for subj, obj, g in index.rows())

    def _index(self, p: Node) -> _Predicate:
        index = self._predicates.get(p)
        if index is None:
            self._scan(p)
            index = self._predicates[p]
        return index

    def _scan(self, p: Node) -> None:
        """Index predicate ``p`` (a GraphFile: all the predicates the graph reads, in one pass)."""
        if isinstance(self.ds, pyoxigraph.Store):
            wanted = {p}
            quads = self.ds.quads_for_pattern(None, _to_oxigraph(p), None, None)
        else:
            wanted = (_READ | {p}) - self._predicates.keys()
            quads = self.ds.parsed()
        found = {_to_oxigraph(q): self._predicates.setdefault(q, _Predicate()) for q in wanted}
        term, terms = self._term, self._terms
        for q in quads:
            index = found.get(q.predicate)
            if index is not None:
                s, o, g = q.subject, q.object, q.graph_name
                index.by_subject[terms.get(s) or term(s)].append((terms.get(o) or term(o), terms.get(g) or term(g)))

    def _term(self, term):
        """A pyoxigraph term as rdflib's, one object per distinct term."""
        found = self._terms[term] = _from_oxigraph(term)
        return found

    def objects(self, s: Node, p: Node) -> list[Node]:
        if self._indexes:
            pairs = self._index(p).by_subject.get(s, ())
            return sorted({o for o, _ in pairs}) if len(pairs) > 1 else [o for o, _ in pairs]
        return sorted({o for _, _, o, _ in self._quads((s, p, None))})

    def subjects(self, p: Node, o: Node) -> list[Node]:
        return sorted({s for s, _, _, _ in self._quads((None, p, o))})

    def value(self, s: Node, p: Node) -> Node | None:
        values = self.objects(s, p)
        return values[0] if values else None

    def said_by(self, s: Node, p: Node, o: Node | None = None) -> list[str]:
        """Identifiers of the articles whose graph holds ``s p o``."""
        arts = {self.graph_article.get(ctx) for _, _, _, ctx in self._quads((s, p, o))}
        return sorted(self.ids[a] for a in arts if a is not None)

    def label(self, node: Node) -> str:
        """The English ``rdfs:label`` of a node, else any label, else its IRI's last part
        (remembered: an actor of thousands of events is looked up once)."""
        found = self._labels.get(node)
        if found is None:
            found = self._labels[node] = self._label(node)
        return found

    def _label(self, node: Node) -> str:
        for prop in (RDFS.label, SKOS.prefLabel):
            labels = [x for x in self.objects(node, prop) if isinstance(x, Literal)]
            if labels:
                english = [x for x in labels if (x.language or "").lower().startswith("en")]
                return str((english or labels)[0])
        return local_name(node)

    def depth(self, cls: Node) -> int:
        depth, seen = 0, {cls}
        while (cls := self.parent.get(cls)) is not None and cls not in seen:
            depth, seen = depth + 1, seen | {cls}
        return depth


def local_name(node: Node) -> str:
    """The last segment of an IRI.

    >>> from ontology.namespace import ENT
    >>> local_name(ENT.japan)
    'japan'
    """
    text = str(node).rstrip("/#")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def article_id(reader: Reader, article: Node) -> str:
    ident = reader.value(article, SDO.identifier)
    if ident is not None:
        return str(ident)
    return str(article)[len(str(ARTICLE)):] if str(article).startswith(str(ARTICLE)) else str(article)
