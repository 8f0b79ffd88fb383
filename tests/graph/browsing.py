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
