"""Parallel builds: local worker processes and a real Dask LocalCluster of two worker
processes must write exactly what the serial build writes."""
from __future__ import annotations

import gc
import weakref

import pytest

from diplograph.extract.model import Article
from diplograph.extract.parallel import extract_many
from diplograph.graph.build import SAMPLES_DIR, build
from diplograph.graph.store.endpoint import free_port
from diplograph.ontology.errors import PipelineError


def test_two_local_workers_build_the_same_graph(sample_build, tmp_path):
    messages: list[str] = []
    result = build([SAMPLES_DIR], tmp_path / "out", workers=2, views=False, progress=messages.append)
    assert [i.status for i in result.inputs] == ["ok"] * 5
    assert [m.split(" ", 1)[0] for m in messages if m.startswith("[")] == [f"[{n}/5]" for n in range(1, 6)]
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (sample_build.out / "graph.trig").read_bytes()


def test_a_dask_cluster_builds_the_same_graph(sample_build, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = build([SAMPLES_DIR], tmp_path / "out", dask=cluster.scheduler_address, views=False)
        with distributed.Client(cluster) as client:
            workers = client.scheduler_info()["workers"]
            assert len(workers) == 2
    assert [i.status for i in result.inputs] == ["ok"] * 5
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (sample_build.out / "graph.trig").read_bytes()


def test_outcomes_keep_the_input_order_with_workers():
    articles = [Article(f"a{i:02d}", f"Kishida traf am {i + 1}. März Lawrow in Tokio.", "de") for i in range(9)]
    outcomes = list(extract_many(articles, workers=2))
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    assert all(o.error == "" and o.facts.events for o in outcomes)


def test_bad_worker_counts_and_schedulers_are_clear_errors():
    with pytest.raises(PipelineError, match="workers must be 1 or more, got 0"):
        list(extract_many([], workers=0))
    with pytest.raises(PipelineError, match="cannot reach the Dask scheduler 'tcp://127.0.0.1:"):
        list(extract_many([Article("a", "Text.", "de")], scheduler=f"tcp://127.0.0.1:{free_port()}"))


def _drained(items: list):
    items.reverse()
    while items:
        yield items.pop()


def test_articles_handed_to_workers_are_let_go_before_the_run_ends():
    articles = [Article(f"a{i:02d}", f"Kishida traf am {i + 1}. März Lawrow in Tokio.", "de") for i in range(40)]
    alive = [weakref.ref(a) for a in articles]
    seen = []
    for n, outcome in enumerate(extract_many(_drained(articles), workers=2)):
        seen.append(outcome)
        if n == 30:
            gc.collect()
            first_dead = [ref() is None for ref in alive[:20]]
    assert not articles and first_dead == [True] * 20          # the worker's copies came back instead
    assert [o.facts.article.id for o in seen] == [f"a{i:02d}" for i in range(40)]


def test_a_serial_run_hands_out_articles_too():
    articles = [Article(f"a{i:02d}", "Kishida traf Lawrow in Tokio.", "de") for i in range(40)]
    alive = [weakref.ref(a) for a in articles]
    for n, outcome in enumerate(extract_many(_drained(articles))):
        if n == 35:
            del outcome
            gc.collect()
            assert [ref() is None for ref in alive[:32]] == [True] * 32   # two batches of 16 done
            assert alive[-1]() is not None                                  # the last batch is not


@pytest.mark.parametrize("workers", [1, 2])
def test_facts_can_come_without_their_mentions(workers):
    articles = [Article(f"a{i}", "Japans Außenminister Fumio Kishida traf Sergej Lawrow in Tokio.", "de")
                for i in range(3)]
    full = [o.facts for o in extract_many(list(articles), workers=workers)]
    lean = [o.facts for o in extract_many(list(articles), workers=workers, mentions=False)]
    assert all(f.mentions for f in full) and not any(f.mentions for f in lean)
    assert [(f.entities, f.roles, f.events) for f in full] == [(f.entities, f.roles, f.events) for f in lean]


@pytest.mark.parametrize("parallel_from,expected", [(5, "cpus"), (6, 1)])
def test_by_default_a_corpus_of_enough_articles_is_extracted_on_every_cpu(
        sample_build, tmp_path, monkeypatch, parallel_from, expected):
    import diplograph.graph.build as build_module
    asked = []
    real = build_module.extract_many

    def spy(articles, models=None, *, workers=1, **kw):
        asked.append(workers)
        return real(articles, models, workers=workers, **kw)
    monkeypatch.setattr(build_module, "PARALLEL_FROM", parallel_from)
    monkeypatch.setattr(build_module, "extract_many", spy)
    build([SAMPLES_DIR], tmp_path / "out", views=False)          # the five samples
    assert asked == [build_module.available_cpus() if expected == "cpus" else expected]
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (sample_build.out / "graph.trig").read_bytes()


def test_a_build_process_that_leaves_extraction_to_workers_does_not_load_spacy(tmp_path):
    # the process that reads, fuses and writes starts half a second sooner without it
    import subprocess
    import sys
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"a{n}.txt").write_text(f"Olaf Scholz traf am {n + 2}. März 2015 in Berlin Emmanuel Macron.",
                                          encoding="utf-8")
    code = ("import sys\n"
            "from diplograph.graph.build import build\n"
            "if __name__ == '__main__':\n"
            f"    build([{str(folder)!r}], {str(tmp_path / 'out')!r}, views=False, workers=2)\n"
            "    print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))\n")
    script = tmp_path / "run.py"
    script.write_text(code, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0


def test_a_large_input_is_read_in_workers_a_small_one_here():
    from diplograph.graph.build import READ_APART_FILES, _read_workers
    assert _read_workers(READ_APART_FILES - 1, 2, None, None) == 1       # while the server builds pipelines
    assert _read_workers(READ_APART_FILES, 2, None, None) == 2
    assert _read_workers(500, 2, None, ("store", False, "sig")) == 2      # a store build starts no server
    assert _read_workers(500, 1, None, None) == 1
