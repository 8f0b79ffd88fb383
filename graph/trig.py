"""TriG output: the dataset as one deterministic file, written atomically.

>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(); g = ds.graph(URIRef("urn:g")); _ = g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
>>> "<urn:s> <urn:p> \\"o\\" ." in to_trig(ds)
True
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset

from ontology.errors import GraphError

__all__ = ["to_trig", "write_trig", "atomic_write"]


def to_trig(ds: Dataset) -> str:
    """TriG text of ``ds``; rdflib sorts subjects and predicates, so equal input gives
    equal text."""
    return ds.serialize(format="trig")


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise GraphError(f"cannot write {str(path)!r}: {exc}") from exc


def write_trig(ds: Dataset, path: Path) -> Path:
    atomic_write(Path(path), to_trig(ds))
    return Path(path)
