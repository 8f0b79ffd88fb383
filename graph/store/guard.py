"""Vetting SPARQL before it runs: what ``diplograph query``, :func:`run_query` and the
endpoint refuse, and the dataset a query names.

A query is refused (:class:`~diplograph.ontology.errors.QueryRefusedError`, quoting the
bad part) when it

* nests brackets deeper than :data:`MAX_NESTING` or holds more than :data:`MAX_OPERATORS`
  operators (``.``, ``/``, ``||``, ``UNION``, ``BIND`` ...): pyoxigraph parses and
  evaluates recursively, so 5,000 nested braces or 3,000 ``BIND`` clauses overflow its
  stack and kill the process (a segfault). The count is a cheap scan made before parsing;
* is an update (``LOAD``, ``INSERT``, ``DELETE`` ...): the store is only read;
* calls ``SERVICE`` without ``federation=True``: pyoxigraph would send an HTTP request to
  any address the query names. Both rdflib's SPARQL parser (when it can parse the query)
  and the token scan look for it, so a query the two parsers read differently is refused;
* names a ``FROM`` or ``FROM NAMED`` graph the store lacks (see :func:`dataset_options`):
  pyoxigraph never fetches such a graph, and with the union default graph it would
  silently ignore ``FROM``.

>>> vet("SELECT * FROM dg:g WHERE { ?s ?p ?o }").default_graphs
('https://w3id.org/diplograph/ns#g',)
>>> vet("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
diplograph.ontology.errors.QueryRefusedError: 'SERVICE <http://10.0.0.1/sparql>' is refused: federated queries are off (allow them with --allow-federation)
>>> vet("SELECT * WHERE " + "{" * 100 + "}" * 100)
Traceback (most recent call last):
...
diplograph.ontology.errors.QueryRefusedError: brackets nested 65 deep at line 1, column 80: at most 64 are allowed
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph

from diplograph.ontology.errors import QueryRefusedError
from diplograph.ontology.namespace import ID_PREFIXES

__all__ = ["MAX_NESTING", "MAX_OPERATORS", "Vetted", "check_nesting", "vet", "dataset_options"]

#: deepest bracket nesting (``{``, ``(``, ``[``) a query may have
MAX_NESTING = 64
#: most operators a query may hold (pyoxigraph crashes from about 3,000 in one chain)
MAX_OPERATORS = 1000

UPDATES = {"LOAD", "INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_CHAINS = {"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE", "LATERAL"}
_OPENERS = "{(["
# every alternative matches whatever follows its first character (an unterminated string
# runs to the end of its line or of the text), so the scan is linear in the text's length
_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\[\s\S]?|'(?!''))*(?:'''|\Z)
             |\"\"\"(?:[^"\\]|\\[\s\S]?|"(?!""))*(?:\"\"\"|\Z)
             |'(?:[^'\\\n]|\\.)*'? |"(?:[^"\\\n]|\\.)*"?)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d][\w\-.:%]*|:[\w\-.:%]*)
  | (?P<op>\|\||&&|!=|<=|>=|\^\^|[|/^=<>+*!.;,-])
  | (?P<bracket>[{}()\[\]])
  | (?P<other>[\s\S])
""", re.VERBOSE)


# the word SERVICE in a query rdflib cannot parse, and what follows it (comments skipped)
_GAP = r"(?:\s|\#[^\n]*(?:\n|$))*"
_SERVICE_WORD = re.compile(rf"\bSERVICE\b{_GAP}(?:SILENT\b{_GAP})?(<[^<>\s]*>|[?$]\w+|\S{{0,80}})",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Vetted:
    """A query that passed :func:`vet`, with the graphs its ``FROM`` and ``FROM NAMED``
    clauses name (IRIs, in query order)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def _tokens(text: str):
    """(kind, value, offset) for each token; comments and blanks are left out."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind != "comment" and not (kind == "other" and match.group().isspace()):
            yield kind, match.group(), match.start()


def _where(text: str, offset: int) -> str:
    """``line L, column C`` of an offset, both counted from 1."""
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - text.rfind(chr(10), 0, offset)}"


def check_nesting(text: str, *, depth: int = MAX_NESTING, operators: int = MAX_OPERATORS) -> list:
    """Refuse a query nested deeper than ``depth`` or holding more than ``operators``
    operators, before any parser sees it; give back its tokens (kind, text, offset).

    >>> len(check_nesting("ASK { ?s ?p 'a{{{' }"))
    6
    >>> check_nesting("ASK { " + " . ".join(["?s ?p ?o"] * 5) + " }", operators=3)
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryRefusedError: the query holds 4 operators ('.', '/', '||', UNION, BIND ...): at most 3 are allowed
    """
    level, count, tokens = 0, 0, []
    for kind, value, offset in _tokens(text):
        tokens.append((kind, value, offset))
        if kind == "op" or (kind == "word" and value.upper() in _CHAINS):
            count += 1
        elif kind == "word":     # a name's final dots end a triple: ent:a. ent:b.
            count += len(value) - len(value.rstrip("."))
        elif kind == "bracket":
            level = level + 1 if value in _OPENERS else max(level - 1, 0)
        peak = _peak(value) if kind == "iri" and ("(" in value or "[" in value) else 0
        if level + peak > depth:
            raise QueryRefusedError(f"brackets nested {level + peak} deep at {_where(text, offset)}: "
                                    f"at most {depth} are allowed")
        if peak:
            level = max(level + value.count("(") + value.count("[") - value.count(")") - value.count("]"), 0)
    if count > operators:
        raise QueryRefusedError(f"the query holds {count:,} operators ('.', '/', '||', UNION, BIND ...): "
                                f"at most {operators:,} are allowed")
    return tokens


def _peak(iri: str) -> int:
    """The deepest bracket nesting inside what the scan took for an IRI: ``?a<((1))>`` may
    be a comparison to pyoxigraph, while ``<http://x/Foo_(bar)>`` nests only 1 deep."""
    run = peak = 0
    for char in iri:
        run += (char in "([") - (char in ")]")
        peak = max(peak, run)
    return peak


def vet(text: str, *, federation: bool = False) -> Vetted:
    """Check a query (see the module documentation); QueryRefusedError if it is refused.

    A query that does not parse passes, so that pyoxigraph reports the syntax error, unless
    it holds the word ``SERVICE`` anywhere.

    >>> vet("LOAD <http://example.org/data.ttl>")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryRefusedError: 'LOAD <http://example.org/data.ttl>' is a SPARQL update (LOAD): the store is only read, updates are refused
    """
    tokens = check_nesting(text)
    _refuse_updates(text, tokens)
    if not federation:
        _refuse_service(text, tokens)
    default, named = _dataset(tokens)
    return Vetted(default, named)


def _refuse_updates(text: str, tokens: list) -> None:
    """QueryRefusedError if the first keyword after the prologue starts an update."""
    words = iter(tokens)
    for kind, value, offset in words:
        keyword = value.upper() if kind == "word" else ""
        if keyword == "PREFIX":
            next(words, None), next(words, None)
        elif keyword == "BASE":
            next(words, None)
        else:
            if keyword in UPDATES:
                snippet = " ".join(text[offset:offset + 200].split())[:80]
                raise QueryRefusedError(f"{snippet!r} is a SPARQL update ({keyword}): "
                                        "the store is only read, updates are refused")
            return


def _refuse_service(text: str, tokens: list) -> None:
    """QueryRefusedError if the query calls SERVICE, by the token scan or rdflib's parser."""
    for index, (kind, value, offset) in enumerate(tokens):
        if kind == "word" and value.upper() == "SERVICE":
            target = [v for _, v, _ in tokens[index + 1:index + 3]]
            if target and target[0].upper() == "SILENT":
                target = target[1:]
            _refused(f"SERVICE {target[0] if target else ''}".strip())
    services = _parsed_services(text)
    if services:
        _refused(f"SERVICE {services[0]}")


def _refused(what: str):
    raise QueryRefusedError(f"{what!r} is refused: federated queries are off "
                            "(allow them with --allow-federation)")


def _parsed_services(text: str) -> list[str]:
    """The targets of the SERVICE calls rdflib's parser finds (IRIs or ``?var``).

    When rdflib cannot parse the query (a syntax error, or syntax only pyoxigraph knows,
    such as LATERAL), the word SERVICE anywhere in it counts as a call.
    """
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    try:
        tree = parseQuery(text)
    except RecursionError:
        raise QueryRefusedError(f"the query nests too deeply for the SPARQL parser: "
                                f"{' '.join(text.split())[:80]!r}") from None
    except Exception:    # ParseException, or another type: rdflib's parser raises many
        found = _SERVICE_WORD.search(text)
        return [found.group(1) or "(unparsed)"] if found else []
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
            term = node.get("term")
            found.append(term.n3() if hasattr(term, "n3") else str(term))
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return found


def _dataset(tokens: list) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The IRIs of the ``FROM`` and ``FROM NAMED`` clauses (prefixed names expanded with
    the query's own PREFIX lines, then the project's prefixes)."""
    prefixes = {f"{name}:": str(ns) for name, ns in ID_PREFIXES.items()}
    default, named = [], []
    for index, (kind, value, _) in enumerate(tokens):
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and index + 2 < len(tokens) and tokens[index + 2][0] == "iri":
            prefixes[tokens[index + 1][1]] = tokens[index + 2][1][1:-1]
        if upper != "FROM" or index + 1 >= len(tokens):
            continue
        rest = tokens[index + 1:index + 3]
        into = default
        if rest[0][0] == "word" and rest[0][1].upper() == "NAMED":
            into, rest = named, rest[1:]
        iri = _expand(rest[0], prefixes) if rest else None
        if iri:
            into.append(iri)
    return tuple(default), tuple(named)


def _expand(token: tuple, prefixes: dict[str, str]) -> str | None:
    kind, value, _ = token
    if kind == "iri":
        return value[1:-1]
    if kind == "word" and ":" in value:
        prefix, _, local = value.partition(":")
        base = prefixes.get(prefix + ":")
        return base + local if base is not None else None
    return None


def dataset_options(vetted: Vetted, store: pyoxigraph.Store, *, union: bool = True) -> dict:
    """The keyword arguments of ``store.query`` for a vetted query: the union default graph
    unless the query names its own dataset, whose graphs must all be in the store.

    >>> store = pyoxigraph.Store()
    >>> dataset_options(vet("ASK FROM <urn:nowhere> { ?s ?p ?o }"), store)
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.QueryRefusedError: FROM <urn:nowhere>: the store has no graph of that name (FROM graphs are never fetched)
    """
    for clause, iris in (("FROM", vetted.default_graphs), ("FROM NAMED", vetted.named_graphs)):
        for iri in iris:
            if not _has_graph(store, iri):
                raise QueryRefusedError(f"{clause} <{iri}>: the store has no graph of that name "
                                        "(FROM graphs are never fetched)")
    dataset = vetted.default_graphs or vetted.named_graphs
    return {"use_default_graph_as_union": union and not dataset}


def _has_graph(store: pyoxigraph.Store, iri: str) -> bool:
    try:
        return store.contains_named_graph(pyoxigraph.NamedNode(iri))
    except ValueError:          # not a valid IRI for pyoxigraph
        return False
