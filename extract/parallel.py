"""Extraction of many articles: in this process, in local worker processes, or on Dask.

Workers receive plain :class:`~diplograph.extract.model.Article` records and return plain
:class:`~diplograph.extract.model.ArticleFacts` (both picklable); each worker process builds its own
spaCy pipelines once. Sending spaCy ``Doc`` objects between processes instead
(``nlp.pipe(n_process=2)``) was measured about 6x slower than one process.

Results come back in input order, one :class:`Outcome` per article, so a parallel build
writes exactly what a serial one writes.

>>> from diplograph.extract.model import Article
>>> [o.facts.article.id for o in extract_many([Article("a", "Kishida traf Lawrow.", "de")])]
['a']
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from multiprocessing import forkserver
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Iterable, Iterator

from diplograph.ontology.errors import DiplographError, InputError, PipelineError

from diplograph.extract.read.reader import STDIN, read_articles

__all__ = ["Outcome", "extract_many", "extract_batch", "read_many", "handed_out", "start_workers_server"]

BATCH = 16          # articles per task sent to a worker (fewer, larger messages)
_ONE_AT_A_TIME = threading.Lock()     # extraction in this process (see extract_batch)
READ_BATCH = 64     # files per task when reading in workers
#: what the server that forks the worker processes imports first: the module that builds the
#: pipelines, which every worker then starts with (see :func:`start_workers_server`)
PRELOAD = ["diplograph.extract.preload"]
#: set in the environment the server starts with: only there does importing the module
#: build the pipelines
PRELOAD_FLAG = "DIPLOGRAPH_SHARED_PIPELINES"


@dataclass
class Outcome:
    """One article's result: its facts, or the reason extraction failed."""

    article: object
    facts: object = None
    error: str = ""


def extract_batch(articles: list, models: dict | None = None, mentions: bool = True) -> list[Outcome]:
    """Extract a batch in this process; an article that breaks the extractor becomes an
    Outcome with ``error`` (a :class:`DiplographError`, e.g. a missing model, is raised).
    Without ``mentions`` the facts come without their entity mentions (a third of what a
    worker sends back, for a caller that drops them anyway).

    One article at a time per process: the pipelines and their components keep the state
    of the doc at hand, so a Dask worker with several threads runs its batches one after
    the other here (the rules hold the interpreter's lock anyway)."""
    from diplograph.extract import extract_article
    done = []
    for article in articles:
        try:
            with _ONE_AT_A_TIME:
                facts = extract_article(article, model=(models or {}).get(article.lang))
            if not mentions:
                facts.mentions = []
            done.append(Outcome(article, facts))
        except DiplographError:
            raise
        except Exception as exc:  # one article's failure must not stop the build
            done.append(Outcome(article, error=f"extraction failed: {exc!r}"))
    return done


def _batches(articles: list, size: int) -> list[list]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def handed_out(items: list) -> Iterator:
    """The items of a list in order, each let go by the list as it is handed out (the list
    is empty at the end), so that nothing here keeps an item its taker is done with.

    >>> items = ["a", "b"]; list(handed_out(items)), items
    (['a', 'b'], [])
    """
    for i, item in enumerate(items):
        items[i] = None
        yield item
    items.clear()


def extract_many(articles: Iterable, models: dict | None = None, *, workers: int = 1,
                 scheduler: str | None = None, mentions: bool = True) -> Iterator[Outcome]:
    """Extract ``articles`` and yield their outcomes in input order.

    ``workers`` > 1 uses that many local processes; ``scheduler`` (a Dask scheduler address
    such as ``tcp://10.0.0.5:8786``, or a ``distributed.Client``) runs the batches on a Dask
    cluster whose workers have diplograph installed. Without ``mentions`` the facts come
    without their entity mentions (see :func:`extract_batch`).

    No reference to an article is kept here once its batch is handed out, so an article
    its caller let go (for instance by passing :func:`handed_out` of the caller's list)
    is freed when its worker's outcome is back: with worker processes or Dask the outcome
    carries the worker's copy.
    """
    if workers < 1:
        raise PipelineError(f"workers must be 1 or more, got {workers!r}")
    listed = list(articles)
    serial = scheduler is None and (workers == 1 or len(listed) <= 1)
    size = BATCH if serial or scheduler is not None else max(1, min(BATCH, len(listed) // (4 * workers) or 1))
    batches = _batches(listed, size)
    del listed, articles
    if scheduler is not None:
        yield from _on_dask(batches, models, scheduler, mentions)
    elif serial:
        for batch in handed_out(batches):
            yield from extract_batch(batch, models, mentions)
    else:
        yield from _on_processes(batches, models, workers, mentions)


def _read_one(path, max_bytes: int) -> tuple[list, list]:
    """``read_articles`` of one file, with an unreadable file as its error."""
    try:
        return read_articles(path, max_bytes=max_bytes)
    except InputError as err:
        return [], [err]
    except RecursionError:
        return [], [InputError(path, "nested too deeply to read (JSON or HTML)")]
    except (ValueError, LookupError, MemoryError) as exc:    # one file must not stop the build
        return [], [InputError(path, f"cannot be read: {type(exc).__name__}: {exc}")]


def read_many(paths: list, max_bytes: int, *, workers: int = 1) -> Iterator[tuple[list, list]]:
    """The articles and input errors of each file of ``paths``, in order: decoding,
    normalising, metadata and language detection, in ``workers`` local processes when
    more than one (a file's articles come back as plain records).

    >>> from diplograph.extract.read.reader import MAX_BYTES
    >>> list(read_many(["/no/such/file.txt"], MAX_BYTES))[0][1][0].problem[:11]
    'cannot read'
    """
    if workers < 1:
        raise PipelineError(f"workers must be 1 or more, got {workers!r}")
    read = partial(_read_one, max_bytes=max_bytes)
    if workers == 1 or len(paths) < 2 * READ_BATCH or any(str(p) == STDIN for p in paths):
        yield from map(read, paths)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_forkserver()) as pool:   # it serves extraction too
        yield from pool.map(read, paths, chunksize=READ_BATCH)


def _warm(models: dict | None) -> None:
    """Worker start-up: build the pipelines once, before the first article arrives, then
    move them (and the knowledge base) out of the garbage collector's sight: they live as
    long as the worker, and every full collection would walk them again (the build does the
    same with what it holds, see ``diplograph.graph.build``)."""
    from diplograph.extract.lexicon import LANGUAGES
    from diplograph.extract.pipeline import get_pipeline
    for lang in LANGUAGES:
        get_pipeline(lang, (models or {}).get(lang))
    gc.collect()
    gc.freeze()


def _forkserver():
    """The fork-server context, its server told to import :data:`PRELOAD` first (when it
    starts: the server is one per process)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_workers_server() -> None:
    """Start the server that forks the worker processes, if it is not running, and return
    at once: it builds the blank pipelines (about a second and a half) while the caller goes
    on, for instance reading the articles, and every worker forked from it then starts with
    them built instead of building its own. Where another part of the program started the
    server first, workers build their pipelines themselves (see ``_warm``)."""
    _forkserver()
    was = os.environ.get(PRELOAD_FLAG)
    os.environ[PRELOAD_FLAG] = "1"              # the server inherits this process's environment
    try:
        forkserver.ensure_running()
    finally:
        if was is None:
            del os.environ[PRELOAD_FLAG]
        else:
            os.environ[PRELOAD_FLAG] = was


def _on_processes(batches: list, models: dict | None, workers: int, mentions: bool) -> Iterator[Outcome]:
    context = _forkserver()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm,
                             initargs=(models,)) as pool:
        for done in pool.map(partial(extract_batch, models=models, mentions=mentions), handed_out(batches)):
            yield from done


def _on_dask(batches: list, models: dict | None, scheduler, mentions: bool) -> Iterator[Outcome]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise PipelineError("--dask needs the 'distributed' package (pip install 'dask[distributed]')") from exc
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, set_as_default=False, timeout=10) if own else scheduler
    except (OSError, TimeoutError, ValueError) as exc:
        raise PipelineError(f"cannot reach the Dask scheduler {str(scheduler)!r}: {exc}") from exc
    try:
        futures = client.map(extract_batch, list(handed_out(batches)), models=models, mentions=mentions,
                             pure=False)
        for future in futures:                 # in input order
            yield from future.result()
    finally:
        if own:
            client.close()
