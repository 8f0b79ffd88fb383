"""The fused facts as an RDF dataset: the ontology, the KB, one graph per article, fusion.

The model is documented in ``docs/rdf-model.md``. Every IRI comes from
:mod:`diplograph.ontology.namespace`; every node is an IRI (no blank nodes), so the output is
deterministic.
"""
from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from diplograph.extract.lexicon import rule_confidence
from diplograph.extract.dates import TimeValue
from diplograph.extract.model import ArticleFacts
from diplograph.ontology import KB_DIR, ONTOLOGY_FILE
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import (ACCORD, CLAIM, DG, ENT, EVENT, FIGURE, FUSION_GRAPH, KB_GRAPH, MEMBERSHIP, RELATION,
                                ONTOLOGY_GRAPH, ORG, PREFIXES, PROV, RDF, RDFS, ROLE, SDO, SEM, SKOS,
                                STATEMENT, XSD, article_graph, article_iri, mention_iri)

from diplograph.graph.fusion.conflicts import FigureConflict
from diplograph.graph.rdf.forked import Forked
from diplograph.graph.fusion.entities import entity_slug
from diplograph.graph.fusion.fuse import Fusion
from diplograph.graph.rdf.graphfile import GraphFile, GraphWriter

__all__ = ["to_dataset", "to_graph_file", "bound_dataset", "time_literal"]

# From this many articles, half of the article graphs are written by a forked child process
# into a file of their own (see diplograph.graph.rdf.forked), which is then appended: the same bytes.
FORK_ARTICLES = 1_000

_KIND_CLASS = {"Person": DG.Person, "Country": DG.Country, "Organization": DG.Organization,
               "Place": DG.Place}
_QUAD_LABEL = {"VerbalCooperation": "verbal cooperation", "MaterialCooperation": "material cooperation",
               "VerbalConflict": "verbal conflict", "MaterialConflict": "material conflict"}
_PRECISION = {"day": (XSD.date, DG.DayPrecision), "month": (XSD.gYearMonth, DG.MonthPrecision),
              "year": (XSD.gYear, DG.YearPrecision)}


def time_literal(value: TimeValue) -> Literal:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal for ``value``.

    >>> time_literal(TimeValue("2022-06", "month")).datatype == XSD.gYearMonth
    True
    """
    return Literal(value.iso, datatype=_PRECISION[value.precision][0])


def _repeated(value) -> Literal:
    """The plain literal of a value that recurs across articles (a rule name, a confidence,
    an offset, a count), made once: building an rdflib Literal was the largest cost of
    writing the article graphs.

    Cached by type and text, so that values equal in Python but not in RDF stay apart:

    >>> _repeated(1) is _repeated(1), _repeated(True) == Literal(True), _repeated(1.0) == Literal(1.0)
    (True, True, True)
    >>> str(_repeated(Decimal("0.80"))), str(_repeated(Decimal("0.8")))
    ('0.80', '0.8')
    """
    kind = type(value)
    return _plain(kind, str(value)) if kind in (int, str, Decimal) else Literal(value)


@lru_cache(maxsize=1 << 14)
def _plain(kind: type, text: str) -> Literal:
    return Literal(kind(text))


@lru_cache(maxsize=2)
def _static_triples(which: str) -> tuple:
    """The ontology's or the knowledge base's triples, parsed once per process.

    Blank nodes (the ontology's ``owl:oneOf`` lists) get canonical labels (rdflib's RGDA1),
    so that N-Quads of a build, and the persistent store's graph digests, are the same in
    every process.
    """
    g = Graph()
    paths = [ONTOLOGY_FILE] if which == "ontology" else sorted(KB_DIR.glob("*.ttl"))
    for path in paths:
        g.parse(path, format="turtle")
    return tuple(to_canonical_graph(g))


def _hash(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _ent(key: str) -> URIRef:
    return ENT[entity_slug(key)]


def bound_dataset() -> Dataset:
    """An empty rdflib Dataset with the project's prefixes bound."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


class _Writer:
    """Writes the graphs one at a time into an rdflib Dataset or a :class:`GraphFile`."""

    def __init__(self, fusion: Fusion, target: Dataset | GraphFile):
        self.fusion = fusion
        self.target = target
        self.kb = load_kb()
        self.event_of = {}
        for fe in fusion.events:
            node = EVENT[fe.slug]                   # one IRI an event, however many reports
            for aid, ev in fe.reports:
                self.event_of[(aid, id(ev))] = node

    def open(self, identifier: URIRef):
        if isinstance(self.target, GraphFile):
            return self.target.open_graph(identifier)
        return self.target.graph(identifier)

    def close(self, g) -> None:
        if isinstance(g, GraphWriter):
            g.close()

    def static_graphs(self) -> None:
        onto = self.open(ONTOLOGY_GRAPH)
        onto.addN((s, p, o, onto) for s, p, o in _static_triples("ontology"))
        self.close(onto)
        kb = self.open(KB_GRAPH)
        kb.addN((s, p, o, kb) for s, p, o in _static_triples("kb"))
        self.close(kb)

    def mention(self, g: Graph, art: ArticleFacts, span: tuple) -> URIRef:
        aid = art.article.id
        node = mention_iri(aid, span[0], span[1])
        g.add((node, RDF.type, DG.Mention))
        g.add((node, DG.inArticle, article_iri(aid)))
        g.add((node, DG.begin, _repeated(span[0])))
        g.add((node, DG.end, _repeated(span[1])))
        g.add((node, DG.sentence, Literal(art.sentence(span))))
        return node

    def article(self, art: ArticleFacts) -> None:
        a = art.article
        g = self.open(article_graph(a.id))
        doc = article_iri(a.id)
        g.add((doc, RDF.type, DG.Article))
        g.add((doc, SDO.identifier, Literal(a.id)))
        g.add((doc, SDO.inLanguage, Literal(a.lang)))
        g.add((doc, SDO.text, Literal(a.text)))
        if a.title:
            g.add((doc, SDO.name, Literal(a.title, lang=a.lang)))
        if a.published:
            g.add((doc, SDO.datePublished, time_literal(a.published)))
        if a.outlet:
            g.add((doc, SDO.publisher, Literal(a.outlet)))
        if a.url:
            g.add((doc, SDO.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.author:
            g.add((doc, SDO.author, Literal(a.author)))
        for other in filter(None, a.extra.get("duplicates", "").split(", ")):
            g.add((doc, SDO.sameAs, Literal(other)))     # the same text under another path
        self.entities(g, art, doc)
        self.roles(g, art, doc)
        self.events(g, art, doc)
        self.statements(g, art, doc)
        self.accords(g, art, doc)
        self.figures(g, art, doc)
        self.close(g)

    def entities(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        lang = art.article.lang
        for key, ent in sorted(art.entities.items()):
            node = _ent(key)
            g.add((doc, SDO.mentions, node))
            if not ent.known:
                g.add((node, RDF.type, _KIND_CLASS.get(ent.kind, DG.Organization)))
                g.add((node, RDFS.label, Literal(ent.label)))
            if ent.confidence < 1:            # linked on context, or found by its shape only
                g.add((node, DG.confidence, _repeated(Decimal(str(ent.confidence)))))
                g.add((node, DG.extractedBy, _repeated(ent.evidence)))
            for form in sorted(ent.surface):
                g.add((node, SKOS.altLabel, Literal(form, lang=lang)))

    def roles(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        for r in art.roles:
            node = MEMBERSHIP[_hash(art.article.id, r.person, r.role, r.org)]
            g.add((node, RDF.type, DG.RoleClaim))
            g.add((node, ORG.member, _ent(r.person)))
            g.add((node, ORG.organization, _ent(r.org)))
            g.add((node, ORG.role, ROLE[r.role]))
            g.add((node, PROV.wasDerivedFrom, doc))
            g.add((node, DG.extractedBy, _repeated(r.rule)))
            g.add((node, DG.confidence, _repeated(Decimal(str(r.confidence)))))
            g.add((node, DG.evidence, self.mention(g, art, r.sent)))

    def events(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        for ev in art.events:
            node = self.event_of[(art.article.id, id(ev))]
            g.add((node, PROV.wasDerivedFrom, doc))
            g.add((node, DG.trigger, _repeated(ev.triggers[0])))
            for rule in ev.rules:
                g.add((node, DG.extractedBy, _repeated(rule)))
            for span in ev.sents:
                g.add((node, DG.evidence, self.mention(g, art, span)))
            if ev.relative_date and not ev.date:
                g.add((node, DG.relativeDate, Literal(ev.relative_date, lang=art.article.lang)))

    def statements(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        for st in art.statements:
            node = STATEMENT[_hash(art.article.id, st.start, st.end)]
            g.add((node, RDF.type, DG.Statement))
            g.add((node, SDO.text, Literal(st.text)))
            g.add((node, PROV.wasDerivedFrom, doc))
            rule = "quotes.direct" if st.direct else "quotes.indirect"
            g.add((node, DG.extractedBy, _repeated(rule)))
            g.add((node, DG.confidence, _repeated(Decimal(str(rule_confidence().get(rule, 0.7))))))
            if st.speaker:
                g.add((node, DG.speaker, _ent(st.speaker)))
                g.add((node, SDO.creator, _ent(st.speaker)))
            g.add((node, DG.evidence, self.mention(g, art, (st.start, st.end))))

    def accords(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        for acc in art.accords:
            node = ACCORD[_hash(art.article.id, acc.sent[0], acc.trigger, *acc.parties)]
            g.add((node, RDF.type, DG.Accord))
            label = " / ".join(self._name(p) for p in acc.parties)
            g.add((node, RDFS.label, Literal(f"Accord of {label}: {'; '.join(acc.topics)}"[:300])))
            for party in acc.parties:
                g.add((node, DG.party, _ent(party)))
            for topic in acc.topics:
                g.add((node, DG.topic, Literal(topic, lang=art.article.lang)))
            g.add((node, DG.accordStatus, DG[acc.status]))
            g.add((node, DG.extractedBy, _repeated(acc.rule)))
            g.add((node, DG.confidence, _repeated(Decimal(str(rule_confidence().get("accords", 0.7))))))
            if acc.event is not None and (art.article.id, id(acc.event)) in self.event_of:
                g.add((node, DG.reachedAt, self.event_of[(art.article.id, id(acc.event))]))
            g.add((node, PROV.wasDerivedFrom, doc))
            g.add((node, DG.evidence, self.mention(g, art, acc.sent)))

    def figures(self, g: Graph, art: ArticleFacts, doc: URIRef) -> None:
        for fig in art.figures:
            node = FIGURE[_hash(art.article.id, fig.start, fig.end)]
            g.add((node, RDF.type, DG.FigureClaim))
            g.add((node, RDFS.label, Literal(fig.text)))
            g.add((node, SDO.value, Literal(fig.value, datatype=XSD.decimal)))
            g.add((node, SDO.unitText, Literal(fig.unit)))
            g.add((node, DG.extractedBy, Literal("figures.amount")))
            g.add((node, DG.confidence, _repeated(Decimal(str(rule_confidence().get("figures.amount", 0.8))))))
            if fig.measures:
                g.add((node, DG.measures, Literal(fig.measures)))
            if fig.speaker:
                g.add((node, DG.statedBy, _ent(fig.speaker)))
            g.add((node, PROV.wasDerivedFrom, doc))
            g.add((node, DG.evidence, self.mention(g, art, (fig.start, fig.end))))

    def fused(self) -> None:
        """Event nodes' shared description, source counts and conflicts."""
        g = self.open(FUSION_GRAPH)
        for fe in self.fusion.events:
            node = EVENT[fe.slug]
            g.add((node, RDF.type, DG[fe.kind]))
            g.add((node, DG.eventKind, _repeated(fe.kind)))
            g.add((node, RDFS.label, Literal(self._event_label(fe))))
            g.add((node, DG.status, DG[fe.status]))
            g.add((node, DG.sourceCount, _repeated(len(fe.sources))))
            for actor in fe.actors:
                g.add((node, SEM.hasActor, _ent(actor)))
            for target in fe.targets:
                g.add((node, DG.target, _ent(target)))
            for place in dict.fromkeys([fe.place, *fe.places]) if fe.place else ():
                g.add((node, SEM.hasPlace, _ent(place)))    # the most precise, then the others told
            if fe.date:
                g.add((node, SEM.hasTimeStamp, time_literal(fe.date)))
                g.add((node, DG.datePrecision, _PRECISION[fe.date.precision][1]))
            if fe.not_before and not fe.date:
                g.add((node, SEM.hasEarliestBeginTimeStamp, time_literal(fe.not_before)))
            conf = max((rule_confidence().get("events." + ev.kind, 0.7) for _, ev in fe.reports))
            g.add((node, DG.confidence, _repeated(Decimal(str(conf)))))
        self.role_counts(g)
        for c in self.fusion.conflicts:
            if isinstance(c, FigureConflict):
                self.figure_conflict(g, c)
            else:
                self.role_conflict(g, c)
        for rel in self.fusion.relations:
            self.relation(g, rel)
        self.close(g)

    def role_counts(self, g: Graph) -> None:
        """Each role claim states how many articles make the same claim."""
        by_fact = {}
        for art in self.fusion.articles:
            for r in art.roles:
                by_fact.setdefault((r.person, r.role, r.org), []).append(art.article.id)
        for (person, role, org), ids in by_fact.items():
            count = Literal(len(set(ids)))           # once: a role of thousands of articles
            for aid in ids:
                g.add((MEMBERSHIP[_hash(aid, person, role, org)], DG.sourceCount, count))

    def role_conflict(self, g: Graph, c) -> None:
        node = CLAIM[_hash("conflict", c.person, c.org)]
        g.add((node, RDF.type, DG.Conflict))
        roles = " vs ".join(sorted({self._role_label(r) for _, r in c.claims}))
        g.add((node, RDFS.label, Literal(f"{self._name(c.person)}: {roles} of {self._name(c.org)}")))
        for aid, role in c.claims:
            g.add((node, DG.conflictingClaim, MEMBERSHIP[_hash(aid, c.person, role, c.org)]))

    def figure_conflict(self, g: Graph, c) -> None:
        node = CLAIM[_hash("conflict", "figure", c.measures, c.unit, *(x[0] for x in c.claims))]
        g.add((node, RDF.type, DG.Conflict))
        values = " vs ".join(sorted({v for _, v, _, _ in c.claims}))
        who = f" ({self._name(c.speaker)})" if c.speaker else ""
        g.add((node, RDFS.label, Literal(f"{c.measures}{who}: {values} {c.unit}")))
        for aid, _, start, end in c.claims:
            g.add((node, DG.conflictingClaim, FIGURE[_hash(aid, start, end)]))

    def relation(self, g: Graph, rel) -> None:
        a, b = rel.pair
        node = RELATION[f"{entity_slug(a)}--{entity_slug(b)}--{rel.year}--{rel.quad}"]
        g.add((node, RDF.type, DG.Relation))
        g.add((node, RDFS.label, Literal(f"{self._name(a)} – {self._name(b)} {rel.year}: "
                                         f"{_QUAD_LABEL[rel.quad]}")))
        g.add((node, DG.between, _ent(a)))
        g.add((node, DG.between, _ent(b)))
        g.add((node, DG.relationYear, Literal(rel.year, datatype=XSD.gYear)))
        g.add((node, DG.quadClass, DG[rel.quad]))
        g.add((node, DG.eventCount, Literal(len(rel.events))))
        for ev in rel.events:
            g.add((node, DG.basedOn, EVENT[ev.slug]))
        g.add((node, DG.sourceCount, Literal(len(rel.sources))))

    def _name(self, key: str) -> str:
        known = self.kb.get(ENT[key]) if not key.startswith("new:") else None
        return known.label("en") if known else key.split(":", 2)[-1].title()

    def _role_label(self, slug: str) -> str:
        role = self.kb.roles.get(ROLE[slug])
        return role.label("en") if role else slug

    def _event_label(self, fe) -> str:
        people = [self._name(a) for a in fe.actors][:6]
        where = [self._name(fe.place)] if fe.place else []
        when = [fe.date.iso] if fe.date else []
        detail = ", ".join(where + when)
        return f"{fe.kind}: {', '.join(people)}" + (f" ({detail})" if detail else "")


def _write(fusion: Fusion, target, articles_written: Callable[[], None] | None = None):
    w = _Writer(fusion, target)
    w.static_graphs()
    arts = fusion.articles
    if isinstance(target, GraphFile) and len(arts) >= FORK_ARTICLES:
        half, apart = len(arts) // 2, target.path.with_name(target.path.name + ".part")
        try:
            with Forked(_articles_apart, w, arts[half:], apart) as child:
                for art in arts[:half]:
                    w.article(art)
                target.adopt(child.result())
        finally:
            apart.unlink(missing_ok=True)
    else:
        for art in arts:
            w.article(art)
    if articles_written is not None:
        articles_written()
    w.fused()
    return target


def _articles_apart(w: _Writer, arts: list, path: Path) -> GraphFile:
    """The article graphs of ``arts`` in a file of their own (for :meth:`GraphFile.adopt`)."""
    part = copy.copy(w)
    part.target = GraphFile(path)
    try:
        for art in arts:
            part.article(art)
    finally:
        part.target.close()
    return part.target


def to_dataset(fusion: Fusion) -> Dataset:
    """The whole build as an rdflib Dataset with named graphs (all of it in memory)."""
    return _write(fusion, bound_dataset())


def to_graph_file(fusion: Fusion, path, articles_written: Callable[[], None] | None = None) -> GraphFile:
    """The whole build as N-Quads at ``path``, one named graph at a time (see
    :mod:`diplograph.graph.rdf.graphfile`): what :func:`to_dataset` holds, without holding it in memory.
    ``articles_written`` is called once the article graphs are written, before the fusion
    graph (which reads the articles' entities and roles and the fused events alone)."""
    gf = GraphFile(path)
    try:
        _write(fusion, gf, articles_written)
    finally:
        gf.close()
    return gf
