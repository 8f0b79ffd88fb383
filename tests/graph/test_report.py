"""The analysis report in Markdown and HTML, with its plots, on the sample build and on a
hostile article."""
from __future__ import annotations

from graph.build import build


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
