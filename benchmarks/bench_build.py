"""Build throughput: extraction per stage against spaCy's tokenizer, whole builds at several
corpus sizes with their wall time and peak memory, SPARQL and view times.

    .venv/bin/python benchmarks/bench_build.py [--sizes 1000 10000 100000] [--workers 1 2]
                                                [--stage-sample 500] [--worker-sample 3000]
                                                [--no-views] [--corpus generated|real|both]

1. A corpus of the largest size is generated (``benchmarks/corpus.py``), and one of real
   news sentences recombined (``benchmarks/real_corpus.py``; ``--corpus`` picks one or both,
   each reported in its own tables); smaller sizes use their first N articles.
2. On ``--stage-sample`` of its articles: spaCy's tokenizer alone, then each pipeline
   component and the article-level assembly (``doc_to_facts``), as words/s and articles/s,
   and the whole extraction as a ratio of the tokenizer alone (each the fastest of three
   passes, with the pipelines frozen out of the garbage collector as in a build; the
   words/s of every pass is printed too). Then extraction alone on
   ``--worker-sample`` articles with each worker count, and its speed-up: with the
   workers' start-up, and steady (from the end of the first two batches per worker on).
3. For each size and worker count: ``diplograph build --no-views --workers W`` in a child
   process: wall time, words/s, peak memory (the largest process), and the growth factor
   against the previous size (near-linear cost gives about the size ratio).
4. On the largest build: the median time of the shipped SPARQL queries, the time to read
   the networkx graph from the store, and (unless ``--no-views``) the time to write all views.
"""
from __future__ import annotations

import argparse
import gc
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus
from real_corpus import write_real_corpus

from diplograph.extract import _clean, article_doc
from diplograph.extract.article import doc_to_facts
from diplograph.extract.parallel import BATCH, extract_many
from diplograph.extract.pipeline import get_pipeline
from diplograph.extract.read.reader import read_articles

CLI = Path(sys.executable).with_name("diplograph")
CORPORA = {"generated": "templates filled from the knowledge base, every fifth a sample",
           "real": "sentences of the samples and data/real/ recombined"}


def stage_table(paths: list[Path], passes: int = 3) -> None:
    """Words/s of the tokenizer alone and of each stage, on these articles: the fastest of
    ``passes`` passes over them (as in a build after its first articles, the caches of
    words and word types are warm; the passes differ by the machine's noise, about 5 %)."""
    articles = [a for p in paths for a in read_articles(p)[0]]
    words = sum(len(a.text.split()) for a in articles)
    pipes = {lang: get_pipeline(lang) for lang in sorted({a.lang for a in articles})}
    # As a build and its workers run extraction: the pipelines, the knowledge base and the
    # corpus out of the garbage collector's sight.
    gc.collect()
    gc.freeze()
    tokenizer = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for a in articles:
            pipes[a.lang].tokenizer(a.text)
        tokenizer = min(tokenizer, time.perf_counter() - start)
    runs = [_stage_pass(articles, pipes) for _ in range(passes)]
    stages = min(runs, key=lambda run: sum(run.values()))
    gc.unfreeze()
    total = sum(stages.values())
    print(f"\nStages on {len(articles)} articles, {words} words (one process, fastest of {passes} passes)")
    print(f"{'stage':24} {'seconds':>8} {'share':>6} {'words/s':>10} {'articles/s':>10}")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"{name:24} {seconds:8.2f} {seconds / total:6.1%} {words / seconds:10.0f} {len(articles) / seconds:10.1f}")
    print(f"{'extraction, all stages':24} {total:8.2f} {1:6.0%} {words / total:10.0f} {len(articles) / total:10.1f}")
    print(f"{'spaCy tokenizer alone':24} {tokenizer:8.2f} {'':6} {words / tokenizer:10.0f}")
    print(f"extraction / tokenizer alone: {tokenizer / total:.3f} (target 0.25)")
    print("all stages per pass: " + ", ".join(f"{words / sum(run.values()):.0f}" for run in runs)
          + " words/s (the first with cold caches)")


def _stage_pass(articles: list, pipes: dict) -> dict[str, float]:
    """Seconds per stage over one pass of extraction on these articles."""
    stages: dict[str, float] = {}
    for a in articles:
        nlp = pipes[a.lang]
        _clean(a)
        t = time.perf_counter()
        doc = article_doc(nlp, a)
        stages["tokenizer (make_doc)"] = stages.get("tokenizer (make_doc)", 0) + time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            stages[name] = stages.get(name, 0) + time.perf_counter() - t
        t = time.perf_counter()
        doc_to_facts(doc, a)
        stages["doc_to_facts"] = stages.get("doc_to_facts", 0) + time.perf_counter() - t
    return stages


def worker_table(paths: list[Path], workers: list[int]) -> None:
    """Extraction alone (no fusion, RDF or output) through ``extract_many`` with each worker
    count: words/s and the speed-up over one process, first with the start-up included
    (worker processes each build their own pipelines; one process reuses the ones already
    built), then steady: the same articles, after the first two batches per worker of the
    largest count, and the time from when they were done. (Batches that other workers
    finished before then still count, at most one per extra worker: about 1 % of 3,000
    articles.) The facts come without their entity mentions, as the CLI's build asks for
    them."""
    articles = [a for p in paths for a in read_articles(p)[0]]
    words = [len(a.text.split()) for a in articles]
    print(f"\nExtraction alone on {len(articles)} articles, {sum(words)} words")
    if len(articles) < 4 * BATCH * max(workers):
        print("too few articles for a steady rate; give --worker-sample a larger number")
        return
    print(f"{'workers':>7} {'seconds':>8} {'words/s':>9} {'speed-up':>8} {'steady from':>11} "
          f"{'steady w/s':>10} {'speed-up':>8}")
    base, skip = None, 2 * max(workers) * BATCH - 1     # the last article of a batch, the same for all
    gc.collect()
    gc.freeze()                  # as a build holds what it made (its workers do the same)
    for n in workers:
        start = time.perf_counter()
        done = 0
        for i, outcome in enumerate(extract_many(articles, workers=n, mentions=False)):   # as the CLI build
            if i == skip:
                steady_start = time.perf_counter()
            done += outcome.facts is not None
        end = time.perf_counter()
        total, steady = sum(words) / (end - start), sum(words[skip + 1:]) / (end - steady_start)
        base = base or (total, steady)
        print(f"{n:>7} {end - start:8.2f} {total:9.0f} {total / base[0]:7.2f}x {steady_start - start:9.2f} s "
              f"{steady:10.0f} {steady / base[1]:7.2f}x  ({done} extracted)", flush=True)
    gc.unfreeze()


def run_build(folder: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak memory (GB, the largest process) of one CLI build."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([str(CLI), "build", str(folder), "-o", str(out), "--no-views", "--workers", str(workers)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"build of {folder} failed with exit code {done.returncode}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return wall, peak / 1e6


def subset(paths: list[Path], n: int, root: Path) -> Path:
    folder = root / f"n{n}"
    folder.mkdir()
    for path in paths[:n]:
        (folder / path.name).symlink_to(path)
    return folder


def query_and_view_times(trig: Path, views: Path | None) -> None:
    from diplograph.graph.analysis.network import to_networkx
    from diplograph.graph.store.query import run_query, shipped_queries
    from diplograph.graph.store.load import load_store
    from diplograph.graph.views import write_all_views
    store = load_store(trig)
    times = {}
    for name, query in shipped_queries().items():
        start = time.perf_counter()
        run_query(store, query.text)
        times[name] = time.perf_counter() - start
    slowest = max(times, key=times.get)
    print(f"\nSPARQL on {len(store)} quads: median {statistics.median(times.values()) * 1000:.0f} ms "
          f"over {len(times)} shipped queries, slowest {slowest} {times[slowest] * 1000:.0f} ms")
    start = time.perf_counter()
    G = to_networkx(store)
    print(f"networkx graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges in "
          f"{time.perf_counter() - start:.1f} s", flush=True)
    if views is None:
        return
    start = time.perf_counter()
    pages = write_all_views(G, views)
    print(f"views: {len(pages)} pages for {G.number_of_nodes()} nodes in {time.perf_counter() - start:.1f} s")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stage-sample", type=int, default=500)
    ap.add_argument("--no-views", action="store_true", help="do not time writing the views")
    ap.add_argument("--corpus", choices=["generated", "real", "both"], default="both",
                    help="the generated corpus, real news sentences recombined (real_corpus.py), or both")
    ap.add_argument("--worker-sample", type=int, default=3000,
                    help="articles extracted alone with each worker count")
    args = ap.parse_args(argv)
    for kind in (["generated", "real"] if args.corpus == "both" else [args.corpus]):
        root = Path(tempfile.mkdtemp(prefix=f"diplograph-bench-{kind}-"))
        write = write_corpus if kind == "generated" else write_real_corpus
        paths = write(root / "corpus", max(args.sizes))
        print(f"\n=== corpus: {kind} ({CORPORA[kind]}) ===", flush=True)
        bench_corpus(args, paths, root)


def bench_corpus(args, paths: list[Path], root: Path) -> None:
    """The stage table, the worker table and the build table of one corpus."""
    stage_table(paths[: args.stage_sample])
    worker_table(paths[: args.worker_sample], args.workers)
    print(f"\n{'articles':>9} {'words':>10} {'workers':>7} {'wall s':>8} {'words/s':>9} {'peak GB':>8} {'growth':>7}")
    last_out, previous = None, {}
    for n in sorted(args.sizes):
        folder = subset(paths, n, root)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths[:n])
        for workers in args.workers:
            out = root / f"out-{n}-{workers}"
            wall, peak = run_build(folder, out, workers)
            growth = f"{wall / previous[workers]:.2f}" if workers in previous else "-"
            previous[workers] = wall
            print(f"{n:>9} {words:>10} {workers:>7} {wall:8.1f} {words / wall:9.0f} {peak:8.2f} {growth:>7}", flush=True)
            last_out = out
    if last_out is not None:
        query_and_view_times(last_out / "graph.trig", None if args.no_views else root / "views")


if __name__ == "__main__":
    main()
