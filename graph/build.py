"""The build: article files in, ``OUT/graph.trig``, ``OUT/views/`` and ``OUT/report.md`` out.

Bad input is reported per file and skipped; the rest of the build goes on. Everything is
written to a temporary folder beside ``OUT`` and moved into place at the end, so a build
that fails part-way leaves the previous ``OUT`` as it was.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable

from diplograph.extract import extract_article, extractor_signature, models_by_language
from diplograph.extract.parallel import extract_many, handed_out, read_many, start_workers_server
from diplograph.extract.read.dedupe import near_duplicates, not_built
from diplograph.extract.model import compact
from diplograph.extract.read.reader import MAX_BYTES, READ_WARNING, collect_inputs
from diplograph.ontology.errors import BuildError, GraphError

from diplograph.graph.store import diskstore
from diplograph.graph.outdir import check_out, clear_stale, swap_into_place, temp_folder
from diplograph.graph.stages import StageClock
from diplograph.graph.memory import Settler as _Settler, trim_heap as _trim_heap
from diplograph.graph.fusion.fuse import Fusion, fuse
from diplograph.graph.analysis.links import to_link_graph
from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.rdf.dataset import to_graph_file
from diplograph.graph.analysis.report import ReportDraft
from diplograph.graph.rdf.trig import write_trig

__all__ = ["BuildResult", "InputStatus", "build", "SAMPLES_DIR"]

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"

# From this many quads (about 500 articles) the TriG is written by a process of its own
# while the networkx graph, the views and the report are made; below it, starting that
# process (about half a second) costs more than it saves.
TRIG_APART_QUADS = 100_000

# From this many files a build that extracts in workers reads them in workers too (2,000
# files: 1.35 s here against 1.6 s in two workers that wait for the pipelines to be built;
# 100,000: 104 s against 84 s).
READ_APART_FILES = 10_000

# Articles extracted between two settles of the garbage collector (see _Settler).
SETTLE_EVERY = 500

#: from this many articles a build with ``workers=None`` reads and extracts in as many
#: processes as the machine gives it; below, starting them (each builds its own
#: pipelines, about a second) costs more than it saves
PARALLEL_FROM = 200


def available_cpus() -> int:
    """The CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def workers_for(workers: int | None, articles: int) -> int:
    """The processes to extract ``articles`` in: ``workers`` as asked, or with None all the
    machine's CPUs from :data:`PARALLEL_FROM` articles on, else one.

    >>> workers_for(3, 1), workers_for(None, 5)
    (3, 1)
    >>> workers_for(None, PARALLEL_FROM) == available_cpus()
    True
    """
    if workers is not None:
        return workers
    return available_cpus() if articles >= PARALLEL_FROM else 1


#: Why an input path gave no file (see :func:`~diplograph.extract.read.reader.collect_inputs`).
_NOT_FOUND = ("no such file or folder", "the pattern matches no file")


def _shed_article_parts(result: BuildResult) -> None:
    """Let go of what only the article graphs read, once they are written: each article's
    text, statements, accords and figures (the fusion graph and the report read its
    entities and roles and the fused events; its mentions went on arrival), and give the
    freed heap back."""
    for facts in result.fusion.articles:
        facts.article.text = ""
        facts.statements, facts.accords, facts.figures = [], [], []
    _trim_heap()


@dataclass(frozen=True)
class InputStatus:
    """What happened to one input: ``ok``, ``skipped`` or ``failed``, and why."""

    path: str
    status: str
    reason: str = ""


@dataclass
class BuildResult:
    out: Path
    inputs: list = field(default_factory=list)
    fusion: Fusion | None = None                    # None after a build with keep_facts=False
    counts: dict = field(default_factory=dict)      # Fusion.counts(), kept when the fusion is let go
    quads: int = 0                                  # triples in their named graphs
    views: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)       # input path -> remark (near-duplicates)
    store: diskstore.StoreChange | None = None      # what a build with a store did to it
    removed: list = field(default_factory=list)     # article ids dropped from the store
    clock: StageClock = field(default_factory=StageClock)   # wall time of each stage

    @property
    def ok(self) -> list:
        return [i for i in self.inputs if i.status == "ok"]

    @property
    def problems(self) -> list:
        return [i for i in self.inputs if i.status != "ok"]


def _noop(message: str) -> None:
    return None


def _read_all(paths, result: BuildResult, progress, max_bytes: int, workers: int = 1,
              collected: tuple | None = None) -> list:
    """The articles to build, in input order. Which of several inputs with the same text or
    the same id is built, and which near-duplicate is noted, does not depend on the order
    of the inputs: the first by (id, path) is kept. ``collected`` is what
    :func:`~diplograph.extract.read.reader.collect_inputs` gave for ``paths``, if known."""
    files, missing = collected or collect_inputs(paths)
    for err in missing:
        result.inputs.append(InputStatus(err.path, "failed", err.problem))
        progress(f"failed: {err}")
    read = []
    for found, errors in read_many(files, max_bytes, workers=workers):
        for err in errors:
            status = "skipped" if "not supported" in err.problem or "empty" in err.problem else "failed"
            result.inputs.append(InputStatus(err.path, status, err.problem))
            progress(f"{status}: {err}")
        read.extend(found)
    dropped = not_built(read)
    near = near_duplicates([a for a in read if id(a) not in dropped])
    articles = []
    for art in read:
        if id(art) in dropped:
            status, reason = dropped[id(art)]
            result.inputs.append(InputStatus(art.path, status, reason))
            progress(f"{status}: {art.path!r}: {reason}")
            continue
        notes = [art.extra.pop(READ_WARNING, None), near.get(id(art))]
        if notes[1]:
            progress(f"note: {art.path!r}: {notes[1]}")
        if any(notes):
            result.notes[art.path] = "; ".join(filter(None, notes))
            if notes[0]:
                progress(f"warning: {art.path!r}: {notes[0]}")
        articles.append(art)
    return articles


def _extract_all(articles, result: BuildResult, progress, models: dict, workers: int = 1,
                 dask=None, settle: _Settler | None = None, mentions: bool = True) -> list:
    """The facts of ``articles`` in input order, recording each one's status; None for an
    article whose extraction broke. ``articles`` is emptied as it is handed over, so that
    with workers each article's text is let go when its facts (with their own copy) arrive.
    Each is compacted as it comes (without its mentions unless ``mentions``, see
    :func:`diplograph.extract.model.compact`). ``settle`` is called every :data:`SETTLE_EVERY`."""
    found, settle, total = [], settle or _Settler(), len(articles)   # a settler not entered does nothing
    for n, outcome in enumerate(extract_many(handed_out(articles), models, workers=workers, scheduler=dask,
                                             mentions=mentions), 1):
        if n % SETTLE_EVERY == 0:
            settle()
        art = outcome.article
        if outcome.facts is None:
            result.inputs.append(InputStatus(art.path, "failed", outcome.error))
            progress(f"failed: {art.path!r}: {outcome.error}")
        else:
            result.inputs.append(InputStatus(art.path, "ok"))
            facts = compact(outcome.facts, mentions=mentions)
            progress(f"[{n}/{total}] {art.id} ({art.lang}): {len(facts.entities)} entities, "
                     f"{len(facts.roles)} roles, {len(facts.events)} events")
        found.append(outcome.facts)
    return found


def _stored_info(art) -> dict:
    info = {"id": art.id, "path": art.path, "lang": art.lang, "title": art.title}
    if art.extra.get("duplicates"):
        info["duplicates"] = art.extra["duplicates"]
    return info


def _extract_with_store(articles, result: BuildResult, progress, models: dict, root: Path,
                        prune: bool, signature: str, workers: int = 1, dask=None,
                        settle: _Settler | None = None) -> tuple[list, dict]:
    """Facts of the input articles (cached ones reused) and of the stored articles kept.

    Returns the facts and the store's new article manifest (content key -> info). An input
    whose text is stored under another name is recorded as a duplicate of the stored
    article, or takes its text over (see :func:`diplograph.graph.store.diskstore.claim`). A
    stored article is dropped when ``prune`` is set and it is not among the inputs, or when an
    input article with the same identifier replaces it.
    """
    manifest = diskstore.read_manifest(root)
    reuse = manifest.extractor == signature
    if manifest.generation and not reuse:
        progress("store: the extractor changed since the store was built; every article is extracted again")
    claims = diskstore.claim(manifest, articles, prune, diskstore.cached_keys(root))
    input_ids = {art.id for art in articles}
    for art, info in claims.duplicates:
        reason = f"same content as the stored article {info.get('id')!r} ({info.get('path')!r}; recorded there)"
        result.inputs.append(InputStatus(art.path, "skipped", reason))
        progress(f"skipped: {art.path!r}: {reason}")
    for old, art in claims.renamed:
        progress(f"store: {old!r} is now {art.id!r} ({art.path!r} has its text)")
        if old not in input_ids:
            result.removed.append(old)
    facts, entries = [], {}
    inputs = claims.inputs
    cached = {key: diskstore.load_facts(root, key) if reuse and key in manifest.articles else None
              for key in inputs}
    for key, art in inputs.items():
        if cached[key] is not None:
            if diskstore.adopt(cached[key].article, art):
                diskstore.save_facts(root, key, cached[key])
            result.inputs.append(InputStatus(art.path, "ok", "unchanged: facts from the store"))
            progress(f"{art.id}: unchanged, from the store")
    new = [key for key in inputs if cached[key] is None]
    for key, fresh in zip(new, _extract_all([inputs[k] for k in new], result, progress, models, workers, dask,
                                            settle)):
        if fresh is not None:
            diskstore.save_facts(root, key, fresh)
            cached[key] = fresh
    for key, art in inputs.items():
        if cached[key] is not None:
            facts.append(cached[key])
            entries[key] = _stored_info(art)
    for key, info in sorted(claims.stored.items(), key=lambda item: item[1].get("id", "")):
        if key in inputs:
            continue
        if prune or info.get("id") in input_ids:
            result.removed.append(info.get("id"))
            progress(f"store: removing {info.get('id')!r} ({'not among the inputs' if prune else 'replaced'})")
            continue
        kept = _kept_facts(root, key, info, reuse, models)
        if kept is None:
            progress(f"store: removing {info.get('id')!r}: {diskstore.unreadable(root, key, info)}")
            result.removed.append(info.get("id"))
            continue
        facts.append(kept)
        entries[key] = info
    return sorted(facts, key=lambda f: f.article.id), entries


def _kept_facts(root: Path, key: str, info: dict, reuse: bool, models: dict):
    """A stored article's facts under its stored name: cached, or extracted again from the
    cached article (when the extractor changed or the facts cannot be read); None when
    neither can be read."""
    cached = diskstore.load_facts(root, key) if reuse else None
    if cached is not None:
        diskstore.restore(cached.article, info)
        return cached
    article = diskstore.load_article(root, key)
    if article is None:
        return None
    fresh = extract_article(diskstore.restore(article, info), model=models.get(article.lang))
    diskstore.save_facts(root, key, fresh)
    return fresh


@contextmanager
def _trig_beside(quads, path: Path, clock: StageClock):
    """Write the TriG of ``quads`` to ``path`` while the body runs: in a process of its own
    for a dataset of :data:`TRIG_APART_QUADS` or more (the build's other steps are serial,
    so the second core would sit idle), before the body for a smaller one. The clock's
    "trig" stage is the time the build spent on it alone: writing it, or waiting for it
    after the body."""
    if quads.quads < TRIG_APART_QUADS:
        with clock.stage("trig"):
            write_trig(quads, path)
        yield
        return
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        written = pool.submit(write_trig, quads, path)
        yield                   # a failing body leaves the TriG to finish unread
        with clock.stage("trig"):
            written.result()


def _network_graph(quads, views: bool, clock: StageClock, settle: _Settler, progress):
    """The networkx graph of the dataset: whole for the views, its links alone for the
    report (all it reads)."""
    with clock.stage("network graph"), settle.quiet():
        G = to_networkx(quads) if views else to_link_graph(quads)
    progress(f"networkx graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    return G


def _views_and_report(result: BuildResult, G, draft: ReportDraft, folders: tuple[Path, Path],
                      views: bool, progress) -> None:
    """Write the views (if ``views``) and the report into the build's temporary folder;
    ``folders`` is (that folder, the output folder it becomes)."""
    tmp, out = folders
    if views:
        from diplograph.graph.views.site import write_all_views
        written = write_all_views(G, tmp / "views", clock=result.clock)
        result.views = [out / "views" / p.relative_to(tmp / "views") for p in written]
        progress(f"wrote {len(written)} views")
    with result.clock.stage("report"):
        draft.write(G)
    progress("wrote the report")


def build(paths=None, out: str | Path = "out", *, models=None,
          progress: Callable[[str], None] = _noop, views: bool = True,
          max_bytes: int = MAX_BYTES, store: str | Path | None = None,
          prune: bool = False, workers: int | None = None, dask=None, keep_facts: bool = True,
          force: bool = False) -> BuildResult:
    """Build the graph of the articles under ``paths`` (default: the samples) into ``out``.

    ``models`` names pretrained spaCy pipelines to use instead of the blank ones, as
    ``"de=NAME"`` / ``"en=NAME"`` or names that start with their language (``de_...``).

    With ``store`` (a folder, see :mod:`diplograph.graph.store.diskstore`) the build grows a persistent
    store: articles already in it (same content) are not extracted again, stored articles
    not among ``paths`` stay (unless ``prune``), everything is fused again, and the store
    and ``out`` then hold the fused graph of all of them.

    ``workers`` > 1 extracts in that many local processes, and None (the default) in as
    many as the machine has CPUs for this process from :data:`PARALLEL_FROM` articles on;
    ``dask`` (a scheduler address or a ``distributed.Client``) extracts on a Dask cluster.
    The output is the same either way.

    The result's ``fusion`` holds every article's facts. With ``keep_facts=False`` the
    build lets them go once the N-Quads and the report's draft are made, before the
    networkx graph (the largest build then needs about half the memory), and
    ``result.fusion`` is None; ``result.counts`` says what was built either way.

    Nothing the build did not write is lost: files in ``out`` that diplograph did not write
    stay (see :func:`~diplograph.graph.outdir.check_out`; one under an output's name is an
    :class:`~diplograph.ontology.errors.OutputError`, unless ``force``); a
    build that built no article raises :class:`~diplograph.ontology.errors.BuildError`
    and leaves ``out`` and the store as they were, and so does a prune with an input
    that was not found.
    """
    if prune and store is None:
        raise GraphError("prune=True needs a store: it removes stored articles that are not among the inputs")
    out, models = Path(out), models_by_language(models)
    beside = check_out(out, force)
    result = BuildResult(out)
    with _Settler() as settle:
        if store is None:
            _read_and_fuse(result, paths, progress, max_bytes, models, workers, dask, settle,
                           mentions=keep_facts)
            _write_out(result, out, progress, views, settle=settle, keep_facts=keep_facts, beside=beside)
            return result
        with diskstore.writer_lock(store) as root:
            signature = extractor_signature(models)
            entries = _read_and_fuse(result, paths, progress, max_bytes, models, workers, dask, settle,
                                     (root, prune, signature), keep_facts)
            _write_out(result, out, progress, views,
                       lambda quads: _commit(result, root, quads, entries, signature, progress), settle,
                       keep_facts, beside)
    return result


def _read_and_fuse(result: BuildResult, paths, progress, max_bytes: int, models: dict, workers: int | None, dask,
                   settle: _Settler, stored: tuple | None = None, mentions: bool = True) -> dict:
    """Read, extract and fuse into ``result.fusion``; with ``stored`` (root, prune,
    signature) through the store, returning its new article manifest. The facts keep their
    entity mentions if ``mentions`` (the store keeps them either way). The articles and
    their facts are held by ``result.fusion`` alone when this returns."""
    clock = result.clock
    with clock.stage("read"):
        collected = collect_inputs(paths or [SAMPLES_DIR])
        articles = _read_all(paths or [SAMPLES_DIR], result, progress, max_bytes,
                             _read_workers(len(collected[0]), workers, dask, stored), collected)
    settle()
    _refuse_nothing(result, articles, stored is not None and stored[1])
    workers = workers_for(workers, len(articles))
    entries = {}
    with clock.stage("extract"):
        if stored is None:
            found = _extract_all(articles, result, progress, models, workers, dask, settle, mentions)
            facts = [f for f in found if f is not None]
        else:
            root, prune, signature = stored
            facts, entries = _extract_with_store(articles, result, progress, models, root, prune, signature,
                                                 workers, dask, settle)
            facts = [compact(f, mentions=mentions) for f in facts]
    del articles
    with settle.quiet(), clock.stage("fuse"):
        result.fusion = _fuse(facts, progress)          # fuse orders the articles by id
    result.counts = result.fusion.counts()
    return entries


def _read_workers(files: int, workers: int | None, dask, stored: tuple | None) -> int:
    """The processes to read ``files`` in. A build that will extract them in local worker
    processes starts the server that forks those first (it builds the pipelines they share
    meanwhile), and reads fewer than :data:`READ_APART_FILES` here: reading in workers
    that wait for it gains nothing. Any other build, and one of more files, reads apart
    from :data:`~diplograph.extract.parallel.READ_BATCH` x 2 files."""
    if stored is None and dask is None and workers_for(workers, files) > 1:
        start_workers_server()
        if files < READ_APART_FILES:
            return 1
    return available_cpus() if workers is None else workers


def _refuse_nothing(result: BuildResult, articles: list, prune: bool) -> None:
    """Stop before anything is written when no article can be built, or when a prune would
    drop the stored articles of an input that was not found."""
    missing = [i.path for i in result.inputs if i.status == "failed" and i.reason in _NOT_FOUND]
    if prune and missing:
        raise BuildError(f"refusing to prune the store: input {missing[0]!r} was not found, and "
                         "its stored articles would be removed; nothing was changed")
    if not articles:
        what = f"input {missing[0]!r} was not found" if missing else "no input could be read"
        raise BuildError(f"no article to build ({what}); {str(result.out)!r} was left as it was")


def _commit(result: BuildResult, root: Path, quads, entries: dict, signature: str, progress) -> None:
    result.store = change = diskstore.commit(root, quads, entries, signature)
    if change.unchanged:
        progress(f"store {str(root)!r} unchanged ({change.generation})")
    else:
        progress(f"store {str(root)!r} now at {change.generation}: {change.added} graphs added, "
                 f"{change.replaced} replaced, {change.removed} removed")


def _fuse(facts: list, progress) -> Fusion:
    fusion = fuse(facts)
    progress(f"fused {len(facts)} articles: {len(fusion.events)} events, {len(fusion.conflicts)} conflicts")
    return fusion


def _write_out(result: BuildResult, out: Path, progress, views: bool, before_swap=None,
               settle: _Settler | None = None, keep_facts: bool = True, beside: bool = False) -> None:
    """Write the graph, views and report into a temporary folder, call ``before_swap``
    with the dataset (a :class:`~diplograph.graph.rdf.graphfile.GraphFile`), and move the folder into place
    as ``out``. The dataset is never held in memory as a whole: its graphs go to an N-Quads
    scratch file, and the TriG, the store and the networkx graph are made from that (the
    networkx graph in one pass over the file, without a query store; without ``views``
    only its links, :func:`~diplograph.graph.analysis.links.to_link_graph`, which is all the report reads).
    Without ``keep_facts``, what only the article graphs read is let go once they are
    written, and ``result.fusion`` once the report's draft is made."""
    settle = settle or _Settler()                   # one not entered does nothing
    out.parent.mkdir(parents=True, exist_ok=True)
    clear_stale(out)
    tmp = temp_folder(out, "build")
    scratch = None
    try:
        scratch = temp_folder(out, "scratch")
        shed = None if keep_facts else partial(_shed_article_parts, result)    # not the fusion: it goes
        clock = result.clock
        with settle.quiet(), clock.stage("rdf (n-quads)"):
            quads = to_graph_file(result.fusion, scratch / "graph.nq", shed)
        result.quads = quads.quads
        progress(f"N-Quads written: {quads.quads} quads")
        with clock.stage("report (draft)"):
            draft = ReportDraft(result, result.quads, tmp)
        if not keep_facts:
            result.fusion = None
            settle()
            _trim_heap()
        with _trig_beside(quads, tmp / "graph.trig", clock):
            _views_and_report(result, G=_network_graph(quads, views, clock, settle, progress),
                              draft=draft, folders=(tmp, out), views=views, progress=progress)
        progress("wrote graph.trig")
        if before_swap is not None:
            with clock.stage("store"):
                before_swap(quads)
        with clock.stage("move into place"):
            swap_into_place(tmp, out, beside)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise GraphError(f"cannot write build output to {str(out)!r}: {exc}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
