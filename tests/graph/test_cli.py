"""The ``diplograph`` command, run as a real process on the sample build."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from diplograph.graph.store.query import shipped_queries


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "diplograph.graph.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_query_list_names_every_shipped_query():
    proc = run("query", "--list")
    assert proc.returncode == 0
    for name in shipped_queries():
        assert name in proc.stdout


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_each_shipped_query_returns_rows_on_the_samples(sample_build, name):
    proc = run("query", name, "-g", sample_build.out / "graph.trig", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert len(rows) >= 2, f"{name} returned no rows"


def test_query_json_and_ask(sample_build):
    proc = run("query", "ASK { ?s a <https://w3id.org/diplograph/ns#Summit> }", "-g",
               sample_build.out / "graph.trig", "--format", "json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["boolean"] is True


def test_query_syntax_error_names_the_position(sample_build):
    proc = run("query", "SELECT ?x WHERE { ?x ?y }", "-g", sample_build.out / "graph.trig")
    assert proc.returncode == 2
    assert "line 1" in proc.stderr and "column" in proc.stderr


def test_query_on_missing_graph_is_a_clear_error(tmp_path):
    proc = run("query", "meetings", "-g", tmp_path / "nope.trig")
    assert proc.returncode == 2
    assert "nope.trig" in proc.stderr


def test_build_prints_progress_and_summary(tmp_path):
    proc = run("build", "-o", tmp_path / "out", "--no-views")
    assert proc.returncode == 0, proc.stderr
    assert "[1/5]" in proc.stderr
    assert proc.stdout.startswith("built 5 articles (0 not built)")


HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_build_with_a_store_then_query_it_with_a_limit(tmp_path):
    first = run("build", "-o", tmp_path / "out", "--no-views", "--store", tmp_path / "store")
    assert first.returncode == 0, first.stderr
    assert "now at gen-000001: 8 graphs added" in first.stderr
    again = run("build", "-o", tmp_path / "out", "--no-views", "--store", tmp_path / "store")
    assert again.returncode == 0 and "unchanged (gen-000001)" in again.stderr
    assert again.stderr.count("unchanged, from the store") == 5
    proc = run("query", "timeline", "--store", tmp_path / "store", "--format", "csv", "--limit", "2")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == ["date", "event", "kind", "label", "status", "sources"] and len(rows) == 3
    assert rows[1][0] == "2013-11-02"
    assert run("query", "timeline", "--store", tmp_path / "nowhere").stderr.endswith(
        "holds no store yet (build with --store first)\n")


def test_prune_without_a_store_is_a_usage_error(tmp_path):
    proc = run("build", "-o", tmp_path / "out", "--prune")
    assert proc.returncode == 2 and "prune=True needs a store" in proc.stderr


def test_query_timeout_is_a_clear_error(sample_build):
    proc = run("query", HEAVY, "-g", sample_build.out / "graph.trig", "--timeout", "0.5")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "diplograph: error: query did not finish within 0.5 seconds"
