"""The nodes and edges of a page as vis-network gets them: shape, colour, tooltip, and the
data the page script filters by and shows in the info panel.

Tooltips are plain text (vis-network shows a string title with ``innerText``), at most a
few lines: a long list of sources is cut to its first :data:`TOOLTIP_SOURCES` names and a
count; the info panel lists them all.

>>> import networkx as nx
>>> G = nx.MultiGraph(article_year={"a1": 2013})
>>> G.add_node("m", label="Meeting: A, B (Tokyo, 2013-11-02)", kind="Meeting", category="event",
...            date="2013-11-02", sources=["a1"])
>>> G.add_node("tokyo", label="Tokyo", kind="Place", category="place")
>>> G.add_node("reuters", label="Reuters", kind="NewsOutlet", category="actor", sources=["a1"])
>>> _ = G.add_edge("m", "tokyo", relation="hasPlace")
>>> m = node_options(G, "m", 20, {})
>>> m["label"], m["full_label"], m["years"], m["title"].splitlines()[0]
('Meeting, Tokyo, 2013-11-02', 'Meeting: A, B (Tokyo, 2013-11-02)', [2013], 'Meeting: A, B (Tokyo, 2013-11-02)')
>>> r = node_options(G, "reuters", 10, {})
>>> r["mention_only"], r["hidden"], r["physics"], r["years"]
(True, True, False, [2013])
"""
from __future__ import annotations

import networkx as nx

from diplograph.graph.analysis.colours import FALLBACK_COLOUR, KIND_COLOURS
from diplograph.graph.views.panel import display_title, panel_facts, role_rows, short_event_label, year_text
from diplograph.graph.views.timing import edge_years, mention_only, node_years

__all__ = ["CATEGORY_SHAPES", "CONFLICT_COLOUR", "EDGE_COLOUR", "TOOLTIP_SOURCES", "colour_of", "source_names",
           "tooltip", "node_options", "node_facts", "NodeFacts", "NODE_FACTS", "edge_options", "curve"]

CONFLICT_COLOUR = "#d62728"
EDGE_COLOUR = "#a8aeb5"
CATEGORY_SHAPES = {"actor": "dot", "place": "triangle", "event": "diamond"}
TOOLTIP_SOURCES = 3
NODE_FACTS = "node_facts"      # the graph attribute holding the whole graph's NodeFacts
#: sources a page carries for a node or edge (the panel lists them) and for a role (its
#: tooltip names them); the rest are counted (``source_count``), so that a page of a few
#: nodes stays small however many articles stand behind Japan
PANEL_SOURCES = 200
ROLE_SOURCES = 20


def _listed(sources, limit: int) -> tuple[list[str], int]:
    """The first ``limit`` of ``sources`` as text, and how many there are."""
    sources = sources if isinstance(sources, (list, tuple)) else list(sources or ())
    return [str(s) for s in sources[:limit]], len(sources)


def colour_of(kind: str | None) -> str:
    """The fill colour of a kind.

    >>> colour_of("Country"), colour_of("Unheard-of")
    ('#f28e2b', '#9d9d9d')
    """
    return KIND_COLOURS.get(kind or "", FALLBACK_COLOUR)


def source_names(sources, titles: dict | None = None, limit: int | None = None) -> str:
    """Article identifiers as the tooltips and the info panel name them: title and id (a
    title cut from the lead as :func:`~diplograph.graph.views.panel.display_title` gives it);
    with ``limit``, the first ``limit`` of them and how many more.

    >>> source_names(["a1", "b2"], {"a1": "Kishida meets Lavrov"})
    '«Kishida meets Lavrov» (a1), b2'
    >>> source_names(["a", "b", "c", "d", "e"], limit=3)
    'a, b, c and 2 more'
    """
    titles, sources = titles or {}, list(sources)
    shown = sources if limit is None else sources[:limit]
    text = ", ".join(f"«{display_title(titles[s])}» ({s})" if titles.get(s) else str(s) for s in shown)
    return text + (f" and {len(sources) - len(shown)} more" if len(shown) < len(sources) else "")


def tooltip(attrs: dict, titles: dict | None = None) -> str:
    """The plain-text hover text of a node; ``titles`` maps article ids to titles.

    >>> tooltip({"label": "Japan", "kind": "Country", "sources": ["a1"], "facts": ["x"]})
    'Japan\\nCountry\\nSources: a1\\nx'
    >>> tooltip({"label": "J", "conflict": True, "sources": ["a1"], "sentences": [("a1", "J met K.")]},
    ...         {"a1": "T"}).splitlines()[1:]
    ['Sources: «T» (a1)', 'Conflicting claims between sources', '“J met K.” («T» (a1))']
    """
    lines = [str(attrs.get("label") or ""), str(attrs.get("kind") or "")]
    if attrs.get("date"):
        lines.append(f"Date: {attrs['date']}")
    if attrs.get("sources"):
        lines.append("Sources: " + source_names(attrs["sources"], titles, TOOLTIP_SOURCES))
    if attrs.get("conflict"):
        lines.append("Conflicting claims between sources")
    if attrs.get("unverified"):
        lines.append(f"Unverified ({attrs['unverified']})")
    lines.extend(str(f) for f in (attrs.get("facts") or [])[:4])
    for source, sentence in list(attrs.get("sentences") or [])[:2]:
        text = str(sentence) if len(str(sentence)) <= 200 else str(sentence)[:199] + "…"
        lines.append(f"“{text}” ({source_names([source], titles)})")
    return "\n".join(line for line in lines if line)


def node_options(G: nx.Graph, node: str, size: float, titles: dict) -> dict:
    """The vis-network node of ``node`` (all but its id and position): short ``label`` and
    ``full_label`` of an event, ``roles`` counted by source, ``facts`` without the role
    lines, ``years`` (see :mod:`diplograph.graph.views.timing`) and, for a node only
    mentioned, ``mention_only`` (hidden at first and out of the layout's physics).

    What does not depend on the page comes from ``G.graph[NODE_FACTS]`` when the page
    carries it (:class:`NodeFacts` of the whole graph), else from ``G``."""
    shared = G.graph.get(NODE_FACTS)
    facts = shared(node) if shared is not None and node in shared.G else node_facts(G, node, titles)
    options = {**facts, "size": size}
    for key in _AFTER_SIZE:
        options[key] = options.pop(key)
    options["years"] = node_years(G, node)
    for key in _AFTER_YEARS:
        if key in options:
            options[key] = options.pop(key)
    if mention_only(G, node):
        options.update(mention_only=True, hidden=True, physics=False)
    return options


#: the order of a node's fields on the page, around those that depend on the page
_AFTER_SIZE = ("shape", "color", "borderWidth", "kind", "category", "date", "facts", "roles", "sentences",
               "conflict", "aliases", "unverified")
_AFTER_YEARS = ("sources", "source_count", "full_label")


def node_facts(G: nx.Graph, node: str, titles: dict) -> dict:
    """What a node shows whatever the page: labels, tooltip, colours and the panel's data."""
    attrs = G.nodes[node]
    colour = colour_of(attrs.get("kind"))
    border = CONFLICT_COLOUR if attrs.get("conflict") else "#4d4d4d"
    full = str(attrs.get("label") or node)
    label = short_event_label(G, node) if attrs.get("category") == "event" else full
    rows = attrs.get("roles")
    rows = role_rows(G, node) if rows is None else rows
    facts = {
        "label": label, "title": tooltip({**attrs, "facts": panel_facts(attrs.get("facts"), rows)}, titles),
        "shape": CATEGORY_SHAPES.get(attrs.get("category") or "", "dot"),
        "color": {"background": colour, "border": border,
                  "highlight": {"background": colour, "border": CONFLICT_COLOUR if attrs.get("conflict") else "#000000"}},
        "borderWidth": 3 if attrs.get("conflict") else 1,
        "kind": str(attrs.get("kind") or ""), "category": str(attrs.get("category") or ""),
        "date": str(attrs["date"]) if attrs.get("date") else None,
        "facts": panel_facts(attrs.get("facts"), rows),
        "roles": [_role_row(r) for r in rows],
        "sentences": [[str(a), str(s)] for a, s in attrs.get("sentences") or []],
        "conflict": bool(attrs.get("conflict")),
        "aliases": [str(a) for a in attrs.get("aliases") or []],
        "unverified": str(attrs["unverified"]) if attrs.get("unverified") else None,
    }
    facts["sources"], facts["source_count"] = _listed(attrs.get("sources"), PANEL_SOURCES)
    if label != full:
        facts["full_label"] = full
    return facts


class NodeFacts:
    """The page-independent part of every node of the whole graph ``G``, each worked out
    once, when a page first shows it (:func:`node_facts`); the pages of ``G`` share one
    as their graph attribute :data:`NODE_FACTS`, so that a node reads the same on each.

    >>> G = nx.MultiGraph(); G.add_node("j", label="Japan", kind="Country", category="actor")
    >>> G.graph[NODE_FACTS] = NodeFacts(G, {})
    >>> node_options(G, "j", 10, {})["title"], G.graph[NODE_FACTS]("j") is G.graph[NODE_FACTS]("j")
    ('Japan\\nCountry', True)
    """

    def __init__(self, G: nx.Graph, titles: dict):
        self.G, self.titles, self._done = G, titles, {}

    def __call__(self, node: str) -> dict:
        if node not in self._done:
            self._done[node] = node_facts(self.G, node, self.titles)
        return self._done[node]

    def edge(self, u: str, v: str, key, attrs: dict, index: int, show_label: bool) -> dict:
        """:func:`edge_options` of an edge of ``G``, its page-independent part worked out once."""
        found = self._done.get((u, v, key))
        if found is None:
            found = self._done[(u, v, key)] = edge_options(self.G, u, v, attrs, 0, True, self.titles)
        options = dict(found, id=f"e{index}")
        if not show_label:
            options.pop("label", None)
        return options


def _role_row(row: dict) -> dict:
    """A role row as a page carries it: its first :data:`ROLE_SOURCES` sources and their count."""
    listed, count = _listed(row["sources"], ROLE_SOURCES)
    return {"text": row["text"], "sources": listed, "source_count": count, "years": row["years"],
            "conflict": row["conflict"]}


def edge_options(G: nx.Graph, u: str, v: str, attrs: dict, index: int, show_label: bool, titles: dict) -> dict:
    """The vis-network edge ``e<index>`` between ``u`` and ``v``: a short tooltip, the
    ``years`` of a role, the label on the canvas (roles and relations, when ``show_label``).

    >>> import networkx as nx
    >>> G = nx.MultiGraph(article_year={"a": 2013, "b": 2016})
    >>> G.add_node("k", label="Kishida"); G.add_node("j", label="Japan")
    >>> e = edge_options(G, "j", "k", {"relation": "role", "label": "Foreign Minister", "subject": "k",
    ...                  "sources": ["a", "b"]}, 0, True, {})
    >>> e["title"].splitlines(), e["years"], e["label"]
    (['Foreign Minister', 'Kishida – Japan', '2 sources, 2013, 2016', 'Sources: a, b'], [2013, 2016], 'Foreign Minister')
    """
    label = str(attrs.get("label") or attrs.get("relation") or "")
    lines = [label]
    options = {"id": f"e{index}", "relation": str(attrs.get("relation") or "")}
    if attrs.get("relation") == "role":
        member, org = (v, u) if attrs.get("subject") == v else (u, v)
        years = options["years"] = edge_years(G, attrs)
        options["sources"], n = _listed(sorted({str(s) for s in attrs.get("sources") or ()}), PANEL_SOURCES)
        options["source_count"] = n
        lines.append(f"{G.nodes[member].get('label') or member} – {G.nodes[org].get('label') or org}")
        lines.append(f"{n} source{'s' if n != 1 else ''}" + (f", {year_text(years)}" if years else ", undated"))
    if attrs.get("pair"):
        options["pair"] = attrs["pair"]
        lines = [str(attrs.get("title") or label)]
    elif attrs.get("sources"):
        lines.append("Sources: " + source_names(attrs["sources"], titles, TOOLTIP_SOURCES))
    if attrs.get("conflict"):
        lines.append("Conflicting claim")
    options["title"] = "\n".join(lines)
    if show_label and attrs.get("relation") in ("role", "relation"):
        options["label"] = label
    if attrs.get("colour"):
        colour = str(attrs["colour"])
        options.update(color={"color": colour, "highlight": colour, "hover": colour}, width=float(attrs.get("width") or 2))
    if attrs.get("conflict"):
        options.update(color={"color": CONFLICT_COLOUR, "highlight": CONFLICT_COLOUR,
                              "hover": CONFLICT_COLOUR}, dashes=True, width=2)
    return options


def curve(rank: int) -> dict:
    """A static curve for the ``rank``-th parallel edge (straight edges would overlap).

    >>> curve(1), curve(2)["type"]
    ({'enabled': True, 'type': 'curvedCW', 'roundness': 0.25}, 'curvedCCW')
    """
    return {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
            "roundness": 0.25 * ((rank + 1) // 2)}
