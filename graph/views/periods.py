"""Period views: one page per year with dated events, holding only that year's events with
their actors and places, and a year selector to compare periods (e.g. 2013, 2017, 2022).
A role between them is drawn (and listed in the info panel) only when its sources support
it in that year: Kishida is Foreign Minister on the 2013 page, Prime Minister on the 2022 one.

>>> G = nx.MultiGraph()
>>> G.add_node("m", category="event", kind="Meeting", date="2013-11-02")
>>> G.add_node("t", category="event", kind="Talks", date="2014-03")
>>> G.add_node("u", category="event", kind="Talks", date=None)
>>> _ = G.add_edge("m", "a", relation="hasActor"); _ = G.add_edge("t", "a", relation="hasActor")
>>> period_years(G), sorted(period_nodes(G, "2013")), period_pages(G)["2014"]
(['2013', '2014'], ['a', 'm'], 'period-2014.html')
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.views.budget import induced
from diplograph.graph.views.elements import NODE_FACTS
from diplograph.graph.views.relations import event_year
from diplograph.graph.views.render import remove_stale, write_assets, write_view
from diplograph.graph.views.timing import supported_in

__all__ = ["period_years", "period_events", "period_nodes", "period_graph", "period_pages", "write_period_views"]


def period_events(G: nx.Graph, year: str) -> list[str]:
    """The events dated in ``year``, sorted."""
    return sorted(n for n, a in G.nodes(data=True) if a.get("category") == "event" and event_year(a) == year)


def period_years(G: nx.Graph) -> list[str]:
    """The years with at least one dated event, ascending."""
    return sorted({y for _, a in G.nodes(data=True) if a.get("category") == "event"
                   and (y := event_year(a)) is not None})


def period_nodes(G: nx.Graph, year: str) -> set[str]:
    """That year's events and their actors and places (no event of another year)."""
    found = set()
    for event in period_events(G, year):
        found.add(event)
        found.update(n for n in G.neighbors(event) if G.nodes[n].get("category") != "event")
    return found


def period_graph(G: nx.Graph, year: str) -> nx.Graph:
    """The page of ``year``: :func:`period_nodes` with their edges, less the role edges (and
    the ``roles`` rows) the sources do not support in that year.

    >>> G = nx.MultiGraph(article_year={"a": 2013, "b": 2022})
    >>> G.add_node("m", category="event", date="2013-11-02")
    >>> _ = G.add_edge("m", "k", key="hasActor", relation="hasActor"); _ = G.add_edge("m", "j", key="hasActor", relation="hasActor")
    >>> _ = G.add_edge("k", "j", key="fm", relation="role", sources=["a"])
    >>> _ = G.add_edge("k", "j", key="pm", relation="role", sources=["b"])
    >>> sorted(k for _, _, k in period_graph(G, "2013").edges(keys=True))
    ['fm', 'hasActor', 'hasActor']
    """
    sub = induced(G, period_nodes(G, year))
    when = int(year)
    sub.remove_edges_from([(u, v, k) for u, v, k, attrs in sub.edges(keys=True, data=True)
                           if not supported_in(G, attrs, when)])
    for _, attrs in sub.nodes(data=True):
        if attrs.get("roles") is not None:
            attrs["roles"] = [r for r in attrs["roles"] if when in r["years"]]
    sub.graph.pop(NODE_FACTS, None)      # its nodes' roles are the year's: not the whole graph's
    return sub


def period_pages(G: nx.Graph) -> dict[str, str]:
    """Each year -> ``period-<year>.html``."""
    return {year: f"period-{year}.html" for year in period_years(G)}


def write_period_views(G: nx.Graph, out_dir: Path, ego_links: dict[str, str] | None = None
                       ) -> list[dict]:
    """Write the period pages into ``out_dir``, removing stale ``period-*.html`` there."""
    out_dir = Path(out_dir)
    pages = period_pages(G)
    if out_dir.is_dir():
        remove_stale(list(out_dir.glob("period-*.html")), {out_dir / p for p in pages.values()})
    write_assets(out_dir)
    entries = []
    for year, rel in pages.items():
        sub = period_graph(G, year)
        n_events = len(period_events(G, year))
        subtitle = (f"{n_events} event{'s' if n_events != 1 else ''} dated {year}, "
                    f"{sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges")
        nav = [(p, y, y == year) for y, p in pages.items()]
        links = {n: p for n, p in (ego_links or {}).items() if n in sub}
        path = write_view(out_dir / rel, sub, f"Period {year}", subtitle, index_href="index.html",
                          assets="assets/", links=links, nav=nav)
        entries.append({"href": rel, "title": year, "kind": "period", "path": path,
                        "nodes": sub.number_of_nodes(), "edges": sub.number_of_edges()})
    return entries
