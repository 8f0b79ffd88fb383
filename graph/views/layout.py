"""Node positions computed in Python for graphs too large for the browser's physics.

vis-network's Barnes-Hut simulation settles a few hundred nodes in about a second, but
thousands of nodes take far longer and nothing is drawn until it ends. Above
:data:`PRECOMPUTE_ABOVE` nodes the views therefore ship fixed positions computed by
igraph's grid-accelerated Fruchterman-Reingold layout (C code, deterministic here: seeded start
positions and a seeded random source), and the page draws at once with physics off.

>>> import networkx as nx
>>> pos = positions(nx.path_graph(["a", "b", "c"]))
>>> sorted(pos), all(isinstance(x, float) for xy in pos.values() for x in xy)
(['a', 'b', 'c'], True)
>>> positions(nx.path_graph(["a", "b", "c"])) == pos
True
>>> positions(nx.Graph())
{}
"""
from __future__ import annotations

import networkx as nx

from diplograph.graph.analysis.layout import fr_layout

__all__ = ["PRECOMPUTE_ABOVE", "EDGE_PIXELS", "positions", "needs_positions"]

PRECOMPUTE_ABOVE = 150   # nodes; larger views get positions from Python and no physics
EDGE_PIXELS = 120.0      # the median edge is scaled to about this many canvas pixels
ITERATIONS = 500
SEED = 7


def needs_positions(G: nx.Graph) -> bool:
    """Whether a view of ``G`` should ship precomputed positions.

    >>> needs_positions(nx.empty_graph(151)), needs_positions(nx.empty_graph(150))
    (True, False)
    """
    return G.number_of_nodes() > PRECOMPUTE_ABOVE


def positions(G: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Canvas coordinates of every node of ``G``, the same for the same graph and seed.

    Nodes are taken in sorted order and parallel edges count once, so the layout does not
    depend on insertion order. Coordinates are scaled so that the median edge is about
    :data:`EDGE_PIXELS` long and rounded to whole pixels.
    """
    return {node: (float(round(x)), float(round(y)))
            for node, (x, y) in fr_layout(G, seed, EDGE_PIXELS, ITERATIONS).items()}
