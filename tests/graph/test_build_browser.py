"""A hostile article through the whole build, opened in a real, offline Chromium."""
from __future__ import annotations

import pytest

from tests.graph.browsing import CHROMIUM, Visit, browser  # noqa: F401  (browser is a fixture)
from diplograph.graph.build import build

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")

HOSTILE = (
    "Gipfel in Tokio <img src=x onerror=\"window.__xss=1\">\n\n"
    "Japans Außenminister Fumio Kishida traf am Montag in Tokio Russlands Außenminister "
    "Sergej Lawrow </script><script>window.__xss=2</script> zu Gesprächen über einen "
    "Friedensvertrag. Kishida sagte, die Gespräche <b onmouseover=\"window.__xss=3\">seien gut</b>.\n")


def test_article_markup_stays_inert_in_every_view(browser, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = build([folder], tmp_path / "out")
    assert [i.status for i in result.inputs] == ["ok"]
    views = sorted((tmp_path / "out" / "views").rglob("*.html"))
    assert len(views) >= 3
    for path in views:
        visit = Visit(browser, path)
        try:
            if path.name != "index.html":
                assert visit.wait_drawn() > 0
                # every node's info panel, and the hover tooltip of the first node
                shown = visit.page.evaluate(
                    "window.network.body.data.nodes.getIds().map(function (id) {"
                    " window.diplograph.focus(id); return document.getElementById('info-title').textContent; })")
                assert shown and all(shown), path.name
                first = visit.page.evaluate("window.network.body.data.nodes.getIds()[0]")
                visit.page.evaluate("(id) => window.diplograph.focus(id)", first)
                box = visit.page.locator("#network").bounding_box()
                visit.page.mouse.move(box["x"] + box["width"] / 2 + 1, box["y"] + box["height"] / 2 + 1, steps=3)
                visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
            visit.page.wait_for_load_state("load")
            for node in ("Fumio Kishida", "Sergey Lavrov"):
                if path.name == "overview.html":
                    visit.page.fill("#search-input", node)
                    visit.page.press("#search-input", "Enter")
            assert visit.page.evaluate("window.__xss") is None, path.name
            assert visit.page.locator("img").count() == 0, path.name
            assert visit.aborted == [] and visit.errors == [], path.name
            if path.name == "overview.html":
                info = visit.page.text_content("body")
                assert "</script><script>window.__xss=2</script>" in info
        finally:
            visit.close()
