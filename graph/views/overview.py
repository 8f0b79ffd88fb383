"""The overview: every node and edge of the graph on one page (the nodes only mentioned,
with no edge, hidden until the reader shows them); of a large graph, its most central part,
with larger overviews to expand to.

>>> import networkx as nx, tempfile
>>> G = nx.MultiGraph()
>>> G.add_node("ent:japan", label="Japan", kind="Country", category="actor")
>>> with tempfile.TemporaryDirectory() as tmp:
...     write_overview(G, Path(tmp)).name
'overview.html'
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.views.budget import OVERVIEW_MORE, OVERVIEW_NODES, budget_note, induced, within_budget
from diplograph.graph.views.render import write_assets, write_view
from diplograph.graph.views.timing import mention_only

__all__ = ["OVERVIEW_FILE", "overview_heading", "overview_sizes", "write_overview"]

OVERVIEW_FILE = "overview.html"


def overview_heading(G: nx.Graph) -> tuple[str, str]:
    """Heading and subtitle of the overview.

    >>> overview_heading(nx.MultiGraph(articles=["a", "b"]))
    ('Overview', '0 nodes, 0 edges from 2 articles')
    >>> overview_heading(nx.MultiGraph([("a", "b"), ("c", "c")], articles=["x"]))[1]
    '3 nodes, 2 edges from 1 article; 1 only mentioned (hidden at first)'
    """
    articles = len(G.graph.get("articles") or [])
    subtitle = f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
    if articles:
        subtitle += f" from {articles} article{'s' if articles != 1 else ''}"
    mentioned = sum(1 for n in G if mention_only(G, n))
    if mentioned:
        subtitle += f"; {mentioned} only mentioned (hidden at first)"
    return "Overview", subtitle


def overview_sizes(G: nx.Graph) -> list[tuple[int, str]]:
    """The overview pages of ``G``: (nodes shown, file name), the first the overview itself.
    A graph over the overview's budget gets larger overviews of its central part to expand
    to, and a last one of all its linked nodes when it has no more than the largest.

    >>> overview_sizes(nx.path_graph(3))
    [(3, 'overview.html')]
    >>> overview_sizes(nx.path_graph(7000))
    [(1500, 'overview.html'), (5000, 'overview-5000.html'), (7000, 'overview-all.html')]
    """
    return _sizes(G.number_of_nodes(), sum(1 for n in G if not mention_only(G, n)))


def _sizes(nodes: int, linked: int) -> list[tuple[int, str]]:
    if nodes <= OVERVIEW_NODES:
        return [(nodes, OVERVIEW_FILE)]
    sizes = [(OVERVIEW_NODES, OVERVIEW_FILE)]
    sizes += [(n, f"overview-{n}.html") for n in OVERVIEW_MORE if OVERVIEW_NODES < n < linked]
    if OVERVIEW_NODES < linked <= max(OVERVIEW_MORE, default=0):
        sizes.append((linked, "overview-all.html"))
    return sizes


def write_overview(G: nx.Graph, out_dir: Path, links: dict[str, str] | None = None) -> Path:
    """Write ``out_dir/overview.html`` (and the larger overviews of :func:`overview_sizes`,
    linked from each other); ``links`` maps nodes to other views (ego pages). Returns the
    overview's path."""
    heading, subtitle = overview_heading(G)
    write_assets(out_dir)
    if G.number_of_nodes() <= OVERVIEW_NODES:
        return write_view(Path(out_dir) / OVERVIEW_FILE, G, heading, subtitle, index_href="index.html",
                          assets="assets/", links=links)
    linked = {n for n in G if not mention_only(G, n)}
    sizes = _sizes(G.number_of_nodes(), len(linked))
    nav = [(name, f"{n:,} nodes" if name != "overview-all.html" else f"all {n:,}") for n, name in sizes]
    for size, name in sizes:                 # the most central part of a large graph
        shown = within_budget(G, linked, size)
        note = subtitle.split(";")[0] + budget_note(len(shown), G.number_of_nodes())
        if name != OVERVIEW_FILE:
            note += "; a lighter page: without tooltips, sentences and source lists"
        write_view(Path(out_dir) / name, induced(G, shown), heading, note, index_href="index.html",
                   assets="assets/", links=links, light=name != OVERVIEW_FILE,
                   nav=[(href, text, href == name) for href, text in nav] if len(nav) > 1 else None)
    return Path(out_dir) / OVERVIEW_FILE
