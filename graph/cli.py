"""The ``diplograph`` command: argument parsing and calls into the library, nothing more.

Exit codes: 0 success; 1 the build finished but some inputs failed (see OUT/report.md);
2 usage or input error (a query that does not parse, a missing graph file).
"""
from __future__ import annotations

import argparse
import re
import signal
import sys
import time
from pathlib import Path

from diplograph.ontology.errors import DiplographError

__all__ = ["main"]


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


_COUNTER = re.compile(r"^\[(\d+)/(\d+)\] ")


class _ProgressBar:
    """The build's progress on a terminal: one line rewritten in place for the article
    counter ("[12/300] ..."), with rate and time left; other messages on lines of their own.
    Off a terminal every message is a plain line; with ``quiet`` only problems are shown."""

    def __init__(self, stream=sys.stderr, quiet: bool = False):
        self.stream, self.quiet = stream, quiet
        self.tty = stream.isatty()
        self.start, self.open = time.monotonic(), False

    def __call__(self, message: str) -> None:
        counter = _COUNTER.match(message)
        if self.quiet and not message.startswith(("failed", "warning", "skipped")):
            return
        if counter and self.tty:
            self._bar(int(counter[1]), int(counter[2]))
            return
        self._end_bar()
        print(message, file=self.stream, flush=True)

    def _bar(self, done: int, total: int) -> None:
        rate = done / max(time.monotonic() - self.start, 1e-6)
        left = int((total - done) / rate) if rate else 0
        width = 30
        filled = int(width * done / total) if total else width
        line = (f"\rextracting [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                f"{rate:.1f} articles/s, {left // 60}:{left % 60:02d} left")
        print(line, end="", file=self.stream, flush=True)
        self.open = done < total
        if not self.open:
            print(file=self.stream, flush=True)

    def _end_bar(self) -> None:
        if self.open:
            print(file=self.stream, flush=True)
            self.open = False


def cmd_build(args) -> int:
    from diplograph.graph.build import build
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _exit_on_sigterm)     # unwinds the build, which removes its temporary folders
    result = build(args.paths or None, args.out, models=args.model, progress=_ProgressBar(quiet=args.quiet),
                   views=not args.no_views, max_bytes=args.max_bytes, store=args.store,
                   prune=args.prune, workers=args.workers, dask=args.dask, keep_facts=False,
                   force=args.force)
    if args.profile:
        from diplograph.graph.stages import format_stages
        print(format_stages(result.clock), file=sys.stderr)
    n = result.counts
    print(f"built {len(result.ok)} articles ({len(result.problems)} not built): "
          f"{result.quads} quads, {n['events']} events, {n['role claims']} role claims, "
          f"{n['conflicts']} conflicts -> {result.out / 'graph.trig'}")
    return 1 if any(i.status == "failed" for i in result.inputs) else 0


def cmd_query(args) -> int:
    from diplograph.graph.store.query import check_format, format_result, shipped_queries
    if args.list:
        for q in shipped_queries().values():
            print(f"{q.name:16} {q.title}\n{'':16} {q.description}")
        return 0
    if not args.query:
        raise DiplographError("give a query (SPARQL text, a .rq file or a shipped name) or --list")
    check_format(args.format, args.ids, args.max_width)          # before a query that may take long
    from diplograph.graph.store.access import query
    from diplograph.graph.store.params import parse_params
    result = query(args.store if args.store is not None else args.graph, args.query, timeout=args.timeout,
                   limit=args.limit, federation=args.allow_federation, params=parse_params(args.param),
                   store=args.store is not None)
    text = format_result(result, args.format, ids=args.ids, max_width=args.max_width)
    print(text, end="" if text.endswith("\n") else "\n")
    return 0


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(128 + signum)        # unwinds the with-block, which stops the server


def cmd_serve(args) -> int:
    from diplograph.graph.store.endpoint import start_endpoint
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with start_endpoint(args.store, None if args.store else args.graph, port=args.port,
                        timeout=args.timeout, workers=args.workers, queue=args.queue,
                        federation=args.allow_federation, allow_hosts=args.allow_host or (),
                        cors=args.cors or ()) as endpoint:
        print(f"SPARQL endpoint (read-only) at {endpoint.query_url}, query page at {endpoint.url}/ "
              "(Ctrl-C stops it)", flush=True)
        endpoint.wait()
    return 0


def cmd_push(args) -> int:
    from diplograph.graph.store.push import push
    result = push(args.url, None if args.store else args.graph, store=args.store,
                  timeout=args.timeout, auth=args.auth, progress=_progress)
    print(f"pushed {result.graphs} graphs, {result.triples} triples to {result.url}")
    return 0


def cmd_export(args) -> int:
    from diplograph.graph.analysis.export import export
    for path in export(args.graph, args.format, args.out):
        print(path)
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("diplograph")
    except PackageNotFoundError:          # run from a source tree that is not installed
        return "0+unknown"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="diplograph", description=(
        "Knowledge graphs of international-relations news: build, query, explore."))
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph, views and report from article files")
    b.add_argument("paths", nargs="*", help="article files or folders (default: the sample articles)")
    b.add_argument("-o", "--out", default="out", type=Path, help="output folder (default: out/)")
    b.add_argument("--model", action="append", metavar="[LANG=]NAME",
                   help="an installed spaCy pipeline (name or path) to use instead of the blank one "
                        "for its language, e.g. de_core_news_md or en=/models/my_en; repeatable")
    b.add_argument("--no-views", action="store_true", help="skip the HTML views")
    b.add_argument("--force", action="store_true",
                   help="replace the output folder even if diplograph did not write it")
    b.add_argument("-q", "--quiet", action="store_true",
                   help="print only problems (failed, skipped inputs, warnings) and the summary")
    b.add_argument("--profile", action="store_true",
                   help="print the seconds each stage took (read, extract, fuse, RDF, views by kind, report)")
    b.add_argument("--max-bytes", type=int, default=5_000_000,
                   help="skip input files larger than this (default: 5,000,000)")
    b.add_argument("--store", type=Path, metavar="DIR",
                   help="grow a persistent store: articles already in it are not extracted again")
    b.add_argument("--workers", type=int, default=None, metavar="N",
                   help="extract in N local processes, each with its own pipelines (default: "
                        "one per CPU from 200 articles on, else 1)")
    b.add_argument("--dask", metavar="SCHEDULER",
                   help="extract on a Dask cluster, e.g. tcp://10.0.0.5:8786 (workers need diplograph)")
    b.add_argument("--prune", action="store_true",
                   help="with --store: remove stored articles that are not among the inputs")
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run a SPARQL query on a built graph")
    q.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a shipped query's name")
    q.add_argument("-g", "--graph", default="out/graph.trig", type=Path,
                   help="graph file (default: out/graph.trig)")
    q.add_argument("--store", type=Path, metavar="DIR", help="query a persistent store instead of a graph file")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.add_argument("--ids", choices=["short", "full"], default=None,
                   help="IRIs as short ids (ent:japan) or full IRIs (default: short for table and csv, "
                        "full for tsv and json, which holds full IRIs only)")
    q.add_argument("--max-width", type=int, default=None, metavar="N",
                   help="table: wrap values wider than N characters onto more lines (default: values whole)")
    q.add_argument("--limit", type=int, default=None, help="show at most this many rows")
    q.add_argument("--timeout", type=float, default=None, help="seconds before giving up")
    q.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help="bind the query's variable NAME to VALUE (ent:japan, <IRI>, 2016, 2013-11-02, text); repeatable")
    q.add_argument("--allow-federation", action="store_true",
                   help="let SERVICE send the query's parts to other SPARQL endpoints (refused by default)")
    q.add_argument("--list", action="store_true", help="list the shipped queries")
    q.set_defaults(func=cmd_query)
    s = sub.add_parser("serve", help="serve a built graph as a read-only SPARQL endpoint on 127.0.0.1")
    s.add_argument("--store", type=Path, metavar="DIR", help="serve a persistent store")
    s.add_argument("-g", "--graph", default="out/graph.trig", type=Path,
                   help="or serve this graph file (default: out/graph.trig)")
    s.add_argument("--port", type=int, default=7878, help="TCP port (default: 7878)")
    s.add_argument("--timeout", type=float, default=30.0, help="time limit per query in seconds (default: 30)")
    s.add_argument("--workers", type=int, default=None, metavar="N",
                   help="queries run at once, each in its own process (default: CPUs, at most 4)")
    s.add_argument("--queue", type=int, default=16, metavar="N",
                   help="queries that may wait for a worker; more get 503 (default: 16)")
    s.add_argument("--allow-federation", action="store_true",
                   help="let SERVICE send the query's parts to other SPARQL endpoints (refused by default)")
    s.add_argument("--allow-host", action="append", metavar="NAME",
                   help="answer requests for this Host too (default: loopback names only); repeatable")
    s.add_argument("--cors", action="append", metavar="ORIGIN",
                   help="let web pages from ORIGIN (e.g. https://app.example, or *) query it; repeatable")
    s.set_defaults(func=cmd_serve)
    p = sub.add_parser("push", help="load a built graph into a SPARQL server (Graph Store Protocol)")
    p.add_argument("url", help="the server's graph store URL, e.g. http://localhost:3030/ds/data")
    p.add_argument("--store", type=Path, metavar="DIR", help="push a persistent store")
    p.add_argument("-g", "--graph", default="out/graph.trig", type=Path,
                   help="or push this graph file (default: out/graph.trig)")
    p.add_argument("--auth", metavar="USER:PASSWORD", help="HTTP basic authentication")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per request (default: 120)")
    p.set_defaults(func=cmd_push)
    e = sub.add_parser("export", help="write a built graph in another format")
    e.add_argument("--format", required=True,
                   choices=["trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv", "events-csv",
                            "pairs-csv"])
    e.add_argument("-g", "--graph", default="out/graph.trig", type=Path,
                   help="graph file (default: out/graph.trig)")
    e.add_argument("-o", "--out", type=Path, help="output file (default: beside the graph)")
    e.set_defaults(func=cmd_export)
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DiplographError as exc:
        print(f"diplograph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("diplograph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
