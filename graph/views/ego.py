"""Ego views: one page per country, with its events and their counterparts.

The ego network of a country is every node within ``radius`` (2) of it, plus the actors
and places of every event in there, so that a country linked to an event only through its
foreign minister still shows who that minister met.

>>> G = nx.MultiGraph([("japan", "kishida"), ("kishida", "m1"), ("m1", "lavrov"),
...                    ("lavrov", "russia"), ("m1", "tokyo")])
>>> nx.set_node_attributes(G, {"japan": "Country", "russia": "Country"}, "kind")
>>> nx.set_node_attributes(G, {"m1": "event"}, "category")
>>> sorted(ego_nodes(G, "japan"))
['japan', 'kishida', 'lavrov', 'm1', 'tokyo']
>>> ego_pages(G)
{'japan': 'ego/japan.html', 'russia': 'ego/russia.html'}
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.views.budget import budget_note, induced, within_budget
from diplograph.graph.views.render import remove_stale, unique_pages, write_assets, write_view
from diplograph.ontology.errors import ViewError

__all__ = ["EGO_DIR", "EGO_KINDS", "ego_nodes", "ego_graph", "ego_page_graph", "ego_pages", "write_ego_views"]

EGO_DIR = "ego"
EGO_KINDS = frozenset({"Country"})


def ego_nodes(G: nx.Graph, centre: str, radius: int = 2, expand=None) -> set[str]:
    """The nodes of ``centre``'s ego view (see the module docstring). With ``expand`` (a
    predicate of ``G`` and a node), the walk goes on only from the centre and the nodes it
    accepts: an actor's page does not take in all of Japan through a role in Japan.

    >>> G = nx.MultiGraph([("kishida", "japan"), ("japan", "m2"), ("kishida", "m1"), ("m1", "lavrov")])
    >>> nx.set_node_attributes(G, {"m1": "event", "m2": "event"}, "category")
    >>> sorted(ego_nodes(G, "kishida", expand=lambda G, n: G.nodes[n].get("category") == "event"))
    ['japan', 'kishida', 'lavrov', 'm1']
    """
    if centre not in G:
        raise ViewError(f"no node {centre!r} for an ego view")
    if expand is None:
        near = set(nx.single_source_shortest_path_length(G, centre, cutoff=radius))
    else:
        near, frontier = {centre}, [centre]
        for _ in range(radius):
            reached = []
            for n in frontier:
                if n == centre or expand(G, n):
                    reached.extend(m for m in G.neighbors(n) if m not in near)
                    near.update(reached)
            frontier = reached
    events = [n for n in near if G.nodes[n].get("category") == "event"]
    for event in events:
        near.update(G.neighbors(event))
    return near


def ego_graph(G: nx.Graph, centre: str, radius: int = 2) -> nx.Graph:
    """The subgraph of ``G`` induced by :func:`ego_nodes` (a copy, graph attributes kept)."""
    return induced(G, ego_nodes(G, centre, radius))


def ego_page_graph(G: nx.Graph, centre: str, expand=None) -> tuple[nx.Graph, str]:
    """What ``centre``'s page draws (its ego network within the page budget, see
    :mod:`~diplograph.graph.views.budget`; ``expand`` as for :func:`ego_nodes`) and the
    subtitle saying so."""
    near = ego_nodes(G, centre, expand=expand)
    sub = induced(G, within_budget(G, near, centre=centre))
    note = budget_note(sub.number_of_nodes(), len(near))
    return sub, f"{sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges within two steps{note}"


def ego_pages(G: nx.Graph) -> dict[str, str]:
    """Each country node with an edge -> the relative path of its page, unique and stable (a
    country only mentioned would get a page of one node and no edge: it gets none).

    >>> G = nx.Graph([("a/japan", "x"), ("b/japan", "x")])
    >>> G.add_node("c/chile")
    >>> nx.set_node_attributes(G, {n: "Country" for n in ("a/japan", "b/japan", "c/chile")}, "kind")
    >>> ego_pages(G)
    {'a/japan': 'ego/japan.html', 'b/japan': 'ego/japan-2.html'}
    """
    countries = (n for n, kind in G.nodes(data="kind") if kind in EGO_KINDS and any(v != n for v in G[n]))
    return unique_pages(sorted(countries), EGO_DIR)


def write_ego_views(G: nx.Graph, out_dir: Path, pages: dict[str, str] | None = None) -> list[Path]:
    """Write one page per country into ``out_dir/ego/``, removing stale pages there."""
    out_dir = Path(out_dir)
    pages = ego_pages(G) if pages is None else pages
    remove_stale(list((out_dir / EGO_DIR).glob("*.html")), {out_dir / p for p in pages.values()})
    write_assets(out_dir)
    written = []
    for centre, rel in sorted(pages.items(), key=lambda item: item[1]):
        sub, subtitle = ego_page_graph(G, centre)
        label = str(G.nodes[centre].get("label") or centre)
        links = {n: "../" + p for n, p in pages.items() if n in sub and n != centre}
        links[centre] = "../overview.html"
        written.append(write_view(out_dir / rel, sub, label, subtitle, index_href="../index.html",
                                  assets="../assets/", links=links))
    return written
