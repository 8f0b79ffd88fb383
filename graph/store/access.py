"""Open what a build wrote, whatever it is: a graph file or a persistent store folder.

``open_store`` gives a pyoxigraph Store (a graph file loaded into memory, or a store folder's
live generation opened read-only); ``open_dataset`` gives an rdflib Dataset whose default
graph is the union of the article, knowledge-base and fusion graphs (a plain
``rdflib.Graph().parse("graph.trig")`` reads none of the named graphs); ``query`` runs a
shipped query's name, a ``.rq`` file or SPARQL text on either.

>>> from pathlib import Path
>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "g.trig"
>>> _ = path.write_text('<http://example.org/g> { <http://example.org/a> <http://example.org/p> "x" }')
>>> len(open_dataset(path)), len(open_store(path))
(1, 1)
>>> query(path, "SELECT ?o WHERE { ?s ?p ?o }").rows
[('x',)]
"""
from __future__ import annotations

from os import PathLike
from pathlib import Path

import pyoxigraph
from rdflib import Dataset

from diplograph.graph.store import diskstore
from diplograph.graph.store.load import load_store, store_from_dataset
from diplograph.graph.store.query import QueryResult, resolve_query, run_query
from diplograph.ontology.errors import GraphError

__all__ = ["open_dataset", "open_store", "query"]

_RDFLIB_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}


def open_store(path: str | PathLike[str]) -> pyoxigraph.Store:
    """A built graph file (``.trig``, ``.nq``, ``.ttl``, ``.nt``) loaded into memory, or the
    live generation of a store folder (``build --store DIR``) opened read-only."""
    path = Path(path)
    if path.is_dir():
        return diskstore.open_store(path)
    return load_store(path)


def open_dataset(path: str | PathLike[str]) -> Dataset:
    """A built graph file or store folder as an rdflib Dataset with the union default graph.

    A store folder is read through its N-Quads dump. Every failure is a GraphError quoting
    the path."""
    path = Path(path)
    ds = Dataset(default_union=True)
    if path.is_dir():
        data = diskstore.open_store(path).dump(format=pyoxigraph.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds
    fmt = _RDFLIB_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{str(path)!r}: unknown graph format {path.suffix!r} "
                         f"(expected one of {', '.join(_RDFLIB_FORMATS)})")
    if not path.is_file():
        raise GraphError(f"{str(path)!r}: no such file")
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser exception types
        raise GraphError(f"cannot parse {str(path)!r}: {exc}") from exc
    return ds


def query(source, sparql: str | PathLike[str], *, limit: int | None = None,
          timeout: float | None = None, federation: bool = False, params: dict | None = None,
          store: bool = False) -> QueryResult:
    """Run a shipped query's name, a ``.rq`` file or SPARQL text on ``source``: a path (graph
    file or store folder), a pyoxigraph Store or an rdflib Dataset. The union of all named
    graphs is the default graph; the result's ``rows`` are plain strings. A store folder is
    read in its live generation under a lease, so builds meanwhile do not remove it;
    ``store``: ``source`` must be a store folder. ``federation`` and ``params`` as
    :func:`~diplograph.graph.store.query.run_query` takes them."""
    options = {"limit": limit, "timeout": timeout, "federation": federation, "params": params}
    if isinstance(source, pyoxigraph.Store):
        store = source
    elif isinstance(source, Dataset):
        store = store_from_dataset(source)
    elif store or Path(source).is_dir():    # a store folder: its live generation, under a lease
        with diskstore.reading_live(source) as location:
            return run_query(diskstore.open_generation(location), resolve_query(sparql), **options)
    else:
        store = open_store(source)
    return run_query(store, resolve_query(sparql), **options)
