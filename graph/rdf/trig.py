"""TriG output: the dataset as one deterministic file, written atomically.

>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(); ds.bind("ex", "http://ex.org/")
>>> g = ds.graph(URIRef("http://ex.org/g"))
>>> _ = g.add((URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("o")))
>>> print(to_trig(ds).strip())  # doctest: +NORMALIZE_WHITESPACE
@prefix ex: <http://ex.org/> .
<BLANKLINE>
ex:g {
	ex:s ex:p "o" .
}
"""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
from rdflib import Dataset

from diplograph.ontology.errors import GraphError

from diplograph.graph.rdf.graphfile import GraphFile

__all__ = ["to_trig", "write_trig", "atomic_write", "atomic_open"]


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _key(quad) -> tuple:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def _body(quads, prefixes: dict) -> str:
    """TriG of already sorted quads, without its ``@prefix`` lines."""
    text = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes).decode("utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("@prefix "))


def _head(prefixes: dict) -> str:
    head = [f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in prefixes.items()]
    return "".join(head) + ("\n" if head else "")          # prefixes in name order


def to_trig(ds: Dataset) -> str:
    """TriG text of ``ds``, the same for equal datasets: quads sorted by graph, subject,
    predicate and object, abbreviated with the dataset's prefixes that occur in it.

    pyoxigraph writes it: rdflib's Turtle serializer spends quadratic time in its prefix
    trie once a dataset has thousands of article namespaces (208 s for 1,000 articles,
    against about 5 s this way).
    """
    nquads = ds.serialize(format="nquads")
    quads = sorted(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS), key=_key)
    prefixes = {prefix: str(ns) for prefix, ns in sorted(ds.namespaces())
                if prefix and f"<{ns}" in nquads}
    return _head(prefixes) + _body(quads, prefixes)


def _used_prefixes(gf: GraphFile) -> dict:
    """The project's prefixes (as :func:`diplograph.graph.rdf.dataset.bound_dataset` binds them) that occur."""
    from diplograph.graph.rdf.dataset import bound_dataset
    wanted = {prefix: str(ns) for prefix, ns in sorted(bound_dataset().namespaces()) if prefix}
    needles = {f"<{ns}".encode(): p for p, ns in wanted.items()}
    found = set()
    for chunk in gf.chunks():                     # cut at line ends: no IRI is split
        if len(found) == len(needles):
            break
        found |= _needles_in(chunk, [n for n in needles if n not in found])
    return {p: ns for p, ns in wanted.items() if f"<{ns}".encode() in found}


def _needles_in(data: bytes, needles: list[bytes]) -> set[bytes]:
    """The ``needles`` that occur in ``data``: one scan for all of them, begun again after
    each first find without the needles found (a scan per needle took half the TriG's
    time, most of the vocabularies rdflib binds never occurring).

    >>> sorted(_needles_in(b"<http://a/x> <http://ab/y>", [b"<http://a/", b"<http://ab/", b"<http://c/"]))
    [b'<http://a/', b'<http://ab/']
    """
    found, left, pos = set(), sorted(needles, key=len, reverse=True), 0
    while left:
        hit = re.compile(b"|".join(re.escape(n) for n in left)).search(data, pos)
        if hit is None:
            break
        found.update(n for n in left if data.startswith(n, hit.start()))
        left, pos = [n for n in left if n not in found], hit.start()
    return found


# A graph larger than this is written from its N-Quads as they are read, not held whole.
STREAM_BYTES = 64 * 1024 * 1024


def write_graph_file_trig(gf: GraphFile, out) -> None:
    """Write the TriG of ``gf`` to the text stream ``out`` one graph at a time: the same
    text :func:`to_trig` gives for the same dataset, without the dataset in memory."""
    prefixes = _used_prefixes(gf)
    out.write(_head(prefixes))
    for name, data in gf.texts(gf.sorted_names(), limit=STREAM_BYTES):
        if data is None:
            _stream_graph(gf, name, prefixes, out)
            continue
        # a graph's lines are sorted, and "<s> <p> o <g> ." sorts as (s, p, o) do, unless a
        # literal holds a raw control character (pyoxigraph escapes it, N-Quads lines do not):
        # no need to hold millions of parsed quads (a large fusion graph) to sort them again
        text = data.decode("utf-8")
        quads = pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.N_QUADS)
        out.write(_body(sorted(quads, key=_key) if _CONTROL.search(text) else quads, prefixes))


def _stream_graph(gf: GraphFile, name: str, prefixes: dict, out) -> None:
    """A large graph's TriG, parsed and serialized piece by piece (its lines are already
    in order unless a literal holds a raw control character: then it is sorted whole)."""
    if any(_CONTROL_BYTES.search(piece) for piece in gf.pieces(name, STREAM_BYTES)):
        text = b"".join(gf.pieces(name, STREAM_BYTES)).decode("utf-8")
        out.write(_body(sorted(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.N_QUADS), key=_key),
                        prefixes))
        return
    sink = _WithoutPrefixLines(out)
    quads = (q for piece in gf.pieces(name, STREAM_BYTES)
             for q in pyoxigraph.parse(piece, format=pyoxigraph.RdfFormat.N_QUADS))
    pyoxigraph.serialize(quads, sink, format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
    sink.close()


class _WithoutPrefixLines:
    """A bytes sink for pyoxigraph's serializer that passes its output on to a text stream
    without the ``@prefix`` lines, as :func:`_body` does."""

    def __init__(self, out):
        self.out, self.tail = out, b""

    def write(self, data) -> int:
        size = len(data)
        data = self.tail + bytes(data)
        cut = data.rfind(b"\n") + 1
        self._emit(data[:cut])
        self.tail = data[cut:]
        return size

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self._emit(self.tail)
        self.tail = b""

    def _emit(self, lines: bytes) -> None:
        if lines:
            text = lines.decode("utf-8")
            self.out.write("".join(line for line in text.splitlines(keepends=True)
                                   if not line.startswith("@prefix ")))


@contextmanager
def atomic_open(path: Path):
    """A text stream whose content replaces ``path`` only when the block ends without error."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise GraphError(f"cannot write {str(path)!r}: {exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())          # as an ordinary file, not mkstemp's 0600
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GraphError(f"cannot write {str(path)!r}: {exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    with atomic_open(path) as fh:
        fh.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_trig(source: Dataset | GraphFile, path: Path) -> Path:
    """Write the TriG of an rdflib Dataset or a :class:`GraphFile` (streamed) to ``path``."""
    if isinstance(source, GraphFile):
        with atomic_open(Path(path)) as fh:
            write_graph_file_trig(source, fh)
    else:
        atomic_write(Path(path), to_trig(source))
    return Path(path)
