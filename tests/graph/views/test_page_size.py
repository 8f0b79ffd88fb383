"""A page carries what its panel shows: a node or an edge backed by hundreds of articles
brings its first 200 sources and their count, a role its first 20, and only the titles of
the articles it names, so that pages stay small however many sources stand behind Japan."""
from __future__ import annotations


import networkx as nx
import pytest

from diplograph.graph.views.overview import write_overview
from tests.graph.views.test_views import graph_data
from tests.graph.browsing import CHROMIUM, Visit, browser, canvas_point  # noqa: F401

JAPAN, KISHIDA = "https://w3id.org/diplograph/id/entity/japan", "https://w3id.org/diplograph/id/entity/fumio-kishida"


def _graph() -> nx.MultiGraph:
    G = nx.MultiGraph()
    articles = [f"a{i:03d}" for i in range(300)]
    G.graph["titles"] = {a: f"Report number {a}" for a in articles}
    G.add_node(JAPAN, label="Japan", kind="Country", category="actor", sources=articles)
    G.add_node(KISHIDA, label="Fumio Kishida", kind="Person", category="actor", sources=articles[:50])
    G.add_edge(KISHIDA, JAPAN, relation="role", label="Prime Minister", subject=KISHIDA, sources=articles[:50])
    return G


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("views")
    return write_overview(_graph(), out)


def _data(page) -> dict:
    return graph_data(page)


def test_a_page_carries_the_listed_sources_and_their_count(page):
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert len(nodes[JAPAN]["sources"]) == 200 and nodes[JAPAN]["source_count"] == 300
    [row] = nodes[KISHIDA]["roles"]
    assert row["sources"] == [f"a{i:03d}" for i in range(20)] and row["source_count"] == 50
    [edge] = data["edges"]
    assert len(edge["sources"]) == 50 and edge["source_count"] == 50
    assert set(data["titles"]) == {f"a{i:03d}" for i in range(200)}      # only the articles it names


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing")
def test_the_panel_counts_every_source_and_lists_the_carried_ones(browser, page):
    with Visit(browser, page) as visit:
        visit.wait_drawn()
        pos = visit.page.evaluate("(id) => window.network.getPositions([id])[id]", JAPAN)
        visit.page.mouse.click(*canvas_point(visit.page, pos["x"], pos["y"]))
        assert "300 sources" in visit.page.inner_text("#info-meta")
        assert visit.page.text_content("#info-sources summary") == "300 sources"
        items = visit.page.locator("#info-sources li").all_text_contents()     # in a closed <details>
        assert len(items) == 201 and items[0] == "«Report number a000» (a000)" and items[-1] == "and 100 more"
        assert not visit.errors and not visit.aborted
