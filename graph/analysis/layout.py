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
              iterations: int = 500) -> dict:
    """Positions ``{node: (x, y)}`` of every node of ``G``, the same for the same graph and
    seed whatever the insertion order, scaled so that the median edge is about
    ``edge_length`` long."""
    nodes = sorted(G, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v})
    graph = igraph.Graph(n=len(nodes), edges=pairs)
    rng = random.Random(seed)
    spread = math.sqrt(len(nodes))
    start = [[rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in nodes]
    igraph.set_random_number_generator(rng)   # igraph's FR also draws random numbers
    try:
        coords = graph.layout_fruchterman_reingold(seed=start, niter=iterations,
                                                   grid=len(nodes) > 1000).coords
    finally:
        igraph.set_random_number_generator(random)
    lengths = [math.dist(coords[a], coords[b]) for a, b in pairs]
    scale = edge_length / (median(lengths) or 1.0) if lengths else edge_length
    return {node: (coords[i][0] * scale, coords[i][1] * scale) for node, i in index.items()}
