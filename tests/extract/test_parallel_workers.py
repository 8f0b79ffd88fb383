"""diplograph.extract.parallel: a worker's start-up."""
from __future__ import annotations

import gc

from diplograph.extract.parallel import _warm
from diplograph.extract.pipeline import get_pipeline


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


def test_threads_of_one_process_extract_one_article_at_a_time(monkeypatch):
    import threading
    import time
    from diplograph import extract
    from diplograph.extract.model import Article
    from diplograph.extract.parallel import extract_batch
    inside, most = [0], [0]
    lock = threading.Lock()
    real = extract.extract_article

    def counting(article, model=None):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.05)
        try:
            return real(article, model)
        finally:
            with lock:
                inside[0] -= 1
    monkeypatch.setattr(extract, "extract_article", counting)
    batches = [[Article(f"t{t}-{i}", "Kishida traf Lawrow in Tokio.", "de") for i in range(3)] for t in range(3)]
    results = [None] * 3
    threads = [threading.Thread(target=lambda t=t: results.__setitem__(t, extract_batch(batches[t])))
               for t in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1
    assert all(o.facts.events and not o.error for batch in results for o in batch)


_FORKED_WORKER = """
import sys
from concurrent.futures import ProcessPoolExecutor
import multiprocessing


def built():
    from diplograph.extract.pipeline import _cached_pipeline
    return _cached_pipeline.cache_info().currsize


if __name__ == "__main__":
    from diplograph.extract.parallel import start_workers_server
    start_workers_server()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
        print(pool.submit(built).result())
"""


def test_workers_forked_after_the_server_started_have_the_pipelines_built(tmp_path):
    # in a process of its own: the fork server is one per process, and whichever part of
    # a program starts it first says what it imports
    import subprocess
    import sys
    script = tmp_path / "forked.py"
    script.write_text(_FORKED_WORKER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) == 2           # the German and the English one, built by the server
