"""What a page says about a node: its short label on the canvas, its roles counted by
source for the info panel, and the names of the articles behind it.

>>> import networkx as nx
>>> G = nx.MultiGraph(article_year={"a1": 2013, "a2": 2016, "a3": 2022})
>>> G.add_node("m", label="Talks: Kishida, Lavrov (Tokyo, 2013-11-02)", kind="Talks", category="event",
...            date="2013-11-02")
>>> G.add_node("tokyo", label="Tokyo", category="place"); G.add_node("k", label="Fumio Kishida")
>>> G.add_node("j", label="Japan")
>>> _ = G.add_edge("m", "tokyo", relation="hasPlace")
>>> _ = G.add_edge("k", "j", relation="role", label="Foreign Minister", subject="k", sources=["a1", "a2"])
>>> short_event_label(G, "m")
'Talks, Tokyo, 2013-11-02'
>>> [(r["text"], r["sources"], r["years"]) for r in role_rows(G, "k")]
[('Foreign Minister of Japan', ['a1', 'a2'], [2013, 2016])]
"""
from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from diplograph.graph.views.timing import edge_years

__all__ = ["kind_words", "short_event_label", "display_title", "role_rows", "panel_facts", "year_text",
           "SHORT_NAME"]

SHORT_NAME = 40        # characters of an event's own name kept in its short label
LEAD_TITLE = 200       # a title this long was cut from the article's lead (no title given)
LEAD_WORDS = 70        # characters of the lead's first sentence shown for such an article
_ACTOR_ORDER = {"Country": 0, "Organization": 1, "Ministry": 1, "Person": 2}


def kind_words(kind: str) -> str:
    """A kind as words: ``"PhoneCall"`` -> ``"Phone call"``.

    >>> kind_words("PhoneCall"), kind_words("Talks"), kind_words("")
    ('Phone call', 'Talks', 'Event')
    """
    words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", kind or "Event") or ["Event"]
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def _neighbours_by(G: nx.Graph, node: str, relation: str) -> list[str]:
    """The neighbours of ``node`` on an edge of that relation.

    >>> _neighbours_by(nx.MultiGraph([("m", "t", {"relation": "hasPlace"}), ("m", "k")]), "m", "hasPlace")
    ['t']
    """
    found = []
    for other in G[node]:
        data = G.get_edge_data(node, other)
        edges = data.values() if G.is_multigraph() else [data]
        if any(d.get("relation") == relation for d in edges):
            found.append(other)
    return found


def short_event_label(G: nx.Graph, event: str) -> str:
    """An event's label on the canvas: its kind (or its own name), place and date, e.g.
    ``"Talks, Tokyo, 2013-11-02"``; an event with neither place nor date names its first
    two actors (countries first). The long label stays in the tooltip and the info panel.

    >>> G = nx.MultiGraph()
    >>> G.add_node("t", kind="Talks", label="Talks: Shinzo Abe, Vladimir Putin", category="event")
    >>> for n, k in (("abe", "Person"), ("putin", "Person"), ("japan", "Country")):
    ...     G.add_node(n, label=n.title(), kind=k); _ = G.add_edge("t", n, relation="hasActor")
    >>> short_event_label(G, "t")
    'Talks: Japan, Abe +1'
    >>> G.nodes["t"]["label"] = "Two-plus-two talks"; short_event_label(G, "t")
    'Two-plus-two talks: Japan, Abe +1'
    """
    attrs = G.nodes[event]
    name = _event_name(attrs)
    places = sorted(_labels(G, _neighbours_by(G, event, "hasPlace")))
    parts = [name]
    if places:
        parts.append(places[0] + (f" +{len(places) - 1}" if len(places) > 1 else ""))
    if attrs.get("date"):
        parts.append(str(attrs["date"]))
    if len(parts) > 1:
        return ", ".join(parts)
    actors = sorted(_neighbours_by(G, event, "hasActor"),
                    key=lambda n: (_ACTOR_ORDER.get(G.nodes[n].get("kind"), 3), str(G.nodes[n].get("label") or n)))
    if not actors:
        return name
    more = f" +{len(actors) - 2}" if len(actors) > 2 else ""
    return f"{name}: {', '.join(_labels(G, actors[:2]))}{more}"


def _event_name(attrs: dict) -> str:
    """An event's own name (a label the builder did not make of its kind and actors), cut to
    :data:`SHORT_NAME` characters, else its kind in words.

    >>> _event_name({"kind": "PhoneCall", "label": "PhoneCall: A, B"}), _event_name({"kind": "Talks", "label": "2+2 talks"})
    ('Phone call', '2+2 talks')
    """
    kind, label = str(attrs.get("kind") or "Event"), str(attrs.get("label") or "")
    if not label or label == kind or label.startswith(kind + ":"):
        return kind_words(kind)
    return label if len(label) <= SHORT_NAME else label[:SHORT_NAME - 1].rstrip() + "…"


def _labels(G: nx.Graph, nodes) -> list[str]:
    """The labels of some nodes (their ids where they have none)."""
    return [str(G.nodes[n].get("label") or n) for n in nodes]


@lru_cache(maxsize=4096)
def display_title(title: str) -> str:
    """How the pages name an article by its title. A title the reader had to cut from the
    article's lead (no title given: :data:`LEAD_TITLE` characters, or several sentences)
    becomes ``untitled, begins «first sentence»``, cut at a word.

    >>> display_title("Lavrov in Tokyo")
    'Lavrov in Tokyo'
    >>> display_title("Japan und Russland wollen enger zusammenarbeiten. Das gaben die Minister bekannt.")
    'untitled, begins «Japan und Russland wollen enger zusammenarbeiten.»'
    >>> display_title("x " * 100)
    'untitled, begins «x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x…»'
    """
    text = " ".join(str(title).split())
    first = re.split(r"(?<=[.!?])\s+(?=\S)", text, maxsplit=1)
    if len(str(title)) < LEAD_TITLE and len(first) == 1:
        return text
    lead = first[0]
    if len(lead) > LEAD_WORDS:
        lead = lead[:LEAD_WORDS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"untitled, begins «{lead}»"


def year_text(years) -> str:
    """Years as short ranges: ``[2013, 2014, 2015, 2022]`` -> ``"2013–2015, 2022"``.

    >>> year_text([2013, 2014, 2015, 2022]), year_text([2013, 2016]), year_text([])
    ('2013–2015, 2022', '2013, 2016', '')
    """
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def role_rows(G: nx.Graph, node: str) -> list[dict]:
    """The roles of a node, one row per role edge however many sources state it: ``text``
    (``"Foreign Minister of Japan"``, or ``"Foreign Minister: Fumio Kishida"`` seen from the
    organisation), ``sources``, ``years`` (when the sources support it) and ``conflict``."""
    rows = []
    for _, other, attrs in G.edges(node, data=True):
        if attrs.get("relation") != "role" or other == node:
            continue
        role, name = str(attrs.get("label") or "member"), str(G.nodes[other].get("label") or other)
        member = attrs.get("subject", node) == node
        rows.append({"text": f"{role} of {name}" if member else f"{role}: {name}",
                     "sources": sorted({str(s) for s in attrs.get("sources") or ()}),
                     "years": edge_years(G, attrs), "conflict": bool(attrs.get("conflict")),
                     "other": str(other)})
    return sorted(rows, key=lambda r: (r["years"][:1] or [9999], r["text"]))


def panel_facts(facts, rows: list[dict]) -> list[str]:
    """A node's fact lines without those its role rows already give (one line per source).

    >>> panel_facts(["Foreign Minister of Japan (source a)", "Said: x"], [{"text": "Foreign Minister of Japan"}])
    ['Said: x']
    """
    prefixes = tuple(r["text"] + " (" for r in rows)
    return [str(f) for f in facts or () if not (prefixes and str(f).startswith(prefixes))]
