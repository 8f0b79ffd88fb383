"""Turn a built RDF dataset into a networkx graph of what the articles say.

The nodes are the entities and events that at least one article mentions or reports (not
every entity of the knowledge base); the edges are event participation (``hasActor``),
event places (``hasPlace``) and role claims (person -> country or organisation). See
:func:`to_networkx` for the attribute contract, ``docs/rdf-model.md`` for the RDF model.

>>> from rdflib import Dataset, Literal
>>> from diplograph.ontology.namespace import ARTICLE, DG, ENT, RDF, RDFS, SDO, article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("a1"))
>>> _ = g.add((ARTICLE.a1, RDF.type, DG.Article))
>>> _ = g.add((ARTICLE.a1, SDO.identifier, Literal("a1")))
>>> _ = g.add((ARTICLE.a1, SDO.mentions, ENT.japan))
>>> _ = g.add((ENT.japan, RDF.type, DG.Country))
>>> _ = g.add((ENT.japan, RDFS.label, Literal("Japan", lang="en")))
>>> G = to_networkx(ds)
>>> sorted(G.nodes(data="label"))
[('https://w3id.org/diplograph/id/entity/japan', 'Japan')]
>>> G.nodes[str(ENT.japan)]["kind"], G.nodes[str(ENT.japan)]["category"]
('Country', 'actor')
>>> G.nodes[str(ENT.japan)]["sources"]
['a1']
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import chain

import networkx as nx
import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.extract.parallel import handed_out
from diplograph.ontology.namespace import DG, ORG, PROV, RDF, RDFS, SDO, SEM, SKOS

from diplograph.graph.rdf.forked import in_two
from diplograph.graph.rdf.graphfile import GraphFile
from diplograph.graph.rdf.union import READ, EVENT_CLASSES, Reader, local_name

__all__ = ["to_networkx", "EVENT_CLASSES", "MAX_FACTS", "MAX_SENTENCES"]

MAX_FACTS = 12
MAX_SENTENCES = 3

# From this many events, the second half of them is described by a forked child process
# (see diplograph.graph.rdf.forked): the events are nearly all of a large graph's nodes.
FORK_EVENTS = 20_000

# The attributes of a node, in the order :func:`_node` gives them.
_NODE_KEYS = ("label", "kind", "category", "date", "sources", "facts", "sentences", "conflict", "aliases",
              "unverified", "status")
# What the graph reads of a dataset: the union's predicates and the articles' publication dates.
_GRAPH_READ = READ | {SDO.datePublished}
#: an entity whose best link or find is less sure than this is shown as unverified
VERIFIED = 0.75


def _titles(reader: Reader) -> dict[str, str]:
    """Article identifier -> its title (``schema:name``), for the articles that have one."""
    titles = {}
    for article, ident in sorted(reader.ids.items(), key=lambda item: item[1]):
        names = [x for x in reader.objects(article, SDO.name) if isinstance(x, Literal)]
        if names:
            titles[ident] = str(names[0])
    return titles


def _source_text(ids: Iterable[str]) -> str:
    """``(source a)`` or ``(sources a, b)``.

    >>> _source_text(["b", "a"])
    '(sources a, b)'
    """
    ids = sorted(set(ids))
    if not ids:
        return "(no source)"
    return f"({'source' if len(ids) == 1 else 'sources'} {', '.join(ids)})"


# --------------------------------------------------------------------------- node set


def _events(reader: Reader) -> list[Node]:
    """Events reported by at least one article."""
    found = set()
    for cls in EVENT_CLASSES | {c for c in reader.parent if _is_a(reader, c, DG.Event)}:
        for event in reader.subjects(RDF.type, cls):
            if any(a in reader.ids for a in reader.objects(event, PROV.wasDerivedFrom)) \
                    or reader.said_by(event, RDF.type, cls):
                found.add(event)
    return sorted(found)


def _is_a(reader: Reader, cls: Node | None, ancestor: Node) -> bool:
    """Whether ``cls`` is ``ancestor`` or one of its subclasses."""
    seen = set()
    while cls is not None and cls not in seen:
        if cls == ancestor:
            return True
        seen.add(cls)
        cls = reader.parent.get(cls)
    return False


def _role_claims(reader: Reader) -> list[Node]:
    claims = reader.subjects(RDF.type, DG.RoleClaim)
    return [c for c in claims
            if reader.value(c, ORG.member) is not None and reader.value(c, ORG.organization) is not None]


def _entities(reader: Reader, events: list[Node], claims: list[Node]) -> set[Node]:
    found = {e for a in reader.ids for e in reader.objects(a, SDO.mentions) if isinstance(e, URIRef)}
    for event in events:
        found.update(reader.objects(event, SEM.hasActor))
        found.update(reader.objects(event, SEM.hasPlace))
    for claim in claims:
        found.update((reader.value(claim, ORG.member), reader.value(claim, ORG.organization)))
    return {e for e in found if isinstance(e, URIRef)} - set(events)


# --------------------------------------------------------------------------- attributes


def _kind(reader: Reader, node: Node, is_event: bool) -> str:
    """The local name of the most specific ``dg:`` class of a node."""
    classes = [c for c in reader.objects(node, RDF.type) if _ranked(c)]
    if classes:
        best = max(classes, key=lambda c: (reader.depth(c), _neg(str(c))))
        if not (is_event and best == DG.Event):
            return local_name(best)
    kind = reader.value(node, DG.eventKind) if is_event else None
    return str(kind) if kind is not None else ("Event" if is_event else "Entity")


@lru_cache(maxsize=256)
def _ranked(cls: Node) -> bool:
    """Whether a class can be a node's kind: a ``dg:`` class other than ``dg:Mention``
    (remembered: a closed namespace's membership test reads its class annotations)."""
    return cls in DG and cls != DG.Mention


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def _category(reader: Reader, node: Node, is_event: bool) -> str:
    if is_event:
        return "event"
    if any(_is_a(reader, c, DG.Place) for c in reader.objects(node, RDF.type)):
        return "place"
    return "actor"


def _node_sources(reader: Reader, node: Node) -> list[str]:
    ids = {reader.ids[a] for a in reader.subjects(SDO.mentions, node) if a in reader.ids}
    ids.update(reader.ids[a] for a in reader.objects(node, PROV.wasDerivedFrom) if a in reader.ids)
    return sorted(ids)


def _sentences(reader: Reader, facts: Iterable[Node]) -> list[tuple[str, str]]:
    """(article identifier, sentence) of the evidence of some facts, at most three."""
    found = []
    for fact in facts:
        spans = []
        for mention in reader.objects(fact, DG.evidence):
            sentence = reader.value(mention, DG.sentence)
            if sentence is None:
                continue
            article = reader.value(mention, DG.inArticle)
            art_id = reader.ids.get(article) or local_name(str(mention).split("#", 1)[0])
            begin = reader.value(mention, DG.begin)
            spans.append((art_id, int(begin) if begin is not None else 0, str(sentence)))
        for art_id, _, sentence in sorted(spans):
            if (art_id, sentence) not in found:
                found.append((art_id, sentence))
        if len(found) >= MAX_SENTENCES:         # an entity in thousands of events: stop early
            break
    return found[:MAX_SENTENCES]


def _role_label(reader: Reader, role: Node | None) -> str:
    return reader.label(role) if role is not None else "member"


def _said(ids: list[str]) -> str:
    """`` (source a)`` after a fact line, or nothing when no article graph holds the triple.

    >>> _said(["a"]), _said([])
    (' (source a)', '')
    """
    return " " + _source_text(ids) if ids else ""


def _event_facts(reader: Reader, event: Node) -> list[str]:
    facts = []
    for stamp, ids in reader.objects_said(event, SEM.hasTimeStamp):
        facts.append(f"Date: {stamp}{_said(ids)}")
    for rel, ids in reader.objects_said(event, DG.relativeDate):
        facts.append(f"Relative date: {rel}{_said(ids)}")
    for place, ids in reader.objects_said(event, SEM.hasPlace):
        facts.append(f"Place: {reader.label(place)}{_said(ids)}")
    actors = sorted(reader.label(a) for a in reader.objects(event, SEM.hasActor))
    if actors:
        facts.append("Actors: " + ", ".join(actors))
    for status, ids in reader.objects_said(event, DG.status):
        facts.append(f"Status: {local_name(status)}{_said(ids)}")
    return facts


def _entity_facts(reader: Reader, node: Node, claims: list[Node]) -> list[str]:
    """The first :data:`MAX_FACTS` distinct fact lines of an entity: its role claims, then
    its statements (an entity of thousands of claims stops reading at that many)."""
    facts: dict[str, None] = {}
    for claim in claims:
        if len(facts) >= MAX_FACTS:
            return list(facts)
        role = _role_label(reader, reader.value(claim, ORG.role))
        sources = _claim_sources(reader, claim)
        member, org = reader.value(claim, ORG.member), reader.value(claim, ORG.organization)
        if member == node:
            facts[f"{role} of {reader.label(org)} {_source_text(sources)}"] = None
        else:
            facts[f"{role}: {reader.label(member)} {_source_text(sources)}"] = None
    for statement in reader.subjects(DG.speaker, node):
        if len(facts) >= MAX_FACTS:
            break
        text = str(reader.value(statement, SDO.text) or "")
        short = text if len(text) <= 100 else text[:99] + "…"
        facts[f'Said: "{short}" {_source_text(_claim_sources(reader, statement))}'] = None
    return list(facts)


def _claim_sources(reader: Reader, claim: Node) -> list[str]:
    ids = {reader.ids[a] for a in reader.objects(claim, PROV.wasDerivedFrom) if a in reader.ids}
    return sorted(ids) or reader.said_by(claim, RDF.type)


# --------------------------------------------------------------------------- conflicts


def _conflicts(reader: Reader) -> dict[Node, list[str]]:
    """Each claim that is part of a ``dg:Conflict`` -> the labels of its conflicts."""
    found: dict[Node, list[str]] = defaultdict(list)
    for conflict in reader.subjects(RDF.type, DG.Conflict):
        label = reader.label(conflict) if reader.objects(conflict, RDFS.label) else "conflicting claims"
        for claim in reader.objects(conflict, DG.conflictingClaim):
            found[claim].append(label)
    for a, _, b, _ in reader._quads((None, DG.conflictsWith, None)):
        found[a].append(f"conflicts with {reader.label(b)}")
        found[b].append(f"conflicts with {reader.label(a)}")
    return found


def _conflict_nodes(reader: Reader, claim: Node) -> list[Node]:
    """The graph nodes a conflicting claim is about."""
    about = [claim]
    for prop in (ORG.member, DG.speaker, SDO.about):
        about.extend(reader.objects(claim, prop))
    return about


# --------------------------------------------------------------------------- the graph


def to_networkx(dataset: Graph | pyoxigraph.Store | GraphFile) -> nx.MultiGraph:
    """The article-backed entities and events of a dataset (an rdflib Dataset or Graph, a
    pyoxigraph Store, or a build's N-Quads :class:`~diplograph.graph.rdf.graphfile.GraphFile`, which all
    give the same graph) as an undirected multigraph.

    Nodes are IRI strings. Node attributes: ``label`` (English ``rdfs:label`` preferred),
    ``kind`` (local name of the most specific ``dg:`` class, e.g. ``"Person"``,
    ``"Meeting"``), ``category`` (``"event"``, ``"actor"`` or ``"place"``), ``date``
    (events: ``sem:hasTimeStamp`` as a string, else ``None``), ``sources`` (sorted article
    identifiers), ``facts`` (short plain-text lines), ``sentences`` (at most three
    ``(article identifier, sentence)`` pairs), ``conflict`` (bool), ``aliases`` (the other
    labels and alternative names, sorted), ``status`` (events: ``"Happened"``, ``"Planned"``,
    ``"Cancelled"`` or None; entities: None). Graph attributes: ``articles`` (sorted
    identifiers), ``titles`` (identifier -> title, where known) and ``article_year``
    (identifier -> the year an article was written: its publication year, else the latest
    year of the dated events it reports; articles with neither are left out).

    Edges are keyed by ``relation`` (``"hasActor"``, ``"hasPlace"``) or ``"role:<role IRI>"``,
    with attributes ``label``, ``relation`` (``"hasActor"``, ``"hasPlace"``, ``"role"``),
    ``subject``/``object`` (the direction in RDF: event -> actor, person -> organisation),
    ``sources``, ``conflict`` and, for roles, ``role``, ``claims`` (claim IRIs) and ``years``
    (the sorted years of the articles that state it, as ``article_year`` gives them: the time
    the sources support the role for).

    >>> from rdflib import Dataset
    >>> to_networkx(Dataset()).number_of_nodes()
    0
    >>> to_networkx("not a dataset")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.ViewError: to_networkx needs an rdflib Dataset or Graph, a pyoxigraph Store or a GraphFile, got 'not a dataset'
    """
    G, parts = _parts(Reader(dataset, _GRAPH_READ))   # the reader is let go before the graph is made
    event_halves, entity_nodes, role_edges, marks = parts
    for nodes, _ in event_halves:
        G.add_nodes_from((name, dict(zip(_NODE_KEYS, values))) for name, values in handed_out(nodes))
    G.add_nodes_from((name, dict(zip(_NODE_KEYS, values))) for name, values in handed_out(entity_nodes))
    for _, edges in event_halves:
        G.add_edges_from((u, v, relation, _event_edge(u, v, relation, sources))
                         for u, v, relation, sources in handed_out(edges))
    G.add_edges_from(handed_out(role_edges))
    for name, labels in marks:
        _mark_conflict(G.nodes[name], labels)
    _inherit_sources(G)
    _date_articles(G)
    return G


def _parts(reader: Reader) -> tuple[nx.MultiGraph, tuple]:
    """An empty graph with the graph attributes, and what its nodes and edges are made of:
    the event halves (see :func:`_event_part`), the entity nodes (name, attribute values),
    the role edges (u, v, key, attributes) and the conflict marks
    (node name, conflict labels). Plain data, so that the reader's terms and columns are
    gone before the graph's dicts are made."""
    events, claims = _events(reader), _role_claims(reader)
    entities = _entities(reader, events, claims)
    conflicts = _conflicts(reader)
    G = nx.MultiGraph(articles=sorted(reader.ids.values()), titles=_titles(reader),
                      article_year=_published_years(reader))
    # one string per node name, shared by its node and its edges (each edge made its own)
    known = {name: name for name in chain(map(str, events), map(str, entities))}
    reader.prepare(by_object=[SDO.mentions])        # what _event_part reads, before the fork
    halves = in_two(partial(_event_part, reader, known), events, at_least=FORK_EVENTS)
    claims_of = defaultdict(list)
    for claim in claims:
        for end in (reader.value(claim, ORG.member), reader.value(claim, ORG.organization)):
            claims_of[end].append(claim)
    entity_nodes = []
    for entity in sorted(entities):
        facts = _entity_facts(reader, entity, claims_of[entity])
        name, attrs = _node(reader, entity, False, _evidence(reader, entity, claims_of[entity]), facts)
        entity_nodes.append((known[name], tuple(attrs.values())))
    marks = [(str(node), labels) for claim, labels in sorted(conflicts.items())
             for node in _conflict_nodes(reader, claim) if str(node) in known]
    return G, (halves, entity_nodes, _role_edges(reader, claims, conflicts), marks)


def _evidence(reader: Reader, entity: Node, claims: list[Node]) -> Iterator[Node]:
    """The facts whose evidence sentences an entity shows, in order: its role claims, its
    statements, the events it takes part in or hosts (each list read only when the
    sentences before it were too few: an actor of thousands of events rarely needs them)."""
    yield from claims
    for prop in (DG.speaker, SEM.hasActor, SEM.hasPlace):
        yield from reader.subjects(prop, entity)


def _inherit_sources(G: nx.MultiGraph) -> None:
    """A node is also backed by the articles that state the edges it is part of."""
    for node, attrs in G.nodes(data=True):
        edge_sources = {s for _, _, srcs in G.edges(node, data="sources") for s in srcs or ()}
        attrs["sources"] = sorted(set(attrs["sources"]) | edge_sources)


def _published_years(reader: Reader) -> dict[str, int]:
    """Article identifier -> the year of its ``schema:datePublished``, where it has one."""
    years = {}
    for article, ident in sorted(reader.ids.items(), key=lambda item: item[1]):
        dates = [str(d) for d in reader.objects(article, SDO.datePublished) if isinstance(d, Literal)]
        if dates and dates[0][:4].isdigit():
            years[ident] = int(dates[0][:4])
    return years


def _date_articles(G: nx.MultiGraph) -> None:
    """Complete ``article_year`` (an undated article is as late as the latest dated event it
    reports) and give each role edge the ``years`` of the articles that state it.

    >>> G = nx.MultiGraph(article_year={"a": 2022})
    >>> G.add_node("e", category="event", date="2013-11-02", sources=["b", "c"])
    >>> G.add_node("f", category="event", date="2016-12", sources=["c"])
    >>> _ = G.add_edge("p", "o", key="role:", relation="role", sources=["a", "b"])
    >>> _date_articles(G); G.graph["article_year"], G.edges["p", "o", "role:"]["years"]
    ({'a': 2022, 'b': 2013, 'c': 2016}, [2013, 2022])
    """
    published = G.graph.setdefault("article_year", {})
    reported: dict[str, int] = {}
    for _, attrs in G.nodes(data=True):
        date = str(attrs.get("date") or "")
        if attrs.get("category") == "event" and date[:4].isdigit():
            for source in attrs.get("sources") or ():
                if source not in published:
                    reported[source] = max(reported.get(source, 0), int(date[:4]))
    published.update(reported)
    G.graph["article_year"] = dict(sorted(published.items()))
    for _, _, attrs in G.edges(data=True):
        if attrs.get("relation") == "role":
            attrs["years"] = sorted({published[s] for s in attrs.get("sources") or () if s in published})


def _event_label(reader: Reader, event: Node, kind: str) -> str:
    """``rdfs:label`` of an event, else ``"Kind: actors (place, date)"`` as the builder writes it."""
    if reader.objects(event, RDFS.label) or reader.objects(event, SKOS.prefLabel):
        return reader.label(event)
    actors = ", ".join(sorted(reader.label(a) for a in reader.objects(event, SEM.hasActor)))
    where = [reader.label(p) for p in reader.objects(event, SEM.hasPlace)]
    where += [str(d) for d in reader.objects(event, SEM.hasTimeStamp)[:1]]
    return f"{kind}: {actors}" + (f" ({', '.join(where)})" if where else "")


def _event_part(reader: Reader, known: dict[str, str], events: list[Node]) -> tuple[list, list]:
    """The nodes (name, attribute values in :data:`_NODE_KEYS` order) of some events and
    their ``hasActor``/``hasPlace`` edges (u, v, relation, sources) to the ``known`` nodes
    (each name -> itself). Plain tuples: a large graph's halves are held (and one of them
    pickled) next to the graph's own dicts, which they are made into one by one."""
    nodes, edges = [], []
    for event in events:
        name, attrs = _node(reader, event, True, [event], _event_facts(reader, event))
        nodes.append((known[name], tuple(attrs.values())))
        edges.extend(_event_edges(reader, event, known, attrs["sources"]))
    return nodes, edges


def _node(reader: Reader, node: Node, is_event: bool, evidence: Iterable[Node],
          facts: list[str]) -> tuple[str, dict]:
    stamp = reader.value(node, SEM.hasTimeStamp) if is_event else None
    status = reader.value(node, DG.status) if is_event else None
    kind = _kind(reader, node, is_event)
    label = _event_label(reader, node, kind) if is_event else reader.label(node)
    return str(node), dict(zip(_NODE_KEYS, (
        label, kind, _category(reader, node, is_event), None if stamp is None else str(stamp),
        _node_sources(reader, node), facts[:MAX_FACTS], _sentences(reader, evidence), False,
        _aliases(reader, node, label), None if is_event else _unverified(reader, node),
        None if status is None else local_name(status),
    )))


def _unverified(reader: Reader, node: Node) -> str | None:
    """Why an entity is unverified ("names.en.person.said, confidence 0.6"), or None: its
    articles only linked it on context or found it by the shape of its name."""
    values = [float(v) for v in reader.objects(node, DG.confidence) if isinstance(v, Literal)]
    if not values or max(values) >= VERIFIED:
        return None
    rules = sorted({str(r) for r in reader.objects(node, DG.extractedBy)})
    return f"{', '.join(rules)}, confidence {max(values):g}"


def _aliases(reader: Reader, node: Node, label: str) -> list[str]:
    """The node's other names: every ``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel``."""
    names = {str(x) for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
             for x in reader.objects(node, prop) if isinstance(x, Literal)}
    return sorted(names - {label})


def _event_edges(reader: Reader, event: Node, known: dict[str, str], sources: list[str]) -> list[tuple]:
    """An event's edges (u, v, relation, sources) to its ``known`` actors and place (names
    as ``known`` has them), each with the articles that state it (the event's ``sources``
    when none does)."""
    edges, u = [], known[str(event)]
    for prop, relation in ((SEM.hasActor, "hasActor"), (SEM.hasPlace, "hasPlace")):
        for other, said in reader.objects_said(event, prop):
            if (v := known.get(str(other))) is not None:
                edges.append((u, v, relation, said or sources))
    return edges


def _event_edge(u: str, v: str, relation: str, sources: list[str]) -> dict:
    """The attributes of an event's edge."""
    return dict(label=relation, relation=relation, subject=u, object=v, sources=sources, conflict=False)


def _role_edges(reader: Reader, claims: list[Node], conflicts: dict[Node, list[str]]) -> list[tuple]:
    """One edge (u, v, key, attributes) per person, organisation and role, in the order of
    their first claims (ends in either order are one edge: the graph is undirected). Its
    sources and claims are gathered as sets and sorted once (a role held in thousands of
    claims was re-sorted for each)."""
    found: dict[tuple, tuple] = {}
    for claim in claims:
        member, org = reader.value(claim, ORG.member), reader.value(claim, ORG.organization)
        role = reader.value(claim, ORG.role)
        key = f"role:{role}" if role is not None else "role:"
        u, v = str(member), str(org)
        ends = (*sorted((u, v)), key)
        edge = found.get(ends)
        if edge is None:
            data = dict(label=_role_label(reader, role), relation="role", role=None if role is None else str(role),
                        subject=u, object=v, sources=[], claims=[], conflict=False)
            edge = found[ends] = ((u, v, key, data), set(), set())
        (_, _, _, data), sources, names = edge
        sources.update(_claim_sources(reader, claim))
        names.add(str(claim))
        data["conflict"] = data["conflict"] or claim in conflicts
    for (_, _, _, data), sources, names in found.values():
        data["sources"], data["claims"] = sorted(sources), sorted(names)
    return [edge for edge, _, _ in found.values()]


def _mark_conflict(attrs: dict, labels: list[str]) -> None:
    """Mark a node's attributes as part of conflicts with these labels."""
    attrs["conflict"] = True
    lines = [f"Conflict: {label}" for label in sorted(labels)]
    attrs["facts"] = list(dict.fromkeys(lines + attrs["facts"]))[:MAX_FACTS]
