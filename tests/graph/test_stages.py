"""diplograph.graph.stages: where a build's time goes, stage by stage (#23)."""
from __future__ import annotations

import subprocess
import sys

from diplograph.graph.build import build
from diplograph.graph.stages import StageClock, format_stages

DE = "Olaf Scholz traf am 2. März 2015 in Berlin Emmanuel Macron. Die beiden sprachen über den Handel."


def test_a_stage_that_runs_twice_adds_up():
    clock = StageClock()
    for _ in range(2):
        with clock.stage("views: events"):
            sum(range(10_000))
    assert list(clock.seconds) == ["views: events"] and clock.seconds["views: events"] > 0


def test_a_stage_that_fails_is_still_counted():
    clock = StageClock()
    try:
        with clock.stage("read"):
            raise ValueError("bad")
    except ValueError:
        pass
    assert "read" in clock.seconds


def test_a_build_times_each_stage_and_each_kind_of_view(tmp_path):
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    result = build([tmp_path / "a.txt"], tmp_path / "out")
    stages = list(result.clock.seconds)
    assert stages[:5] == ["read", "extract", "fuse", "rdf (n-quads)", "report (draft)"]
    assert {"views: overview", "views: countries", "views: events", "views: relations", "report"} <= set(stages)
    assert result.clock.total() == sum(result.clock.seconds.values()) > 0
    table = format_stages(result.clock).splitlines()
    assert table[0].split() == ["stage", "seconds", "share"] and table[-1].split()[-1] == "100%"


def test_the_cli_prints_the_table_with_profile(tmp_path):
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "diplograph.graph.cli", "build", str(tmp_path / "a.txt"),
                           "-o", str(tmp_path / "out"), "--no-views", "--profile"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    head = lines.index(next(line for line in lines if line.split() == ["stage", "seconds", "share"]))
    assert [line.split()[0] for line in lines[head + 1:head + 4]] == ["read", "extract", "fuse"]
    assert "views:" not in proc.stderr


def test_a_trig_written_apart_is_waited_for_after_the_views_and_the_report(tmp_path, monkeypatch):
    from diplograph.graph import build as building
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    inline = build([tmp_path / "a.txt"], tmp_path / "inline")
    monkeypatch.setattr(building, "TRIG_APART_QUADS", 1)
    apart = build([tmp_path / "a.txt"], tmp_path / "apart")
    stages = list(apart.clock.seconds)
    assert stages.index("trig") > stages.index("report") > stages.index("views: overview")
    assert list(inline.clock.seconds).index("trig") < list(inline.clock.seconds).index("network graph")
    assert (tmp_path / "apart" / "graph.trig").read_bytes() == (tmp_path / "inline" / "graph.trig").read_bytes()
