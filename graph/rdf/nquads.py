"""N-Quads output: one line per quad, sorted, so equal graphs give equal files.

>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(); g = ds.graph(URIRef("urn:g"))
>>> _ = g.add((URIRef("urn:s"), URIRef("urn:p"), Literal('say "hi"\\n')))
>>> print(to_nquads(ds), end="")
<urn:s> <urn:p> "say \\"hi\\"\\n" <urn:g> .
"""
from __future__ import annotations

from rdflib import Dataset

__all__ = ["to_nquads"]


def to_nquads(ds: Dataset) -> str:
    text = ds.serialize(format="nquads")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
