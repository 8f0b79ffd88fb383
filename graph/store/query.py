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
project prefixes of :data:`diplograph.ontology.namespace.PREFIXES` (``dg:``, ``ent:``, ``schema:``, ...)
even without ``PREFIX`` lines; a query's own ``PREFIX`` lines win.

Shipped queries live in ``graph/store/queries/NAME.rq``. Each starts with two comment lines,
``# title: ...`` and ``# description: ...``. A query that takes an argument declares it
as a ``VALUES ?var { ... }`` line near the top, marked by a ``# param ?var: ...`` comment
line that says what to put there (for example ``article-facts.rq``); users copy the file
and edit that line.
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
from itertools import islice
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import pyoxigraph

from diplograph.ontology import namespace
from diplograph.ontology.errors import QueryError
from diplograph.ontology.namespace import ACCORD, CLAIM, FIGURE, GRAPH, MEMBERSHIP, PREFIXES, STATEMENT

from diplograph.graph.store.guard import UPDATES, dataset_options, vet
from diplograph.graph.store.params import bind_values

__all__ = [
    "QUERY_DIR", "ShippedQuery", "QueryResult", "shipped_queries", "resolve_query",
    "run_query", "format_result", "to_table", "to_csv", "to_tsv", "to_json", "shorten_iri",
]

Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple

#: where the shipped ``*.rq`` queries live
QUERY_DIR = Path(__file__).resolve().parent / "queries"

_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*?)\s*$")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*")
_KEYWORD = re.compile(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE|%s)(\s|[<*{?$]|$)" % "|".join(UPDATES))
_SPARQL_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()}


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
        ...     pyoxigraph.NamedNode(_XSD_INTEGER)),), (None,))).rows
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


def _plain(term: Term | None) -> str | None:
    """A term as a plain string (see :attr:`QueryResult.rows`)."""
    if term is None:
        return None
    if isinstance(term, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return term.value
    return str(term)  # blank node "_:id", quoted triple in N-Triples-star form


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
    worker.join(timeout)
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


def format_result(result: QueryResult, fmt: str) -> str:
    """Format a result as ``table``, ``csv``, ``tsv`` or ``json`` (see :mod:`diplograph.graph.formats`).

    >>> format_result(run_query(pyoxigraph.Store(), "ASK {}"), "json")
    '{\\n  "head": {},\\n  "boolean": true\\n}'
    >>> format_result(run_query(pyoxigraph.Store(), "ASK {}"), "xml")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: unknown output format 'xml' (expected one of table, csv, tsv, json)
    """
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        known = ", ".join(FORMATTERS)
        raise QueryError(f"unknown output format {fmt!r} (expected one of {known})") from None
    return formatter(result)


# --- formatters --------------------------------------------------------------------------

#: display-only prefixes for the instance namespaces that PREFIXES leaves out
_DISPLAY_PREFIXES = {**PREFIXES, "membership": MEMBERSHIP, "statement": STATEMENT,
                     "claim": CLAIM, "graph": GRAPH, "accord": ACCORD, "figure": FIGURE}
_NAMESPACES = sorted(((str(ns), name) for name, ns in _DISPLAY_PREFIXES.items()),
                     key=lambda pair: -len(pair[0]))
_XSD_STRING = str(namespace.XSD.string)
_XSD_INTEGER = str(namespace.XSD.integer)
_TSV_SHORT = {_XSD_INTEGER: re.compile(r"[+-]?\d+"),
              str(namespace.XSD.decimal): re.compile(r"[+-]?\d*\.\d+"),
              str(namespace.XSD.boolean): re.compile(r"true|false")}


def to_table(result: QueryResult, *, max_width: int = 60) -> str:
    """An aligned plain-text table: IRIs shortened with the project prefixes, literals by
    their lexical form, cells cut to ``max_width`` characters, a row count at the end.
    ASK gives ``true`` or ``false``; CONSTRUCT and DESCRIBE give N-Triples.

    >>> from diplograph.ontology.namespace import ENT
    >>> r = QueryResult("select", ("country", "n"), ((pyoxigraph.NamedNode(str(ENT.japan)),
    ...     pyoxigraph.Literal("2", datatype=pyoxigraph.NamedNode(_XSD_INTEGER))),))
    >>> print(to_table(r))
    country    n
    ---------  -
    ent:japan  2
    (1 row)
    """
    if result.kind != "select":
        return _not_a_table(result)
    cells = [[_cell(term, max_width) for term in row] for row in result.bindings]
    widths = [max([len(name)] + [len(row[i]) for row in cells])
              for i, name in enumerate(result.variables)]
    lines = [list(result.variables), ["-" * width for width in widths], *cells]
    text = ["  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip()
            for line in lines]
    count = len(cells)
    text.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(text)


def _cell(term: Term | None, max_width: int) -> str:
    """One table cell: shortened IRI or lexical form on one line, cut to ``max_width``."""
    if isinstance(term, pyoxigraph.NamedNode):
        value = shorten_iri(term.value)
    else:
        value = _plain(term) or ""
    value = " ".join(value.split())
    return value if len(value) <= max_width else value[: max_width - 1] + "…"


def shorten_iri(iri: str) -> str:
    """An IRI as ``prefix:local`` with the project prefixes, else unchanged.

    >>> shorten_iri("https://w3id.org/diplograph/id/entity/japan")
    'ent:japan'
    >>> shorten_iri("http://example.org/x")
    'http://example.org/x'
    """
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _not_a_table(result: QueryResult) -> str:
    """ASK as ``true``/``false``; CONSTRUCT/DESCRIBE as sorted N-Triples."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    lines = sorted(str(triple) + " ." for triple in result.triples)
    return "".join(line + "\n" for line in lines)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: header of names, IRIs and lexical forms, CRLF lines.

    >>> r = QueryResult("select", ("x", "y"), ((pyoxigraph.Literal('a "b", c'), None),))
    >>> to_csv(r)
    'x,y\\r\\n"a ""b"", c",\\r\\n'
    """
    if result.kind != "select":
        return _not_a_table(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?name`` header, IRIs in ``<>``, literals in
    N-Triples form (integers, decimals and booleans bare), unbound cells empty.

    >>> r = QueryResult("select", ("x", "y"), ((pyoxigraph.Literal("a", language="de"),
    ...     pyoxigraph.NamedNode("http://example.org/a")),))
    >>> to_tsv(r)
    '?x\\t?y\\n"a"@de\\t<http://example.org/a>\\n'
    """
    if result.kind != "select":
        return _not_a_table(result)
    lines = ["\t".join("?" + name for name in result.variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in result.bindings]
    return "".join(line + "\n" for line in lines)


def _tsv_term(term: Term | None) -> str:
    """A term in N-Triples form, numbers and booleans abbreviated as in Turtle."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.Literal):
        short = _TSV_SHORT.get(term.datatype.value)
        if short and short.fullmatch(term.value):
            return term.value
    return str(term)


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON for SELECT and ASK, indented; CONSTRUCT and DESCRIBE
    give JSON-LD (expanded form, as pyoxigraph writes it).

    >>> print(to_json(QueryResult("select", ("x",), ((pyoxigraph.Literal("a", language="de"),),))))
    {
      "head": {
        "vars": [
          "x"
        ]
      },
      "results": {
        "bindings": [
          {
            "x": {
              "type": "literal",
              "value": "a",
              "xml:lang": "de"
            }
          }
        ]
      }
    }
    """
    if result.kind == "ask":
        document = {"head": {}, "boolean": bool(result.boolean)}
    elif result.kind == "graph":
        jsonld = pyoxigraph.serialize(result.triples, format=pyoxigraph.RdfFormat.JSON_LD)
        document = json.loads(jsonld)
    else:
        bindings = [{name: _json_term(term) for name, term in zip(result.variables, row)
                     if term is not None} for row in result.bindings]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False)


def _json_term(term: Term) -> dict:
    """One RDF term in the SPARQL 1.1 JSON results encoding."""
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}
    encoded = {"type": "literal", "value": term.value}
    if term.language:
        encoded["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        encoded["datatype"] = term.datatype.value
    return encoded


FORMATTERS = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}
