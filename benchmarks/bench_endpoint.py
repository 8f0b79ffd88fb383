"""How fast ``diplograph serve`` answers a simple query, alone and under heavy load.

    .venv/bin/python benchmarks/bench_endpoint.py [--runs 60] [--loaded-runs 12] [--heavy 20]
                                                  [--workers N] [--queue 16] [--timeout 30]

The five sample articles are built into a persistent store, which a real endpoint serves on
loopback. Timed from the client (urllib, a new connection per request, as most SPARQL
clients do): a simple query (the first 5 event kinds), one after the other,

* alone, ``--runs`` times, and
* ``--loaded-runs`` times while ``--heavy`` client threads each keep sending a heavy query
  (a join counting about 15 million rows, one to a few seconds of CPU). A heavy client that
  gets 503 waits the second ``Retry-After`` asks before it sends again.

It prints p50 and p95 of the time until the simple query is answered: a client turned away
with 503 (the line of waiting queries is full, or no worker freed up within the time limit)
tries again after the second ``Retry-After`` asks, and that wait counts. Also how many 503s
the simple queries got, and how many heavy queries were answered or turned away meanwhile.
The pool runs ``--workers`` queries at once (default: the endpoint's own, the CPUs up to 4)
with ``--queue`` more waiting, so under load the simple query waits its turn behind heavy
ones or is turned away: the figures show the price of never running more than a fixed
number of query processes.

Latest figures (2 CPUs shared with other work, so 2 workers, queue 16, time limit 30 s):
alone p50 0.054 s, p95 0.144 s (60 runs, no 503); under 20 heavy clients p50 25 s, p95 195 s
(12 runs, 230 times 503 on the way; 363 heavy queries answered and 1,630 turned away
meanwhile). Heavy clients keep the line full, so a simple query mostly waits for a free place
in it and then behind up to 16 heavy queries: the pool protects the machine, not the
latency of cheap queries under such load.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

# each query process runs this file again (as __mp_main__, multiprocessing's forkserver does
# so), so the heavy imports wait in main()
SIMPLE = "SELECT ?kind WHERE { ?event dg:eventKind ?kind } ORDER BY ?kind LIMIT 5"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


def ask(url: str, query: str) -> tuple[int, float]:
    """(HTTP status, seconds) of one query."""
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "text/csv"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, time.perf_counter() - start


def percentiles(seconds: list[float]) -> str:
    if len(seconds) < 2:
        return "p50 -, p95 - (too few answers)"
    cuts = statistics.quantiles(seconds, n=20, method="inclusive")
    return f"p50 {statistics.median(seconds):.3f} s, p95 {cuts[18]:.3f} s"


def simple_runs(url: str, runs: int) -> tuple[list[float], int]:
    """The times until each simple query was answered (a 503 is tried again after the
    second ``Retry-After`` asks, and the wait counts), and how many 503s it took."""
    times, refused = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        while True:
            status, _ = ask(url, SIMPLE)
            if status == 200:
                break
            if status != 503:
                raise SystemExit(f"the simple query got HTTP {status}")
            refused += 1
            time.sleep(1.0)
        times.append(time.perf_counter() - start)
    return times, refused


def heavy_client(url: str, stop: threading.Event, counts: dict, lock: threading.Lock) -> None:
    while not stop.is_set():
        status, _ = ask(url, HEAVY)
        with lock:
            counts[status] = counts.get(status, 0) + 1
        if status == 503:
            stop.wait(1.0)          # the Retry-After the endpoint sends


def under_load(url: str, runs: int, heavy: int) -> tuple[list[float], int, dict]:
    stop, lock, counts = threading.Event(), threading.Lock(), {}
    clients = [threading.Thread(target=heavy_client, args=(url, stop, counts, lock), daemon=True)
               for _ in range(heavy)]
    for client in clients:
        client.start()
    time.sleep(2.0)                 # let the heavy queries fill the workers and the line
    try:
        times, refused = simple_runs(url, runs)
    finally:
        stop.set()
    return times, refused, dict(counts)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=60, help="simple queries alone (default: 60)")
    ap.add_argument("--loaded-runs", type=int, default=12, help="simple queries under load (default: 12)")
    ap.add_argument("--heavy", type=int, default=20, help="concurrent heavy clients (default: 20)")
    ap.add_argument("--workers", type=int, default=None, help="query workers (default: the endpoint's)")
    ap.add_argument("--queue", type=int, default=16, help="waiting queries (default: 16)")
    ap.add_argument("--timeout", type=float, default=30.0, help="time limit per query (default: 30)")
    args = ap.parse_args(argv)
    from diplograph.graph.build import SAMPLES_DIR, build
    from diplograph.graph.store.endpoint import start_endpoint
    with tempfile.TemporaryDirectory(prefix="bench-endpoint-") as tmp:
        build([SAMPLES_DIR], Path(tmp) / "out", store=Path(tmp) / "store", views=False)
        with start_endpoint(store=Path(tmp) / "store", timeout=args.timeout, workers=args.workers,
                            queue=args.queue) as endpoint:
            pool = endpoint.server.pool
            print(f"endpoint: {pool.workers} workers, queue {pool.queue}, time limit {args.timeout:g} s")
            ask(endpoint.query_url, SIMPLE)             # starts the forkserver's first fork
            alone, refused = simple_runs(endpoint.query_url, args.runs)
            print(f"simple query alone: {percentiles(alone)} ({refused} times 503)")
            loaded, refused, heavy = under_load(endpoint.query_url, args.loaded_runs, args.heavy)
            print(f"simple query, {args.heavy} heavy clients: {percentiles(loaded)} "
                  f"({refused} times 503 for {args.loaded_runs} queries)")
            print(f"heavy queries meanwhile: {heavy.get(200, 0)} answered, {heavy.get(503, 0)} turned away"
                  + "".join(f", {n} with HTTP {s}" for s, n in sorted(heavy.items()) if s not in (200, 503)))


if __name__ == "__main__":
    main()
