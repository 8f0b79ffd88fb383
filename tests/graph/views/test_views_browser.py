"""diplograph.graph.views in a real browser: Debian's Chromium driven by Playwright, fully offline.

Every request that is not ``file://`` is aborted and counted; console and page errors are
collected; each view must draw as many nodes as its networkx graph has.
"""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from diplograph.graph.analysis.measures import to_networkx
from diplograph.graph.views import write_views
from diplograph.graph.views.ego import ego_graph, ego_pages
from diplograph.graph.views.overview import write_overview
from tests.graph.browsing import CHROMIUM, Visit, browser  # noqa: F401  (browser is a fixture)
from tests.graph.graph_sample_data import KISHIDA, LAVROV, large_graph, sample_dataset

XSS_LABEL = ' <img src=x onerror="window.__xss=1">'
XSS_SENTENCE = " </script><script>window.__xss=2</script>"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")


@pytest.fixture(scope="module")
def G():
    return to_networkx(sample_dataset())


@pytest.fixture(scope="module")
def views(G, tmp_path_factory):
    return write_views(G, tmp_path_factory.mktemp("views"))


def expected_nodes(G, path: Path) -> int | None:
    pages = {Path(p).stem: node for node, p in ego_pages(G).items()}
    if path.name == "overview.html":
        return G.number_of_nodes()
    if path.parent.name == "ego":
        return ego_graph(G, pages[path.stem]).number_of_nodes()
    return None


def test_every_view_loads_offline_without_errors(browser, G, views):
    assert len(views) == 4
    for path in views:
        visit = Visit(browser, path)
        try:
            expected = expected_nodes(G, path)
            if expected is not None:
                assert visit.wait_drawn() == expected, path.name
                assert visit.page.locator("#network canvas").count() == 1
                assert visit.page.evaluate("window.network.physics.physicsEnabled") is False
            else:
                visit.page.wait_for_load_state("load")
                assert visit.page.locator("table a").count() == 3
            assert visit.aborted == [], path.name
            assert visit.errors == [], path.name
        finally:
            visit.close()


def test_search_box_focuses_a_node_by_label(browser, views):
    visit = Visit(browser, views[0])
    try:
        visit.wait_drawn()
        visit.page.fill("#search-input", "lavrov")
        visit.page.click("#search button")
        assert visit.page.evaluate("window.network.getSelectedNodes()") == [str(LAVROV)]
        assert visit.page.text_content("#info-title") == "Sergey Lavrov"
        assert visit.page.text_content("#info-roles") == "Foreign Minister of Russia — 1 source · 2013"
        assert "Foreign Minister" not in visit.page.text_content("#info-facts")
        visit.page.fill("#search-input", "Atlantis")
        visit.page.click("#search button")
        assert visit.page.text_content("#search-status") == "no match"
        assert visit.errors == [] and visit.aborted == []
    finally:
        visit.close()


def test_ego_link_from_the_overview_info_panel(browser, views):
    visit = Visit(browser, views[0])
    try:
        visit.wait_drawn()
        visit.page.fill("#search-input", "Japan")
        visit.page.press("#search-input", "Enter")
        link = visit.page.locator("#info-link a")
        assert link.get_attribute("href") == "ego/japan.html"
        link.click()
        visit.page.wait_for_url("**/ego/japan.html")
        assert visit.wait_drawn() == 5
        assert visit.errors == [] and visit.aborted == []
    finally:
        visit.close()


def test_article_strings_stay_inert(browser, tmp_path):
    G = to_networkx(sample_dataset(label_suffix=XSS_LABEL, sentence_suffix=XSS_SENTENCE))
    label = "Fumio Kishida" + XSS_LABEL
    for path in write_views(G, tmp_path):
        visit = Visit(browser, path)
        try:
            if path.name != "index.html":
                visit.wait_drawn()
            else:
                visit.page.wait_for_load_state("load")
            visit.page.wait_for_timeout(100)
            assert visit.page.evaluate("typeof window.__xss") == "undefined", path.name
            assert visit.page.evaluate("document.querySelectorAll('img').length") == 0, path.name
            assert visit.aborted == [] and visit.errors == [], path.name
        finally:
            visit.close()
    visit = Visit(browser, tmp_path / "overview.html")
    try:
        visit.wait_drawn()
        node = str(KISHIDA)
        assert visit.page.evaluate(f"window.diplograph.nodes.get({node!r}).label") == label
        visit.page.fill("#search-input", label)
        visit.page.click("#search button")
        assert visit.page.text_content("#info-title") == label
        assert visit.page.text_content("#info-sentences").count(XSS_SENTENCE.strip()) == 1
        assert visit.page.evaluate("document.querySelectorAll('#info img, #info script').length") == 0
        _hover(visit.page, node)
        tooltip = visit.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5000)
        assert tooltip.inner_text().startswith(label)
        assert tooltip.locator("img").count() == 0
        assert visit.page.evaluate("typeof window.__xss") == "undefined"
    finally:
        visit.close()


def _hover(page, node: str) -> None:
    point = page.evaluate(
        "id => { const n = window.network; const p = n.canvasToDOM(n.getPositions([id])[id]);"
        " const r = document.querySelector('#network canvas').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; }", node)
    page.mouse.move(point[0] - 40, point[1] - 40)
    page.mouse.move(point[0], point[1], steps=4)


def test_overview_screenshot_is_not_blank(browser, views, tmp_path):
    visit = Visit(browser, views[0])
    try:
        visit.wait_drawn()
        shot = tmp_path / "overview.png"
        visit.page.locator("#network").screenshot(path=str(shot))
        colours = png_colours(shot.read_bytes())
        assert len(colours) > 8, f"only {len(colours)} colours"
        assert "f28e2b" in {c[:6] for c in colours}      # a Country is drawn in its colour
    finally:
        visit.close()


def test_large_graph_draws_every_node(browser, tmp_path):
    G = large_graph(1500)
    path = write_overview(G, tmp_path)
    visit = Visit(browser, path, timeout_ms=90000)
    try:
        assert visit.wait_drawn() == 1500
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()


def test_the_overview_expands_to_a_lighter_page_that_still_works(browser, tmp_path, monkeypatch):
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_NODES", 100)
    monkeypatch.setattr("diplograph.graph.views.overview.OVERVIEW_MORE", (200,))
    G = large_graph(400)
    linked = sum(1 for n in G if G.degree(n))     # 148: the actors of no event are left out
    write_overview(G, tmp_path)
    visit = Visit(browser, tmp_path / "overview.html", timeout_ms=90000)
    try:
        assert visit.wait_drawn() == 100
        visit.page.click('#selector a[href="overview-all.html"]')
        visit.page.wait_for_url("**/overview-all.html")
        assert visit.wait_drawn() == linked
        visit.page.fill("#search-input", "Event 3")
        visit.page.press("#search-input", "Enter")
        assert visit.page.text_content("#info-title") == "Event 3"
        assert visit.page.locator("#info-sources").is_hidden()       # no source lists here
        assert visit.aborted == [] and visit.errors == []
    finally:
        visit.close()


# --------------------------------------------------------------------------- PNG pixels


def png_colours(data: bytes) -> set[str]:
    """The distinct colours (hex RGBA) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    bpp = 4 if colour_type == 6 else 3
    raw, stride = zlib.decompress(idat), width * bpp
    previous, colours = bytearray(stride), set()
    for row in range(height):
        start = row * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1:start + 1 + stride]), previous, bpp)
        colours.update(line[i:i + bpp].hex() for i in range(0, stride, bpp))
        previous = line
    return colours


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> bytearray:
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up, up_left = prev[i], prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 2:
            line[i] = (line[i] + up) & 255
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
            line[i] = (line[i] + pred) & 255
    return line


def test_png_decoder_on_a_tiny_image():
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"\x00" + bytes([255, 0, 0, 0, 255, 0]) + b"\x02" + bytes([0, 0, 0, 0, 0, 0])
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    assert png_colours(png) == {"ff0000", "00ff00"}
