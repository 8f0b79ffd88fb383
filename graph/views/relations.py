"""The country-relations view: countries and organisations, linked per pair and year.

Two countries/organisations are related in year ``Y`` when they take part in the same
event dated in ``Y``, directly as actors or through the persons acting for them (role
edges). Edges are aggregated per pair, year and polarity: green for cooperation kinds,
red for conflict kinds, grey otherwise; each is labelled ``"YEAR: n events"``.

>>> G = nx.MultiGraph()
>>> for n, k in (("j", "Country"), ("r", "Country"), ("k", "Person")):
...     G.add_node(n, kind=k, category="actor", label=n.upper())
>>> G.add_node("m", kind="Meeting", category="event", date="2013-11-02")
>>> _ = G.add_edge("m", "k", relation="hasActor"); _ = G.add_edge("m", "r", relation="hasActor")
>>> _ = G.add_edge("k", "j", relation="role")
>>> R = relations_graph(G)
>>> sorted(R), [(u, v, d["label"], d["colour"]) for u, v, d in R.edges(data=True)]
(['j', 'r'], [('j', 'r', '2013: 1 event', '#2ca02c')])
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from diplograph.graph.views.render import render_page, write_assets, write_page

__all__ = ["RELATIONS_FILE", "PARTY_KINDS", "COOPERATION", "CONFLICT", "event_year",
           "event_parties", "relations_graph", "write_relations_view"]

RELATIONS_FILE = "relations.html"
PARTY_KINDS = frozenset({"Country", "Organization"})
COOPERATION = frozenset({"Meeting", "Talks", "Summit", "Visit", "PhoneCall", "Agreement", "MilitaryExercise"})
CONFLICT = frozenset({"Sanction", "Suspension", "Deployment", "AirspaceViolation", "Expulsion", "EntryBan"})
COLOURS = {"cooperation": "#2ca02c", "conflict": "#d62728", "other": "#8c8c8c"}


def event_year(attrs: dict) -> str | None:
    """The four-digit year of an event's date, if any.

    >>> event_year({"date": "2014-03"}), event_year({"date": None}), event_year({"date": "c. 2000"})
    ('2014', None, None)
    """
    date = str(attrs.get("date") or "")
    return date[:4] if len(date) >= 4 and date[:4].isdigit() else None


def _is_party(G: nx.Graph, node: str) -> bool:
    return G.nodes[node].get("kind") in PARTY_KINDS


def event_parties(G: nx.Graph, event: str) -> set[str]:
    """The countries/organisations of an event: actors, and the parties of person actors."""
    parties = set()
    for actor in G.neighbors(event):
        if G.nodes[actor].get("category") != "actor":
            continue
        if _is_party(G, actor):
            parties.add(actor)
            continue
        for _, other, relation in G.edges(actor, data="relation"):
            if relation == "role" and _is_party(G, other):
                parties.add(other)
    return parties


def _polarity(kind: str) -> str:
    return "cooperation" if kind in COOPERATION else "conflict" if kind in CONFLICT else "other"


def relations_graph(G: nx.Graph) -> nx.MultiGraph:
    """Every country/organisation of ``G``, with one edge per related pair, year and polarity."""
    R = nx.MultiGraph(articles=list(G.graph.get("articles") or []), titles=dict(G.graph.get("titles") or {}))
    for node, attrs in G.nodes(data=True):
        if attrs.get("kind") in PARTY_KINDS:
            R.add_node(node, **attrs)
    counts: dict[tuple, list[str]] = defaultdict(list)
    for event, attrs in G.nodes(data=True):
        year = event_year(attrs) if attrs.get("category") == "event" else None
        if year is None:
            continue
        polarity = _polarity(str(attrs.get("kind") or ""))
        for u, v in combinations(sorted(event_parties(G, event)), 2):
            counts[(u, v, year, polarity)].append(event)
    for (u, v, year, polarity), events in sorted(counts.items()):
        n = len(events)
        sources = sorted({s for e in events for s in G.nodes[e].get("sources") or []})
        kinds = sorted({str(G.nodes[e].get("kind") or "") for e in events})
        R.add_edge(u, v, key=f"{year}:{polarity}", relation="relation", year=year,
                   label=f"{year}: {n} event{'s' if n != 1 else ''}", polarity=polarity,
                   colour=COLOURS[polarity], sources=sources, kinds=kinds, events=sorted(events))
    return R


def write_relations_view(G: nx.Graph, out_dir: Path, ego_links: dict[str, str] | None = None
                         ) -> list[dict]:
    """Write ``out_dir/relations.html`` (only when ``G`` has a country or organisation)."""
    R = relations_graph(G)
    path = Path(out_dir) / RELATIONS_FILE
    if R.number_of_nodes() == 0:
        if path.exists():
            path.unlink()
        return []
    subtitle = (f"{R.number_of_nodes()} countries and organisations, {R.number_of_edges()} "
                "pair-years of shared events")
    legend = [(COLOURS["cooperation"], "cooperation (" + ", ".join(sorted(COOPERATION)) + ")"),
              (COLOURS["conflict"], "conflict (" + ", ".join(sorted(CONFLICT)) + ")"),
              (COLOURS["other"], "other events")]
    links = {n: p for n, p in (ego_links or {}).items() if n in R}
    html = render_page(R, "Country relations", subtitle, index_href="index.html",
                       assets="assets/", links=links, edge_legend=legend)
    write_assets(out_dir)
    write_page(path, html)
    return [{"href": RELATIONS_FILE, "title": "Country relations", "kind": "relations", "path": path,
             "nodes": R.number_of_nodes(), "edges": R.number_of_edges()}]
