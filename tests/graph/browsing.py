"""Shared browser helpers: Debian's Chromium driven by Playwright, fully offline."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]



@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module."""
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page opened offline, with its aborted requests and errors."""

    def __init__(self, browser, path: Path, timeout_ms: int = 30000):
        self.aborted: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.timeout_ms = timeout_ms

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.aborted.append(route.request.url)
            route.abort()

    def wait_drawn(self) -> int:
        """Wait until the layout is done; the number of nodes vis-network holds."""
        self.page.wait_for_function("window.diplograph && window.diplograph.ready === true",
                                    timeout=self.timeout_ms)
        return self.page.evaluate("window.network.body.data.nodes.length")

    def close(self):
        self.page.close()

    def __enter__(self) -> "Visit":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# The label boxes vis-network drew last (canvas units), as it measured them itself: every
# node and edge label shown (not hidden, drawn at a size above vis-network's threshold).
DRAWN_LABELS = """() => { const n = window.network; n.redraw(); const boxes = [];
  const add = (kind, id, item) => { const L = item.labelModule;
    if (item.options.hidden || !L.elementOptions.label || L.fontOptions.size <= 0 || !L.visible()) { return; }
    boxes.push({kind, id, label: String(L.elementOptions.label), font: L.fontOptions.size * n.getScale(),
                x1: L.size.left, y1: L.size.top, x2: L.size.left + L.size.width, y2: L.size.top + L.size.height}); };
  n.body.nodeIndices.forEach(id => add("node", id, n.body.nodes[id]));
  n.body.edgeIndices.forEach(id => add("edge", id, n.body.edges[id]));
  return boxes; }"""


def drawn_labels(page) -> list[dict]:
    """The labels a view draws now, with their boxes (see :data:`DRAWN_LABELS`)."""
    return page.evaluate(DRAWN_LABELS)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    """The pairs of labels whose boxes overlap."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]:
                found.append((a["label"], b["label"]))
    return found


def canvas_point(page, x: float, y: float) -> tuple[float, float]:
    """The page coordinates of a point of the network's canvas."""
    dom = page.evaluate("([x, y]) => window.network.canvasToDOM({x: x, y: y})", [x, y])
    box = page.locator("#network").bounding_box()
    return box["x"] + dom["x"], box["y"] + dom["y"]


def click_edge(page, edge_id: str) -> None:
    """Click the middle of an edge as drawn (a curved edge's too)."""
    middle = page.evaluate("(id) => window.network.body.edges[id].edgeType.getPoint(0.5)", edge_id)
    page.mouse.click(*canvas_point(page, middle["x"], middle["y"]))
