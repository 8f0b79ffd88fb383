"""A persistent pyoxigraph store that builds grow: ``diplograph build PATH... --store DIR``.

Layout of ``DIR``::

    CURRENT                 the name of the live generation, e.g. ``gen-000003``
    gen-000003/             a pyoxigraph (RocksDB) database holding the whole built dataset
    gen-000003.json         its manifest: the articles (keyed by content hash), a digest
                            per named graph, the extractor signature
    facts/<key>.json.gz     each article's extracted facts, so later builds skip extraction
                            (gzipped JSON, :mod:`~diplograph.graph.store.factcodec`: reading it
                            cannot run code; ``facts/<key>.pickle`` of older versions is never read)
    lock                    held (``flock``) by the one build that writes at a time

An article is its content (:func:`article_key`): the manifest names each stored text once,
and a build gives the cached facts the name of the input that now has that text
(:func:`claim`, :func:`adopt`, :func:`restore`). A build needs to write the store and says so
(:class:`~diplograph.ontology.errors.StoreError`) when it cannot; reading it (``query``,
``serve``) opens the live generation read-only and writes nothing, so a read-only store can
be queried and served.

A build never writes into the live generation. It checkpoints it (RocksDB hard links, so
cheap), replaces the named graphs whose digest changed in the copy, writes the manifest,
and only then replaces ``CURRENT`` (an atomic rename). A build killed at any point leaves
``CURRENT`` naming the untouched previous generation; the next build removes the half-made
one. The generation before the live one is kept until the build after, and any older one
as long as a reader holds a lease on it (:func:`reading_live`), so that a query started on
it (``diplograph serve``) keeps a consistent snapshot.

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

import errno
import fcntl
import gc
import hashlib
import json
import os
import re
import shutil
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat
from rdflib import Dataset

from diplograph.extract.model import clean_text
from diplograph.ontology.errors import GraphError, StoreError

from diplograph.graph.store import factcodec, lease
from diplograph.graph.rdf.graphfile import GraphFile
from diplograph.graph.rdf.nquads import to_nquads
from diplograph.graph.rdf.trig import atomic_write

__all__ = [
    "Manifest", "StoreChange", "Claims", "article_key", "claim", "adopt", "restore", "read_manifest",
    "load_facts", "load_article", "save_facts", "cached_keys", "old_pickle", "unreadable", "graph_nquads",
    "commit", "open_store", "open_generation", "live_location", "reading_live", "writer_lock",
]

CURRENT = "CURRENT"
FACTS = "facts"
FACTS_SUFFIX = ".json.gz"
MANIFEST_FORMAT = 1
_GENERATION = re.compile(r"^gen-(\d{6})$")


@dataclass
class Manifest:
    """What the live generation holds."""

    generation: str | None = None
    extractor: str = ""
    articles: dict = field(default_factory=dict)    # content key -> {"id", "path", "lang", "title"[, "duplicates"]}
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


@dataclass
class Claims:
    """How a build's input articles meet the stored ones (see :func:`claim`)."""

    inputs: dict = field(default_factory=dict)       # content key -> the input article that has it
    duplicates: list = field(default_factory=list)   # (input, stored info): its text is stored under another name
    renamed: list = field(default_factory=list)      # (stored id, input): stored text now named as the input
    stored: dict = field(default_factory=dict)       # the manifest's articles, duplicates' paths added


def claim(manifest: Manifest, articles, prune: bool = False, cached=None) -> Claims:
    """Which input articles bring their text into the store, and under which name.

    An input whose text is stored under another name is recorded as a duplicate of the
    stored article (its path is added to the article's ``duplicates``), as a second file
    with the same text is within one build, unless the stored name goes: when another
    input now has that name (the original was edited), ``prune`` drops it, or the store
    has no cached facts for it (``cached``: the content keys it has facts for, see
    :func:`cached_keys`; None: all). The stored text is then the input's, under the
    input's name.

    >>> from diplograph.extract.model import Article
    >>> old = Manifest("gen-000001", "sig", {article_key(Article("a", "Tokio.")): {"id": "a", "path": "a.txt"}})
    >>> c = claim(old, [Article("b", "Tokio.", path="b.txt")])
    >>> [(art.id, info["id"]) for art, info in c.duplicates], list(c.stored.values())
    ([('b', 'a')], [{'id': 'a', 'path': 'a.txt', 'duplicates': 'b.txt'}])
    >>> c = claim(old, [Article("b", "Tokio.", path="b.txt"), Article("a", "Kyoto.", path="a.txt")])
    >>> [(old_id, art.id) for old_id, art in c.renamed], sorted(art.id for art in c.inputs.values())
    ([('a', 'b')], ['a', 'b'])
    """
    ids = {art.id for art in articles}
    claims = Claims(stored={key: dict(info) for key, info in manifest.articles.items()})
    for art in articles:
        key = article_key(art)
        info = claims.stored.get(key)
        if info is None or info.get("id") == art.id:
            claims.inputs[key] = art
        elif not prune and info.get("id") not in ids and (cached is None or key in cached):
            claims.duplicates.append((art, info))
            info["duplicates"] = _joined(info.get("duplicates", ""), art.path, art.extra.get("duplicates", ""))
        else:
            claims.inputs[key] = art
            claims.renamed.append((info.get("id"), art))
    return claims


def _joined(*paths: str) -> str:
    """Comma-separated paths, each once, in order."""
    parts = [p for text in paths for p in text.split(", ") if p]
    return ", ".join(dict.fromkeys(parts))


def adopt(article, art) -> bool:
    """Give the cached ``article`` the name, path and other metadata (``extra``, cleaned as
    extraction cleans it) of the input ``art`` that has its text (extraction reads none of
    them); whether any changed.

    >>> from diplograph.extract.model import Article
    >>> cached = Article("a", "Tokio.", path="a.txt", extra={"duplicates": "b.txt"})
    >>> adopt(cached, Article("b", "Tokio.", path="in/b.txt")), cached.id, cached.path, cached.extra
    (True, 'b', 'in/b.txt', {})
    """
    extra = {clean_text(k): clean_text(v) for k, v in art.extra.items()}
    changed = (article.id, article.path, article.extra) != (art.id, art.path, extra)
    article.id, article.path, article.extra = art.id, art.path, extra
    return changed


def restore(article, info: dict):
    """The cached ``article`` under the name, path and duplicates the manifest's ``info``
    gives it (the cache keeps the name it was extracted under)."""
    article.id, article.path = info.get("id", article.id), info.get("path", article.path)
    article.extra = {k: v for k, v in article.extra.items() if k != "duplicates"}
    if info.get("duplicates"):
        article.extra["duplicates"] = info["duplicates"]
    return article


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


@contextmanager
def reading_live(root, attempts: int = 5):
    """The live generation's database folder, under a reader's lease for the with-block
    (:mod:`~diplograph.graph.store.lease`): builds meanwhile make new generations but do
    not remove this one."""
    for _ in range(attempts):
        location = live_location(root)
        with lease.reading(location) as there:
            if there:
                yield location
                return
    raise StoreError(f"store {str(root)!r}: the live generation kept changing while opening it")


def open_store(root) -> pyoxigraph.Store:
    """The live generation, opened read-only."""
    return open_generation(live_location(root))


def open_generation(location) -> pyoxigraph.Store:
    """A generation's database folder, opened read-only."""
    try:
        return pyoxigraph.Store.read_only(str(location))
    except OSError as exc:
        raise StoreError(f"cannot open store {str(location)!r}: {exc}") from exc


# --------------------------------------------------------------------------- facts cache


def _facts_path(root, key: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise StoreError(f"{key!r} is not an article key")
    return Path(root) / FACTS / f"{key}{FACTS_SUFFIX}"


def load_facts(root, key: str):
    """The cached facts of the article with content ``key``, or ``None`` when there are none
    or they cannot be read (the article is then extracted again). Only the format of
    :mod:`~diplograph.graph.store.factcodec` is read: nothing in the store can run code."""
    try:
        return factcodec.loads(_facts_path(root, key).read_bytes())
    except (OSError, StoreError):
        return None


def load_article(root, key: str):
    """Only the cached article (text and metadata) of content ``key``, or ``None``: enough
    to extract it again when its facts are unreadable or the extractor changed."""
    try:
        return factcodec.article_of(_facts_path(root, key).read_bytes())
    except (OSError, StoreError):
        return None


def cached_keys(root) -> set[str]:
    """The content keys the store has cached facts for (readable or not)."""
    try:
        names = os.listdir(Path(root) / FACTS)
    except OSError:                          # no facts yet (or none that can be listed)
        return set()
    return {name[:-len(FACTS_SUFFIX)] for name in names if name.endswith(FACTS_SUFFIX)}


def old_pickle(root, key: str) -> bool:
    """Whether content ``key`` has facts only in a pickle of an older diplograph, which is
    never read (unpickling a file can run any code in it)."""
    try:
        path = _facts_path(root, key)
    except StoreError:
        return False
    return path.with_name(f"{key}.pickle").is_file() and not path.is_file()


def unreadable(root, key: str, info: dict) -> str:
    """Why the stored article ``info`` (content ``key``) has no facts to build from, and
    what to do."""
    again = f"give its file ({info.get('path')!r}) again to keep it"
    if old_pickle(root, key):
        return (f"its facts are cached only in a pickle of an older diplograph, which is not read "
                f"(a pickle can run code); {again}")
    return f"it has no readable cached facts; {again}"


def save_facts(root, key: str, facts) -> None:
    """Cache an article's facts (atomically: a killed build leaves no half file)."""
    path = _facts_path(root, key)
    tmp = path.with_name(f".{key}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp.write_bytes(factcodec.dumps(facts))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        path.with_name(f"{key}.pickle").unlink(missing_ok=True)     # an older version's, never read
    except OSError as exc:
        raise _unwritable(Path(root), exc) from exc


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
    """Hold the store's write lock; another process building on the same store fails at
    once, and so does a build on a store it cannot write (:class:`StoreError`)."""
    root = _root(root)
    key = root.resolve()
    if key in _HELD:
        yield root
        return
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle = (root / "lock").open("a")
    except OSError as exc:
        raise _unwritable(root, exc) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"store {str(root)!r} is being written by another build") from exc
        _check_writable(root)
        _HELD.add(key)
        try:
            yield root
        finally:
            _HELD.discard(key)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_writable(root: Path) -> None:
    """Fail before a build's work, not after it, when the store's folders are read-only
    (for this user, or on a read-only file system)."""
    for folder in (root, root / FACTS):
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise _unwritable(root, PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder)))


def _unwritable(root: Path, exc: OSError) -> StoreError:
    """The error of a build that cannot write the store ``root``."""
    where = f" ({exc.filename!r})" if getattr(exc, "filename", None) else ""
    why = exc.strerror or str(exc)
    return StoreError(f"store {str(root)!r} cannot be written: {why}{where}; a build needs to write "
                      "its store (a read-only store can still be queried and served)")


def commit(root, ds: Dataset | GraphFile, articles: dict, extractor: str) -> StoreChange:
    """Make ``ds`` (an rdflib Dataset, or a build's :class:`~diplograph.graph.rdf.graphfile.GraphFile`) the
    store's content, with ``articles`` (content key -> info) its manifest.

    Only named graphs whose N-Quads changed are rewritten, in a new generation; nothing
    changes on disk when neither graphs nor articles did.
    """
    with writer_lock(root) as root:
        try:
            return _commit(root, ds, articles, extractor)
        except OSError as exc:
            raise _unwritable(root, exc) from exc


def _commit(root: Path, ds, articles: dict, extractor: str) -> StoreChange:
    """:func:`commit`, the lock held."""
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
        if name != live and name not in previous and lease.remove_unread(root / name):
            (root / f"{name}.json").unlink(missing_ok=True)
    for leftover in (root / FACTS).glob(".*.tmp") if (root / FACTS).is_dir() else []:
        leftover.unlink(missing_ok=True)
