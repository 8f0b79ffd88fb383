"""Every view of a graph at once: the pages of each kind, then the index linking them.

The top of the views package: it calls each page module, which share
:mod:`diplograph.graph.views.render`; nothing below imports it.
"""
from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path

import networkx as nx

from diplograph.graph.rdf.forked import Forked, can_fork
from diplograph.graph.views.actors import actor_pages, write_actor_views
from diplograph.graph.views.ego import ego_pages, write_ego_views
from diplograph.graph.views.elements import NODE_FACTS, NodeFacts
from diplograph.graph.views.events import write_event_views
from diplograph.graph.views.index import write_index
from diplograph.graph.views.layout import LAYOUT, graph_layout, needs_positions
from diplograph.graph.views.overview import write_overview
from diplograph.graph.views.periods import write_period_views
from diplograph.graph.views.relations import write_relations_view
from diplograph.graph.views.panel import role_rows
from diplograph.graph.views.render import node_sizes
from diplograph.ontology.errors import ViewError

__all__ = ["write_all_views", "write_views"]


#: From this many nodes the country, actor and period pages are written by a forked child
#: while this process writes the others (the second core sits idle otherwise); below it,
#: they take less than the fork.
PAGES_APART_NODES = 1000


class _NoClock:
    """A clock that times nothing (when the caller asks for no stage times)."""

    def __init__(self):
        self.seconds: dict = {}
        self.beside: dict = {}

    def stage(self, name: str):
        return nullcontext()


def write_views(G: nx.Graph, out_dir: Path) -> list[Path]:
    """Write the overview, one ego view per country and the index into ``out_dir``.

    Also writes, linked from the index: ``ego/<actor>.html`` for the other actors
    (:mod:`diplograph.graph.views.actors`), ``events/<event>.html`` (:mod:`diplograph.graph.views.events`),
    ``relations.html`` (:mod:`diplograph.graph.views.relations`) and ``period-<year>.html``
    (:mod:`diplograph.graph.views.periods`).

    Returns the written paths of the core views: ``overview.html``, ``ego/<country>.html``
    (sorted), then ``index.html``; :func:`write_all_views` returns every page.
    """
    core, _, index = _write_every_view(G, out_dir)
    return core + [index]


def write_all_views(G: nx.Graph, out_dir: Path, clock=None) -> list[Path]:
    """Like :func:`write_views`, but returns every written page: the core views, then the
    actor, event, relations and period pages, then the index. ``clock`` (anything with a
    ``stage(name)`` context manager, as :class:`diplograph.graph.stages.StageClock`) gets
    the time of each kind of page."""
    core, more, index = _write_every_view(G, out_dir, clock)
    return core + more + [index]


def _pages_beside(G: nx.Graph, out_dir: Path, pages: dict, ego_links: dict) -> tuple:
    """The country, actor and period pages: (country page paths, actor entries, period
    entries, seconds of each kind), what a forked child writes while the parent writes the
    overview, event and relations pages (no two of them write or clear the same files)."""
    seconds, start = {}, time.perf_counter()
    countries = write_ego_views(G, out_dir, pages)
    seconds["views: countries"], start = time.perf_counter() - start, time.perf_counter()
    actors = write_actor_views(G, out_dir, pages)
    seconds["views: actors"], start = time.perf_counter() - start, time.perf_counter()
    periods = write_period_views(G, out_dir, ego_links)
    seconds["views: periods"] = time.perf_counter() - start
    return countries, actors, periods, seconds


def _write_every_view(G: nx.Graph, out_dir: Path, clock=None) -> tuple[list[Path], list[Path], Path]:
    """Write every view; the core pages, the further pages and the index."""
    if not isinstance(G, nx.Graph):
        raise ViewError(f"write_views needs a networkx graph, got {G!r}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ViewError(f"views folder {str(out_dir)!r} is a file")
    clock = clock or _NoClock()
    with clock.stage("views: sizes"):
        G = G.copy()   # sizes and roles from the whole graph, so that a node is the same on every page
        nx.set_node_attributes(G, node_sizes(G), "size")
        nx.set_node_attributes(G, {n: role_rows(G, n) for n in G}, "roles")
        G.graph[NODE_FACTS] = NodeFacts(G, G.graph.get("titles") or {})   # each node worked out once
        pages = ego_pages(G)
    if needs_positions(G):
        with clock.stage("views: layout"):
            G.graph[LAYOUT] = graph_layout(G)     # once: the pages start from it
    ego_links = {**pages, **actor_pages(G, pages)}
    apart = G.number_of_nodes() >= PAGES_APART_NODES and can_fork()
    with Forked(_pages_beside, G, out_dir, pages, ego_links) if apart else nullcontext() as child:
        with clock.stage("views: overview"):
            written = [write_overview(G, out_dir, links=pages)]
        with clock.stage("views: events"):
            events = write_event_views(G, out_dir, ego_links)
        with clock.stage("views: relations"):
            relations = write_relations_view(G, out_dir, ego_links)
        if apart:
            with clock.stage("views: waiting for the pages beside"):
                countries, actors, periods, seconds = child.result()
        else:
            countries, actors, periods, seconds = _pages_beside(G, out_dir, pages, ego_links)
    for name, secs in seconds.items():          # apart: they ran beside the stages above
        (clock.beside if apart else clock.seconds)[name] = secs
    written.extend(countries)
    sections = [("Actors", actors), ("Events", events), ("Relations", relations), ("Periods", periods)]
    more = [e["path"] for _, entries in sections for e in entries]
    with clock.stage("views: index"):
        index = write_index(G, out_dir, pages, sections)
    return written, more, index
