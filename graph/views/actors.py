"""Actor views: an ego page for every actor that takes part in an event or a role.

Countries keep their pages from :mod:`diplograph.graph.views.ego`; this module adds one page per
other actor (persons, organisations, ministries...) in the same ``ego/`` folder, with the
same slug scheme, never reusing a country page's name.

>>> G = nx.MultiGraph()
>>> G.add_node("a/japan", kind="Country", category="actor")
>>> G.add_node("b/japan", kind="Person", category="actor")
>>> G.add_node("a/kishida", kind="Person", category="actor")
>>> G.add_node("a/idle", kind="Person", category="actor")
>>> G.add_node("ev:m1", kind="Meeting", category="event")
>>> _ = G.add_edge("ev:m1", "b/japan", key="hasActor", relation="hasActor")
>>> _ = G.add_edge("a/kishida", "a/japan", key="role:", relation="role")
>>> actor_pages(G)
{'a/kishida': 'ego/kishida.html', 'b/japan': 'ego/japan-2.html'}
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.views.ego import EGO_DIR, EGO_KINDS, ego_nodes, ego_page_graph, ego_pages
from diplograph.graph.views.render import unique_pages, write_assets, write_view

__all__ = ["ACTOR_RELATIONS", "actors_with_pages", "actor_pages", "actor_nodes", "through_people", "write_actor_views"]

ACTOR_RELATIONS = frozenset({"hasActor", "role"})


#: Pages for at most this many actors (the most connected), so that a corpus with
#: thousands of people does not write thousands of pages; the others are in the overview.
MAX_ACTOR_PAGES = 300


def through_people(G: nx.Graph, node) -> bool:
    """Whether an actor's page goes on from ``node``: from its events and the people it is
    linked to, not from a country, organisation or place (each a hub of its own page)."""
    attrs = G.nodes[node]
    return attrs.get("category") == "event" or attrs.get("kind") == "Person"


def actor_nodes(G: nx.Graph, centre: str) -> set[str]:
    """The nodes of an actor's page: within two steps through its events and people, with
    the parties and places of every event among them (see :func:`through_people`)."""
    return ego_nodes(G, centre, expand=through_people)


def actors_with_pages(G: nx.Graph, limit: int = MAX_ACTOR_PAGES) -> list[str]:
    """Actors (not countries) on at least one ``hasActor`` or ``role`` edge, sorted; the
    ``limit`` most connected of them."""
    found = set()
    for u, v, relation in G.edges(data="relation"):
        if relation not in ACTOR_RELATIONS:
            continue
        for node in (u, v):
            attrs = G.nodes[node]
            if attrs.get("category") == "actor" and attrs.get("kind") not in EGO_KINDS:
                found.add(node)
    if len(found) > limit:
        found = set(sorted(found, key=lambda n: (-G.degree(n), n))[:limit])
    return sorted(found)


def actor_pages(G: nx.Graph, country_pages: dict[str, str] | None = None) -> dict[str, str]:
    """Each such actor -> ``ego/<slug>.html``, unique also against the country pages."""
    country_pages = ego_pages(G) if country_pages is None else country_pages
    used = {Path(p).stem for p in country_pages.values()}
    return unique_pages(actors_with_pages(G), EGO_DIR, used)


def write_actor_views(G: nx.Graph, out_dir: Path, country_pages: dict[str, str] | None = None
                      ) -> list[dict]:
    """Write the actor pages into ``out_dir/ego/``; index entries (with ``path``) of each.

    Call after :func:`diplograph.graph.views.ego.write_ego_views`, which clears stale pages there.
    """
    out_dir = Path(out_dir)
    country_pages = ego_pages(G) if country_pages is None else country_pages
    pages = actor_pages(G, country_pages)
    every = {**country_pages, **pages}
    write_assets(out_dir)
    entries = []
    for centre, rel in sorted(pages.items(), key=lambda item: item[1]):
        sub, subtitle = ego_page_graph(G, centre, expand=through_people)
        label = str(G.nodes[centre].get("label") or centre)
        kind = str(G.nodes[centre].get("kind") or "")
        subtitle = f"{kind}: {subtitle}"
        links = {n: "../" + p for n, p in every.items() if n in sub and n != centre}
        links[centre] = "../overview.html"
        path = write_view(out_dir / rel, sub, label, subtitle, index_href="../index.html",
                          assets="../assets/", links=links, focus=centre)
        entries.append({"href": rel, "title": label, "kind": kind, "path": path, "node": centre,
                        "nodes": sub.number_of_nodes(), "edges": sub.number_of_edges()})
    return entries
