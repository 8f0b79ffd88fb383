"""The overview: every node and edge of the graph on one page (the nodes only mentioned,
with no edge, hidden until the reader shows them).

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

from diplograph.graph.views.budget import OVERVIEW_NODES, budget_note, induced, within_budget
from diplograph.graph.views.render import render_page, write_assets, write_page
from diplograph.graph.views.timing import mention_only

__all__ = ["OVERVIEW_FILE", "overview_heading", "write_overview"]

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


def write_overview(G: nx.Graph, out_dir: Path, links: dict[str, str] | None = None) -> Path:
    """Write ``out_dir/overview.html``; ``links`` maps nodes to other views (ego pages)."""
    heading, subtitle = overview_heading(G)
    if G.number_of_nodes() > OVERVIEW_NODES:      # the most central part of a large graph
        shown = within_budget(G, {n for n in G if not mention_only(G, n)}, OVERVIEW_NODES)
        subtitle = subtitle.split(";")[0] + budget_note(len(shown), G.number_of_nodes())
        G = induced(G, shown)              # (no node only mentioned among them)
    html = render_page(G, heading, subtitle, index_href="index.html",
                       assets="assets/", links=links)
    write_assets(out_dir)
    return write_page(Path(out_dir) / OVERVIEW_FILE, html)
