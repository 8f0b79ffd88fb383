"""The actor, event, relations and period pages in a real browser (Chromium, offline)."""
from __future__ import annotations

import pytest

from diplograph.graph.analysis.measures import to_networkx
from diplograph.graph.views import write_all_views
from diplograph.graph.views.periods import period_events
from tests.graph.browsing import CHROMIUM, Visit, browser  # noqa: F401  (browser is a fixture)
from tests.graph.graph_sample_data import KISHIDA, MEETING, TALKS, sample_dataset
from tests.graph.views.test_views import graph_data

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")

VISIBLE = "window.network.body.data.nodes.get({filter: function (n) { return !n.hidden; }}).length"
NEW = ("ego/fumio-kishida.html", "ego/nato.html", "ego/sergei-shoigu.html", "ego/sergey-lavrov.html",
       "events/meeting-1.html", "events/talks-1.html", "relations.html", "period-2013.html",
       "period-2014.html")


@pytest.fixture(scope="module")
def G():
    return to_networkx(sample_dataset())


@pytest.fixture(scope="module")
def out(G, tmp_path_factory):
    root = tmp_path_factory.mktemp("more-views")
    write_all_views(G, root)
    return root


def test_every_new_page_loads_offline_with_its_nodes(browser, out):
    for page in NEW:
        visit = Visit(browser, out / page)
        try:
            expected = len(graph_data(out / page)["nodes"])
            assert expected > 0
            assert visit.wait_drawn() == expected, page
            assert visit.page.evaluate(VISIBLE) == expected, page
            assert visit.page.locator("#network canvas").count() == 1, page
            assert visit.aborted == [] and visit.errors == [], page
        finally:
            visit.close()


def test_index_links_reach_the_new_pages(browser, out):
    visit = Visit(browser, out / "index.html")
    try:
        visit.page.wait_for_load_state("load")
        hrefs = visit.page.eval_on_selector_all("section.more-views a", "as => as.map(a => a.getAttribute('href'))")
        assert tuple(hrefs) == NEW
        visit.page.click("text=Country relations")
        visit.page.wait_for_url("**/relations.html")
        assert visit.wait_drawn() == 3
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()


def test_type_filter_hides_and_shows_a_kind(browser, out):
    visit = Visit(browser, out / "period-2013.html")
    try:
        assert visit.wait_drawn() == 4
        visit.page.uncheck('input.kind-filter[value="Person"]')
        assert visit.page.evaluate(VISIBLE) == 2
        hidden = visit.page.evaluate("window.network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.kind)")
        assert hidden == ["Person", "Person"]
        visit.page.uncheck('input.kind-filter[value="Meeting"]')
        assert visit.page.evaluate(VISIBLE) == 1
        visit.page.check('input.kind-filter[value="Person"]')
        assert visit.page.evaluate(VISIBLE) == 3
        assert visit.page.locator("#search-input").count() == 1 and visit.page.locator("#legend li").count() > 0
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()


def test_period_page_shows_only_that_years_events(browser, G, out):
    visit = Visit(browser, out / "period-2013.html")
    try:
        visit.wait_drawn()
        events = visit.page.evaluate(
            "window.network.body.data.nodes.get({filter: n => n.category === 'event'}).map(n => n.id)")
        assert events == period_events(G, "2013") == [str(MEETING)]
        visit.page.click('#selector a[href="period-2014.html"]')
        visit.page.wait_for_url("**/period-2014.html")
        visit.wait_drawn()
        events = visit.page.evaluate(
            "window.network.body.data.nodes.get({filter: n => n.category === 'event'}).map(n => n.id)")
        assert events == [str(TALKS)]
        assert visit.page.text_content("#selector a.current") == "2014"
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()


def test_event_page_opens_with_sources_and_sentences(browser, out):
    visit = Visit(browser, out / "events/meeting-1.html")
    try:
        visit.wait_drawn()
        assert visit.page.text_content("#info-title").startswith("Meeting: Fumio Kishida")
        assert visit.page.text_content("#info-meta") == "Meeting · 2013-11-02 · 2 sources"
        assert visit.page.eval_on_selector_all("#info-sources li", "lis => lis.map(li => li.textContent)") == [
            "000_aaa", "001_bbb"]
        assert "Lavrov met Fumio Kishida in Tokyo" in visit.page.text_content("#info-sentences")
        visit.page.fill("#search-input", "Kishida")
        visit.page.press("#search-input", "Enter")
        assert visit.page.get_attribute("#info-link a", "href") == "../ego/fumio-kishida.html"
        assert visit.page.evaluate("window.network.getSelectedNodes()") == [str(KISHIDA)]
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()
