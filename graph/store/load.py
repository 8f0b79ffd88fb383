"""Load a built graph into an in-memory pyoxigraph store for SPARQL.

A built graph is one RDF dataset (``OUT/graph.trig``, see ``docs/rdf-model.md``). Files are
read by suffix: ``.trig`` (TriG), ``.nq`` (N-Quads), ``.ttl`` (Turtle) and ``.nt``
(N-Triples); triples of the last two land in the default graph.

>>> from pathlib import Path
>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "g.trig"
>>> _ = path.write_text('<http://example.org/g> { <http://example.org/a> <http://example.org/p> "x" }')
>>> len(load_store(path))
1

Every failure is a :class:`~diplograph.ontology.errors.GraphError` quoting the path and, for a parse
error, the parser's message with its line and column.
"""
from __future__ import annotations

import warnings
from os import PathLike
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat
from rdflib.graph import ConjunctiveGraph

from diplograph.ontology.errors import GraphError

__all__ = ["FORMATS", "load_store", "store_from_dataset"]

#: file suffix -> pyoxigraph format of the graph files :func:`load_store` reads
FORMATS: dict[str, RdfFormat] = {
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
}


def load_store(path: str | PathLike[str]) -> pyoxigraph.Store:
    """Read a graph file into a new in-memory store, choosing the format by suffix.

    >>> load_store("/no/such/graph.trig")
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.GraphError: '/no/such/graph.trig': no such file
    >>> load_store(__file__)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.GraphError: '...load.py': unknown graph format '.py' (expected one of .trig, .nq, .ttl, .nt)
    """
    path = Path(path)
    if not path.is_file():
        problem = "is a directory, not a graph file" if path.is_dir() else "no such file"
        raise GraphError(f"{str(path)!r}: {problem}")
    fmt = _format_of(path)
    store = pyoxigraph.Store()
    try:
        store.load(path=path, format=fmt)
    except SyntaxError as err:
        message = _parse_message(err)
        raise GraphError(f"{str(path)!r}: cannot parse as {fmt.name}: {message}") from err
    except (OSError, ValueError) as err:
        raise GraphError(f"{str(path)!r}: cannot read: {err}") from err
    return store


def store_from_dataset(ds) -> pyoxigraph.Store:
    """Copy an rdflib ``Dataset`` (or a plain ``Graph``) into a new in-memory store.

    The data goes through N-Quads bytes (N-Triples for a plain graph), so named graphs,
    blank nodes, language tags and datatypes survive unchanged.

    >>> from rdflib import Dataset, Literal
    >>> from diplograph.ontology.namespace import ENT, KB_GRAPH, RDFS
    >>> ds = Dataset()
    >>> g = ds.graph(KB_GRAPH)
    >>> _ = g.add((ENT.tokyo, RDFS.label, Literal("Tokio", lang="de")))
    >>> [str(q.object) for q in store_from_dataset(ds)]
    ['"Tokio"@de']
    """
    quads = isinstance(ds, ConjunctiveGraph)  # rdflib's Dataset is one
    fmt, rdf_format = ("nquads", RdfFormat.N_QUADS) if quads else ("nt", RdfFormat.N_TRIPLES)
    try:
        with warnings.catch_warnings():  # rdflib's serializer calls its own deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            data = ds.serialize(format=fmt, encoding="utf-8")
    except Exception as err:  # rdflib raises bare Exceptions from its serializers
        raise GraphError(f"cannot serialize the dataset as {fmt}: {err}") from err
    store = pyoxigraph.Store()
    try:
        store.load(input=data, format=rdf_format)
    except SyntaxError as err:
        raise GraphError(f"cannot load the dataset into pyoxigraph: {_parse_message(err)}") from err
    return store


def _format_of(path: Path) -> RdfFormat:
    """The pyoxigraph format of a graph file, by suffix (case-insensitive)."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        raise GraphError(
            f"{str(path)!r}: unknown graph format {path.suffix!r} (expected one of {known})"
        ) from None


def _parse_message(err: SyntaxError) -> str:
    """pyoxigraph's parse message, with the line and column when it gives them.

    pyoxigraph's messages usually say "at line L between columns A and B" themselves;
    when they do not, the position from the SyntaxError's fields is prepended.
    """
    message = err.msg if err.msg else str(err)
    if err.lineno and "line" not in message:
        message = f"line {err.lineno}, column {err.offset}: {message}"
    return message
