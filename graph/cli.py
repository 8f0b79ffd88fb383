"""The ``diplograph`` command: argument parsing and calls into the library, nothing more.

Exit codes: 0 success; 1 the build finished but some inputs failed (see OUT/report.md);
2 usage or input error (a query that does not parse, a missing graph file).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ontology.errors import DiplographError

__all__ = ["main"]


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_build(args) -> int:
    from .build import build
    result = build(args.paths or None, args.out, models=args.model, progress=_progress,
                   views=not args.no_views, max_bytes=args.max_bytes)
    f = result.fusion
    n_roles = sum(len(a.roles) for a in f.articles)
    print(f"built {len(result.ok)} articles ({len(result.problems)} not built): "
          f"{result.triples} triples, {len(f.events)} events, {n_roles} role claims, "
          f"{len(f.conflicts)} conflicts -> {result.out / 'graph.trig'}")
    return 1 if any(i.status == "failed" for i in result.inputs) else 0


def cmd_query(args) -> int:
    from .query import format_result, resolve_query, run_query, shipped_queries
    from .store import load_store
    if args.list:
        for q in shipped_queries().values():
            print(f"{q.name:16} {q.title}\n{'':16} {q.description}")
        return 0
    if not args.query:
        raise DiplographError("give a query (SPARQL text, a .rq file or a shipped name) or --list")
    sparql = resolve_query(args.query)
    store = load_store(args.graph)
    result = run_query(store, sparql, timeout=args.timeout)
    text = format_result(result, args.format)
    print(text, end="" if text.endswith("\n") else "\n")
    return 0


def cmd_export(args) -> int:
    from .export import export
    for path in export(args.graph, args.format, args.out):
        print(path)
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="diplograph", description=(
        "Knowledge graphs of international-relations news: build, query, explore."))
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph, views and report from article files")
    b.add_argument("paths", nargs="*", help="article files or folders (default: the sample articles)")
    b.add_argument("-o", "--out", default="out", type=Path, help="output folder (default: out/)")
    b.add_argument("--model", action="append", metavar="[LANG=]NAME",
                   help="an installed spaCy pipeline (name or path) to use instead of the blank one "
                        "for its language, e.g. de_core_news_md or en=/models/my_en; repeatable")
    b.add_argument("--no-views", action="store_true", help="skip the HTML views")
    b.add_argument("--max-bytes", type=int, default=5_000_000,
                   help="skip input files larger than this (default: 5,000,000)")
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run a SPARQL query on a built graph")
    q.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a shipped query's name")
    q.add_argument("-g", "--graph", default="out/graph.trig", type=Path,
                   help="graph file (default: out/graph.trig)")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.add_argument("--timeout", type=float, default=None, help="seconds before giving up")
    q.add_argument("--list", action="store_true", help="list the shipped queries")
    q.set_defaults(func=cmd_query)
    e = sub.add_parser("export", help="write a built graph in another format")
    e.add_argument("--format", required=True,
                   choices=["trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv"])
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
