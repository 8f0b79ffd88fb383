"""Network measures over the graph :func:`diplograph.graph.analysis.network.to_networkx` builds.

Every function takes the graph first and is deterministic (sorted ties, fixed seeds).
Measures run on the simple undirected graph underneath the multigraph: two nodes linked
by several relations count as linked once.

>>> import networkx as nx
>>> G = nx.MultiGraph()
>>> G.add_node("m", category="event", label="Meeting")
>>> for person in ("a", "b"):
...     G.add_node(person, category="actor", label=person.upper())
...     _ = G.add_edge("m", person, key="hasActor")
>>> centrality(G)["m"]
{'degree': 1.0, 'betweenness': 1.0}
>>> top_actors(G, 1)
[('a', 0.5)]
"""
from __future__ import annotations

import random

import igraph
import networkx as nx

from diplograph.graph.analysis.network import to_networkx
from diplograph.ontology.errors import ViewError

__all__ = [
    "to_networkx", "simple_graph", "centrality", "betweenness", "communities", "resolve", "shared_events",
    "connections", "top_actors", "most_connected", "pivots", "BETWEENNESS_SAMPLE_ABOVE", "COMMUNITY_SEED",
    "COMMUNITIES_IN_IGRAPH_ABOVE",
]

BETWEENNESS_SAMPLE_ABOVE = 2000   # nodes; above this betweenness is estimated from a seeded sample
# Pivots of the estimate: each is one breadth-first search over the whole graph, so past
# BETWEENNESS_BUDGET nodes the count shrinks in proportion (at least BETWEENNESS_MIN_PIVOTS):
# 500 pivots took 135 s on the 760,000 nodes of 100,000 articles.
BETWEENNESS_PIVOTS = 500
BETWEENNESS_BUDGET = 200_000
BETWEENNESS_MIN_PIVOTS = 100
COMMUNITY_SEED = 42
COMMUNITIES_IN_IGRAPH_ABOVE = 50_000   # nodes; above this igraph finds the communities


def simple_graph(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph of ``G`` with nodes and edges in sorted order.

    >>> M = nx.MultiGraph([("b", "a"), ("a", "b")])
    >>> sorted(simple_graph(M).edges())
    [('a', 'b')]
    """
    H = _skeleton(G)
    H.add_nodes_from(G.nodes(data=True))           # the attributes; the order stays sorted
    return H


def _skeleton(G: nx.Graph) -> nx.Graph:
    """:func:`simple_graph` without the node attributes, for the measures that need only
    the links (a copy of every node's facts and sentences cost gigabytes at 100,000 articles)."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G, key=str))
    H.add_edges_from(sorted((tuple(sorted((str(u), str(v)))) for u, v in G.edges() if u != v)))
    return H


def centrality(G: nx.Graph) -> dict[str, dict[str, float]]:
    """Normalised degree and betweenness centrality of every node.

    Betweenness is exact up to :data:`BETWEENNESS_SAMPLE_ABOVE` nodes and estimated from a
    seeded sample of pivots above (as many as :func:`pivots` says).

    >>> centrality(nx.path_graph(["x", "y", "z"]))["y"]
    {'degree': 1.0, 'betweenness': 1.0}
    >>> centrality(nx.Graph())
    {}
    """
    H = _skeleton(G)
    if H.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(H) if H.number_of_nodes() > 1 else {n: 0.0 for n in H}
    between = betweenness(H, pivots(H.number_of_nodes()))
    return {n: {"degree": round(degree[n], 6), "betweenness": round(between[n], 6)} for n in H}


def pivots(n: int) -> int | None:
    """How many pivots estimate betweenness on ``n`` nodes (None: computed exactly).

    >>> pivots(1_000), pivots(10_000), pivots(400_000), pivots(5_000_000)
    (None, 500, 250, 100)
    """
    if n <= BETWEENNESS_SAMPLE_ABOVE:
        return None
    if n <= BETWEENNESS_BUDGET:
        return BETWEENNESS_PIVOTS
    return max(BETWEENNESS_MIN_PIVOTS, BETWEENNESS_PIVOTS * BETWEENNESS_BUDGET // n)


def betweenness(H: nx.Graph, sample: int | None = None, seed: int = 0) -> dict:
    """Normalised betweenness of the undirected graph ``H``, as networkx's
    ``betweenness_centrality(H, k=sample, normalized=True, seed=seed)`` computes it (the same
    pivots are drawn), but computed by igraph's C core: 1,000 articles' graph took 29 s in
    networkx against under a second.

    >>> betweenness(nx.path_graph(["x", "y", "z"]))
    {'x': 0.0, 'y': 1.0, 'z': 0.0}
    >>> round(betweenness(nx.star_graph(4), sample=5)[0], 6)
    1.0
    """
    n = H.number_of_nodes()
    if n <= 2:
        return {v: 0.0 for v in H}
    nodes, index, g = _to_igraph(H)
    if sample is None or sample >= n:
        raw, scale = g.betweenness(directed=False), 1.0
    else:
        sources = [index[v] for v in random.Random(seed).sample(nodes, sample)]
        raw, scale = g.betweenness(directed=False, sources=sources), n / sample
    norm = 2 * scale / ((n - 1) * (n - 2))      # igraph counts each unordered pair once
    return {v: raw[i] * norm for i, v in enumerate(nodes)}


def communities(G: nx.Graph) -> list[set[str]]:
    """Louvain communities (fixed seed), largest first, ties by their smallest node.

    networkx finds them up to :data:`COMMUNITIES_IN_IGRAPH_ABOVE` nodes; above, igraph's
    C implementation of the same method does (networkx's took minutes and gigabytes on the
    760,000 nodes of 100,000 articles). The two need not split a graph the same way.

    >>> two = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")])
    >>> [sorted(c) for c in communities(two)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    H = _skeleton(G)
    if H.number_of_nodes() == 0:
        return []
    if H.number_of_nodes() > COMMUNITIES_IN_IGRAPH_ABOVE:
        found = _igraph_louvain(H)
    else:
        found = nx.community.louvain_communities(H, seed=COMMUNITY_SEED)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def _to_igraph(H: nx.Graph) -> tuple[list, dict, igraph.Graph]:
    """The nodes of ``H`` in order, their indexes, and an undirected igraph graph of the links."""
    nodes = list(H)
    index = {v: i for i, v in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges() if u != v], directed=False)
    return nodes, index, g


def _igraph_louvain(H: nx.Graph) -> list[list[str]]:
    """Louvain communities of ``H`` by igraph, drawn with a generator seeded by
    :data:`COMMUNITY_SEED` (igraph's generator is process-wide: it is put back after)."""
    nodes, _, g = _to_igraph(H)
    igraph.set_random_number_generator(random.Random(COMMUNITY_SEED))
    try:
        parts = g.community_multilevel()
    finally:
        igraph.set_random_number_generator(random)
    return [[nodes[i] for i in part] for part in parts]


def resolve(G: nx.Graph, name: str) -> str:
    """The node a name stands for: the node itself, or the one node with that label.

    >>> G = nx.Graph()
    >>> G.add_node("ent:japan", label="Japan")
    >>> resolve(G, "japan")
    'ent:japan'
    >>> resolve(G, "Atlantis")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.ViewError: no node or label 'Atlantis' in the graph
    """
    if name in G:
        return name
    wanted = name.casefold()
    matches = sorted(n for n, label in G.nodes(data="label") if str(label or "").casefold() == wanted)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ViewError(f"label {name!r} is ambiguous: {', '.join(matches)}")
    raise ViewError(f"no node or label {name!r} in the graph")


def shared_events(G: nx.Graph, a: str, b: str) -> list[str]:
    """The events two nodes both take part in, by date then IRI.

    >>> G = nx.Graph([("m1", "a"), ("m1", "b"), ("m2", "a")])
    >>> nx.set_node_attributes(G, {"m1": "event", "m2": "event"}, "category")
    >>> shared_events(G, "a", "b")
    ['m1']
    """
    a, b = resolve(G, a), resolve(G, b)
    common = set(G.neighbors(a)) & set(G.neighbors(b))
    events = [e for e in common if G.nodes[e].get("category") == "event"]
    return sorted(events, key=lambda e: (str(G.nodes[e].get("date") or ""), e))


def connections(G: nx.Graph, a: str, b: str, limit: int = 10) -> list[list[str]]:
    """How two nodes are connected: first ``[a, event, b]`` for every shared event, then
    the other shortest paths between them (at most ``limit`` paths in all, sorted).

    ``a`` and ``b`` are node IRIs or labels (see :func:`resolve`).

    >>> G = nx.Graph([("m1", "a"), ("m1", "b"), ("a", "japan"), ("japan", "c")])
    >>> nx.set_node_attributes(G, {"m1": "event"}, "category")
    >>> connections(G, "a", "b")
    [['a', 'm1', 'b']]
    >>> connections(G, "b", "c")
    [['b', 'm1', 'a', 'japan', 'c']]
    >>> connections(G, "a", "a")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.ViewError: connections needs two different nodes, got 'a' twice
    """
    a, b = resolve(G, a), resolve(G, b)
    if a == b:
        raise ViewError(f"connections needs two different nodes, got {a!r} twice")
    paths = [[a, event, b] for event in shared_events(G, a, b)]
    H = simple_graph(G)
    if nx.has_path(H, a, b):
        shortest = sorted(nx.all_shortest_paths(H, a, b))
        paths.extend(p for p in shortest if p not in paths)
    return paths[:limit]


def most_connected(G: nx.Graph, n: int = 10) -> list[tuple[str, float]]:
    """The ``n`` actors with the most distinct neighbours, as normalised degree centrality.

    A cheap ranking for large graphs (no betweenness): ties by label, then by IRI.

    >>> G = nx.MultiGraph([("m", "a"), ("m", "b"), ("k", "b"), ("k", "b")])
    >>> nx.set_node_attributes(G, {"m": "event", "k": "event", "a": "actor", "b": "actor"}, "category")
    >>> most_connected(G, 5)
    [('b', 0.666667), ('a', 0.333333)]
    """
    if n < 0:
        raise ViewError(f"most_connected needs n >= 0, got {n!r}")
    scale = 1.0 / (G.number_of_nodes() - 1) if G.number_of_nodes() > 1 else 0.0
    degree = {v: len(set(G[v]) - {v}) for v, cat in G.nodes(data="category") if cat == "actor"}
    ranked = sorted(degree, key=lambda v: (-degree[v], str(G.nodes[v].get("label") or ""), v))
    return [(v, round(degree[v] * scale, 6)) for v in ranked[:n]]


def top_actors(G: nx.Graph, n: int = 10) -> list[tuple[str, float]]:
    """The ``n`` actors (``category == "actor"``) of highest degree centrality.

    Ties are broken by betweenness, then by label, then by IRI.

    >>> G = nx.Graph([("m", "a"), ("m", "b"), ("k", "b")])
    >>> nx.set_node_attributes(G, {"m": "event", "k": "event", "a": "actor", "b": "actor"}, "category")
    >>> top_actors(G, 5)
    [('b', 0.666667), ('a', 0.333333)]
    """
    if n < 0:
        raise ViewError(f"top_actors needs n >= 0, got {n!r}")
    scores = centrality(G)
    actors = [v for v, cat in G.nodes(data="category") if cat == "actor"]
    ranked = sorted(actors, key=lambda v: (-scores[v]["degree"], -scores[v]["betweenness"],
                                           str(G.nodes[v].get("label") or ""), v))
    return [(v, scores[v]["degree"]) for v in ranked[:n]]
