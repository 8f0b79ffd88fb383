"""The links of the networkx graph alone: what the build's report measures.

:func:`to_link_graph` gives the nodes and keyed edges of :func:`diplograph.graph.analysis.network.to_networkx`,
in the same order, with only the ``label``, ``kind`` and ``category`` of each node and no
edge attributes. The report's measures (degrees, centrality, communities, bridges) read no
more than that, so a build without views makes this graph instead: it reads neither the
evidence (mentions and their sentences) nor the statements' texts, and holds no facts,
sentences or sources per node and edge (at 100,000 articles they were most of the
build's memory).

>>> from rdflib import Dataset
>>> from diplograph.ontology.namespace import ARTICLE, DG, ENT, EVENT, RDF, SDO, SEM, article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("a1"))
>>> _ = g.add((ARTICLE.a1, RDF.type, DG.Article))
>>> _ = g.add((EVENT.m, RDF.type, DG.Meeting))
>>> _ = g.add((EVENT.m, SEM.hasActor, ENT.japan))
>>> G = to_link_graph(ds)
>>> sorted(G.nodes(data="category")), list(G.edges(keys=True, data=True))
([('https://w3id.org/diplograph/id/entity/japan', 'actor'), ('https://w3id.org/diplograph/id/event/m', 'event')], [('https://w3id.org/diplograph/id/event/m', 'https://w3id.org/diplograph/id/entity/japan', 'hasActor', {})])
"""
from __future__ import annotations

from functools import partial
from itertools import chain

import networkx as nx
from rdflib.term import Node

from diplograph.extract.parallel import handed_out
from diplograph.ontology.namespace import DG, ORG, PROV, RDF, RDFS, SDO, SEM, SKOS

from diplograph.graph.rdf.forked import in_two
from diplograph.graph.analysis.network import FORK_EVENTS, _category, _entities, _event_label, _events, _kind, _role_claims
from diplograph.graph.rdf.union import Reader

__all__ = ["to_link_graph", "LINK_KEYS"]

#: The node attributes of a link graph.
LINK_KEYS = ("label", "kind", "category")

# What the nodes, their names and their links are read from.
_LINKS_READ = frozenset({
    RDF.type, RDFS.label, RDFS.subClassOf, SKOS.prefLabel, SDO.identifier, SDO.mentions,
    PROV.wasDerivedFrom, SEM.hasActor, SEM.hasPlace, SEM.hasTimeStamp, ORG.member, ORG.organization,
    ORG.role, DG.eventKind,
})


def to_link_graph(dataset) -> nx.MultiGraph:
    """The nodes and keyed edges of :func:`~diplograph.graph.analysis.network.to_networkx` of ``dataset``, in
    the same order, with only the :data:`LINK_KEYS` node attributes and no edge attributes;
    the graph attribute ``articles`` as there."""
    reader = Reader(dataset, read=_LINKS_READ, skip=[(RDF.type, DG.Mention)])   # the most numerous nodes
    events, claims = _events(reader), _role_claims(reader)
    entities = _entities(reader, events, claims)
    known = {name: name for name in chain(map(str, events), map(str, entities))}
    reader.prepare()
    halves = in_two(partial(_event_links, reader, known), events, at_least=FORK_EVENTS)
    entity_nodes = [(known[str(e)], _attributes(reader, e, False)) for e in sorted(entities)]
    roles = list(dict.fromkeys(_role_link(reader, claim) for claim in claims))
    G = nx.MultiGraph(articles=sorted(reader.ids.values()))
    del reader, known
    for nodes, _ in halves:
        G.add_nodes_from(handed_out(nodes))
    G.add_nodes_from(handed_out(entity_nodes))
    for _, edges in halves:
        G.add_edges_from((u, v, key, {}) for u, v, key in handed_out(edges))
    G.add_edges_from((u, v, key, {}) for u, v, key in roles)
    return G


def _attributes(reader: Reader, node: Node, is_event: bool) -> dict:
    kind = _kind(reader, node, is_event)
    label = _event_label(reader, node, kind) if is_event else reader.label(node)
    return dict(zip(LINK_KEYS, (label, kind, _category(reader, node, is_event))))


def _event_links(reader: Reader, known: dict[str, str], events: list[Node]) -> tuple[list, list]:
    """The nodes (name, attributes) of some events and their edges (u, v, key) to the
    ``known`` nodes, as :func:`diplograph.graph.analysis.network._event_part` has them."""
    nodes, edges = [], []
    for event in events:
        u = known[str(event)]
        nodes.append((u, _attributes(reader, event, True)))
        for prop, relation in ((SEM.hasActor, "hasActor"), (SEM.hasPlace, "hasPlace")):
            edges.extend((u, v, relation) for other in reader.objects(event, prop)
                         if (v := known.get(str(other))) is not None)
    return nodes, edges


def _role_link(reader: Reader, claim: Node) -> tuple[str, str, str]:
    """(person, organisation, key) of a role claim's edge (claims of the same key between
    the same ends, in either direction, are one edge: adding it again changes nothing)."""
    role = reader.value(claim, ORG.role)
    u, v = str(reader.value(claim, ORG.member)), str(reader.value(claim, ORG.organization))
    return (u, v, f"role:{role}" if role is not None else "role:")
