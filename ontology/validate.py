"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

The shapes are checked with pyshacl, inference ``"none"``, over the union of all named
graphs of a build with the ontology added as data, so that ``sh:targetClass dg:Event``
also reaches every event kind through ``rdfs:subClassOf`` (SHACL instance semantics).

>>> from rdflib import Dataset, Literal, URIRef
>>> from diplograph.ontology.namespace import DG, RDF, SDO, article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("000_x"))
>>> art = URIRef("https://w3id.org/diplograph/id/article/000_x")
>>> _ = g.add((art, RDF.type, DG.Article))
>>> _ = g.add((art, SDO.identifier, Literal("000_x")))
>>> _ = g.add((art, SDO.inLanguage, Literal("de")))
>>> validate(ds)[0]
True
"""
from __future__ import annotations

from functools import lru_cache

from pyshacl import validate as _pyshacl_validate
from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph

from diplograph.ontology import ONTOLOGY_FILE, SHAPES_FILE

__all__ = ["ontology_graph", "shapes_graph", "union_graph", "validate"]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The OWL ontology (``diplograph.ttl``) as an rdflib Graph, parsed once.

    The graph is shared between callers: do not modify it (copy it first).
    """
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as an rdflib Graph, parsed once (do not modify)."""
    return Graph().parse(SHAPES_FILE, format="turtle")


def union_graph(data: Graph | Dataset, with_ontology: bool = True) -> Graph:
    """One Graph holding every triple of ``data`` (all named graphs of a Dataset).

    With ``with_ontology`` the ontology's triples are added, so that subclass axioms
    are visible to SHACL targets.
    """
    union = Graph()
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        for s, p, o, _ctx in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    if with_ontology:
        for triple in ontology_graph():
            union.add(triple)
    return union


def validate(data: Graph | Dataset) -> tuple[bool, str]:
    """Check ``data`` (a Graph, or a Dataset whose named graphs are united) against the shapes.

    Returns ``(conforms, report_text)``; the report is pyshacl's readable text, which
    quotes each failing focus node and the shape's ``sh:message``.
    """
    conforms, _report_graph, report_text = _pyshacl_validate(
        union_graph(data),
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    return bool(conforms), str(report_text)
