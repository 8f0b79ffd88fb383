"""Pages of a large graph draw at most their budget of nodes: the centre, the most
reported events with their parties, and say how much they leave out."""
from __future__ import annotations

import re

import networkx as nx

from diplograph.graph.views import budget
from diplograph.graph.views.ego import ego_page_graph, write_ego_views
from diplograph.graph.views.overview import write_overview
from tests.graph.views.test_views import graph_data


def _star(events: int) -> nx.MultiGraph:
    """Japan in ``events`` meetings, each with its own counterpart; meeting i has i+1 sources."""
    G = nx.MultiGraph(articles=["a"])
    G.add_node("japan", label="Japan", kind="Country", category="actor", sources=["a"])
    for i in range(events):
        G.add_node(f"m{i}", label=f"Meeting {i}", kind="Meeting", category="event", sources=[f"s{k}" for k in range(i + 1)])
        G.add_node(f"c{i}", label=f"Counterpart {i}", kind="Person", category="actor", sources=["a"])
        G.add_edge("japan", f"m{i}", relation="participant")
        G.add_edge(f"c{i}", f"m{i}", relation="participant")
    return G


def _page_nodes(path) -> set:
    data = graph_data(path)
    return {n["id"] for n in data["nodes"]}


def test_a_page_over_budget_keeps_the_most_reported_events_with_their_parties(tmp_path, monkeypatch):
    G = _star(300)                                        # 601 nodes within two steps of Japan
    sub, subtitle = ego_page_graph(G, "japan")
    assert sub.number_of_nodes() == 400 and "japan" in sub
    kept = {n for n in sub if n.startswith("m")}
    assert kept == {f"m{i}" for i in range(101, 300)}     # the 199 most reported meetings
    assert all(f"c{n[1:]}" in sub for n in kept)          # each with its counterpart
    assert subtitle.endswith("; showing 400 of 601 nodes: the most reported events and their parties")
    [page] = write_ego_views(G, tmp_path, {"japan": "ego/japan.html"})
    assert _page_nodes(page) == set(sub)


def test_a_small_page_shows_everything(tmp_path):
    G = _star(10)
    sub, subtitle = ego_page_graph(G, "japan")
    assert set(sub) == set(G) and "showing" not in subtitle


def test_the_overview_of_a_large_graph_shows_its_central_part(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "OVERVIEW_NODES", 50)
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_NODES", 50)
    G = _star(100)
    page = write_overview(G, tmp_path)
    shown = _page_nodes(page)
    assert len(shown) == 50 and "japan" in shown and "m99" in shown and "m0" not in shown
    G.add_node("c999", label="Mentioned only", kind="Country", category="actor")
    text = write_overview(G, tmp_path).read_text(encoding="utf-8")
    assert "202 nodes, 200 edges from 1 article; showing 50 of 202 nodes" in text and "hidden at first" not in text


def test_the_overview_of_a_large_graph_expands_to_larger_ones(tmp_path, monkeypatch):
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_NODES", 50)
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_MORE", (120, 500))
    G = _star(100)                                      # 201 nodes, all linked
    write_overview(G, tmp_path)
    pages = {name: _page_nodes(tmp_path / name) for name in ("overview.html", "overview-120.html", "overview-all.html")}
    assert [len(p) for p in pages.values()] == [50, 120, 201]
    assert pages["overview.html"] < pages["overview-120.html"] < pages["overview-all.html"] == set(G)
    for name in pages:
        text = (tmp_path / name).read_text(encoding="utf-8")
        links = re.findall(r'<a href="(overview[^"]*)"( aria-current="page")?', text)
        assert links == [(n, ' aria-current="page"' if n == name else "") for n in pages]
    assert sorted(p.name for p in tmp_path.glob("overview*.html")) == sorted(pages)
    first, light = (graph_data(tmp_path / n) for n in ("overview.html", "overview-all.html"))
    assert all("title" in n for n in first["nodes"]) and not any("title" in n for n in light["nodes"])
    assert "a lighter page" in (tmp_path / "overview-all.html").read_text(encoding="utf-8")


def test_an_overview_over_budget_only_by_mentioned_nodes_is_one_page_of_the_linked(tmp_path, monkeypatch):
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_NODES", 50)
    G = _star(20)                                       # 41 linked nodes
    G.add_nodes_from((f"x{i}", {"label": f"Mentioned {i}", "kind": "Country", "category": "actor"}) for i in range(20))
    page = write_overview(G, tmp_path)
    assert _page_nodes(page) == {n for n in G if not n.startswith("x")}
    assert [p.name for p in tmp_path.glob("overview*.html")] == ["overview.html"]
    assert 'id="selector"' not in page.read_text(encoding="utf-8")
