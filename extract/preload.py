"""What the server that forks the extraction workers imports first (see
:func:`diplograph.extract.parallel.start_workers_server`): there, importing this module builds
the blank pipelines of every language and moves them, with the knowledge base, out of the
garbage collector's sight, so that a worker forked from the server shares them with it
instead of building its own (about a second and a half a worker).

A fork server can only be told which modules to import, so the building happens at import,
and only in a process started with :data:`~diplograph.extract.parallel.PRELOAD_FLAG` set in its
environment: imported anywhere else (documentation tools, tests that import every module)
this module does nothing.
"""
from __future__ import annotations

import gc
import os

from diplograph.extract.parallel import PRELOAD_FLAG


def build_shared_pipelines() -> None:
    """Build the blank pipelines of every language and freeze what the process holds."""
    from diplograph.extract.lexicon import LANGUAGES
    from diplograph.extract.pipeline import get_pipeline
    for lang in LANGUAGES:
        get_pipeline(lang)
    gc.collect()
    gc.freeze()


if os.environ.get(PRELOAD_FLAG) == "1":
    build_shared_pipelines()
