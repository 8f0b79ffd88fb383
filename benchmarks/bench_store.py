"""Loading and querying about a million triples: pyoxigraph against rdflib's own engine.

    .venv/bin/python benchmarks/bench_store.py [--triples 1000000] [--runs 3] [--cap 120]

The corpus is generated from the five sample articles: they are extracted once with the
real pipelines, then copied under new article ids with their dates moved by whole years
(so copies fuse into events of different years, and every shipped query has rows). The
copies are fused and written as N-Quads like a real build. Then, in one run:

* load times: pyoxigraph (in memory), the persistent store (``diplograph.graph.store.diskstore.commit``),
  rdflib ``Dataset.parse``;
* each shipped query: the median of ``--runs`` runs on each engine and the ratio. An
  rdflib query still running after ``--cap`` seconds is stopped (it runs in a forked child)
  and shown as ``>cap``.
"""
from __future__ import annotations

import argparse
import copy
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph
from rdflib import Dataset

from diplograph.extract import extract_article
from diplograph.extract.dates import TimeValue
from diplograph.extract.read.reader import read_articles
from diplograph.graph.store import diskstore
from diplograph.graph.build import SAMPLES_DIR
from diplograph.graph.fusion.fuse import fuse
from diplograph.graph.rdf.nquads import to_nquads
from diplograph.graph.store.query import run_query, shipped_queries
from diplograph.graph.rdf.dataset import to_dataset
from diplograph.ontology.namespace import PREFIXES


def sample_facts() -> list:
    facts = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        found, _ = read_articles(path)
        facts.extend(extract_article(article) for article in found)
    return facts


def _shift(value: TimeValue | None, years: int) -> TimeValue | None:
    if value is None or not value.iso[:4].isdigit():
        return value
    return TimeValue(f"{int(value.iso[:4]) + years:04d}{value.iso[4:]}", value.precision)


def copies(facts: list, n: int) -> list:
    """``n`` articles: the samples again and again, each copy moved by ``i // 5 % 12`` years."""
    out = []
    for i in range(n):
        f = copy.deepcopy(facts[i % len(facts)])
        years = (i // len(facts)) % 12
        if i >= len(facts):                 # the first five keep their ids (article-facts asks for one)
            f.article.id = f"{f.article.id}-copy{i:06d}"
        f.article.published = _shift(f.article.published, years)
        for event in f.events:
            event.date = _shift(event.date, years)
        out.append(f)
    return out


def timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - start


def _rdflib_runs(ds: Dataset, sparql: str, runs: int, pipe) -> None:
    times, rows = [], 0
    namespaces = {name: str(ns) for name, ns in PREFIXES.items()}
    try:
        for _ in range(runs):
            start = time.perf_counter()
            rows = len(list(ds.query(sparql, initNs=namespaces)))
            times.append(time.perf_counter() - start)
    except Exception as exc:  # rdflib cannot run every query; say so in the table
        pipe.send((None, f"error: {type(exc).__name__}"))
        return
    pipe.send((times, rows))


def rdflib_median(ds: Dataset, sparql: str, runs: int, cap: float) -> tuple[float | None, int | None]:
    """Median seconds of ``runs`` rdflib runs in a forked child and its row count, or
    ``(None, None)`` past ``cap``."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_rdflib_runs, args=(ds, sparql, runs, send))
    child.start()
    send.close()
    done = receive.poll(cap)
    times, rows = receive.recv() if done else (None, None)
    if not done:
        child.kill()
    child.join()
    return (statistics.median(times), rows) if times else (None, rows)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cap", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    args = ap.parse_args(argv)
    base = sample_facts()
    one = len(to_dataset(fuse(base)))
    static = len(to_dataset(fuse([])))
    n = max(len(base), round((args.triples - static) * len(base) / max(1, one - static)))
    fused, t_fuse = timed(fuse, copies(base, n))
    ds, t_rdf = timed(to_dataset, fused)
    folder = Path(tempfile.mkdtemp())
    path = folder / "graph.nq"
    path.write_text(to_nquads(ds), encoding="utf-8")
    print(f"{n} articles, {len(fused.events)} events, {len(ds)} triples "
          f"(fusion {t_fuse:.1f} s, RDF {t_rdf:.1f} s, {path.stat().st_size / 1e6:.0f} MB of N-Quads)")
    oxi = pyoxigraph.Store()
    _, t_oxi = timed(lambda: oxi.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS))
    _, t_disk = timed(diskstore.commit, folder / "store", ds, {}, "bench")
    rdf = Dataset(default_union=True)       # queries see every named graph, as in pyoxigraph
    _, t_rdflib = timed(lambda: rdf.parse(str(path), format="nquads"))
    print(f"load: pyoxigraph {t_oxi:.1f} s, persistent store {t_disk:.1f} s, rdflib {t_rdflib:.1f} s "
          f"(ratio {t_rdflib / t_oxi:.0f}x)")
    print(f"{'query':18} {'rows':>6} {'pyoxigraph ms':>14} {'rdflib ms':>10} {'ratio':>7} {'rdflib rows':>11}")
    for name, query in sorted(shipped_queries().items()):
        runs = [timed(run_query, oxi, query.text) for _ in range(args.runs)]
        t_o = statistics.median(t for _, t in runs)
        t_r, rows = rdflib_median(rdf, query.text, args.runs, args.cap)
        failed = isinstance(rows, str)
        slow = f"{t_r * 1000:10.0f}" if t_r is not None else f"{'-' if failed else '>' + str(int(args.cap)) + ' s':>10}"
        ratio = f"{t_r / t_o:7.0f}" if t_r is not None else f"{'-' if failed else '>' + str(int(args.cap / t_o)):>7}"
        print(f"{name:18} {len(runs[0][0].rows):>6} {t_o * 1000:14.1f} {slow} {ratio} {rows if rows is not None else '-':>11}")


if __name__ == "__main__":
    main()
