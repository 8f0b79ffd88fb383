"""A union view of a built dataset, for :func:`diplograph.graph.analysis.network.to_networkx`.

:class:`Reader` answers "which objects has this subject for this predicate", "which
subjects have this object" and "which article graphs say this triple" over an rdflib
Dataset or Graph, a pyoxigraph Store, or a build's N-Quads
:class:`~diplograph.graph.rdf.graphfile.GraphFile`. The last two are read one predicate at a time into
memory: a point lookup in a store on disk costs about 100 µs and the graph asks a few
dozen questions a node, and a GraphFile is read in one pass for all the predicates the
graph uses. A read predicate is kept as numpy columns of term numbers (about 12 bytes a
quad), its terms as pyoxigraph made them.

>>> from rdflib import Dataset, Literal
>>> from diplograph.ontology.namespace import ARTICLE, DG, RDF, SDO, article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("a1"))
>>> _ = g.add((ARTICLE.a1, RDF.type, DG.Article))
>>> _ = g.add((ARTICLE.a1, SDO.identifier, Literal("a1")))
>>> reader = Reader(ds)
>>> reader.ids[ARTICLE.a1], reader.said_by(ARTICLE.a1, RDF.type)
('a1', ['a1'])
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache

import numpy as np
import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.ontology.errors import ViewError
from diplograph.ontology.namespace import (
    ARTICLE, DG, ORG, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD,
)

from diplograph.graph.rdf.graphfile import GraphFile

__all__ = ["Reader", "EVENT_CLASSES", "READ", "local_name"]

EVENT_CLASSES = frozenset({
    DG.Event, DG.Meeting, DG.Talks, DG.Summit, DG.Visit, DG.PhoneCall, DG.Agreement,
    DG.Sanction, DG.Suspension, DG.MilitaryExercise, DG.Announcement, DG.PressConference,
    DG.Deployment, DG.AirspaceViolation, DG.Interception, DG.Protest, DG.Expulsion, DG.EntryBan,
    DG.Seizure, DG.MissileLaunch, DG.NuclearTest, DG.Accession,
})

# The dg: class hierarchy the kinds are ranked by (the ontology graph, when present, adds to it).
_PARENT = {
    DG.Person: DG.Actor, DG.Country: DG.Actor, DG.Organization: DG.Actor,
    DG.Ministry: DG.Organization, DG.NewsOutlet: DG.Organization, DG.PoliticalParty: DG.Organization,
    DG.Region: DG.Place,
    **{cls: DG.Event for cls in EVENT_CLASSES if cls != DG.Event},
}


_XSD_STRING = str(XSD.string)

#: The predicates the graph is made of: a GraphFile is read once for all of them.
READ = frozenset({
    RDF.type, RDFS.label, RDFS.subClassOf, SKOS.prefLabel, SKOS.altLabel,
    SDO.identifier, SDO.name, SDO.mentions, SDO.text, SDO.about, PROV.wasDerivedFrom,
    SEM.hasActor, SEM.hasPlace, SEM.hasTimeStamp, ORG.member, ORG.organization, ORG.role,
    DG.eventKind, DG.relativeDate, DG.status, DG.speaker, DG.evidence, DG.sentence,
    DG.inArticle, DG.begin, DG.conflictingClaim, DG.conflictsWith, DG.confidence, DG.extractedBy,
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


class _Terms:
    """Each distinct term of the scanned quads once, numbered. Terms are kept as pyoxigraph
    made them (a long literal takes less than half the memory of rdflib's) and turned into
    rdflib's when they are read."""

    def __init__(self):
        self._terms: list = []
        self._numbers: dict = {}

    def number(self, term) -> int:
        """The number of a pyoxigraph term (given one on first sight)."""
        found = self._numbers.get(term)
        if found is None:
            found = self._numbers[term] = len(self._terms)
            self._terms.append(term)
        return found

    def find(self, node: Node) -> int | None:
        """The number of an rdflib term, or None when no scanned quad holds it."""
        return self._numbers.get(_to_oxigraph(node))

    def node(self, number: int) -> Node | None:
        return _from_oxigraph(self._terms[number])


class _Column:
    """Every quad of one predicate as term numbers (32-bit, three per quad), sorted by
    subject once the scan is over, and by object when that is first asked for. At about
    12 bytes a quad it holds what a dict of tuples would need some 300 bytes for."""

    def __init__(self):
        self._raw = array("i")
        self._by: dict[int, tuple] = {}

    def add(self, s: int, o: int, g: int) -> None:
        self._raw.extend((s, o, g))

    def _sorted(self, by: int) -> tuple:
        """(sorted key column, the rows in that order) for ``by`` 0 (subject) or 1 (object)."""
        found = self._by.get(by)
        if found is None:
            if by == 0:
                rows, self._raw = np.frombuffer(self._raw, dtype=np.int32).reshape(-1, 3), None
            else:
                rows = self._sorted(0)[1]
            order = np.argsort(rows[:, by], kind="stable")
            found = self._by[by] = (np.ascontiguousarray(rows[order, by]), rows[order])
        return found

    def rows(self, key: int | None = None, by: int = 0) -> list[list[int]]:
        """The (subject, object, graph) numbers of the rows whose column ``by`` is ``key``
        (``key`` None: every row)."""
        keys, rows = self._sorted(by)
        if key is None:
            return rows.tolist()
        key = np.int32(key)                 # a Python int would make numpy convert the column
        lo, hi = keys.searchsorted(key), keys.searchsorted(key, "right")
        return rows[lo:hi].tolist() if hi > lo else []


class Reader:
    """Union view of a dataset that remembers which article graph said what (see the
    module's docstring for how each kind of dataset is read)."""

    def __init__(self, dataset, read: Iterable[Node] = READ, skip: Iterable[tuple[Node, Node]] = ()):
        """``read``: the predicates a store or GraphFile is read for on first use (the
        others are read one by one when asked for); ``skip``: (predicate, object) pairs
        whose quads a scan leaves out (for instance the type of a kind of node never asked
        about)."""
        if not isinstance(dataset, (Graph, pyoxigraph.Store, GraphFile)):
            raise ViewError(f"to_networkx needs an rdflib Dataset or Graph, a pyoxigraph Store or a GraphFile, "
                            f"got {dataset!r}")
        self.ds = dataset
        self._read = frozenset(read)
        self._skip: dict = {}
        for p, o in skip:
            self._skip.setdefault(_to_oxigraph(p), set()).add(_to_oxigraph(o))
        self._labels: dict[Node, str] = {}
        self._columns: dict[Node, _Column] = {}
        self._terms = _Terms()
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
        """The quads of a pattern with a bound predicate, from that predicate's column."""
        column, node = self._column(p), self._terms.node
        if s is not None:
            yield from ((s, p, node(on), node(gn)) for _, on, gn in self._matching(s, p, o))
        elif o is not None:
            if (found := self._terms.find(o)) is not None:
                yield from ((node(sn), p, o, node(gn)) for sn, _, gn in column.rows(found, by=1))
        else:
            yield from ((node(sn), p, node(on), node(gn)) for sn, on, gn in column.rows())

    def _matching(self, s: Node, p: Node, o: Node | None = None) -> list[list[int]]:
        """The rows (term numbers) of ``s p o`` with ``o`` any value when None (a scanned dataset)."""
        column = self._column(p)              # read first: the terms may be in it
        subject, want = self._terms.find(s), None if o is None else self._terms.find(o)
        if subject is None or (o is not None and want is None):
            return []
        rows = column.rows(subject)
        return rows if want is None else [row for row in rows if row[1] == want]

    def _column(self, p: Node) -> _Column:
        column = self._columns.get(p)
        if column is None:
            self._scan(p)
            column = self._columns[p]
        return column

    def _scan(self, p: Node) -> None:
        """Read predicate ``p``, and on the first read every predicate the graph uses (a
        GraphFile in one pass, a store one predicate after another)."""
        wanted = (self._read | {p}) - self._columns.keys() if not self._columns else {p}
        found = {_to_oxigraph(q): self._columns.setdefault(q, _Column()) for q in wanted}
        if isinstance(self.ds, pyoxigraph.Store):
            quads = (quad for q in found for quad in self.ds.quads_for_pattern(None, q, None, None))
        else:
            quads = self.ds.parsed()
        number, skip = self._terms.number, self._skip
        for q in quads:
            column = found.get(q.predicate)
            if column is not None and not (skip and q.object in skip.get(q.predicate, ())):
                column.add(number(q.subject), number(q.object), number(q.graph_name))

    def prepare(self, by_object: Iterable[Node] = ()) -> None:
        """Read and index now what would be read on first use: every predicate the graph
        uses, sorted by subject, and ``by_object`` sorted by object too (before a fork, so
        that a child neither does it again nor reads the dataset itself)."""
        if self._indexes:
            for p in self._read:
                self._column(p)._sorted(0)
            for p in by_object:
                self._column(p)._sorted(1)

    def objects(self, s: Node, p: Node) -> list[Node]:
        if self._indexes:
            rows, node = self._matching(s, p), self._terms.node
            return _in_order({node(on) for _, on, _ in rows}) if len(rows) > 1 else [node(on) for _, on, _ in rows]
        return sorted({o for _, _, o, _ in self._quads((s, p, None))})

    def objects_said(self, s: Node, p: Node) -> list[tuple[Node, list[str]]]:
        """Each object of ``s p`` (in :meth:`objects` order) with :meth:`said_by` of its
        triple, from one lookup."""
        if not self._indexes:
            return [(o, self.said_by(s, p, o)) for o in self.objects(s, p)]
        graphs: dict[int, set] = {}
        for _, on, gn in self._matching(s, p):
            graphs.setdefault(on, set()).add(gn)
        node, article = self._terms.node, self._graph_article_numbers.get
        said = {node(on): sorted({self.ids[a] for gn in gns if (a := article(gn)) is not None})
                for on, gns in graphs.items()}
        return [(o, said[o]) for o in _in_order(said)]

    def subjects(self, p: Node, o: Node) -> list[Node]:
        if not self._indexes:
            return sorted({s for s, _, _, _ in self._quads((None, p, o))})
        column = self._column(p)                # read first: the terms may be in it
        found = self._terms.find(o)
        if found is None:
            return []
        node = self._terms.node
        return _in_order({node(sn) for sn in {row[0] for row in column.rows(found, by=1)}})

    def value(self, s: Node, p: Node) -> Node | None:
        values = self.objects(s, p)
        return values[0] if values else None

    def said_by(self, s: Node, p: Node, o: Node | None = None) -> list[str]:
        """Identifiers of the articles whose graph holds ``s p o``."""
        if self._indexes:
            arts = {self._graph_article_numbers.get(gn) for _, _, gn in self._matching(s, p, o)}
        else:
            arts = {self.graph_article.get(ctx) for _, _, _, ctx in self._quads((s, p, o))}
        return sorted(self.ids[a] for a in arts if a is not None)

    @cached_property
    def _graph_article_numbers(self) -> dict[int, Node]:
        """Graph number -> the article the graph is about (a scanned dataset)."""
        return {self._terms.find(ctx): art for ctx, art in self.graph_article.items()}

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


def _in_order(nodes) -> list[Node]:
    """``sorted(nodes)`` in rdflib's order; IRIs alone (the usual case) are compared as
    plain strings, which is the same order without a Python call per comparison.

    >>> _in_order({URIRef("b"), URIRef("a")}), _in_order({Literal(10), Literal(9)})
    ([rdflib.term.URIRef('a'), rdflib.term.URIRef('b')], [rdflib.term.Literal('9', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.Literal('10', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))])
    """
    if all(type(n) is URIRef for n in nodes):
        return sorted(nodes, key=str)
    return sorted(nodes)


def local_name(node: Node) -> str:
    """The last segment of an IRI.

    >>> from diplograph.ontology.namespace import ENT
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
