"""Values for a query's variables from the command line: ``--param country=ent:japan``.

A value is a term: ``<IRI>``, a prefixed name of the project's prefixes (``ent:japan``), a
whole or decimal number, an ISO date (``2013-11-02``, an ``xsd:date``), ``"quoted text"`` or
plain text (a string). The query then runs with the variable bound to it (a ``VALUES``
block first in its WHERE group), so one shipped query answers for any country or year.

>>> param_term("ent:japan")
<NamedNode value=https://w3id.org/diplograph/id/entity/japan>
>>> param_term("2013"), param_term('"Tokio"')
(<Literal value=2013 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>, <Literal value=Tokio datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
>>> parse_params(["year=2016"])
{'year': <Literal value=2016 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>}
"""
from __future__ import annotations

import re

import pyoxigraph

from diplograph.ontology.errors import QueryError
from diplograph.ontology.namespace import ID_PREFIXES, XSD, expand_id

__all__ = ["param_term", "parse_params", "bind_values"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([\w.%#=,~-]*)$")


def param_term(text: str):
    """The RDF term ``text`` stands for (see the module's docstring)."""
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        return pyoxigraph.NamedNode(text[1:-1])
    prefixed = _PREFIXED.match(text)
    if prefixed and prefixed.group(1) in ID_PREFIXES:      # any short id an output shows
        return pyoxigraph.NamedNode(expand_id(text))
    if re.fullmatch(r"[+-]?\d+", text):
        return pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(str(XSD.integer)))
    if re.fullmatch(r"[+-]?\d+\.\d+", text):
        return pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(str(XSD.decimal)))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(str(XSD.date)))
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return pyoxigraph.Literal(text)


def parse_params(items) -> dict:
    """``["name=value", ...]`` as ``{name: term}``; QueryError naming a bad item."""
    out = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.match(name):
            raise QueryError(f"a parameter is NAME=VALUE (a variable's name), not {item!r}")
        out[name] = param_term(value.strip())
    return out


def bind_values(sparql: str, params: dict | None) -> str:
    """``sparql`` with each parameter bound (pyoxigraph's substitutions only take variables
    the query projects). A shipped query's ``# param`` line names its parameters, and the
    ``VALUES`` line after it gets the given values in place of its defaults (a value stays
    text where the default is text: ``--param from=2013`` compares as ``"2013"``); any other
    parameter gets a ``VALUES`` block first in the WHERE group. A value may be a list.

    >>> bind_values("SELECT ?n WHERE { ?e rdfs:label ?n }", {"e": param_term("ent:japan")})
    'SELECT ?n WHERE { VALUES ?e { <https://w3id.org/diplograph/id/entity/japan> } ?e rdfs:label ?n }'
    >>> q = 'SELECT * WHERE {\\n# param ?c ?y: a country, a year\\nVALUES (?c ?y) { (ent:japan "2000") }\\n}'
    >>> print(bind_values(q, {"y": param_term("2013")}))
    SELECT * WHERE {
    # param ?c ?y: a country, a year
    VALUES (?c ?y) { (ent:japan "2013") }
    }
    """
    if not params:
        return sparql
    sparql, rest = _into_param_lines(sparql, params)
    if not rest:
        return sparql
    where = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE) or re.search(r"\{", sparql)
    if where is None:
        raise QueryError("a query with parameters needs a WHERE group to bind them in")
    values = " ".join(f"VALUES ?{name} {{ {' '.join(str(t) for t in _terms(term))} }}"
                      for name, term in rest.items())
    return f"{sparql[:where.end()]} {values}{sparql[where.end():]}"


# the line after a "# param ?a ?b: ..." comment: VALUES (?a ?b) { (x y) } or VALUES ?a { x y }
_PARAM_LINE = re.compile(r"(#\s*param\b[^\n]*\n\s*VALUES\s*)(?:\(([^)]*)\)\s*\{\s*\((.*?)\)\s*\}|\?(\w+)\s*\{(.*?)\})")
_TERM = re.compile(r'"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^\S+)?|<[^>]*>|[^\s()]+')


def _terms(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _like(term, default: str) -> str:
    """``term`` as SPARQL text, as a plain string where the line's default is one."""
    if default.startswith('"') and isinstance(term, pyoxigraph.Literal):
        return str(pyoxigraph.Literal(term.value))
    return str(term)


def _into_param_lines(sparql: str, params: dict) -> tuple[str, dict]:
    """``sparql`` with the values of ``params`` in its ``# param`` VALUES lines; the
    parameters no such line names."""
    rest = dict(params)

    def swap(m: re.Match) -> str:
        if m.group(2) is not None:                         # VALUES (?a ?b) { (x y) }
            names, old = re.findall(r"\?(\w+)", m.group(2)), _TERM.findall(m.group(3))
            if len(names) != len(old) or not rest.keys() & set(names):
                return m.group(0)
            if any(len(_terms(rest[n])) != 1 for n in names if n in rest):
                return m.group(0)                          # several values: a VALUES block of its own
            new = [_like(_terms(rest.pop(n))[0], t) if n in rest else t for n, t in zip(names, old)]
            return f"{m.group(1)}({m.group(2)}) {{ ({' '.join(new)}) }}"
        if m.group(4) not in rest:                         # VALUES ?a { x y }
            return m.group(0)
        like = (_TERM.findall(m.group(5)) or [""])[0]
        return f"{m.group(1)}?{m.group(4)} {{ {' '.join(_like(t, like) for t in _terms(rest.pop(m.group(4))))} }}"

    return _PARAM_LINE.sub(swap, sparql), rest
