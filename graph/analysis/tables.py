"""Network exports for Gephi, networkx and spreadsheets: GraphML, GEXF and CSV node/edge tables.

All three are written from :func:`~diplograph.graph.analysis.exportgraph.export_graph`: a
directed graph with short node ids (``ent:japan``), the human ``label``, the ``kind``, numeric
weights, measures, colours and positions. GraphML carries the colour as ``r``/``g``/``b``
(and ``color``) and the position as ``x``/``y``, the attribute names Gephi's GraphML importer
takes for them; GEXF carries them as ``viz:color``, ``viz:position`` and ``viz:size``, and the
time as ``start``/``end`` (events, their edges) and spells (entities), with
``mode="dynamic"`` and ``timeformat="date"`` so that Gephi's timeline works. The writers
(networkx's XML writers, the csv module) escape whatever text the articles gave.

>>> G = nx.MultiGraph()
>>> G.add_node("https://w3id.org/diplograph/id/entity/japan", label="Japan <&>", kind="Country", category="actor")
>>> G.add_node("https://w3id.org/diplograph/id/event/m1", label="Meeting", kind="Meeting", category="event",
...            date="2013-11-02")
>>> _ = G.add_edge("https://w3id.org/diplograph/id/event/m1", "https://w3id.org/diplograph/id/entity/japan",
...                key="hasActor", relation="hasActor", sources=["a1"])
>>> back = nx.parse_graphml(to_graphml(G))
>>> type(back).__name__, back.nodes["ent:japan"]["label"], back.edges["event:m1", "ent:japan"]["weight"]
('DiGraph', 'Japan <&>', 1.0)
>>> '<node id="event:m1" label="Meeting" start="2013-11-02" end="2013-11-02">' in to_gexf(G)
True
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from diplograph.graph.analysis.exportgraph import export_graph

__all__ = ["gephi_graphml", "gephi_gexf", "to_graphml", "to_gexf", "to_csv_tables", "NODE_FIELDS", "EDGE_FIELDS"]

NODE_FIELDS = ("id", "label", "kind", "category", "date", "sources", "conflict", "iri", "year",
               "source_count", "degree", "degree_centrality", "betweenness", "community", "aliases",
               "unverified", "color", "x", "y")
EDGE_FIELDS = ("source", "target", "relation", "label", "sources", "conflict", "weight", "source_count", "year")
# GraphML holds scalars only; GEXF draws these from its viz and time elements instead
_GRAPHML_DROP = ("spells",)
_GEXF_DROP = ("color", "r", "g", "b", "x", "y", "size")


def gephi_graphml(G: nx.Graph, **options) -> nx.DiGraph:
    """:func:`export_graph` of ``G`` with the attributes GraphML can hold (no spells)."""
    D = export_graph(G, **options)
    for _, attrs in D.nodes(data=True):
        for key in _GRAPHML_DROP:
            attrs.pop(key, None)
    return D


def gephi_gexf(G: nx.Graph, **options) -> nx.DiGraph:
    """:func:`export_graph` of ``G`` with colour, size and position as networkx's GEXF
    writer wants them (a ``viz`` dict)."""
    D = export_graph(G, **options)
    for _, attrs in D.nodes(data=True):
        viz = {"color": {"r": attrs["r"], "g": attrs["g"], "b": attrs["b"], "a": 1.0}, "size": attrs["size"]}
        if "x" in attrs:
            viz["position"] = {"x": attrs["x"], "y": attrs["y"], "z": 0.0}
        for key in _GEXF_DROP:
            attrs.pop(key, None)
        attrs["viz"] = viz
    return D


def to_graphml(G: nx.Graph, **options) -> str:
    """GraphML text of ``G`` (a :func:`~diplograph.graph.analysis.network.to_networkx`
    graph); ``nx.read_graphml`` gives it back as a DiGraph with float weights."""
    return "\n".join(nx.generate_graphml(gephi_graphml(G, **options))) + "\n"


def to_gexf(G: nx.Graph, **options) -> str:
    """GEXF 1.2 text of ``G``, dynamic (dates) when some event is dated."""
    return "\n".join(nx.generate_gexf(gephi_gexf(G, **options))) + "\n"


def to_csv_tables(G: nx.Graph, **options) -> tuple[str, str]:
    """(nodes.csv, edges.csv) texts of the graph GraphML holds: one row per node
    (:data:`NODE_FIELDS`), one per directed, weighted edge (:data:`EDGE_FIELDS`)."""
    D = export_graph(G, **options)
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_FIELDS)
    for node, data in D.nodes(data=True):
        w.writerow([node] + [data.get(f, "") for f in NODE_FIELDS[1:]])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_FIELDS)
    for u, v, data in D.edges(data=True):
        w.writerow([u, v] + [data.get(f, "") for f in EDGE_FIELDS[2:]])
    return nodes.getvalue(), edges.getvalue()
