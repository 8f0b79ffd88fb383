"""Query results as text: an aligned table, CSV, TSV and JSON, with one rule for ids.

**Ids.** Each formatter takes ``ids="short"`` or ``ids="full"``. Short ids are
``prefix:local`` names made by :func:`diplograph.ontology.namespace.shorten_iri`, the same
function that names nodes in the event and pair tables, GraphML, GEXF and the report, so
``ent:japan`` is ``ent:japan`` everywhere; an IRI outside the project's namespaces stays
whole. The defaults (:data:`DEFAULT_IDS`): short for ``table`` and ``csv`` (read by people
and spreadsheets, beside the other CSV exports), full for ``tsv`` and ``json`` (read by RDF
tools). ``csv`` with ``ids="full"`` is SPARQL 1.1 Query Results CSV, ``tsv`` with full ids
SPARQL 1.1 TSV; ``json`` is always SPARQL 1.1 Query Results JSON, whose IRIs are full, so
it refuses short ids.

**Tables** show every value whole (no cut): line breaks, tabs and other control characters
in a literal are shown as escapes (``\\n``, ``\\t``, ``\\u0007``; a backslash as ``\\\\``), so
each value stays on its line. ``max_width`` wraps longer values onto more lines of the
same row, at spaces where it can, keeping every character. Widths count terminal columns
(a Japanese character takes two).

>>> import pyoxigraph
>>> from diplograph.ontology.namespace import ENT
>>> from diplograph.graph.store.query import QueryResult
>>> r = QueryResult("select", ("e", "note"), ((pyoxigraph.NamedNode(str(ENT.japan)),
...     pyoxigraph.Literal("line one\\nline two")),))
>>> print(format_result(r, "table"))
e          note
---------  ------------------
ent:japan  line one\\nline two
(1 row)
>>> print(format_result(r, "table", max_width=12))
e          note
---------  ------------
ent:japan  line one\\n
           line two
(1 row)
>>> format_result(r, "csv"), format_result(r, "csv", ids="full")
('e,note\\r\\nent:japan,"line one\\nline two"\\r\\n', 'e,note\\r\\nhttps://w3id.org/diplograph/id/entity/japan,"line one\\nline two"\\r\\n')
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata

import pyoxigraph

from diplograph.ontology import namespace
from diplograph.ontology.errors import QueryError
from diplograph.ontology.namespace import shorten_iri

__all__ = ["format_result", "check_format", "to_table", "to_csv", "to_tsv", "to_json", "shorten_iri", "plain",
           "FORMATTERS", "DEFAULT_IDS", "IDS"]

Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple

#: the two forms of ids
IDS = ("short", "full")
#: the ids each format gives unless told otherwise
DEFAULT_IDS = {"table": "short", "csv": "short", "tsv": "full", "json": "full"}

_XSD_STRING = str(namespace.XSD.string)
_TSV_SHORT = {str(namespace.XSD.integer): re.compile(r"[+-]?\d+"),
              str(namespace.XSD.decimal): re.compile(r"[+-]?\d*\.\d+"),
              str(namespace.XSD.boolean): re.compile(r"true|false")}
_JSON_SHORT = ("JSON results hold full IRIs (SPARQL 1.1 Query Results JSON); "
               "short ids are for the table, csv and tsv formats")
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL = re.compile(r"[\\\n\r\t\x00-\x1f\x7f-\x9f\u2028\u2029]")


def plain(term: Term | None) -> str | None:
    """A term as a plain string: an IRI, a literal's lexical form, ``_:id``, or None."""
    if term is None:
        return None
    if isinstance(term, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return term.value
    return str(term)  # blank node "_:id", quoted triple in N-Triples-star form


def format_result(result, fmt: str, *, ids: str | None = None, max_width: int | None = None) -> str:
    """Format a query result (a :class:`~diplograph.graph.store.query.QueryResult`) as
    ``table``, ``csv``, ``tsv`` or ``json``; ``ids``: ``"short"`` or ``"full"`` (None: the
    format's default, :data:`DEFAULT_IDS`); ``max_width``: wrap table cells wider than this.

    >>> from diplograph.graph.store.query import QueryResult
    >>> format_result(QueryResult("ask", boolean=True), "json")
    '{\\n  "head": {},\\n  "boolean": true\\n}'
    >>> format_result(QueryResult("ask", boolean=True), "xml")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: unknown output format 'xml' (expected one of table, csv, tsv, json)
    >>> format_result(QueryResult("ask", boolean=True), "csv", max_width=20)
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: a maximum width applies to the table format only, not to csv
    """
    ids = check_format(fmt, ids, max_width)
    if fmt == "table":
        return to_table(result, ids=ids, max_width=max_width)
    return FORMATTERS[fmt](result, ids=ids)


def check_format(fmt: str, ids: str | None = None, max_width: int | None = None) -> str:
    """The ids ``fmt`` gives (``ids``, else its default), or QueryError for options that
    do not go together, so that a caller can check them before running a query.

    >>> check_format("csv"), check_format("json"), check_format("table", "full", 40)
    ('short', 'full', 'full')
    >>> check_format("json", "short")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: JSON results hold full IRIs (SPARQL 1.1 Query Results JSON); short ids are for the table, csv and tsv formats
    """
    if fmt not in FORMATTERS:
        known = ", ".join(FORMATTERS)
        raise QueryError(f"unknown output format {fmt!r} (expected one of {known})")
    ids = DEFAULT_IDS[fmt] if ids is None else ids
    if ids not in IDS:
        raise QueryError(f"unknown kind of ids {ids!r} (expected short or full)")
    if fmt == "json" and ids == "short":
        raise QueryError(_JSON_SHORT)
    if max_width is not None and fmt != "table":
        raise QueryError(f"a maximum width applies to the table format only, not to {fmt}")
    if max_width is not None and max_width < 1:
        raise QueryError(f"the maximum width must be 1 or more, got {max_width!r}")
    return ids


def _check_ids(ids: str) -> None:
    if ids not in IDS:
        raise QueryError(f"unknown kind of ids {ids!r} (expected short or full)")


def _id(iri: str, ids: str) -> str:
    return shorten_iri(iri) if ids == "short" else iri


# --- table ---------------------------------------------------------------------------------

def to_table(result, *, ids: str = "short", max_width: int | None = None) -> str:
    """An aligned plain-text table with a row count at the end: IRIs as short ids (or
    full), literals by their lexical form, every value whole, with visible escapes for
    line breaks and control characters; cells wider than ``max_width`` columns are wrapped
    onto more lines. ASK gives ``true`` or ``false``; CONSTRUCT and DESCRIBE a table of
    ``subject``, ``predicate``, ``object``.

    >>> from diplograph.graph.store.query import QueryResult
    >>> from diplograph.ontology.namespace import ENT
    >>> r = QueryResult("select", ("country", "n"), ((pyoxigraph.NamedNode(str(ENT.japan)),
    ...     pyoxigraph.Literal("2", datatype=pyoxigraph.NamedNode(namespace.XSD.integer))),))
    >>> print(to_table(r))
    country    n
    ---------  -
    ent:japan  2
    (1 row)
    >>> print(to_table(r, ids="full"))
    country                                      n
    -------------------------------------------  -
    https://w3id.org/diplograph/id/entity/japan  2
    (1 row)
    """
    _check_ids(ids)
    if max_width is not None and max_width < 1:
        raise QueryError(f"the maximum width must be 1 or more, got {max_width!r}")
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        variables = ("subject", "predicate", "object")
        triples = sorted(result.triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        bindings = [(t.subject, t.predicate, t.object) for t in triples]
    else:
        variables, bindings = result.variables, result.bindings
    texts = [[_display(term, ids) for term in row] for row in bindings]
    rows = [[_CONTROL.sub(_escape, text) for text in row] for row in texts]
    widths = [max([_width(name)] + [_width(row[i]) for row in rows]) for i, name in enumerate(variables)]
    if max_width is not None:
        widths = [min(width, max(max_width, _width(name))) for width, name in zip(widths, variables)]
    lines = [_line(list(variables), widths), _line(["-" * w for w in widths], widths)]
    for row, raw in zip(rows, texts):
        parts = [[value] if _width(value) <= width else _wrap(text, width)
                 for value, text, width in zip(row, raw, widths)]
        for depth in range(max(map(len, parts), default=1)):
            lines.append(_line([p[depth] if depth < len(p) else "" for p in parts], widths))
    count = len(rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines)


def _display(term: Term | None, ids: str) -> str:
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        return _id(term.value, ids)
    if isinstance(term, pyoxigraph.Triple):
        return _quoted_triple(term, ids)
    return plain(term)


def _quoted_triple(term: pyoxigraph.Triple, ids: str) -> str:
    """A quoted triple ``<< s p o >>`` with its IRIs as ids and its literal in N-Triples form."""
    def part(t):
        if isinstance(t, pyoxigraph.NamedNode):
            return _id(t.value, ids) if ids == "short" and shorten_iri(t.value) != t.value else str(t)
        return _quoted_triple(t, ids) if isinstance(t, pyoxigraph.Triple) else str(t)
    return f"<< {part(term.subject)} {part(term.predicate)} {part(term.object)} >>"


def _escape(match: re.Match) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    """Terminal columns ``text`` takes.

    >>> _width("Japan"), _width("日本"), _width("e\\u0301")
    (5, 4, 1)
    """
    return sum(_char_width(c) for c in text) if not text.isascii() else len(text)


def _line(values: list[str], widths: list[int]) -> str:
    return "  ".join(value + " " * (width - _width(value)) for value, width in zip(values, widths)).rstrip()


def _wrap(text: str, width: int) -> list[str]:
    """``text`` escaped (as table cells are) in pieces of at most ``width`` columns,
    each broken after a space, tab or line break where one is near, else inside a word but
    never inside an escape; the pieces put together are the escaped text.

    >>> _wrap("one two three", 8), _wrap("one two three", 7)
    (['one two ', 'three'], ['one ', 'two ', 'three'])
    >>> _wrap("abcdefghij", 4), _wrap("", 4), _wrap("日本語", 4), _wrap("line one\\nline two", 10)
    (['abcd', 'efgh', 'ij'], [''], ['日本', '語'], ['line one\\\\n', 'line two'])
    """
    units = [_CONTROL.sub(_escape, c) for c in text]
    sizes = [len(u) if len(u) > 1 else _char_width(u) for u in units]
    pieces, start, left = [], 0, sum(sizes)
    while left > width:
        end, used = start, 0
        while end < len(units) and used + sizes[end] <= width:
            used += sizes[end]
            end += 1
        end = max(end, start + 1)                  # a unit wider than the column: alone
        if text[end - 1] not in " \t\n":
            breaks = [i for i in range(start, end - 1) if text[i] in " \t\n"]
            if breaks and sum(sizes[start:breaks[-1] + 1]) >= max(width // 3, 1):
                end = breaks[-1] + 1
        pieces.append("".join(units[start:end]))
        left -= sum(sizes[start:end])
        start = end
    pieces.append("".join(units[start:]))
    return pieces


# --- CSV, TSV, JSON -------------------------------------------------------------------------

def _n_triples(result) -> str:
    """ASK as ``true``/``false``; CONSTRUCT/DESCRIBE as sorted N-Triples (full IRIs, as
    N-Triples has no prefixes)."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    lines = sorted(str(triple) + " ." for triple in result.triples)
    return "".join(line + "\n" for line in lines)


def to_csv(result, *, ids: str = "short") -> str:
    """CSV: a header of names, then IRIs as short ids (or full: SPARQL 1.1 Query Results
    CSV), literals by lexical form, CRLF lines. CONSTRUCT and DESCRIBE give N-Triples.

    >>> from diplograph.graph.store.query import QueryResult
    >>> r = QueryResult("select", ("x", "y"), ((pyoxigraph.Literal('a "b", c'), None),))
    >>> to_csv(r)
    'x,y\\r\\n"a ""b"", c",\\r\\n'
    """
    _check_ids(ids)
    if result.kind != "select":
        return _n_triples(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.bindings:
        writer.writerow([_display(term, ids) for term in row])
    return buffer.getvalue()


def to_tsv(result, *, ids: str = "full") -> str:
    """SPARQL 1.1 Query Results TSV: ``?name`` header, IRIs in ``<>`` (with short ids:
    ``prefix:local`` where the IRI has one), literals in N-Triples form (integers, decimals
    and booleans bare), unbound cells empty. CONSTRUCT and DESCRIBE give N-Triples.

    >>> from diplograph.graph.store.query import QueryResult
    >>> r = QueryResult("select", ("x", "y"), ((pyoxigraph.Literal("a", language="de"),
    ...     pyoxigraph.NamedNode("http://example.org/a")),))
    >>> to_tsv(r)
    '?x\\t?y\\n"a"@de\\t<http://example.org/a>\\n'
    """
    _check_ids(ids)
    if result.kind != "select":
        return _n_triples(result)
    lines = ["\t".join("?" + name for name in result.variables)]
    lines += ["\t".join(_tsv_term(term, ids) for term in row) for row in result.bindings]
    return "".join(line + "\n" for line in lines)


def _tsv_term(term: Term | None, ids: str) -> str:
    """A term in N-Triples form, numbers and booleans abbreviated as in Turtle, IRIs as
    short ids when asked and they have one."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.Literal):
        short = _TSV_SHORT.get(term.datatype.value)
        if short and short.fullmatch(term.value):
            return term.value
    if ids == "short" and isinstance(term, pyoxigraph.NamedNode) and shorten_iri(term.value) != term.value:
        return shorten_iri(term.value)
    if ids == "short" and isinstance(term, pyoxigraph.Triple):
        return _quoted_triple(term, ids)
    return str(term)


def to_json(result, *, ids: str = "full") -> str:
    """SPARQL 1.1 Query Results JSON for SELECT and ASK, indented; CONSTRUCT and DESCRIBE
    give JSON-LD (expanded form, as pyoxigraph writes it). Its IRIs are full, as the
    standard has them: ``ids="short"`` is refused.

    >>> from diplograph.graph.store.query import QueryResult
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
    >>> to_json(QueryResult("ask", boolean=False), ids="short")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryError: JSON results hold full IRIs (SPARQL 1.1 Query Results JSON); short ids are for the table, csv and tsv formats
    """
    _check_ids(ids)
    if ids == "short":
        raise QueryError(_JSON_SHORT)
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
