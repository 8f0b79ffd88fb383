"""How fast a large view draws and settles in headless Chromium (Debian's /usr/bin/chromium).

    .venv/bin/python benchmarks/bench_views.py [--sizes 1000 5000]

For each size, a synthetic graph of N nodes (actors, places, events) and 2N edges is written
with the project's own views, opened offline from file://, and timed: from navigation to the
first drawing of the network canvas (vis-network's first ``afterDrawing``, which marks
<body data-drawn>), and to the settled layout (``data-ready`` on <body>). Graphs above
500 nodes carry positions computed in Python, so physics is off and both times coincide.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from statistics import median
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from diplograph.graph.views import write_views

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
KINDS = [("Person", "actor"), ("Country", "actor"), ("Organization", "actor"), ("Place", "place"),
         ("Meeting", "event"), ("Summit", "event")]


def synthetic(n: int, seed: int = 3) -> nx.MultiGraph:
    rng = random.Random(seed)
    G = nx.MultiGraph()
    for i in range(n):
        kind, category = KINDS[i % len(KINDS)]
        G.add_node(f"urn:n{i}", label=f"{kind} {i}", kind=kind, category=category,
                   date="2013-11-02" if category == "event" else None, sources=["a"],
                   facts=[f"fact {i}"], sentences=[("a", f"sentence {i}")], conflict=False)
    nodes = list(G.nodes)
    while G.number_of_edges() < 2 * n:
        u, v = rng.sample(nodes, 2)
        G.add_edge(u, v, key="hasActor", label="hasActor", relation="hasActor", subject=u,
                   object=v, sources=["a"], conflict=False)
    return G


def measure(browser, page_path: Path, timeout_ms: int = 120_000) -> tuple[float, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    start = time.perf_counter()
    page.goto(page_path.resolve().as_uri(), wait_until="commit")
    page.wait_for_selector("body[data-drawn='true']", timeout=timeout_ms)
    first = time.perf_counter() - start
    page.wait_for_selector("body[data-ready='true']", timeout=timeout_ms)
    settled = time.perf_counter() - start
    page.close()
    return first, settled


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--repeat", type=int, default=3, help="page loads per size (median and worst shown)")
    args = ap.parse_args(argv)
    print(f"{'nodes':>6} {'edges':>6} {'write s':>8} {'first draw s (median/worst)':>28} "
          f"{'settled s (median/worst)':>25}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in args.sizes:
            G = synthetic(n)
            out = Path(tempfile.mkdtemp()) / "views"
            start = time.perf_counter()
            write_views(G, out)
            written = time.perf_counter() - start
            runs = [measure(browser, out / "overview.html") for _ in range(max(1, args.repeat))]
            first = sorted(r[0] for r in runs)
            settled = sorted(r[1] for r in runs)
            print(f"{n:>6} {G.number_of_edges():>6} {written:>8.2f} "
                  f"{median(first):>19.2f} / {first[-1]:.2f} {median(settled):>16.2f} / {settled[-1]:.2f}")
        browser.close()


if __name__ == "__main__":
    main()
