"""Node positions of a graph: igraph's Fruchterman-Reingold layout (C code, grid-accelerated
on large graphs), made deterministic: nodes taken in sorted order, parallel edges once,
seeded start positions and a seeded random source. The views draw large graphs at these
positions; the Gephi exports carry them.

>>> import networkx as nx
>>> pos = fr_layout(nx.path_graph(["a", "b", "c"]), edge_length=100.0)
>>> pos == fr_layout(nx.path_graph(["c", "b", "a"]), edge_length=100.0), sorted(pos)
(True, ['a', 'b', 'c'])
>>> fr_layout(nx.Graph())
{}
"""
from __future__ import annotations

import math
import random
from statistics import median

import igraph
import networkx as nx

__all__ = ["fr_layout"]


def fr_layout(G: nx.Graph, seed: int = 7, edge_length: float = 1.0,
              iterations: int = 500, start: dict | None = None) -> dict:
    """Positions ``{node: (x, y)}`` of every node of ``G``, the same for the same graph and
    seed whatever the insertion order, scaled so that the median edge is about
    ``edge_length`` long.

    ``start`` gives nodes their first positions (a layout of a larger graph they are part
    of, in any units): the layout then only refines them, and a few dozen ``iterations``
    do. The others start at random.

    >>> line = nx.path_graph(["a", "b", "c", "d"])
    >>> pos = fr_layout(line, edge_length=100.0, iterations=30,
    ...                 start={"a": (0, 0), "b": (300, 0), "c": (600, 0), "d": (900, 0)})
    >>> "".join(sorted(pos, key=lambda n: pos[n][0])) in ("abcd", "dcba")     # igraph may mirror it
    True
    """
    nodes = sorted(G, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({(a, b) if a < b else (b, a) for u, v in G.edges() if u != v
                    for a, b in ((index[u], index[v]),)})
    graph = igraph.Graph(n=len(nodes), edges=pairs)
    rng = random.Random(seed)
    spread = math.sqrt(len(nodes))
    start = _scaled(nodes, start or {}, spread, rng)
    igraph.set_random_number_generator(rng)   # igraph's FR also draws random numbers
    try:
        coords = graph.layout_fruchterman_reingold(seed=start, niter=iterations,
                                                   grid=len(nodes) > 1000).coords
    finally:
        igraph.set_random_number_generator(random)
    lengths = [math.dist(coords[a], coords[b]) for a, b in pairs]
    scale = edge_length / (median(lengths) or 1.0) if lengths else edge_length
    return {node: (coords[i][0] * scale, coords[i][1] * scale) for node, i in index.items()}


def _scaled(nodes: list, given: dict, spread: float, rng: random.Random) -> list:
    """First positions of ``nodes``: those ``given``, moved and scaled into the square of
    half-side ``spread`` that random starts fill; the others random in it."""
    known = [given[n] for n in nodes if n in given]
    if known:
        cx = sum(x for x, _ in known) / len(known)
        cy = sum(y for _, y in known) / len(known)
        reach = max(max(abs(x - cx), abs(y - cy)) for x, y in known) or 1.0
        factor = spread / reach
    out = []
    for node in nodes:
        if node in given:
            x, y = given[node]
            out.append([(x - cx) * factor, (y - cy) * factor])
        else:
            out.append([rng.uniform(-spread, spread), rng.uniform(-spread, spread)])
    return out
