"""What a reader does on a view, in a real, offline Chromium: click and hover nodes, see
their sources, spot conflicts, narrow the time range; and the counts of every page."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from diplograph.graph.analysis.measures import to_networkx
from diplograph.graph.views import write_all_views
from diplograph.graph.views.layout import PRECOMPUTE_ABOVE, positions
from diplograph.graph.views.overview import write_overview
from diplograph.graph.views.render import CONFLICT_COLOUR
from tests.graph.browsing import CHROMIUM, Visit, browser  # noqa: F401  (browser is a fixture)
from tests.graph.graph_sample_data import large_graph, sample_dataset
from tests.graph.graph_sample_data import LAVROV as _LAVROV, KISHIDA as _KISHIDA, MEETING as _MEETING, SHOIGU as _SHOIGU, TALKS as _TALKS
from tests.graph.views.test_views import graph_data
from tests.graph.views.test_views_browser import png_colours

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")

VISIBLE = "window.network.body.data.nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return n.id; })"
# plain strings: an rdflib URIRef never equals the str of a node id the page returns
KISHIDA, MEETING, SHOIGU, TALKS = map(str, (_KISHIDA, _MEETING, _SHOIGU, _TALKS))
TITLES = {"000_aaa": "Kishida trifft Lawrow", "001_bbb": "Lavrov in Tokyo"}


@pytest.fixture(scope="module")
def G():
    G = to_networkx(sample_dataset())
    G.graph["titles"] = dict(TITLES)    # the sample dataset's articles have no titles
    return G


@pytest.fixture(scope="module")
def out(G, tmp_path_factory):
    root = tmp_path_factory.mktemp("interaction")
    write_all_views(G, root)
    return root


def node_point(page, node: str) -> tuple[float, float]:
    """The page coordinates of a node's centre."""
    x, y = page.evaluate(
        "(id) => { const p = window.network.getPositions([id])[id];"
        " const d = window.network.canvasToDOM(p); return [d.x, d.y]; }", node)
    box = page.locator("#network").bounding_box()
    return box["x"] + x, box["y"] + y


def test_clicking_a_node_shows_its_facts_titles_and_sentences(browser, out):
    with Visit(browser, out / "overview.html") as visit:
        visit.wait_drawn()
        visit.page.mouse.click(*node_point(visit.page, KISHIDA))
        assert visit.page.text_content("#info-title") == "Fumio Kishida"
        assert visit.page.text_content("#info-meta") == "Person · 2 sources"
        assert visit.page.text_content("#info-sources summary") == "2 sources"
        sources = visit.page.eval_on_selector_all("#info-sources li", "lis => lis.map(li => li.textContent)")
        assert sources == ["«Kishida trifft Lawrow» (000_aaa)", "«Lavrov in Tokyo» (001_bbb)"]
        quotes = visit.page.text_content("#info-sentences")
        assert "Japans Außenminister Fumio Kishida traf Sergej Lawrow am Samstag in Tokio." in quotes
        assert visit.page.is_hidden("#info-conflict") and visit.page.is_hidden("#info-unverified")
        assert visit.errors == []


def test_hovering_a_node_shows_its_tooltip_with_sources(browser, out):
    with Visit(browser, out / "overview.html") as visit:
        visit.wait_drawn()
        x, y = node_point(visit.page, MEETING)
        visit.page.mouse.move(x - 30, y - 30)
        visit.page.mouse.move(x, y, steps=5)
        tip = visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        text = tip.inner_text()
        assert text.startswith("Meeting: Fumio Kishida, Sergey Lavrov")
        assert "Sources: «Kishida trifft Lawrow» (000_aaa), «Lavrov in Tokyo» (001_bbb)" in text
        assert "Conflicting claims between sources" in text
        assert "“Russian Foreign Minister Sergey Lavrov met Fumio Kishida in Tokyo on Sunday.” («Lavrov in Tokyo» (001_bbb))" in text


def test_conflicts_are_marked_on_nodes_edges_and_in_the_panel(browser, out, tmp_path):
    with Visit(browser, out / f"ego/{Path(SHOIGU).name}.html") as visit:
        visit.wait_drawn()
        node = visit.page.evaluate("(id) => window.network.body.data.nodes.get(id)", SHOIGU)
        assert node["color"]["border"] == CONFLICT_COLOUR and node["borderWidth"] == 3
        dashed = visit.page.evaluate(
            "window.network.body.data.edges.get({filter: e => e.dashes === true}).map(e => e.title)")
        assert sorted(t.split("\n")[0] for t in dashed) == ["Defence Minister", "Foreign Minister"]
        assert all(t.endswith("Conflicting claim") for t in dashed)
        shot = tmp_path / "shoigu.png"
        visit.page.locator("#network").screenshot(path=str(shot))
        assert CONFLICT_COLOUR[1:] in {c[:6] for c in png_colours(shot.read_bytes())}
        visit.page.evaluate("(id) => window.diplograph.focus(id)", SHOIGU)
        assert "Sources disagree" in visit.page.text_content("#info-conflict")


def test_the_time_control_narrows_the_overview_to_a_year(browser, out, G):
    with Visit(browser, out / "overview.html") as visit:
        visit.wait_drawn()
        assert sorted(visit.page.evaluate(VISIBLE)) == sorted(G)
        assert visit.page.get_attribute("#year-from", "min") == "2013"
        assert visit.page.get_attribute("#year-to", "max") == "2014"
        visit.page.fill("#year-to", "2013")        # fires "input" like a dragged slider
        shown = set(visit.page.evaluate(VISIBLE))
        assert MEETING in shown and TALKS not in shown and KISHIDA in shown
        assert visit.page.text_content("#year-range") == "2013"
        visit.page.fill("#year-from", "2014")
        visit.page.fill("#year-to", "2014")
        shown = set(visit.page.evaluate(VISIBLE))
        assert TALKS in shown and MEETING not in shown
        visit.page.fill("#year-from", "2013")
        assert sorted(visit.page.evaluate(VISIBLE)) == sorted(G)
        assert visit.errors == []


def test_every_page_draws_the_nodes_and_edges_it_embeds(browser, out):
    pages = sorted(p for p in out.rglob("*.html") if p.name != "index.html")
    assert len(pages) == 12
    for path in pages:
        data = graph_data(path)
        with Visit(browser, path) as visit:
            assert visit.wait_drawn() == len(data["nodes"]), path.name
            edges = visit.page.evaluate("window.network.body.data.edges.length")
            assert edges == len(data["edges"]) == int(visit.page.get_attribute("body", "data-edges")), path.name
            assert visit.aborted == [] and visit.errors == [], path.name


def test_large_views_draw_at_the_positions_computed_in_python(browser, tmp_path):
    G = large_graph(PRECOMPUTE_ABOVE + 50)
    path = write_overview(G, tmp_path)
    expected = positions(nx.MultiGraph(G))
    with Visit(browser, path, timeout_ms=60000) as visit:
        assert visit.wait_drawn() == G.number_of_nodes()
        assert visit.page.evaluate("window.network.physics.options.enabled") is False
        some = sorted(G)[:: max(1, G.number_of_nodes() // 7)]
        drawn = visit.page.evaluate("(ids) => window.network.getPositions(ids)", some)
        for node in some:
            assert drawn[node]["x"] == expected[node][0]
            assert drawn[node]["y"] == expected[node][1]
        assert visit.errors == []


@pytest.mark.parametrize("query", ["Sergej Lawrow", "lawrow"])
def test_search_finds_a_node_by_another_of_its_names(browser, out, query):
    with Visit(browser, out / "overview.html") as visit:
        visit.wait_drawn()
        visit.page.fill("#search-input", query)
        visit.page.press("#search-input", "Enter")
        assert visit.page.evaluate("window.network.getSelectedNodes()") == [str(_LAVROV)]
        assert visit.page.text_content("#info-title") == "Sergey Lavrov"
        assert visit.page.text_content("#search-status") == ""
        assert visit.page.locator("#node-labels option[value='Sergej Lawrow']").count() == 1


def test_an_entity_found_on_weak_evidence_is_shown_as_unverified(browser, G, tmp_path):
    weak = G.copy()
    weak.nodes[KISHIDA]["unverified"] = "names.en.person.said, confidence 0.6"
    write_overview(weak, tmp_path)
    with Visit(browser, tmp_path / "overview.html") as visit:
        visit.wait_drawn()
        visit.page.mouse.click(*node_point(visit.page, KISHIDA))
        note = visit.page.text_content("#info-unverified")
        assert note == "Unverified: linked or found on weak evidence (names.en.person.said, confidence 0.6)."
        assert not visit.page.is_hidden("#info-unverified")
