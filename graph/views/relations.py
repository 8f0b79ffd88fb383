"""The country-relations view: countries and organisations, one edge per related pair.

Two countries/organisations are related in year ``Y`` when they take part in the same
event dated in ``Y``, directly as actors or through the persons acting for them (role
edges). Each pair's edge counts its events per year and polarity (cooperation, conflict,
other: a cancelled event counts as conflict, a planned one as other, as the report's quad
classes do); the page draws it as wide as the number of events in the chosen years and
coloured by their balance (green mostly cooperation, red mostly conflict, amber mixed, grey
neither), and a click on it lists the events with their dates and sources and draws the
pair's timeline. Countries without any relation are only mentioned (hidden at first).

>>> G = nx.MultiGraph()
>>> for n, k in (("j", "Country"), ("r", "Country"), ("k", "Person")):
...     G.add_node(n, kind=k, category="actor", label=n.upper())
>>> G.add_node("m", kind="Meeting", category="event", date="2013-11-02", label="Meeting: K, R")
>>> _ = G.add_edge("m", "k", relation="hasActor"); _ = G.add_edge("m", "r", relation="hasActor")
>>> _ = G.add_edge("k", "j", relation="role")
>>> R = relations_graph(G)
>>> sorted(R), [(u, v, d["label"], d["colour"], d["pair"]) for u, v, d in R.edges(data=True)]
(['j', 'r'], [('j', 'r', '1 event', '#2ca02c', {'years': {'2013': [1, 0, 0]}, 'events': ['m']})])
"""
from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from diplograph.graph.views.panel import short_event_label
from diplograph.graph.views.render import write_assets, write_view

__all__ = ["RELATIONS_FILE", "PARTY_KINDS", "COOPERATION", "CONFLICT", "COLOURS", "event_year",
           "event_parties", "polarity", "relations_graph", "relation_events", "write_relations_view"]

RELATIONS_FILE = "relations.html"
PARTY_KINDS = frozenset({"Country", "Organization"})
COOPERATION = frozenset({"Meeting", "Talks", "Summit", "Visit", "PhoneCall", "Agreement", "MilitaryExercise",
                         "Accession"})
CONFLICT = frozenset({"Sanction", "Suspension", "Deployment", "AirspaceViolation", "Interception", "Expulsion",
                      "EntryBan", "Protest", "Seizure", "MissileLaunch", "NuclearTest"})
POLARITIES = ("cooperation", "conflict", "other")
COLOURS = {"cooperation": "#2ca02c", "conflict": "#d62728", "mixed": "#e08a00", "other": "#8c8c8c"}


def event_year(attrs: dict) -> str | None:
    """The four-digit year of an event's date, if any.

    >>> event_year({"date": "2014-03"}), event_year({"date": None}), event_year({"date": "c. 2000"})
    ('2014', None, None)
    """
    date = str(attrs.get("date") or "")
    return date[:4] if len(date) >= 4 and date[:4].isdigit() else None


def _is_party(G: nx.Graph, node: str) -> bool:
    return G.nodes[node].get("kind") in PARTY_KINDS


def event_parties(G: nx.Graph, event: str, memo: dict | None = None) -> set[str]:
    """The countries/organisations of an event: actors, and the parties of person actors.
    ``memo`` keeps each person's parties for the next event (a caller that asks for many)."""
    parties = set()
    memo = {} if memo is None else memo
    for actor in G.neighbors(event):
        if G.nodes[actor].get("category") != "actor":
            continue
        if _is_party(G, actor):
            parties.add(actor)
            continue
        if actor not in memo:
            memo[actor] = {other for _, other, relation in G.edges(actor, data="relation")
                           if relation == "role" and _is_party(G, other)}
        parties |= memo[actor]
    return parties


def polarity(kind: str, status: str | None = None) -> str:
    """Cooperation, conflict or other, as the report's quad classes count an event.

    >>> polarity("Meeting"), polarity("Sanction"), polarity("Meeting", "Cancelled"), polarity("Talks", "Planned")
    ('cooperation', 'conflict', 'conflict', 'other')
    """
    if status == "Cancelled":
        return "conflict"
    if status not in (None, "Happened"):
        return "other"
    return "cooperation" if kind in COOPERATION else "conflict" if kind in CONFLICT else "other"


def _balance(counts: list[int]) -> str:
    """The colour class of some [cooperation, conflict, other] counts.

    >>> _balance([3, 0, 1]), _balance([1, 1, 0]), _balance([0, 2, 0]), _balance([0, 0, 4])
    ('cooperation', 'mixed', 'conflict', 'other')
    """
    signed = counts[0] + counts[1]
    if not signed:
        return "other"
    share = counts[0] / signed
    return "cooperation" if share >= 2 / 3 else "conflict" if share <= 1 / 3 else "mixed"


def edge_width(events: int) -> float:
    """An edge's width for a number of events (as the page script computes it).

    >>> edge_width(1), edge_width(4), edge_width(164)
    (1.5, 6.5, 14)
    """
    return min(14, round(1.5 + 2.5 * math.log2(max(1, events)), 2))


def relations_graph(G: nx.Graph) -> nx.MultiGraph:
    """Every country/organisation of ``G``, with one edge per related pair: ``pair`` holds
    its ``years`` (year -> events per polarity, ``[cooperation, conflict, other]``) and its
    ``events``; ``label``, ``colour`` and ``width`` are those of all its years."""
    R = nx.MultiGraph(articles=list(G.graph.get("articles") or []), titles=dict(G.graph.get("titles") or {}),
                      article_year=dict(G.graph.get("article_year") or {}))
    for node, attrs in G.nodes(data=True):
        if attrs.get("kind") in PARTY_KINDS:
            R.add_node(node, **attrs)
    pairs: dict[tuple, dict] = defaultdict(lambda: {"years": defaultdict(lambda: [0, 0, 0]), "events": []})
    memo: dict = {}
    for event, attrs in sorted(G.nodes(data=True)):
        year = event_year(attrs) if attrs.get("category") == "event" else None
        if year is None:
            continue
        index = POLARITIES.index(polarity(str(attrs.get("kind") or ""), attrs.get("status")))
        for u, v in combinations(sorted(event_parties(G, event, memo)), 2):
            pairs[(u, v)]["years"][year][index] += 1
            pairs[(u, v)]["events"].append(event)
    for (u, v), pair in sorted(pairs.items()):
        totals = [sum(counts[i] for counts in pair["years"].values()) for i in range(3)]
        n = sum(totals)
        sources = sorted({s for e in pair["events"] for s in G.nodes[e].get("sources") or []})
        title = (f"{R.nodes[u].get('label') or u} – {R.nodes[v].get('label') or v} (all years)\n{n} event{'s' if n != 1 else ''}: "
                 f"{totals[0]} cooperation, {totals[1]} conflict, {totals[2]} other\nClick the edge for its events.")
        R.add_edge(u, v, key="pair", relation="relation", label=f"{n} event{'s' if n != 1 else ''}",
                   colour=COLOURS[_balance(totals)], width=edge_width(n), sources=sources, title=title,
                   pair={"years": {y: list(c) for y, c in sorted(pair["years"].items())},
                         "events": sorted(pair["events"], key=lambda e: (str(G.nodes[e].get("date")), e))})
    return R


def relation_events(G: nx.Graph, R: nx.Graph) -> dict[str, dict]:
    """The events behind the pairs of ``R``, as the page lists them: short and full label,
    date, year, kind, polarity and sources.

    >>> G = nx.MultiGraph()
    >>> G.add_node("j", kind="Country", category="actor"); G.add_node("r", kind="Country", category="actor")
    >>> G.add_node("m", kind="Talks", category="event", date="2013-11-02", label="Talks: J, R", sources=["a"])
    >>> _ = G.add_edge("m", "j"); _ = G.add_edge("m", "r")
    >>> relation_events(G, relations_graph(G))["m"]
    {'label': 'Talks, 2013-11-02', 'full': 'Talks: J, R', 'date': '2013-11-02', 'year': 2013, 'kind': 'Talks', 'polarity': 'cooperation', 'sources': ['a']}
    """
    found = {}
    for _, _, pair in R.edges(data="pair"):
        for event in pair["events"]:
            attrs = G.nodes[event]
            found[event] = {"label": short_event_label(G, event), "full": str(attrs.get("label") or event),
                            "date": str(attrs.get("date") or ""), "year": int(event_year(attrs) or 0),
                            "kind": str(attrs.get("kind") or ""),
                            "polarity": polarity(str(attrs.get("kind") or ""), attrs.get("status")),
                            "sources": [str(s) for s in attrs.get("sources") or []]}
    return dict(sorted(found.items()))


def write_relations_view(G: nx.Graph, out_dir: Path, ego_links: dict[str, str] | None = None
                         ) -> list[dict]:
    """Write ``out_dir/relations.html`` (only when two countries or organisations of ``G``
    share an event: a page of unrelated countries would show nothing)."""
    R = relations_graph(G)
    path = Path(out_dir) / RELATIONS_FILE
    if R.number_of_edges() == 0:
        if path.exists():
            path.unlink()
        return []
    linked = sum(1 for n in R if R.degree(n))
    subtitle = (f"{linked} of {R.number_of_nodes()} countries and organisations share events; "
                f"{R.number_of_edges()} pairs")
    legend = [(COLOURS["cooperation"], "mostly cooperation (" + ", ".join(sorted(COOPERATION)) + ")"),
              (COLOURS["conflict"], "mostly conflict (" + ", ".join(sorted(CONFLICT)) + ", cancellations)"),
              (COLOURS["mixed"], "mixed"), (COLOURS["other"], "other events (planned ...)"),
              ("#555555", "the wider, the more events in the chosen years")]
    links = {n: p for n, p in (ego_links or {}).items() if n in R}
    years = sorted({int(y) for _, _, pair in R.edges(data="pair") for y in pair["years"]})
    write_assets(out_dir)
    write_view(path, R, "Country relations", subtitle, index_href="index.html", assets="assets/", links=links,
               edge_legend=legend, years=years, extra={"events": relation_events(G, R), "pair_colours": COLOURS})
    return [{"href": RELATIONS_FILE, "title": "Country relations", "kind": "relations", "path": path,
             "nodes": R.number_of_nodes(), "edges": R.number_of_edges()}]
