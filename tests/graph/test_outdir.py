"""Nothing lost (#25): the output folder, a build that builds nothing, a prune without its
inputs, temporary folders on every exit path, the umask, and article ids from any name."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Dataset, Literal, URIRef

from diplograph.graph.build import build
from diplograph.graph.outdir import MARKER, check_out, clear_stale
from diplograph.ontology.errors import BuildError, OutputError
from diplograph.ontology.namespace import SDO, article_iri

DE = ("Olaf Scholz traf am 2. März 2015 in Berlin Emmanuel Macron. Die beiden sprachen über den "
      "Handel und über die Lage in der Ukraine.")


@pytest.fixture
def one_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(DE, encoding="utf-8")
    return folder


def cli(*args, timeout=300, **kwargs):
    return subprocess.run([sys.executable, "-m", "diplograph.graph.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, **kwargs)


# --- the output folder --------------------------------------------------------------------------
def test_a_folder_with_other_files_keeps_them_beside_the_build(one_article, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("three years of work", encoding="utf-8")
    for _ in range(2):                      # the second build again replaces only its outputs
        with open(mine / "build.log", "w", encoding="utf-8") as log:     # as a shell redirect would
            proc = subprocess.run([sys.executable, "-m", "diplograph.graph.cli", "build", str(one_article),
                                   "-o", str(mine), "--no-views"], stdout=log, stderr=log, timeout=300)
        assert proc.returncode == 0
        assert (mine / "thesis.txt").read_text(encoding="utf-8") == "three years of work"
        assert "built 1 articles" in (mine / "build.log").read_text(encoding="utf-8")
        assert (mine / "graph.trig").is_file() and (mine / "report.md").is_file()


def test_a_foreign_file_under_an_outputs_name_is_refused(one_article, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.md").write_text("my own report", encoding="utf-8")
    proc = cli("build", one_article, "-o", mine, "--no-views")
    assert proc.returncode == 2
    assert "'" + str(mine) + "': the folder holds 'report.md', which diplograph did not write" in proc.stderr
    assert [p.name for p in mine.iterdir()] == ["report.md"]
    assert cli("build", one_article, "-o", mine, "--no-views", "--force").returncode == 0
    assert (mine / "graph.trig").is_file() and "my own report" not in (mine / "report.md").read_text(encoding="utf-8")


def test_an_earlier_build_and_an_empty_folder_are_replaced(one_article, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    build([one_article], out, views=False)
    assert (out / MARKER).is_file()
    (out / "stale.txt").write_text("from the last build", encoding="utf-8")
    build([one_article], out, views=False)
    assert not (out / "stale.txt").exists() and (out / "graph.trig").is_file()


def test_a_file_is_no_output_folder(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="'.*f': exists and is not a folder"):
        check_out(tmp_path / "f")


# --- nothing built, nothing written ------------------------------------------------------------
def test_a_build_of_nothing_keeps_the_last_good_build(one_article, tmp_path):
    out = tmp_path / "out"
    build([one_article], out, views=False)
    before = (out / "graph.trig").read_bytes()
    proc = cli("build", tmp_path / "nope" / "typo", "-o", out, "--no-views")
    assert proc.returncode == 2
    assert f"no article to build (input '{tmp_path / 'nope' / 'typo'}' was not found)" in proc.stderr
    assert (out / "graph.trig").read_bytes() == before


def test_a_folder_whose_files_all_fail_builds_nothing(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="no input could be read"):
        build([bad], tmp_path / "out", views=False)
    assert not (tmp_path / "out").exists()


def test_a_prune_with_a_missing_input_changes_nothing(one_article, tmp_path):
    store, out = tmp_path / "store", tmp_path / "out"
    build([one_article], out, views=False, store=store)
    with pytest.raises(BuildError, match="refusing to prune the store: input '.*typo' was not found"):
        build([one_article, tmp_path / "typo"], out, views=False, store=store, prune=True)
    with pytest.raises(BuildError, match="refusing to prune"):
        build([tmp_path / "typo"], out, views=False, store=store, prune=True)
    with pytest.raises(BuildError, match="no article to build"):
        build([tmp_path / "typo"], out, views=False, store=store)
    again = build([one_article], out, views=False, store=store)
    assert again.store.removed == 0 and again.store.unchanged


# --- temporary folders ---------------------------------------------------------------------------
def test_a_terminated_build_leaves_no_temporary_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i}.txt").write_text(DE.replace("2015", str(1980 + i)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "diplograph.graph.cli", "build", str(folder),
                             "-o", str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    for line in proc.stderr:                 # wait until it builds into its temporary folder
        if "N-Quads written" in line:
            break
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_temporary_folders_of_a_dead_build_are_cleared(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale, alive = tmp_path / ".out.build-x1", tmp_path / ".out.build-x2"
    for folder, pid in ((stale, dead), (alive, str(os.getpid()))):
        folder.mkdir()
        (folder / ".owner-pid").write_text(pid, encoding="ascii")
    assert clear_stale(tmp_path / "out") == [stale]
    assert not stale.exists() and alive.exists()


# --- modes ---------------------------------------------------------------------------------------
def test_the_output_folder_follows_the_umask(one_article, tmp_path):
    old = os.umask(0o022)
    try:
        build([one_article], tmp_path / "out", views=False)
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755
    assert (tmp_path / "out" / "graph.trig").stat().st_mode & 0o777 == 0o644


# --- article ids from any name ------------------------------------------------------------------
@pytest.mark.parametrize("name", ["my article", 'a "quoted" #1', "<angle> {brace} |pipe| ^`", "ÜberBericht\\x"])
def test_any_file_name_makes_an_article(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(DE, encoding="utf-8")
    result = build([folder], tmp_path / "out", views=False)
    assert [i.status for i in result.inputs] == ["ok"]
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    assert list(ds.subjects(SDO.identifier, Literal(name))) == [article_iri(name)]


def test_record_ids_with_spaces_stay_apart(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a b", "text": "%s"}\n{"id": "a%%20b", "text": "%s"}\n'
                    % (DE, DE.replace("2015", "2016")), encoding="utf-8")
    build([feed], tmp_path / "out", views=False)
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    ids = {str(i): str(a) for a, i in ds.subject_objects(SDO.identifier) if str(a).startswith(str(article_iri("")))}
    assert ids == {"a b": str(article_iri("a b")), "a%20b": str(article_iri("a%20b"))}
    assert str(article_iri("a b")).endswith("/a%20b") and str(article_iri("a%20b")).endswith("/a%2520b")
    assert isinstance(article_iri("a b"), URIRef)
