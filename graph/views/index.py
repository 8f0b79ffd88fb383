"""The index page: every view with its node and edge counts, and the top actors.

>>> import networkx as nx, tempfile
>>> G = nx.MultiGraph()
>>> G.add_node("ent:japan", label="Japan", kind="Country", category="actor")
>>> G.add_node("ent:chile", label="Chile", kind="Country", category="actor")
>>> _ = G.add_edge("ev:m", "ent:japan", relation="hasActor")
>>> [(e["href"], e["nodes"]) for e in view_entries(G, {"ent:japan": "ego/japan.html"})]
[('overview.html', 3), ('ego/japan.html', 2)]
>>> with tempfile.TemporaryDirectory() as tmp:
...     html = write_index(G, Path(tmp)).read_text()
>>> 'href="ego/ent-japan.html"' in html, 'ent-chile' in html
(True, False)
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.analysis.measures import most_connected
from diplograph.graph.views.ego import ego_page_graph, ego_pages
from diplograph.graph.views.overview import OVERVIEW_FILE
from diplograph.graph.views.render import render_template, write_assets, write_page

__all__ = ["INDEX_FILE", "view_entries", "write_index"]

INDEX_FILE = "index.html"


def view_entries(G: nx.Graph, pages: dict[str, str]) -> list[dict]:
    """Title, relative href, kind and counts of the overview and of each ego page."""
    entries = [{"href": OVERVIEW_FILE, "title": "Overview", "kind": "whole graph",
                "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}]
    for centre, href in sorted(pages.items(), key=lambda item: item[1]):
        sub = ego_page_graph(G, centre)[0]
        entries.append({"href": href, "title": str(G.nodes[centre].get("label") or centre),
                        "kind": str(G.nodes[centre].get("kind") or ""),
                        "nodes": sub.number_of_nodes(), "edges": sub.number_of_edges()})
    return entries


def write_index(G: nx.Graph, out_dir: Path, pages: dict[str, str] | None = None,
                sections: list[tuple[str, list[dict]]] | None = None) -> Path:
    """Write ``out_dir/index.html`` linking the overview and the ego pages ``pages``.

    ``sections`` are further views, ``(heading, entries)``, listed below the table (entries
    as :func:`view_entries` gives them: ``href``, ``title``, ``kind``, ``nodes``, ``edges``).
    """
    pages = ego_pages(G) if pages is None else pages
    more = [{"heading": heading, "id": heading.lower().replace(" ", "-"),
             "entries": [{k: e[k] for k in ("href", "title", "kind", "nodes", "edges")} for e in entries]}
            for heading, entries in (sections or []) if entries]
    actors = [{"label": str(G.nodes[n].get("label") or n), "kind": str(G.nodes[n].get("kind") or ""),
               "degree": f"{score:.3f}"} for n, score in most_connected(G, 10)]
    write_assets(out_dir)
    html = render_template(
        "index.html", assets="assets/", entries=view_entries(G, pages), actors=actors, sections=more,
        n_nodes=G.number_of_nodes(), n_edges=G.number_of_edges(),
        n_articles=len(G.graph.get("articles") or []),
    )
    return write_page(Path(out_dir) / INDEX_FILE, html)
