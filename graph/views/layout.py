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

The whole graph is laid out once (:func:`graph_layout`); a page of part of it starts from
those positions and only refines them, which costs a tenth of a layout of its own and
keeps each node among the same neighbours on every page.

The nodes only mentioned (no edge) take no part in the layout: they are put in rows below
it, by kind and label, where the page shows them when the reader asks for them.
"""
from __future__ import annotations

import math

import networkx as nx

from diplograph.graph.analysis.layout import fr_layout
from diplograph.graph.views.timing import mention_only

__all__ = ["PRECOMPUTE_ABOVE", "EDGE_PIXELS", "LAYOUT", "positions", "needs_positions", "graph_layout",
           "whole_graph_iterations", "rows_below"]

PRECOMPUTE_ABOVE = 150   # nodes; larger views get positions from Python and no physics
EDGE_PIXELS = 120.0      # the median edge is scaled to about this many canvas pixels
ITERATIONS = 500         # for graphs above SMALL_GRAPH nodes (igraph's grid-accelerated layout)
SMALL_ITERATIONS = 250   # a page of a few hundred nodes settles in half as many (half the time)
SMALL_GRAPH = 1000
LARGE_GRAPH = 10000      # nodes; larger graphs get fewer iterations (whole_graph_iterations)
LEAST_ITERATIONS = 100
REFINE_ITERATIONS = 50   # a page that starts from the whole graph's layout only refines it
LAYOUT = "layout"        # the graph attribute holding the whole graph's layout (graph_layout)
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
    apart = [n for n in G if mention_only(G, n)]
    laid = G.subgraph(set(G) - set(apart)) if apart else G
    start = _start(laid, G.graph.get(LAYOUT))
    iterations = REFINE_ITERATIONS if start else ITERATIONS if laid.number_of_nodes() > SMALL_GRAPH \
        else SMALL_ITERATIONS
    found = fr_layout(laid, seed, EDGE_PIXELS, iterations, start)
    found.update(rows_below(G, apart, found))
    return {node: (float(round(x)), float(round(y))) for node, (x, y) in found.items()}


def graph_layout(G: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """The layout of the whole graph's linked nodes, computed once: every page drawn from a
    part of ``G`` that carries it as ``graph[LAYOUT]`` starts from it and only refines
    (:data:`REFINE_ITERATIONS`), so that a node sits among the same neighbours everywhere.

    >>> G = nx.path_graph(["a", "b", "c"]); G.add_node("lone"); G.add_edge("lone", "lone")
    >>> sorted(graph_layout(G))
    ['a', 'b', 'c']
    """
    laid = G.subgraph([n for n in G if any(v != n for v in G[n])])
    return fr_layout(laid, seed, EDGE_PIXELS, whole_graph_iterations(laid.number_of_nodes()))


def whole_graph_iterations(nodes: int) -> int:
    """Iterations of the whole graph's layout: :data:`ITERATIONS`, fewer for a few hundred
    nodes, and above :data:`LARGE_GRAPH` nodes as many as keep the work (nodes times
    iterations) that of a graph of that size, down to :data:`LEAST_ITERATIONS`: each page
    refines its part anyway, and 105,000 nodes took over seven minutes in 500.

    >>> whole_graph_iterations(500), whole_graph_iterations(8000), whole_graph_iterations(40000), whole_graph_iterations(10 ** 6)
    (250, 500, 125, 100)
    """
    if nodes <= SMALL_GRAPH:
        return SMALL_ITERATIONS
    return max(LEAST_ITERATIONS, min(ITERATIONS, ITERATIONS * LARGE_GRAPH // nodes))


def _start(G: nx.Graph, layout: dict | None) -> dict | None:
    """The whole graph's positions of ``G``'s nodes, when it gives most of them."""
    if not layout:
        return None
    known = {n: layout[n] for n in G if n in layout}
    return known if 2 * len(known) > G.number_of_nodes() else None


def rows_below(G: nx.Graph, nodes: list, placed: dict) -> dict:
    """Positions in rows below ``placed`` for ``nodes``, by kind and label, in cells wide
    enough for the longest label.

    >>> G = nx.Graph(); G.add_nodes_from([("b", {"label": "Bb"}), ("a", {"label": "Aaaa"})])
    >>> rows_below(G, ["a", "b"], {"x": (0.0, 0.0), "y": (100.0, 50.0)})
    {'a': (0.0, 160.0), 'b': (62.0, 160.0)}
    """
    if not nodes:
        return {}

    def label(n) -> str:
        return str(G.nodes[n].get("label") or n)
    ordered = sorted(nodes, key=lambda n: (str(G.nodes[n].get("kind") or ""), label(n), str(n)))
    xs = [x for x, _ in placed.values()] or [0.0]
    bottom = max((y for _, y in placed.values()), default=0.0)
    cell_w = 8.0 * max(len(label(n)) for n in ordered) + 30.0
    cell_h = 2 * EDGE_PIXELS / 3 + 30.0
    columns = max(math.ceil(math.sqrt(len(ordered))), int((max(xs) - min(xs)) // cell_w) + 1)
    return {n: (min(xs) + (i % columns) * cell_w, bottom + cell_h * (1 + i // columns))
            for i, n in enumerate(ordered)}
