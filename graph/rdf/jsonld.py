"""JSON-LD output: the dataset with the project's prefixes as its context (named graphs
kept as ``@graph`` entries).

>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(); g = ds.graph(URIRef("urn:g"))
>>> _ = g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("</script>")))
>>> "</script>" in to_jsonld(ds)
True
"""
from __future__ import annotations

import json

from rdflib import Dataset

from diplograph.ontology.namespace import PREFIXES

__all__ = ["to_jsonld"]


def to_jsonld(ds: Dataset) -> str:
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    data = json.loads(ds.serialize(format="json-ld", context=context))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
