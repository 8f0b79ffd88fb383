"""TriG output: the dataset as one deterministic file, written atomically.

>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(); g = ds.graph(URIRef("http://ex.org/g"))
>>> _ = g.add((URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("o")))
>>> print(to_trig(ds).strip())
@prefix ns1: <http://ex.org/> .
<BLANKLINE>
ns1:g {
    ns1:s ns1:p "o" .
}
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset

from ontology.errors import GraphError

__all__ = ["to_trig", "write_trig", "atomic_write"]


def to_trig(ds: Dataset) -> str:
    """TriG text of ``ds``: named graphs in IRI order, each written by rdflib's Turtle
    serializer (which sorts subjects and predicates), so equal input gives equal text."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for g in graphs:
        for prefix, ns in ds.namespaces():
            g.bind(prefix, ns, override=True, replace=True)
        body = []
        for line in g.serialize(format="turtle").splitlines():
            if line.startswith("@prefix "):
                prefixes.add(line)
            elif line.strip() or body:
                body.append(("    " + line) if line.strip() else "")
        while body and not body[-1]:
            body.pop()
        name = g.identifier.n3(ds.namespace_manager)
        blocks.append(f"{name} {{\n" + "\n".join(body) + "\n}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())          # as an ordinary file, not mkstemp's 0600
        os.replace(tmp, path)
    except OSError as exc:
        raise GraphError(f"cannot write {str(path)!r}: {exc}") from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_trig(ds: Dataset, path: Path) -> Path:
    atomic_write(Path(path), to_trig(ds))
    return Path(path)
