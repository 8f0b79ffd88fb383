"""``diplograph export``: a built graph in another format, written atomically.

RDF formats (trig, nquads, turtle, jsonld) keep everything; network formats (graphml, gexf,
csv) hold the networkx view of actors, places and events (:mod:`diplograph.graph.analysis.network`)
as a directed, weighted graph with short ids, colours and positions
(:mod:`diplograph.graph.analysis.tables`); ``csv`` writes two files, ``NAME.nodes.csv`` and
``NAME.edges.csv``. ``events-csv`` writes one row per event, ``pairs-csv`` one row per pair
of countries (or organisations) and year (:mod:`diplograph.graph.analysis.eventtable`).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from diplograph.ontology.errors import GraphError

from diplograph.graph.rdf.jsonld import to_jsonld
from diplograph.graph.rdf.nquads import to_nquads
from diplograph.graph.rdf.trig import atomic_write, to_trig

__all__ = ["FORMATS", "export", "load_dataset"]

FORMATS = ("trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv", "events-csv", "pairs-csv")
SUFFIX = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "jsonld": ".jsonld",
          "graphml": ".graphml", "gexf": ".gexf", "csv": ".csv", "events-csv": ".events.csv",
          "pairs-csv": ".pairs.csv"}


def load_dataset(path) -> Dataset:
    """A built graph file (.trig or .nq) as an rdflib Dataset."""
    path = Path(path)
    fmt = {".trig": "trig", ".nq": "nquads"}.get(path.suffix.lower())
    if fmt is None or not path.is_file():
        raise GraphError(f"cannot export {str(path)!r}: give a built .trig or .nq file")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser exception types
        raise GraphError(f"cannot parse {str(path)!r}: {exc}") from exc
    return ds


def _turtle(ds: Dataset) -> str:
    union = Graph()
    for prefix, ns in ds.namespaces():
        union.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union.serialize(format="turtle")


def export(graph_file, fmt: str, out=None) -> list[Path]:
    """Write ``graph_file`` as ``fmt`` to ``out`` (default: beside it); the files written."""
    if fmt not in FORMATS:
        raise GraphError(f"unknown export format {fmt!r} (have {', '.join(FORMATS)})")
    ds = load_dataset(graph_file)
    out = Path(out) if out else Path(graph_file).with_suffix(SUFFIX[fmt])
    if fmt in ("events-csv", "pairs-csv"):
        from diplograph.graph.analysis.eventtable import events_csv, pairs_csv
        atomic_write(out, events_csv(ds) if fmt == "events-csv" else pairs_csv(ds))
        return [out]
    if fmt in ("graphml", "gexf", "csv"):
        from diplograph.graph.analysis.network import to_networkx
        from diplograph.graph.analysis.tables import to_csv_tables, to_gexf, to_graphml
        G = to_networkx(ds)
        if fmt == "csv":
            nodes, edges = to_csv_tables(G)
            stem = out.with_suffix("")
            paths = [stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv")]
            atomic_write(paths[0], nodes)
            atomic_write(paths[1], edges)
            return paths
        atomic_write(out, to_graphml(G) if fmt == "graphml" else to_gexf(G))
        return [out]
    text = {"trig": to_trig, "nquads": to_nquads, "turtle": _turtle, "jsonld": to_jsonld}[fmt](ds)
    atomic_write(out, text)
    return [out]
