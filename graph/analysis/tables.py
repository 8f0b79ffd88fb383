"""Network exports for Gephi and spreadsheets: GraphML, GEXF and CSV node/edge tables.

Node and edge attributes are flattened to text (lists joined with "; ", sentences left out)
because GraphML and GEXF hold only scalar values.
"""
from __future__ import annotations

import csv
import io

import networkx as nx

__all__ = ["flat_graph", "to_graphml", "to_gexf", "to_csv_tables"]

NODE_FIELDS = ("id", "label", "kind", "category", "date", "sources", "conflict")
EDGE_FIELDS = ("source", "target", "relation", "label", "sources", "conflict")


def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return "; ".join(sorted(str(v) for v in value))
    if value is None:
        return ""
    return value if isinstance(value, (bool, int, float)) else str(value)


def flat_graph(G: nx.Graph) -> nx.MultiGraph:
    """A copy of ``G`` with scalar attributes only, in sorted order.

    >>> G = nx.MultiGraph(); G.add_node("a", label="A", sources=["x", "y"], sentences=[("x", "s")])
    >>> flat_graph(G).nodes["a"]
    {'label': 'A', 'sources': 'x; y'}
    """
    H = nx.MultiGraph()
    for node in sorted(G.nodes):
        H.add_node(node, **{k: _flat(v) for k, v in sorted(G.nodes[node].items())
                            if k not in ("facts", "sentences")})
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        H.add_edge(u, v, key=key, **{k: _flat(x) for k, x in sorted(data.items()) if k != "claims"})
    return H


def to_graphml(G: nx.Graph) -> str:
    return "\n".join(nx.generate_graphml(flat_graph(G))) + "\n"


def to_gexf(G: nx.Graph) -> str:
    return "\n".join(nx.generate_gexf(flat_graph(G))) + "\n"


def to_csv_tables(G: nx.Graph) -> tuple[str, str]:
    """(nodes.csv, edges.csv) texts."""
    H = flat_graph(G)
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_FIELDS)
    for node, data in H.nodes(data=True):
        w.writerow([node] + [data.get(f, "") for f in NODE_FIELDS[1:]])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_FIELDS)
    for u, v, data in H.edges(data=True):
        w.writerow([data.get("subject", u), data.get("object", v)] + [data.get(f, "") for f in EDGE_FIELDS[2:]])
    return nodes.getvalue(), edges.getvalue()
