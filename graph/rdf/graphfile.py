"""A built dataset kept on disk as N-Quads, one named graph after another.

A build writes each graph once (the ontology, the knowledge base, one graph per article,
the fusion graph), so its quads never have to sit in memory all at once: a
:class:`GraphFile` appends each graph's sorted N-Quads lines to a file and remembers where
they are and their SHA-256. The TriG output, the persistent store and the query store are
all made from it graph by graph.

The lines are the ones rdflib's N-Quads serializer writes for the same triples, so a
graph's digest does not depend on which of the two wrote it.

>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> gf = GraphFile(Path(tempfile.mkdtemp()) / "g.nq")
>>> gf.add_graph(URIRef("urn:g"), [(URIRef("urn:s"), URIRef("urn:p"), Literal('say "hi"'))])
>>> print(gf["urn:g"], end="")
<urn:s> <urn:p> "say \\"hi\\"" <urn:g> .
>>> len(gf), gf.quads
(1, 1)
"""
from __future__ import annotations

import hashlib
import heapq
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from pathlib import Path

import pyoxigraph
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from diplograph.ontology.errors import GraphError

__all__ = ["GraphFile", "GraphWriter", "nquad_term", "LOAD_CHUNK", "SPILL_LINES"]

LOAD_CHUNK = 64 * 1024 * 1024       # bytes of N-Quads handed to pyoxigraph per bulk load
SPILL_LINES = 200_000               # lines of one graph held before a sorted run goes to disk


def nquad_term(term: Node) -> str:
    """``term`` as N-Quads writes it.

    >>> nquad_term(Literal("Japan", lang="en")), nquad_term(Literal(3))
    ('"Japan"@en', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    >>> nquad_term(URIRef("urn:a b"))
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.GraphError: not a valid IRI: 'urn:a b'
    >>> nquad_term(URIRef("https://ex.org/bericht[1]"))
    Traceback (most recent call last):
    ...
    diplograph.ontology.errors.GraphError: not a valid IRI: 'https://ex.org/bericht[1]'
    """
    if isinstance(term, Literal):
        text = '"' + str(term).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"') \
            .replace("\r", "\\r") + '"'
        if term.language:
            return text + "@" + term.language
        return text + "^^<" + str(term.datatype) + ">" if term.datatype else text
    if isinstance(term, BNode):
        return "_:" + str(term)
    text = str(term)
    try:
        pyoxigraph.NamedNode(text)             # the parser that reads these lines back decides
    except ValueError:
        raise GraphError(f"not a valid IRI: {text!r}") from None
    return "<" + text + ">"


class GraphFile(Mapping):
    """Named graph IRI (``""`` for the default graph) -> its sorted N-Quads text, on disk.

    Graphs are added whole with :meth:`add_graph`, or triple by triple through
    :meth:`open_graph`; adding a graph name twice is an error.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._out = self.path.open("wb")
        self._where: dict[str, tuple[int, int]] = {}
        self._written: set[str] = set()
        self._digests: dict[str, str] = {}
        self.quads = 0

    def add_graph(self, name: URIRef | None, triples: Iterable[tuple]) -> None:
        """Append one graph (``name`` None: the default graph); duplicate triples count once."""
        writer = self.open_graph(name)
        writer.addN((s, p, o, None) for s, p, o in triples)
        writer.close()

    def open_graph(self, name: URIRef | None) -> "GraphWriter":
        """A :class:`GraphWriter` that appends graph ``name`` when it is closed."""
        key = "" if name is None else str(name)
        if key in self._written:
            raise GraphError(f"graph {key!r} was already written")
        self._written.add(key)
        return GraphWriter(self, key, (" " + nquad_term(name) + " .\n") if name is not None else " .\n")

    def _append(self, key: str, lines: Iterable[str]) -> None:
        """Write a graph's sorted, distinct lines, remembering where they are and their digest."""
        if self._out is None:
            raise GraphError(f"graph {key!r} cannot be added to {str(self.path)!r}: this copy of it is read-only")
        digest, offset, count, batch = hashlib.sha256(), self._out.tell(), 0, []
        for line in lines:
            batch.append(line)
            if len(batch) >= 10_000:
                count += self._write_batch(batch, digest)
                batch = []
        count += self._write_batch(batch, digest)
        if not count:
            return                                 # an empty graph is no graph (as in rdflib)
        self._where[key] = (offset, self._out.tell() - offset)
        self._digests[key] = digest.hexdigest()
        self.quads += count

    def _write_batch(self, batch: list[str], digest) -> int:
        data = "".join(batch).encode("utf-8", "replace")
        digest.update(data)
        self._out.write(data)
        return len(batch)

    def adopt(self, part: "GraphFile") -> None:
        """Append the graphs of another file (written apart, e.g. by a child process) after
        this one's, as if they had been written here; ``part``'s file is then removed."""
        if self._out is None:
            raise GraphError(f"{str(self.path)!r} cannot adopt {str(part.path)!r}: this copy of it is read-only")
        if part.path.resolve() == self.path.resolve():
            raise GraphError(f"{str(self.path)!r} cannot adopt a copy of itself")
        if twice := sorted(self._written & part._written):
            raise GraphError(f"graph {twice[0]!r} was already written")
        part.close()
        self._flush()
        base = self._out.tell()
        with part.path.open("rb") as source:
            shutil.copyfileobj(source, self._out, LOAD_CHUNK)
        self._where.update((key, (base + offset, length)) for key, (offset, length) in part._where.items())
        self._digests.update(part._digests)
        self._written |= part._written
        self.quads += part.quads
        part.path.unlink()

    def close(self) -> None:
        """Finish writing (reading works either way)."""
        if self._out is not None and not self._out.closed:
            self._out.close()

    def _flush(self) -> None:
        if self._out is not None and not self._out.closed:
            self._out.flush()

    def __getstate__(self) -> dict:
        """A GraphFile sent to another process reads the same file; it cannot be added to."""
        self._flush()
        return {**self.__dict__, "_out": None}

    # Mapping: graph name -> N-Quads text
    def __getitem__(self, name: str) -> str:
        return next(self.texts([name]))[1].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def digests(self) -> dict[str, str]:
        """Graph name -> SHA-256 of its N-Quads text."""
        return dict(self._digests)

    def sorted_names(self) -> list[str]:
        """Graph names in the order of their N-Quads form (``<iri>``), the default graph first."""
        return sorted(self._where, key=lambda name: f"<{name}>" if name else "")

    def size(self, name: str) -> int:
        """Bytes of N-Quads of graph ``name``."""
        return self._where[name][1]

    def texts(self, names: Iterable[str] | None = None,
              limit: int | None = None) -> Iterator[tuple[str, bytes | None]]:
        """(name, N-Quads bytes) of each of ``names`` (default: all graphs), read through one
        file handle; a graph larger than ``limit`` bytes comes as (name, None), to be read
        in pieces (:meth:`pieces`) instead of whole."""
        self._flush()
        with self.path.open("rb") as fh:
            for name in (self._where if names is None else names):
                offset, length = self._where[name]
                if limit is not None and length > limit:
                    yield name, None
                    continue
                fh.seek(offset)
                yield name, fh.read(length)

    def pieces(self, name: str, size: int = LOAD_CHUNK, fh=None) -> Iterator[bytes]:
        """The N-Quads of graph ``name`` in pieces of about ``size`` bytes, each ending at
        a line end (a fusion graph of millions of quads need not be held whole)."""
        self._flush()
        if fh is None:
            with self.path.open("rb") as own:
                yield from self.pieces(name, size, own)
            return
        offset, left = self._where[name]
        while left > 0:
            fh.seek(offset)
            piece = fh.read(min(size, left))
            if not piece.endswith(b"\n"):
                piece += fh.readline(left - len(piece))
            offset, left = offset + len(piece), left - len(piece)
            yield piece

    def chunks(self, names: Iterable[str] | None = None, size: int = LOAD_CHUNK) -> Iterator[bytes]:
        """The N-Quads of ``names`` (default: all graphs), about ``size`` bytes at a time,
        cut at line ends (a large graph is split, small ones are joined)."""
        self._flush()
        buffer, held = [], 0
        with self.path.open("rb") as fh:
            for name in (list(self._where) if names is None else names):
                for piece in self.pieces(name, size, fh):
                    buffer.append(piece)
                    held += len(piece)
                    if held >= size:
                        yield b"".join(buffer)
                        buffer, held = [], 0
        if buffer:
            yield b"".join(buffer)

    def parsed(self) -> Iterator[pyoxigraph.Quad]:
        """Every quad of the dataset, as pyoxigraph parses the file (graph after graph)."""
        self._flush()
        try:
            yield from pyoxigraph.parse(path=str(self.path), format=pyoxigraph.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise GraphError(f"{str(self.path)!r} holds N-Quads pyoxigraph cannot read: {exc}") from exc

    def load_into(self, store: pyoxigraph.Store, names: Iterable[str] | None = None) -> pyoxigraph.Store:
        """Bulk-load ``names`` (default: all graphs) into ``store``; returns it."""
        for data in self.chunks(names):
            try:
                store.bulk_load(input=data, format=pyoxigraph.RdfFormat.N_QUADS)
            except SyntaxError as exc:
                raise GraphError(f"{str(self.path)!r} holds N-Quads pyoxigraph cannot read: {exc}") from exc
        return store

    def to_store(self, path: Path | None = None) -> pyoxigraph.Store:
        """A pyoxigraph store of the whole dataset: in memory, or on disk at ``path``."""
        return self.load_into(pyoxigraph.Store() if path is None else pyoxigraph.Store(str(path)))


class GraphWriter:
    """One graph's triples on their way into a :class:`GraphFile`, as N-Quads lines.

    Lines are collected in memory up to :data:`SPILL_LINES`; beyond that each batch is
    sorted into a run file beside the scratch file, and :meth:`close` merges the runs, so
    a fusion graph of millions of quads never sits in memory whole. The lines, their order
    and the digest are the same either way.
    """

    def __init__(self, gf: GraphFile, key: str, tail: str):
        self.gf, self.key, self.tail = gf, key, tail
        self.lines: set[str] = set()
        self.terms: dict[Node, str] = {}           # subjects, predicates and IRIs repeat within a graph
        self.runs: list[Path] = []

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        try:
            obj = self._term(o) if type(o) is URIRef else nquad_term(o)     # IRIs recur, most literals not
            self.lines.add(self._term(s) + " " + self._term(p) + " " + obj + self.tail)
        except GraphError as exc:
            raise GraphError(f"graph {self.key!r}: {exc}") from None
        if len(self.lines) >= SPILL_LINES:
            self._spill()

    def addN(self, quads) -> None:   # noqa: N802 - rdflib's name
        for s, p, o, _ in quads:
            self.add((s, p, o))

    def _term(self, node: Node) -> str:
        found = self.terms.get(node)
        if found is None:
            found = self.terms[node] = nquad_term(node)
        return found

    def _spill(self) -> None:
        fd, name = tempfile.mkstemp(dir=self.gf.path.parent, prefix=".run-", suffix=".nq")
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
            fh.writelines(sorted(self.lines))
        self.runs.append(Path(name))
        self.lines, self.terms = set(), {}

    def close(self) -> None:
        """Append the graph to its file (sorted, without duplicates)."""
        if not self.runs:
            self.gf._append(self.key, sorted(self.lines))
            return
        self._spill()
        handles = [path.open("r", encoding="utf-8", errors="surrogatepass", newline="") for path in self.runs]
        try:
            self.gf._append(self.key, (line for line, _ in groupby(heapq.merge(*handles))))
        finally:
            for fh, path in zip(handles, self.runs):
                fh.close()
                path.unlink(missing_ok=True)
