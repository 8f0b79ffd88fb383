"""Event views: one page per event with its actors and place; the info panel opens on the
event, showing its sources (article identifiers), facts and evidence sentences.

>>> G = nx.MultiGraph()
>>> G.add_node("ev:m1", kind="Meeting", category="event", label="M")
>>> _ = G.add_edge("ev:m1", "ent:a", relation="hasActor")
>>> _ = G.add_edge("ent:a", "ent:japan", relation="role")
>>> sorted(event_nodes(G, "ev:m1")), event_pages(G)
(['ent:a', 'ev:m1'], {'ev:m1': 'events/ev-m1.html'})
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.views.budget import induced
from diplograph.graph.views.render import (
    remove_stale, source_names, unique_pages, write_assets, write_view)
from diplograph.ontology.errors import ViewError

__all__ = ["EVENTS_DIR", "event_nodes", "event_pages", "write_event_views"]

EVENTS_DIR = "events"


def event_nodes(G: nx.Graph, event: str) -> set[str]:
    """The event and its direct neighbours (actors and places)."""
    if event not in G:
        raise ViewError(f"no node {event!r} for an event view")
    return {event, *G.neighbors(event)}


#: Pages for at most this many events (the most reported); the others are in the overview
#: and the period pages.
MAX_EVENT_PAGES = 300


def event_pages(G: nx.Graph, limit: int = MAX_EVENT_PAGES) -> dict[str, str]:
    """Each event node (the ``limit`` most reported) -> ``events/<slug>.html``, unique and
    stable."""
    events = [n for n, cat in G.nodes(data="category") if cat == "event"]
    if len(events) > limit:
        events = sorted(events, key=lambda n: (-len(G.nodes[n].get("sources") or ()), n))[:limit]
    return unique_pages(sorted(events), EVENTS_DIR)


def write_event_views(G: nx.Graph, out_dir: Path, ego_links: dict[str, str] | None = None) -> list[dict]:
    """Write one page per event into ``out_dir/events/``; index entries (with ``path``).

    ``ego_links`` maps actors to their ego pages (relative to ``out_dir``).
    """
    out_dir = Path(out_dir)
    pages = event_pages(G)
    folder = out_dir / EVENTS_DIR
    if folder.is_dir():
        remove_stale(list(folder.glob("*.html")), {out_dir / p for p in pages.values()})
    write_assets(out_dir)
    entries = []
    for event, rel in sorted(pages.items(), key=lambda item: item[1]):
        sub = induced(G, event_nodes(G, event))
        attrs = G.nodes[event]
        label = str(attrs.get("label") or event)
        kind = str(attrs.get("kind") or "")
        bits = [kind, str(attrs.get("date") or "undated")]
        sources = attrs.get("sources") or []
        if sources:
            bits.append("sources: " + source_names(sources, G.graph.get("titles"), limit=5))
        links = {n: "../" + p for n, p in (ego_links or {}).items() if n in sub}
        path = write_view(out_dir / rel, sub, label, " · ".join(bits), index_href="../index.html",
                          assets="../assets/", links=links, focus=event)
        entries.append({"href": rel, "title": label, "kind": kind, "path": path,
                        "nodes": sub.number_of_nodes(), "edges": sub.number_of_edges()})
    return entries
