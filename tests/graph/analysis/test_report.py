"""The analysis report in Markdown and HTML, with its plots, on the sample build and on a
hostile article."""
from __future__ import annotations

from dataclasses import replace

from diplograph.graph.analysis import report
from diplograph.graph.build import InputStatus, build


def test_sample_report_sections_and_plots(sample_build):
    out = sample_build.out
    md = (out / "report.md").read_text(encoding="utf-8")
    page = (out / "report.html").read_text(encoding="utf-8")
    for title in ("## Centrality (actors)", "## Communities", "## Most reported events",
                  "## Conflicts between sources", "## Relations by year", "## Inputs"):
        assert title in md
        assert f"<h2>{title[3:]}</h2>" in page
    assert "| Japan – Russia | 2013 | VerbalCooperation | 1 | 3 |" in md
    assert "- 3 sources: Talks of Fumio Kishida, Itsunori Onodera, Sergey Lavrov, Sergei Shoigu (2013-11-02)" in md
    assert "Sergei Shoigu (Russia): 000_3b0e7b44f43d6b27: Defence Minister" in page
    for png in ("relations.png", "degrees.png"):
        assert (out / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"({png})" in md and f"src='{png}'" in page


def test_report_escapes_article_strings(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text(
        "Außenminister Karl <b>Fett</b> traf in Tokio Japans Außenminister Fumio Kishida. "
        "Kishida sagte, die Gespräche seien gut.", encoding="utf-8")
    result = build([tmp_path / "in"], tmp_path / "out", views=False)
    page = (result.out / "report.html").read_text(encoding="utf-8")
    md = (result.out / "report.md").read_text(encoding="utf-8")
    assert "<b>Fett" not in page and "<b>" not in md


def test_long_tables_stop_and_say_how_many_more_and_where(sample_build, monkeypatch):
    monkeypatch.setattr(report, "MAX_ROWS", 2)
    monkeypatch.setattr(report, "MAX_SOURCES", 1)
    failed = [InputStatus(f"z/bad{i}.txt", "failed", "not valid UTF-8") for i in range(3)]
    result = replace(sample_build, inputs=sample_build.inputs + failed)
    blocks = report.report_blocks(result, 10)
    tables = {b[1][0]: b[2] for b in blocks if b[0] == "table"}
    events, inputs = tables["kind"], tables["input"]
    total = len(sample_build.fusion.events)
    assert len(events) == 2 and total > 2
    lines = [b[1] for b in blocks if b[0] == "p"]
    assert f"… and {total - 2} more events (all {total}: diplograph query timeline)" in lines
    first = sorted(sample_build.fusion.events, key=lambda e: (e.date.iso if e.date else "9999", e.kind))[:2]
    assert [row[4] for row in events] == [
        fe.sources[0] + (f" … ({len(fe.sources)} in all)" if len(fe.sources) > 1 else "") for fe in first]
    assert any(len(fe.sources) > 1 for fe in first)
    assert [row[0] for row in inputs if row[1] == "failed"] == [f.path for f in failed]
    assert len(inputs) == 3                           # every failure, however long the list
    assert f"… and {len(sample_build.inputs)} more inputs built without remarks" in lines
    md = report.to_markdown(blocks)
    assert "more events (all" in md


def test_short_tables_are_whole(sample_build):
    blocks = report.report_blocks(sample_build, 10)
    assert not [b for b in blocks if b[0] == "p" and b[1].startswith("… and")]
    events = next(b[2] for b in blocks if b[0] == "table" and b[1][0] == "kind")
    assert len(events) == len(sample_build.fusion.events)


def test_a_draft_writes_the_same_report_after_the_fusion_is_gone(sample_build, tmp_path):
    from diplograph.graph.analysis.network import to_networkx
    from diplograph.graph.store.load import load_store
    G = to_networkx(load_store(sample_build.out / "graph.trig"))
    whole, drafted = tmp_path / "whole", tmp_path / "draft"
    whole.mkdir(), drafted.mkdir()
    expected = report.write_report(sample_build, sample_build.quads, whole, G)
    result = replace(sample_build)
    draft = report.ReportDraft(result, result.quads, drafted)
    result.fusion = None
    assert [p.name for p in drafted.iterdir()] == ["relations.png"]     # the plot of the fusion's relations
    written = draft.write(G)
    assert [p.name for p in written] == [p.name for p in expected] == [
        "report.md", "report.html", "relations.png", "degrees.png"]
    for ours, theirs in zip(written, expected):
        assert ours.read_bytes() == theirs.read_bytes(), ours.name
