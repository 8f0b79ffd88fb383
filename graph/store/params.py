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
from diplograph.ontology.namespace import PREFIXES, XSD

__all__ = ["param_term", "parse_params", "bind_values"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([\w.-]*)$")


def param_term(text: str):
    """The RDF term ``text`` stands for (see the module's docstring)."""
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        return pyoxigraph.NamedNode(text[1:-1])
    prefixed = _PREFIXED.match(text)
    if prefixed and prefixed.group(1) in PREFIXES:
        return pyoxigraph.NamedNode(str(PREFIXES[prefixed.group(1)]) + prefixed.group(2))
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
    """``sparql`` with a ``VALUES`` block binding each parameter, first in its WHERE group
    (pyoxigraph's substitutions only take variables the query projects).

    >>> bind_values("SELECT ?n WHERE { ?e rdfs:label ?n }", {"e": param_term("ent:japan")})
    'SELECT ?n WHERE { VALUES ?e { <https://w3id.org/diplograph/id/entity/japan> } ?e rdfs:label ?n }'
    """
    if not params:
        return sparql
    where = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE) or re.search(r"\{", sparql)
    if where is None:
        raise QueryError("a query with parameters needs a WHERE group to bind them in")
    values = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in params.items())
    return f"{sparql[:where.end()]} {values}{sparql[where.end():]}"
