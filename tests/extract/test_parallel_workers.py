"""extract.parallel: a worker's start-up."""
from __future__ import annotations

import gc

from extract.parallel import _warm
from extract.pipeline import get_pipeline


def test_worker_start_up_builds_the_pipelines_and_freezes_them():
    if gc.get_freeze_count():
        gc.unfreeze()
    try:
        _warm(None)
        frozen = gc.get_freeze_count()
        assert frozen > 100_000                     # the pipelines and the knowledge base
        assert get_pipeline("de") is get_pipeline("de", None)
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
