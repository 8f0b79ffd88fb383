"""When the sources support a node or an edge: the years the views' time controls filter by.

An event is in the year of its date. A role edge is supported in the years of the articles
that state it (:func:`diplograph.graph.analysis.network.to_networkx` gives each role edge
its ``years`` and the graph its ``article_year``: the publication year of each article, else
the latest year of the dated events it reports). A node that is only mentioned (no edge)
is in the years of the articles that mention it. Any other actor or place is in the years
of its events and roles, which the page script works out from its edges.

>>> import networkx as nx
>>> G = nx.MultiGraph(article_year={"a1": 2013, "a2": 2022})
>>> G.add_node("m", category="event", date="2013-11-02")
>>> G.add_node("reuters", category="actor", sources=["a1", "a2"])
>>> _ = G.add_edge("k", "j", relation="role", sources=["a2"])
>>> node_years(G, "m"), node_years(G, "reuters"), edge_years(G, G.edges["k", "j", 0])
([2013], [2013, 2022], [2022])
"""
from __future__ import annotations

import networkx as nx

__all__ = ["year_of", "source_years", "node_years", "edge_years", "mention_only", "supported_in",
           "page_years"]


def year_of(date) -> int | None:
    """The year of a date string (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), else None.

    >>> year_of("2014-03"), year_of(None), year_of("c. 2000")
    (2014, None, None)
    """
    text = str(date or "")
    return int(text[:4]) if text[:4].isdigit() else None


def source_years(G: nx.Graph, sources) -> list[int]:
    """The sorted years of some articles (``G.graph["article_year"]``; unknown ones left out).

    >>> source_years(nx.Graph(article_year={"a": 2016, "b": 2013}), ["a", "b", "c"])
    [2013, 2016]
    """
    known = G.graph.get("article_year") or {}
    return sorted({int(known[s]) for s in sources or () if s in known})


def mention_only(G: nx.Graph, node: str) -> bool:
    """Whether ``node`` is only mentioned on a page of ``G``: it has no edge while the page
    has some (on a page without any edge every node is shown).

    >>> G = nx.MultiGraph([("a", "b")]); G.add_node("c")
    >>> mention_only(G, "c"), mention_only(G, "a"), mention_only(nx.empty_graph(["x"]), "x")
    (True, False, False)
    """
    return not any(v != node for v in G[node]) and any(nbrs for _, nbrs in G.adjacency())


def node_years(G: nx.Graph, node: str) -> list[int]:
    """An event's year (none when undated); a node that is only mentioned: its articles'
    years; any other node: none (its edges tell)."""
    attrs = G.nodes[node]
    if attrs.get("category") == "event":
        year = year_of(attrs.get("date"))
        return [] if year is None else [year]
    if mention_only(G, node):
        return source_years(G, attrs.get("sources"))
    return []


def edge_years(G: nx.Graph, attrs: dict) -> list[int]:
    """The years a role edge is supported for: its ``years``, else its sources' years."""
    if attrs.get("years") is not None:
        return sorted({int(y) for y in attrs["years"]})
    return source_years(G, attrs.get("sources"))


def supported_in(G: nx.Graph, attrs: dict, year: int) -> bool:
    """Whether an edge holds in ``year``: a role edge when its sources support it then,
    any other edge always.

    >>> G = nx.MultiGraph(article_year={"a": 2022})
    >>> supported_in(G, {"relation": "role", "sources": ["a"]}, 2013), supported_in(G, {"relation": "hasActor"}, 2013)
    (False, True)
    """
    return attrs.get("relation") != "role" or year in edge_years(G, attrs)


def page_years(G: nx.Graph) -> list[int]:
    """The years of a page's dated events and role edges, ascending (the slider's range).

    >>> G = nx.MultiGraph(article_year={"a": 2022})
    >>> G.add_node("m", category="event", date="2013-11-02"); G.add_node("u", category="event")
    >>> _ = G.add_edge("k", "j", relation="role", sources=["a"])
    >>> page_years(G)
    [2013, 2022]
    """
    found = {y for n in G for y in node_years(G, n) if G.nodes[n].get("category") == "event"}
    found.update(y for _, _, attrs in G.edges(data=True) if attrs.get("relation") == "role"
                 for y in edge_years(G, attrs))
    return sorted(found)
