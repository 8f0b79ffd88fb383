"""What an analyst does on the views of a real build of the five samples, in a real, offline
Chromium: narrow the years (roles and actors follow), show the nodes only mentioned, click a
relations edge for its events and timeline, read the info panel, and find no label on top
of another at the default zoom."""
from __future__ import annotations

import pytest

from diplograph.graph.views.layout import PRECOMPUTE_ABOVE
from diplograph.graph.views.overview import write_overview
from diplograph.ontology.namespace import ENT
from tests.graph.browsing import CHROMIUM, Visit, browser, canvas_point, click_edge, drawn_labels, overlapping  # noqa: F401
from tests.graph.graph_sample_data import large_graph

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")

KISHIDA, JAPAN, RUSSIA, NATO = (str(ENT[n]) for n in ("fumio-kishida", "japan", "russia", "nato"))
ONODERA, ALBANESE, REUTERS = (str(ENT[n]) for n in ("itsunori-onodera", "anthony-albanese", "reuters"))
VISIBLE = "window.network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)"
DRAWN_EDGES = "window.network.body.edgeIndices.map(id => window.network.body.data.edges.get(id))"


@pytest.fixture(scope="module")
def views(sample_build):
    return sample_build.out / "views"


def kishida_roles_drawn(page) -> list[str]:
    """The role edges between Kishida and Japan vis-network draws now."""
    return sorted(e["label"] for e in page.evaluate(DRAWN_EDGES)
                  if e.get("relation") == "role" and {e["from"], e["to"]} == {KISHIDA, JAPAN})


def click_node(page, node: str) -> None:
    pos = page.evaluate("(id) => window.network.getPositions([id])[id]", node)
    page.mouse.click(*canvas_point(page, pos["x"], pos["y"]))


def test_the_year_slider_hides_roles_and_actors_outside_the_years(browser, views):
    with Visit(browser, views / "overview.html") as visit:
        visit.wait_drawn()
        assert kishida_roles_drawn(visit.page) == ["Foreign Minister", "Prime Minister"]
        visit.page.fill("#year-to", "2013")
        shown = set(visit.page.evaluate(VISIBLE))
        assert kishida_roles_drawn(visit.page) == ["Foreign Minister"]
        assert {KISHIDA, JAPAN, RUSSIA, ONODERA} <= shown
        assert ALBANESE not in shown and NATO not in shown      # 2022 only
        pm = visit.page.evaluate("window.network.body.data.edges.get({filter: e => e.label === 'Prime Minister'"
                                 " && [e.from, e.to].includes(" + repr(KISHIDA) + ")})")
        assert [e["hidden"] for e in pm] == [True]
        visit.page.fill("#year-from", "2022")
        visit.page.fill("#year-to", "2022")
        shown = set(visit.page.evaluate(VISIBLE))
        assert kishida_roles_drawn(visit.page) == ["Prime Minister"]
        assert {KISHIDA, JAPAN, ALBANESE, NATO} <= shown and ONODERA not in shown and RUSSIA not in shown
        assert visit.errors == []


def test_the_info_panel_counts_a_roles_sources_and_marks_roles_outside_the_years(browser, views):
    with Visit(browser, views / "overview.html") as visit:
        visit.wait_drawn()
        click_node(visit.page, KISHIDA)
        assert visit.page.text_content("#info-title") == "Fumio Kishida"
        roles = visit.page.eval_on_selector_all("#info-roles li", "lis => lis.map(li => li.textContent)")
        assert roles == ["Foreign Minister of Japan — 4 sources · 2013, 2016",
                         "Prime Minister of Japan — 1 source · 2022"]
        assert "Minister of Japan" not in visit.page.text_content("#info-facts")
        visit.page.fill("#year-to", "2016")
        rows = visit.page.eval_on_selector_all("#info-roles li", "lis => lis.map(li => [li.className, li.textContent])")
        assert rows == [["", "Foreign Minister of Japan — 4 sources · 2013, 2016"],
                        ["outside", "Prime Minister of Japan — 1 source · 2022 · outside the chosen years"]]
        assert visit.errors == []


def test_the_legend_and_filters_stay_in_view_beside_a_long_panel(browser, views):
    with Visit(browser, views / "overview.html") as visit:
        visit.wait_drawn()
        click_node(visit.page, KISHIDA)
        height = visit.page.viewport_size["height"]
        for part in ("#legend", "#time-filter", "#show-mentioned"):
            box = visit.page.locator(part).bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= height, part
        details = visit.page.locator("#details").bounding_box()
        assert details["y"] + details["height"] <= height
        assert visit.page.evaluate("document.getElementById('details').scrollHeight") > details["height"]


def test_the_overview_hides_the_nodes_only_mentioned_until_asked(browser, views):
    with Visit(browser, views / "overview.html") as visit:
        assert visit.wait_drawn() == 58
        shown = visit.page.evaluate(VISIBLE)
        assert len(shown) == 24 and REUTERS not in shown
        visit.page.check("#show-mentioned")
        assert len(visit.page.evaluate(VISIBLE)) == 58
        ys = visit.page.evaluate("(ids) => { const p = window.network.getPositions(); const m = new Set("
                                 "window.network.body.data.nodes.get({filter: n => n.mention_only}).map(n => n.id));"
                                 " return [Math.max(...Object.keys(p).filter(id => !m.has(id)).map(id => p[id].y)),"
                                 " Math.min(...[...m].map(id => p[id].y))]; }", None)
        assert ys[1] > ys[0]                       # in rows below the drawing
        assert overlapping(drawn_labels(visit.page)) == []
        visit.page.uncheck("#show-mentioned")
        assert len(visit.page.evaluate(VISIBLE)) == 24
        visit.page.fill("#search-input", "Reuters")
        visit.page.press("#search-input", "Enter")
        assert REUTERS in visit.page.evaluate(VISIBLE)
        assert visit.page.text_content("#info-title") == "Reuters"
        assert visit.errors == []


def test_clicking_a_relations_edge_lists_its_events_and_draws_its_timeline(browser, views):
    with Visit(browser, views / "relations.html") as visit:
        visit.wait_drawn()
        edge = visit.page.evaluate("(ends) => window.network.body.data.edges.get({filter: e =>"
                                   " ends.includes(e.from) && ends.includes(e.to)})[0]", [JAPAN, RUSSIA])
        assert edge["label"] == "2 events" and edge["color"]["color"] == "#2ca02c"
        click_edge(visit.page, edge["id"])
        assert visit.page.text_content("#info-title") == "Japan – Russia"
        events = visit.page.eval_on_selector_all("#info-events li .when", "s => s.map(x => x.textContent)")
        assert events == ["2013-11-02 · cooperation · ", "2016-12 · cooperation · "]
        whats = visit.page.eval_on_selector_all("#info-events li .what", "s => s.map(x => x.textContent)")
        assert whats == ["Talks, Tokyo, 2013-11-02", "Talks, 2016-12"]
        sources = visit.page.text_content("#info-events li .sources")
        assert "«Faced with China and North Korea, Japan and Russia make security deal» (003_aa4b84f567e7d7be)" in sources
        bars = visit.page.eval_on_selector_all("#info-timeline g rect.cooperation",
                                               "rs => rs.map(r => r.parentNode.getAttribute('data-year'))")
        assert bars == ["2013", "2016"]
        visit.page.fill("#year-to", "2013")          # the pair's events of 2013 only
        assert visit.page.evaluate("(id) => window.network.body.data.edges.get(id).label", edge["id"]) == "1 event"
        whats = visit.page.eval_on_selector_all("#info-events li .what", "s => s.map(x => x.textContent)")
        assert whats == ["Talks, Tokyo, 2013-11-02"]
        width = visit.page.evaluate("(id) => window.network.body.data.edges.get(id).width", edge["id"])
        assert width < edge["width"]
        visit.page.fill("#year-from", "2022")
        visit.page.fill("#year-to", "2022")
        assert visit.page.evaluate("(id) => window.network.body.data.edges.get(id).hidden", edge["id"]) is True
        assert RUSSIA not in visit.page.evaluate(VISIBLE)
        assert visit.errors == []


def test_a_relations_tooltip_is_short_and_wrapped(browser, views):
    with Visit(browser, views / "relations.html") as visit:
        visit.wait_drawn()
        middle = visit.page.evaluate("() => { const e = window.network.body.data.edges.get({filter: e =>"
                                     " e.label === '2 events'})[0]; return window.network.body.edges[e.id].edgeType.getPoint(0.5); }")
        x, y = canvas_point(visit.page, middle["x"], middle["y"])
        visit.page.mouse.move(x - 20, y + 20)
        visit.page.mouse.move(x, y, steps=4)
        tip = visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        assert tip.inner_text() == ("Japan – Russia (all years)\n2 events: 2 cooperation, 0 conflict, 0 other\n"
                                    "Click the edge for its events.")
        assert visit.page.evaluate("getComputedStyle(document.querySelector('div.vis-tooltip')).whiteSpace") == "pre-wrap"


def test_no_label_overlaps_another_at_the_default_zoom(browser, views):
    for page in ("overview.html", "ego/japan.html", "ego/fumio-kishida.html", "relations.html",
                 "period-2013.html", "period-2022.html"):
        with Visit(browser, views / page) as visit:
            shown = len(visit.page.evaluate(VISIBLE)) if visit.wait_drawn() else 0
            labels = drawn_labels(visit.page)
            assert overlapping(labels) == [], page
            nodes = [b for b in labels if b["kind"] == "node"]
            assert len(nodes) == shown, page            # and every node shown is labelled
            assert min(b["font"] for b in labels) >= 11, page


def test_a_large_view_draws_readable_labels_that_do_not_overlap(browser, tmp_path):
    G = large_graph(PRECOMPUTE_ABOVE * 10)
    with Visit(browser, write_overview(G, tmp_path), timeout_ms=90000) as visit:
        visit.wait_drawn()
        labels = drawn_labels(visit.page)
        assert overlapping(labels) == [] and len(labels) >= 20
        assert min(b["font"] for b in labels) >= 11.9
        before = len(labels)
        visit.page.evaluate("window.network.moveTo({scale: window.network.getScale() * 3}); window.diplograph.declutter()")
        assert overlapping(drawn_labels(visit.page)) == []
        assert visit.errors == [] and before > 0
