"""diplograph.graph.store.diskstore and ``build --store``: a persistent pyoxigraph store that builds grow.

Real builds of the sample articles with the real spaCy pipelines, real on-disk stores, and
a real ``diplograph`` process killed part-way.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.graph.store import diskstore
from diplograph.graph.build import SAMPLES_DIR, build
from diplograph.ontology.errors import GraphError, StoreError

SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))
CLI = Path(sys.executable).with_name("diplograph")


def quads(root) -> list[str]:
    """The live generation's quads as sorted N-Quads lines, blank node labels blanked out
    (a store gives the ontology's owl:oneOf lists new labels on every load)."""
    return sorted(re.sub(r"_:[0-9a-zA-Z]+", "_:", str(q)) for q in diskstore.open_store(root))


def articles_in(root) -> set[str]:
    return {info["id"] for info in diskstore.read_manifest(root).articles.values()}


def copy_inputs(paths, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def fresh_five(tmp_path_factory):
    """A store built from scratch from all five samples, and its build output."""
    root = tmp_path_factory.mktemp("fresh")
    build(SAMPLES, root / "out", store=root / "store", views=False)
    return root


def test_samples_are_five_articles():
    assert len(SAMPLES) == 5


def test_incremental_build_equals_a_build_from_scratch(fresh_five, tmp_path):
    messages: list[str] = []
    first = build(SAMPLES[:3], tmp_path / "out", store=tmp_path / "store", views=False)
    assert first.store.generation == "gen-000001" and articles_in(tmp_path / "store") == {p.stem for p in SAMPLES[:3]}
    second = build(SAMPLES[3:], tmp_path / "out", store=tmp_path / "store", views=False, progress=messages.append)
    assert second.store.generation == "gen-000002"
    assert second.store.added == 2 and second.store.replaced >= 1      # two article graphs, the fusion graph
    assert articles_in(tmp_path / "store") == {p.stem for p in SAMPLES}
    # the three stored articles were not extracted again, and fusion saw all five
    assert sum("unchanged, from the store" in m for m in messages) == 0
    assert len(second.fusion.articles) == 5
    assert quads(tmp_path / "store") == quads(fresh_five / "store")
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (fresh_five / "out" / "graph.trig").read_bytes()


def test_the_same_articles_again_change_nothing(fresh_five, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    before = {p.name: p.stat().st_mtime_ns for p in store.iterdir()}
    messages: list[str] = []
    result = build(SAMPLES, tmp_path / "out", store=store, views=False, progress=messages.append)
    assert result.store.unchanged and result.store.generation == "gen-000001"
    assert sum("unchanged, from the store" in m for m in messages) == 5
    assert [i.reason for i in result.inputs] == ["unchanged: facts from the store"] * 5
    assert {p.name: p.stat().st_mtime_ns for p in store.iterdir()} == before
    assert quads(store) == quads(fresh_five / "store")


def test_the_same_text_under_another_name_is_the_same_article(fresh_five, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    renamed = tmp_path / "in" / "renamed.txt"
    renamed.parent.mkdir()
    shutil.copy(SAMPLES[0], renamed)
    key = diskstore.article_key(next(a for a in _read(renamed)))
    assert key in diskstore.read_manifest(store).articles


def _read(path):
    from diplograph.extract.read.reader import read_articles
    found, errors = read_articles(path)
    assert errors == []
    return found


def test_prune_removes_an_article_and_its_facts(fresh_five, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    gone = SAMPLES[4].stem
    assert any(f"/article/{gone}>" in q for q in quads(store))
    result = build(SAMPLES[:4], tmp_path / "out", store=store, views=False, prune=True)
    assert result.removed == [gone] and result.store.removed == 1
    assert articles_in(store) == {p.stem for p in SAMPLES[:4]}
    assert not any(gone in q for q in quads(store))
    fresh_four = tmp_path / "four"
    build(SAMPLES[:4], fresh_four / "out", store=fresh_four / "store", views=False)
    assert quads(store) == quads(fresh_four / "store")


def test_without_prune_stored_articles_stay(fresh_five, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    result = build(SAMPLES[:1], tmp_path / "out", store=store, views=False)
    assert result.store.unchanged and result.removed == []
    assert articles_in(store) == {p.stem for p in SAMPLES}


def test_an_edited_article_replaces_its_old_version(fresh_five, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    inputs = copy_inputs(SAMPLES, tmp_path / "in")
    edited = inputs / SAMPLES[2].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNachtrag: Lawrow reiste am Abend nach Moskau ab.\n", encoding="utf-8")
    result = build([inputs], tmp_path / "out", store=store, views=False)
    assert result.removed == [SAMPLES[2].stem]
    assert articles_in(store) == {p.stem for p in SAMPLES}
    assert any("Nachtrag: Lawrow reiste am Abend nach Moskau ab." in q for q in quads(store))
    assert result.store.replaced >= 2 and result.store.added == 0


def test_prune_needs_a_store(tmp_path):
    with pytest.raises(GraphError, match="prune=True needs a store"):
        build(SAMPLES[:1], tmp_path / "out", prune=True)


def test_a_second_writer_is_refused(tmp_path):
    code = ("import sys, time; from diplograph.graph.store import diskstore\n"
            "with diskstore.writer_lock(sys.argv[1]):\n    print('locked', flush=True); time.sleep(30)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "store")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="is being written by another build"):
            build(SAMPLES[:1], tmp_path / "out", store=tmp_path / "store", views=False)
    finally:
        holder.kill()
        holder.wait()


def test_query_on_a_store_and_on_its_trig_agree(fresh_five):
    from diplograph.graph.store.query import resolve_query, run_query
    from diplograph.graph.store.load import load_store
    sparql = resolve_query("timeline")
    on_store = run_query(diskstore.open_store(fresh_five / "store"), sparql).rows
    assert on_store and on_store == run_query(load_store(fresh_five / "out" / "graph.trig"), sparql).rows


def test_open_store_on_an_empty_folder_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="holds no store yet"):
        diskstore.open_store(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        diskstore.open_store(tmp_path / "file")


# --------------------------------------------------------------------------- killed builds


def many_articles(folder: Path, n: int) -> Path:
    """``n`` distinct articles: the samples, each with a different closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        source = SAMPLES[i % len(SAMPLES)]
        text = source.read_text(encoding="utf-8") + f"\nDieser Bericht wurde {i + 1} Mal aktualisiert.\n"
        (folder / f"copy_{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def kill_when(store: Path, inputs: Path, out: Path, marker: str) -> str:
    """Run ``diplograph build --store`` and SIGKILL it when a stderr line contains ``marker``."""
    process = subprocess.Popen([str(CLI), "build", str(inputs), "-o", str(out), "--store", str(store), "--no-views"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    seen = ""
    for line in process.stderr:
        seen += line
        if marker in line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    return seen


@pytest.mark.parametrize("marker", ["[2/", "fused "])
def test_a_killed_build_leaves_the_store_as_it_was(fresh_five, tmp_path, marker):
    store = tmp_path / "store"
    shutil.copytree(fresh_five / "store", store)
    before_quads, before_manifest = quads(store), diskstore.read_manifest(store)
    inputs = many_articles(tmp_path / "in", 12)
    seen = kill_when(store, inputs, tmp_path / "out", marker)
    assert marker in seen, seen[-500:]
    after = diskstore.read_manifest(store)
    if after.generation == before_manifest.generation:      # killed before the switch: as before
        assert after == before_manifest and quads(store) == before_quads
    else:                                                    # killed after it: all of the new build
        assert articles_in(store) == {p.stem for p in SAMPLES} | {f"copy_{i:03d}" for i in range(12)}
    # the next build finishes and cleans up what the killed one left
    result = build([inputs], tmp_path / "out", store=store, views=False)
    assert articles_in(store) == {p.stem for p in SAMPLES} | {f"copy_{i:03d}" for i in range(12)}
    generations = sorted(p.name for p in store.iterdir() if p.is_dir() and p.name.startswith("gen-"))
    assert generations[-1] == result.store.generation and len(generations) <= 2
    assert not list((store / "facts").glob(".*.tmp"))
