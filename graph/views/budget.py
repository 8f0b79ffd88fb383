"""How much one page shows: at most a budget of nodes, chosen by what matters most.

A country's or actor's page of a large corpus would otherwise draw thousands of events
(Japan within two steps of 2,000 articles: 3,092 nodes, 11 MB), which no reader can take
in and every browser draws slowly. A page over budget keeps its centre, then the events
reported by the most sources (each with the actors and places it links, so that no event
is shown without its parties), then the best-connected other nodes; its subtitle says how
much it leaves out.

>>> G = nx.MultiGraph()
>>> for i in range(6):
...     G.add_node(f"e{i}", category="event", sources=["a"] * (i + 1))
...     _ = G.add_edges_from([("japan", f"e{i}"), (f"e{i}", f"p{i}")])
>>> sorted(within_budget(G, set(G), budget=5, centre="japan"))
['e4', 'e5', 'japan', 'p4', 'p5']
>>> len(within_budget(G, set(G), budget=100)) == len(G)
True
"""
from __future__ import annotations

import networkx as nx

__all__ = ["PAGE_NODES", "OVERVIEW_NODES", "OVERVIEW_MORE", "within_budget", "budget_note", "induced"]

#: nodes a country, actor or period page draws at most
PAGE_NODES = 400
#: nodes the overview draws at most (the most central part of the graph)
OVERVIEW_NODES = 1500
#: the larger overviews a reader of a large graph can expand it to (then the whole of it, if
#: it has no more nodes than the last of these)
OVERVIEW_MORE = (5000, 15000)


def _reported(G: nx.Graph, node: str) -> tuple:
    attrs = G.nodes[node]
    return (-len(attrs.get("sources") or ()), -G.degree(node), str(node))


def within_budget(G: nx.Graph, nodes: set, budget: int = PAGE_NODES, centre: str | None = None) -> set:
    """The nodes of ``nodes`` a page shows: all of them within ``budget``, else the centre,
    the most reported events with their linked nodes, then the best-connected others."""
    if len(nodes) <= budget:
        return set(nodes)
    keep = {centre} if centre is not None and centre in nodes else set()
    events = sorted((n for n in nodes if G.nodes[n].get("category") == "event"), key=lambda n: _reported(G, n))
    for event in events:
        linked = {event} | {m for m in G.neighbors(event) if m in nodes}
        if len(keep | linked) <= budget:
            keep |= linked
        if len(keep) >= budget:
            return keep
    others = sorted((n for n in nodes if n not in keep and G.nodes[n].get("category") != "event"),
                    key=lambda n: (-G.degree(n), str(n)))
    keep.update(others[:budget - len(keep)])
    return keep


def budget_note(shown: int, total: int) -> str:
    """The subtitle's note on what a page over budget leaves out ('' when it shows all).

    >>> budget_note(400, 3092)
    '; showing 400 of 3,092 nodes: the most reported events and their parties'
    """
    if shown >= total:
        return ""
    return f"; showing {shown:,} of {total:,} nodes: the most reported events and their parties"


def induced(G: nx.Graph, nodes) -> nx.Graph:
    """A copy of the part of ``G`` on ``nodes``, with ``G``'s graph attributes: what
    ``G.subgraph(nodes).copy()`` gives, nodes and edges in the same order, without the
    cost of its filtered views (a page of a large graph spent most of its time there).

    >>> G = nx.MultiGraph(name="g"); _ = G.add_edges_from([("a", "b"), ("a", "b"), ("b", "c"), ("c", "c")])
    >>> H = induced(G, {"a", "b", "c"}); K = G.subgraph({"a", "b", "c"}).copy()
    >>> list(H.edges(keys=True)) == list(K.edges(keys=True)), H.graph, sorted(induced(G, ["a", "c", "x"]).edges())
    (True, {'name': 'g'}, [('c', 'c')])
    """
    keep = set(nodes)
    H = G.__class__()
    H.graph.update(G.graph)
    order = [n for n in G if n in keep]
    H.add_nodes_from((n, dict(G.nodes[n])) for n in order)
    multi, directed = G.is_multigraph(), G.is_directed()
    done = set()
    for u in order:
        for v, data in G._adj[u].items():          # the plain dicts: no view per node
            if v not in keep or (not directed and v in done):
                continue
            if multi:
                H.add_edges_from((u, v, key, dict(d)) for key, d in data.items())
            else:
                H.add_edge(u, v, **data)
        done.add(u)
    return H
