"""A persistent pyoxigraph store that builds grow: ``diplograph build PATH... --store DIR``.

Layout of ``DIR``::

    CURRENT                 the name of the live generation, e.g. ``gen-000003``
    gen-000003/             a pyoxigraph (RocksDB) database holding the whole built dataset
    gen-000003.json         its manifest: the articles (keyed by content hash), a digest
                            per named graph, the extractor signature
    facts/<key>.pickle      each article's extracted facts, so later builds skip extraction
    lock                    held (``flock``) by the one build that writes at a time

A build never writes into the live generation. It checkpoints it (RocksDB hard links, so
cheap), replaces the named graphs whose digest changed in the copy, writes the manifest,
and only then replaces ``CURRENT`` (an atomic rename). A build killed at any point leaves
``CURRENT`` naming the untouched previous generation; the next build removes the half-made
one. The generation before the live one is kept until the build after, so that a reader
(``diplograph serve``) started on it keeps a consistent snapshot.

>>> import tempfile
>>> from rdflib import Dataset, Literal, URIRef
>>> root = Path(tempfile.mkdtemp()) / "store"
>>> ds = Dataset(); _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("x")))
>>> change = commit(root, ds, {"k1": {"id": "a"}}, "sig")
>>> change.generation, change.added, change.removed
('gen-000001', 1, 0)
>>> commit(root, ds, {"k1": {"id": "a"}}, "sig").unchanged
True
>>> len(open_store(root))
1
"""
from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import os
import pickle
import re
import shutil
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat
from rdflib import Dataset

from diplograph.ontology.errors import GraphError, StoreError

from diplograph.graph.rdf.graphfile import GraphFile
from diplograph.graph.rdf.nquads import to_nquads
from diplograph.graph.rdf.trig import atomic_write

__all__ = [
    "Manifest", "StoreChange", "article_key", "read_manifest", "load_facts", "save_facts",
    "graph_nquads", "commit", "open_store", "live_location", "writer_lock",
]

CURRENT = "CURRENT"
FACTS = "facts"
MANIFEST_FORMAT = 1
_GENERATION = re.compile(r"^gen-(\d{6})$")


@dataclass
class Manifest:
    """What the live generation holds."""

    generation: str | None = None
    extractor: str = ""
    articles: dict = field(default_factory=dict)    # content key -> {"id", "path", "lang", "title"}
    graphs: dict = field(default_factory=dict)      # named graph IRI -> sha256 of its N-Quads

    def by_id(self) -> dict[str, str]:
        """Article identifier -> content key."""
        return {info.get("id"): key for key, info in self.articles.items()}


@dataclass(frozen=True)
class StoreChange:
    """What one :func:`commit` did: the live generation and the named graphs touched."""

    generation: str
    added: int = 0
    replaced: int = 0
    removed: int = 0
    unchanged: bool = False


def article_key(article) -> str:
    """The content hash identifying an article: its text and metadata, not its file name.

    >>> from diplograph.extract.model import Article
    >>> a, b = Article(id="x", text="Tokio.", path="a.txt"), Article(id="y", text="Tokio.", path="b.txt")
    >>> article_key(a) == article_key(b), article_key(a) == article_key(Article(id="x", text="Kyoto."))
    (True, False)
    """
    meta = {"lang": article.lang, "title": article.title, "url": article.url, "outlet": article.outlet,
            "author": article.author, "published": str(article.published or "")}
    blob = json.dumps([article.text, meta], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _root(root) -> Path:
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise StoreError(f"store {str(root)!r} is a file, not a folder")
    return root


def _live(root: Path) -> str | None:
    pointer = root / CURRENT
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    if not _GENERATION.match(name) or not (root / name).is_dir():
        raise StoreError(f"store {str(root)!r}: CURRENT names {name!r}, which is not a generation here")
    return name


def read_manifest(root) -> Manifest:
    """The manifest of the live generation; an empty one for a new store."""
    root = _root(root)
    name = _live(root)
    if name is None:
        return Manifest()
    path = root / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"store {str(root)!r}: cannot read manifest {path.name!r}: {exc}") from exc
    if data.get("format") != MANIFEST_FORMAT:
        raise StoreError(f"store {str(root)!r}: manifest format {data.get('format')!r} is not {MANIFEST_FORMAT}")
    return Manifest(name, data.get("extractor", ""), data.get("articles", {}), data.get("graphs", {}))


def live_location(root) -> Path:
    """The folder of the live generation's database (for ``oxigraph serve-read-only``)."""
    root = _root(root)
    name = _live(root)
    if name is None:
        raise StoreError(f"{str(root)!r} holds no store yet (build with --store first)")
    return root / name


def open_store(root) -> pyoxigraph.Store:
    """The live generation, opened read-only."""
    location = live_location(root)
    try:
        return pyoxigraph.Store.read_only(str(location))
    except OSError as exc:
        raise StoreError(f"cannot open store {str(location)!r}: {exc}") from exc


# --------------------------------------------------------------------------- facts cache


def load_facts(root, key: str):
    """The cached facts of the article with content ``key``, or ``None``."""
    path = Path(root) / FACTS / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)       # written by save_facts, never by a third party
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None                          # unreadable or from older code: extract again


def save_facts(root, key: str, facts) -> None:
    """Cache an article's facts (atomically: a killed build leaves no half file)."""
    folder = Path(root) / FACTS
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    with tmp.open("wb") as handle:
        pickle.dump(facts, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / f"{key}.pickle")


# --------------------------------------------------------------------------- committing


def graph_nquads(ds: Dataset) -> dict[str, str]:
    """Each named graph's IRI -> its sorted N-Quads (the default graph under ``""``)."""
    parts: dict[str, list[str]] = defaultdict(list)
    for line in to_nquads(ds).splitlines(keepends=True):
        head, graph, _ = line.rstrip("\n").rsplit(" ", 2)
        name = graph[1:-1] if graph.startswith("<") and head.count(" ") >= 2 else ""
        parts[name].append(line)
    return {name: "".join(lines) for name, lines in parts.items()}


_HELD: set[Path] = set()      # stores whose lock this process holds (the lock is re-entrant)


@contextmanager
def writer_lock(root):
    """Hold the store's write lock; another process building on the same store fails at once."""
    root = _root(root)
    root.mkdir(parents=True, exist_ok=True)
    key = root.resolve()
    if key in _HELD:
        yield root
        return
    with (root / "lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"store {str(root)!r} is being written by another build") from exc
        _HELD.add(key)
        try:
            yield root
        finally:
            _HELD.discard(key)
            fcntl.flock(handle, fcntl.LOCK_UN)


def commit(root, ds: Dataset | GraphFile, articles: dict, extractor: str) -> StoreChange:
    """Make ``ds`` (an rdflib Dataset, or a build's :class:`~diplograph.graph.rdf.graphfile.GraphFile`) the
    store's content, with ``articles`` (content key -> info) its manifest.

    Only named graphs whose N-Quads changed are rewritten, in a new generation; nothing
    changes on disk when neither graphs nor articles did.
    """
    with writer_lock(root) as root:
        old = read_manifest(root)
        _collect_garbage(root, keep={old.generation})
        if isinstance(ds, GraphFile):
            texts, digests = ds, ds.digests()
        else:
            texts = graph_nquads(ds)
            digests = {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in texts.items()}
        if old.generation and digests == old.graphs and articles == old.articles and extractor == old.extractor:
            return StoreChange(old.generation, unchanged=True)
        changed = sorted(n for n in digests if old.graphs.get(n) != digests[n])
        removed = sorted(n for n in old.graphs if n not in digests)
        name = _next_generation(root, old.generation)
        _write_generation(root, old.generation, name, changed, removed, texts)
        manifest = {"format": MANIFEST_FORMAT, "generation": name, "extractor": extractor,
                    "articles": articles, "graphs": digests}
        atomic_write(root / f"{name}.json", json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        atomic_write(root / CURRENT, name + "\n")
        added = sum(1 for n in changed if n not in old.graphs)
        return StoreChange(name, added=added, replaced=len(changed) - added, removed=len(removed))


def _next_generation(root: Path, live: str | None) -> str:
    numbers = [int(m.group(1)) for p in root.iterdir() if (m := _GENERATION.match(p.stem))]
    return f"gen-{max(numbers, default=0) + 1:06d}"


def _write_generation(root: Path, live: str | None, name: str, changed: list[str],
                      removed: list[str], texts) -> None:
    target = root / name
    try:
        if live is None:
            store = pyoxigraph.Store(str(target))
        else:
            pyoxigraph.Store.read_only(str(root / live)).backup(str(target))
            store = pyoxigraph.Store(str(target))
        for graph in changed + removed:
            if graph:
                store.remove_graph(pyoxigraph.NamedNode(graph))
            else:
                store.clear_graph(pyoxigraph.DefaultGraph())
        if isinstance(texts, GraphFile):
            texts.load_into(store, changed)
        elif data := "".join(texts[g] for g in changed).encode("utf-8"):
            store.bulk_load(input=data, format=RdfFormat.N_QUADS)
        store.flush()
        del store
        gc.collect()                 # closes the database before CURRENT may name it
    except (OSError, SyntaxError, ValueError, GraphError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreError(f"cannot write store generation {str(target)!r}: {exc}") from exc


def _collect_garbage(root: Path, keep: set) -> None:
    """Remove half-made generations and all but the live one and the one before it."""
    names = sorted(p.name for p in root.iterdir() if p.is_dir() and _GENERATION.match(p.name))
    live = next(iter(keep - {None}), None)
    previous = [n for n in names if live and n < live][-1:]
    for name in names:
        if name != live and name not in previous:
            shutil.rmtree(root / name, ignore_errors=True)
            (root / f"{name}.json").unlink(missing_ok=True)
    for leftover in (root / FACTS).glob(".*.tmp") if (root / FACTS).is_dir() else []:
        leftover.unlink(missing_ok=True)
