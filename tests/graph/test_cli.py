"""The ``diplograph`` command, run as a real process on the sample build."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from graph.query import shipped_queries


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True,
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
