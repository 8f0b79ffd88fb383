"""The graph that GraphML, GEXF and the node/edge CSV tables are written from.

:func:`export_graph` turns the multigraph of :func:`diplograph.graph.analysis.network.to_networkx`
into a ``networkx.DiGraph`` that Gephi, networkx and spreadsheets read well:

- node ids are short prefixed names (``ent:japan``, ``event:talks-876b…``); the full IRI is
  the ``iri`` attribute, the human label the ``label`` attribute;
- edges point as in RDF (event -> actor or place, person -> country or organisation), and the
  links of one pair are one edge: ``weight`` (float) counts them (one per event link, one
  per role claim), ``relation`` and ``label`` list them as text;
- numbers are numbers: ``year``, ``degree``, ``community`` and the colour's ``r``/``g``/``b``
  are ints, ``weight``, ``degree_centrality``, ``betweenness``, ``x``, ``y`` and ``size``
  floats; lists are ``"; "``-joined text;
- the colour is the views' colour of the node's kind
  (:data:`diplograph.graph.analysis.colours.KIND_COLOURS`), the position a seeded,
  deterministic force-directed layout;
- time: an event (and its edges) has ``start`` and ``end`` dates (its day, or the first and
  last day of its month or year), an entity the ``spells`` of its dated events (merged), so
  that Gephi's timeline shows each when it acts.

>>> G = nx.MultiGraph()
>>> G.add_node("https://w3id.org/diplograph/id/entity/japan", label="Japan", kind="Country",
...            category="actor", sources=["a1"])
>>> G.add_node("https://w3id.org/diplograph/id/event/m1", label="Meeting", kind="Meeting",
...            category="event", date="2013-11", sources=["a1"])
>>> _ = G.add_edge("https://w3id.org/diplograph/id/event/m1", "https://w3id.org/diplograph/id/entity/japan",
...                key="hasActor", relation="hasActor", label="hasActor", sources=["a1"],
...                subject="https://w3id.org/diplograph/id/event/m1",
...                object="https://w3id.org/diplograph/id/entity/japan")
>>> D = export_graph(G, layout=False)
>>> list(D.edges(data="weight"))
[('event:m1', 'ent:japan', 1.0)]
>>> D.nodes["event:m1"]["start"], D.nodes["event:m1"]["end"], D.nodes["event:m1"]["year"]
('2013-11-01', '2013-11-30', 2013)
>>> D.nodes["ent:japan"]["spells"], D.nodes["ent:japan"]["color"], D.nodes["ent:japan"]["iri"]
([('2013-11-01', '2013-11-30')], '#f28e2b', 'https://w3id.org/diplograph/id/entity/japan')
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

import networkx as nx

from diplograph.ontology.namespace import shorten_iri

from diplograph.graph.analysis.colours import kind_colour, rgb
from diplograph.graph.analysis.layout import fr_layout
from diplograph.graph.analysis.measures import centrality, communities

__all__ = ["export_graph", "short_ids", "date_span", "merge_spans", "positions", "LAYOUT_SEED"]

LAYOUT_SEED = 7
LAYOUT_SCALE = 100.0          # the median edge is about this long in Gephi's units


def short_ids(nodes) -> dict[str, str]:
    """Each node name -> its short id (:func:`~diplograph.ontology.namespace.shorten_iri`,
    as every output makes them), the name itself when it has none or when that short id
    is the name of another node.

    >>> short_ids(["https://w3id.org/diplograph/id/entity/japan", "urn:x"])
    {'https://w3id.org/diplograph/id/entity/japan': 'ent:japan', 'urn:x': 'urn:x'}
    """
    found: dict[str, str] = {}
    taken: set[str] = set(map(str, nodes))
    for node in sorted(map(str, nodes)):
        short = shorten_iri(node)
        if short != node and short in taken:
            short = node
        taken.add(short)
        found[node] = short
    return found


def date_span(value) -> tuple[str, str] | None:
    """The first and last day an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) covers,
    or None for anything else.

    >>> date_span("2013-11-02"), date_span("2024-02"), date_span("2016")
    (('2013-11-02', '2013-11-02'), ('2024-02-01', '2024-02-29'), ('2016-01-01', '2016-12-31'))
    >>> date_span(None), date_span("c. 2000"), date_span("2013-13")
    (None, None, None)
    """
    text = str(value or "")
    try:
        if len(text) == 10:
            day = date.fromisoformat(text).isoformat()
            return day, day
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
        if len(text) == 4 and text.isdigit():
            return f"{text}-01-01", f"{text}-12-31"
    except ValueError:
        return None
    return None


def merge_spans(spans) -> list[tuple[str, str]]:
    """Date intervals merged where they overlap or touch, in order.

    >>> merge_spans([("2013-11-02", "2013-11-02"), ("2013-11-01", "2013-11-30"), ("2013-12-01", "2013-12-31"),
    ...              ("2016-01-01", "2016-12-31")])
    [('2013-11-01', '2013-12-31'), ('2016-01-01', '2016-12-31')]
    """
    merged: list[list[str]] = []
    for start, end in sorted(spans):
        if merged and date.fromisoformat(start) <= date.fromisoformat(merged[-1][1]) + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def positions(G: nx.Graph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions of every node (igraph's, grid-accelerated on large
    graphs), the same for the same graph and seed whatever the insertion order: nodes are
    taken sorted, seeded start positions, a seeded random source, parallel edges once. The
    median edge is scaled to about :data:`LAYOUT_SCALE` units.

    >>> pos = positions(nx.path_graph(["a", "b", "c"]))
    >>> pos == positions(nx.path_graph(["c", "b", "a"])), sorted(pos)
    (True, ['a', 'b', 'c'])
    >>> all(isinstance(v, float) for xy in pos.values() for v in xy)
    True
    """
    iterations = 500 if G.number_of_nodes() <= 20_000 else 100
    return {node: (round(x, 2), round(y, 2))
            for node, (x, y) in fr_layout(G, seed, LAYOUT_SCALE, iterations).items()}


def _text(values) -> str:
    return "; ".join(sorted({str(v) for v in values or ()}))


def _year(value) -> int | None:
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def export_graph(G: nx.Graph, *, measures: bool = True, layout: bool = True) -> nx.DiGraph:
    """``G`` (a :func:`~diplograph.graph.analysis.network.to_networkx` graph) as a directed
    graph of scalar attributes, for GraphML, GEXF and CSV (see the module's docstring).

    ``measures`` adds ``degree_centrality``, ``betweenness`` and ``community`` (Louvain,
    seeded; 0 is the largest); ``layout`` adds the positions ``x`` and ``y``. Node
    attributes: ``label``, ``kind``, ``category``, ``iri``, ``date``, ``year``, ``start``,
    ``end`` (events), ``spells`` (entities), ``sources`` (``"; "``-joined article ids),
    ``source_count``, ``conflict``, ``aliases``, ``unverified``, ``degree``, ``color``,
    ``r``, ``g``, ``b``, ``size``. Edge attributes: ``relation``, ``label``, ``weight``,
    ``sources``, ``source_count``, ``conflict`` and, on an event's edges, ``year``,
    ``start``, ``end``.
    """
    ids = short_ids(G.nodes)
    degree = {n: len(set(G[n]) - {n}) for n in G}
    top = max(degree.values(), default=0) or 1
    D = nx.DiGraph(name="diplograph")
    for node in sorted(G, key=lambda n: ids[str(n)]):
        attrs = G.nodes[node]
        colour = kind_colour(attrs.get("kind"))
        data = {"label": str(attrs.get("label") or ids[str(node)]), "kind": str(attrs.get("kind") or ""),
                "category": str(attrs.get("category") or ""), "iri": str(node)}
        if attrs.get("date"):
            data["date"] = str(attrs["date"])
        if (year := _year(attrs.get("date"))) is not None:
            data["year"] = year
        if attrs.get("category") == "event" and (span := date_span(attrs.get("date"))):
            data["start"], data["end"] = span
        data.update(sources=_text(attrs.get("sources")), source_count=len(set(attrs.get("sources") or ())),
                    conflict=bool(attrs.get("conflict")), aliases=_text(attrs.get("aliases")))
        if attrs.get("unverified"):
            data["unverified"] = str(attrs["unverified"])
        r, g, b = rgb(colour)
        data.update(degree=degree[node], color=colour, r=r, g=g, b=b,
                    size=round(10.0 + 30.0 * degree[node] / top, 2))
        D.add_node(ids[str(node)], **data)
    _add_edges(G, D, ids)
    _add_spells(D)
    if measures:
        _add_measures(G, D, ids)
    if layout:
        for node, (x, y) in positions(D).items():
            D.nodes[node].update(x=x, y=y)
    return D



def _add_edges(G: nx.Graph, D: nx.DiGraph, ids: dict[str, str]) -> None:
    """One directed edge per pair (subject -> object as in RDF), its links counted."""
    found: dict[tuple, dict] = {}
    for u, v, data in G.edges(data=True):
        subject, obj = str(data.get("subject") or ""), str(data.get("object") or "")
        if subject not in ids or obj not in ids:        # no direction given: from the event
            subject, obj = (str(v), str(u)) if G.nodes[v].get("category") == "event" else (str(u), str(v))
        edge = found.setdefault((ids[subject], ids[obj]), {
            "relation": set(), "label": set(), "weight": 0, "sources": set(), "conflict": False})
        relation = str(data.get("relation") or "")
        edge["relation"].add(relation)
        edge["label"].add(str(data.get("label") or relation))
        edge["weight"] += len(data.get("claims") or ()) or 1
        edge["sources"].update(data.get("sources") or ())
        edge["conflict"] = edge["conflict"] or bool(data.get("conflict"))
    for (u, v), edge in sorted(found.items()):
        attrs = {"relation": _text(edge["relation"]), "label": _text(edge["label"]),
                 "weight": float(edge["weight"]), "sources": _text(edge["sources"]),
                 "source_count": len(edge["sources"]), "conflict": edge["conflict"]}
        event = D.nodes[u] if D.nodes[u].get("category") == "event" else None
        if event is not None:
            attrs.update({k: event[k] for k in ("year", "start", "end") if k in event})
        D.add_edge(u, v, **attrs)


def _add_spells(D: nx.DiGraph) -> None:
    """Each entity is there while its dated events are (their intervals merged)."""
    for node, attrs in D.nodes(data=True):
        if attrs["category"] == "event":
            continue
        spans = [(D.nodes[e]["start"], D.nodes[e]["end"])
                 for e in set(D.predecessors(node)) | set(D.successors(node))
                 if D.nodes[e]["category"] == "event" and "start" in D.nodes[e]]
        if spans:
            attrs["spells"] = merge_spans(spans)


def _add_measures(G: nx.Graph, D: nx.DiGraph, ids: dict[str, str]) -> None:
    for node, scores in centrality(G).items():
        D.nodes[ids[str(node)]].update(degree_centrality=float(scores["degree"]),
                                       betweenness=float(scores["betweenness"]))
    for number, members in enumerate(communities(G)):
        for node in members:
            D.nodes[ids[str(node)]]["community"] = number
