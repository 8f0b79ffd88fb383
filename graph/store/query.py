"""SPARQL over a built graph: shipped queries, running a query, formatting its result.

>>> import pyoxigraph
>>> from diplograph.ontology.namespace import ENT, KB_GRAPH, RDFS
>>> store = pyoxigraph.Store()
>>> store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(str(ENT.japan)),
...     pyoxigraph.NamedNode(str(RDFS.label)), pyoxigraph.Literal("Japan", language="en"),
...     pyoxigraph.NamedNode(str(KB_GRAPH))))
>>> result = run_query(store, "SELECT ?e ?name WHERE { ?e rdfs:label ?name }")
>>> result.rows
[('https://w3id.org/diplograph/id/entity/japan', 'Japan')]
>>> print(format_result(result, "table"))
e          name
---------  -----
ent:japan  Japan
(1 row)

Queries run over the union of all named graphs (``use_default_graph_as_union``) and see the
project prefixes of :data:`diplograph.ontology.namespace.ID_PREFIXES` (``dg:``, ``ent:``, ``schema:``, ...)
even without ``PREFIX`` lines; a query's own ``PREFIX`` lines win.

Shipped queries live in ``graph/store/queries/NAME.rq``. Each starts with two comment lines,
``# title: ...`` and ``# description: ...``. A query that takes an argument declares it
as a ``VALUES ?var { ... }`` line near the top, marked by a ``# param ?var: ...`` comment
line that says what to put there (for example ``article-facts.rq``); users copy the file
and edit that line.
"""
from __future__ import annotations

import re
import threading
import time
from itertools import islice
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import pyoxigraph

from diplograph.ontology import namespace
from diplograph.ontology.errors import QueryError
from diplograph.ontology.namespace import ID_PREFIXES, shorten_iri

from diplograph.graph.store.formats import (
    DEFAULT_IDS, FORMATTERS, IDS, Term, check_format, format_result, plain as _plain, to_csv, to_json, to_table, to_tsv,
)
from diplograph.graph.store.guard import UPDATES, dataset_options, vet
from diplograph.graph.store.params import bind_values

__all__ = [
    "QUERY_DIR", "ShippedQuery", "QueryResult", "shipped_queries", "resolve_query",
    "run_query", "format_result", "to_table", "to_csv", "to_tsv", "to_json", "shorten_iri",
    "check_format", "FORMATTERS", "DEFAULT_IDS", "IDS",
]

#: where the shipped ``*.rq`` queries live
QUERY_DIR = Path(__file__).resolve().parent / "queries"

_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*?)\s*$")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*")
_POLL = 0.25            # seconds between checks for Ctrl-C while a query runs
_KEYWORD = re.compile(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE|%s)(\s|[<*{?$]|$)" % "|".join(UPDATES))
_SPARQL_PREFIXES = {name: str(ns) for name, ns in ID_PREFIXES.items()}   # every short id reads back


@dataclass(frozen=True)
class ShippedQuery:
    """One shipped query: ``graph/store/queries/NAME.rq`` and its one-line documentation."""

    name: str
    title: str
    description: str
    path: Path
    text: str = field(repr=False)


@dataclass(frozen=True)
class QueryResult:
    """The whole result of one query.

    ``kind`` is ``"select"`` (``variables`` and ``bindings``, one pyoxigraph term or None
    per variable and row), ``"ask"`` (``boolean``) or ``"graph"`` for CONSTRUCT and
    DESCRIBE (``triples``). ``rows`` gives the bindings as plain Python strings.
    """

    kind: str
    variables: tuple[str, ...] = ()
    bindings: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[pyoxigraph.Triple, ...] = ()

    @property
    def rows(self) -> list[tuple[str | None, ...]]:
        """SELECT rows as strings: an IRI, a literal's lexical form, ``_:id``, or None.

        >>> QueryResult("select", ("x",), ((pyoxigraph.Literal("1", datatype=
        ...     pyoxigraph.NamedNode(namespace.XSD.integer)),), (None,))).rows
        [('1',), (None,)]
        """
        return [tuple(_plain(term) for term in row) for row in self.bindings]


def _materialize(solutions, limit: int | None = None) -> QueryResult:
    """Collect pyoxigraph's lazy query answer (at most ``limit`` rows or triples)."""
    if isinstance(solutions, pyoxigraph.QueryBoolean):
        return QueryResult("ask", boolean=bool(solutions))
    if isinstance(solutions, pyoxigraph.QueryTriples):
        return QueryResult("graph", triples=tuple(islice(solutions, limit)))
    variables = tuple(variable.value for variable in solutions.variables)
    bindings = tuple(tuple(solution[name] for name in variables) for solution in islice(solutions, limit))
    return QueryResult("select", variables, bindings)


def shipped_queries() -> dict[str, ShippedQuery]:
    """The shipped queries by name (the file stem), sorted by name.

    >>> queries = shipped_queries()
    >>> queries["meetings"].title
    'Meetings: who met whom, where and when'
    >>> "timeline" in queries
    True
    """
    return {path.stem: _read_shipped(path) for path in sorted(QUERY_DIR.glob("*.rq"))}


def _read_shipped(path: Path) -> ShippedQuery:
    """Parse a shipped ``.rq`` file's ``# title:`` and ``# description:`` header lines."""
    text = path.read_text(encoding="utf-8")
    doc: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            doc.setdefault(match.group(1), match.group(2))
    missing = {"title", "description"} - doc.keys()
    if missing:
        raise QueryError(f"{str(path)!r}: shipped query lacks '# {sorted(missing)[0]}:' line")
    return ShippedQuery(path.stem, doc["title"], doc["description"], path, text)


def resolve_query(query: str | PathLike[str]) -> str:
    """The SPARQL text of a query given as text, a path to a ``.rq`` file or a shipped name.

    A one-line argument without ``{`` is a reference: an existing file, else a shipped
    query's name (with or without ``.rq``), unless its first word is a SPARQL keyword
    (``DESCRIBE <x>``, ``LOAD <x>``); anything else is SPARQL text.

    >>> resolve_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> resolve_query("timeline") == shipped_queries()["timeline"].text
    True
    >>> resolve_query("LOAD <http://example.org/x>")
    'LOAD <http://example.org/x>'
    >>> resolve_query("no-such-query")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: unknown query 'no-such-query': not a file, and no shipped query has that name (available: agreements, article-facts, ...)
    """
    if isinstance(query, PathLike):
        return _read_file(Path(query))
    text = str(query).strip()
    if not text:
        raise QueryError("empty query")
    if "\n" in text or "{" in text:
        return str(query)
    path = Path(text).expanduser()
    if path.is_file():
        return _read_file(path)
    return str(query) if _KEYWORD.match(text) else _shipped_text(text)


def _read_file(path: Path) -> str:
    """The text of a query file, or QueryError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{str(path)!r}: no such query file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{str(path)!r}: cannot read query file: {err}") from err


def _shipped_text(reference: str) -> str:
    """The text of the shipped query ``reference`` names, or QueryError listing them."""
    queries = shipped_queries()
    name = reference[:-3] if reference.endswith(".rq") else reference
    if name in queries:
        return queries[name].text
    available = ", ".join(queries) or "none"
    what = "no such file" if reference.endswith(".rq") or "/" in reference else "not a file"
    raise QueryError(
        f"unknown query {reference!r}: {what}, and no shipped query has that name "
        f"(available: {available})"
    )


def run_query(
    store: pyoxigraph.Store, sparql: str, *, union: bool = True, timeout: float | None = None,
    limit: int | None = None, federation: bool = False, params: dict | None = None,
) -> QueryResult:
    """Run SPARQL text on a store and collect the whole result.

    The query is vetted first (:mod:`~diplograph.graph.store.guard`): updates, SERVICE
    (unless ``federation``), FROM graphs the store lacks and deep nesting are refused with
    QueryRefusedError. ``union``: the default graph is the union of all named graphs (else
    only the store's default graph), unless the query has FROM clauses. pyoxigraph cannot
    cancel a query, so it runs in a daemon thread, which the caller waits for: Ctrl-C
    (KeyboardInterrupt) reaches the caller at once, and ``timeout`` (seconds) raises
    QueryError; the thread runs on in the background until the query ends. ``limit``: keep
    at most this many rows (or triples); the rest of the answer is never computed.
    ``params``: values for the query's variables (:mod:`~diplograph.graph.store.params`).

    >>> run_query(pyoxigraph.Store(), "SELECT ?n WHERE { VALUES ?n { 1 2 3 } }", limit=2).rows
    [('1',), ('2',)]
    >>> run_query(pyoxigraph.Store(), "ASK { ?s ?p ?o }").boolean
    False
    >>> run_query(pyoxigraph.Store(), "SELECT ?x WHERE {\\n  ?x ?p\\n}")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: SPARQL syntax error at line 3, column 2: expected one of LATERAL, SERVICE
      3 | }
        |  ^
    """
    sparql = bind_values(sparql, params)

    def evaluate() -> QueryResult:
        options = dataset_options(vet(sparql, federation=federation), store, union=union)
        return _materialize(store.query(sparql, prefixes=_SPARQL_PREFIXES, **options), limit)

    if limit is not None and limit < 0:
        raise QueryError(f"limit must be 0 or more, got {limit!r}")
    try:
        return _in_thread(evaluate, timeout)
    except SyntaxError as err:
        raise _syntax_error(sparql, err) from None
    except (OSError, ValueError, TypeError, RuntimeError) as err:
        raise QueryError(f"query failed: {err}") from err


def _in_thread(function, timeout: float | None):
    """Call ``function()`` in a daemon thread; QueryError if it is not done in ``timeout``
    seconds (None: no limit). Waiting is interruptible (KeyboardInterrupt)."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["value"] = function()
        except BaseException as err:  # handed to the caller's thread below
            box["error"] = err

    worker = threading.Thread(target=work, name="diplograph-query", daemon=True)
    worker.start()
    deadline = None if timeout is None else time.monotonic() + timeout
    while worker.is_alive() and (deadline is None or time.monotonic() < deadline):
        # short waits: a Ctrl-C the kernel hands to another thread than this one does not
        # wake a wait without end, but is handled when the next short wait ends
        worker.join(_POLL if deadline is None else max(0.0, min(_POLL, deadline - time.monotonic())))
    if worker.is_alive():
        raise QueryError(f"query did not finish within {timeout:g} seconds")
    if "error" in box:
        raise box["error"]
    return box["value"]


def _syntax_error(sparql: str, err: SyntaxError) -> QueryError:
    """A QueryError naming line and column (as pyoxigraph gives them) and quoting the line."""
    message = err.msg or str(err)
    match = _POSITION.search(message)
    if not match:
        error = QueryError(f"SPARQL syntax error: {_tidy(message)}")
        error.line = error.column = None
        return error
    line, column = int(match.group(1)), int(match.group(2))
    reason = _tidy(message[match.end():])
    lines = sparql.splitlines() or [""]
    quoted = lines[line - 1] if 0 < line <= len(lines) else ""
    gutter = f"  {line} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * max(column - 1, 0) + "^"
    error = QueryError(
        f"SPARQL syntax error at line {line}, column {column}: {reason}\n"
        f"{gutter}{quoted}\n{caret}"
    )
    error.line, error.column = line, column
    return error


def _tidy(reason: str) -> str:
    """Shorten pyoxigraph's parser message: keep a plain-English reason, drop character sets.

    >>> _tidy("expected one of Prefix not found, ['%'], [':'], ['_']")
    'Prefix not found'
    >>> _tidy('expected one of ",", ".", [_]')
    'expected one of ",", "."'
    """
    sentence = re.search(r"\b[A-Z][a-z]+(?: [A-Za-z]+){2,}", reason)
    if sentence:
        return sentence.group(0)
    reason = re.sub(r"\[(?:[^\[\]']|'[^']*')*\]", "", reason)
    reason = re.sub(r"(,\s*)+(?=,|$)", "", reason)
    return re.sub(r"\s+", " ", reason).strip(" ,")
