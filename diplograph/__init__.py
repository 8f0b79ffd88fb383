"""diplograph: knowledge graphs of international-relations news.

The one import package. Its stages are subpackages: :mod:`diplograph.extract` (article
text in, plain facts out), :mod:`diplograph.ontology` (what the facts mean: ontology,
shapes, knowledge base, namespaces) and :mod:`diplograph.graph` (fusion, RDF, store and
SPARQL, analysis, views, and the build that runs them). This module is the small public API
for notebooks and scripts::

    import diplograph

    result = diplograph.build(["data/samples"], "out")      # read, extract, fuse, write
    ds = diplograph.open_dataset("out/graph.trig")          # rdflib Dataset, union default graph
    store = diplograph.open_store("out/graph.trig")         # pyoxigraph Store (or a store folder)
    rows = diplograph.query("out/graph.trig", "meetings").rows
    frame = diplograph.query_frame("out/graph.trig", "roles")  # needs pandas
    G = diplograph.to_networkx(ds)                          # networkx MultiGraph
    pages = diplograph.write_views(G, "out/my-views")       # offline HTML pages

Names are imported on first use, so ``import diplograph`` stays quick.
"""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("diplograph")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

#: public name -> module that defines it
_API = {
    "build": "diplograph.graph.build",
    "BuildResult": "diplograph.graph.build",
    "open_store": "diplograph.graph.store.access",
    "open_dataset": "diplograph.graph.store.access",
    "query": "diplograph.graph.store.access",
    "shipped_queries": "diplograph.graph.store.query",
    "to_networkx": "diplograph.graph.analysis.network",
    "extract_article": "diplograph.extract",
    "Article": "diplograph.extract.model",
    "DiplographError": "diplograph.ontology.errors",
}

__all__ = sorted([*_API, "query_frame", "write_views", "__version__"])


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))


def query_frame(source, sparql, **options):
    """A SELECT query's answer as a pandas DataFrame, one column per variable (see
    :func:`query` for ``source`` and ``sparql``; pandas must be installed)."""
    try:
        import pandas as pd
    except ImportError as exc:
        from diplograph.ontology.errors import DiplographError
        raise DiplographError("query_frame needs pandas: pip install 'diplograph[notebook]'") from exc
    from diplograph.graph.store.access import query
    result = query(source, sparql, **options)
    if result.kind != "select":
        from diplograph.ontology.errors import QueryError
        raise QueryError(f"query_frame needs a SELECT query, got a {result.kind} query: {str(sparql)[:80]!r}")
    return pd.DataFrame(result.rows, columns=list(result.variables))


def write_views(G, out_dir):
    """Write every interactive view of the networkx graph ``G`` into ``out_dir``; the pages
    written (see :mod:`diplograph.graph.views`)."""
    from diplograph.graph.views import write_all_views
    return write_all_views(G, out_dir)
