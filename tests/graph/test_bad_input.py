"""A folder of nasty inputs builds with exactly the expected report, and hostile text ends
up escaped in every output while the graph still passes SHACL."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from diplograph.graph.build import build
from diplograph.graph.store.query import format_result, run_query
from diplograph.graph.store.load import load_store
from diplograph.ontology.validate import validate

DE = ("Russlands Außenminister Sergej Lawrow traf am Montag in Tokio Japans Außenminister Fumio "
      "Kishida. Die beiden Minister sprachen über einen Friedensvertrag und die Kurilen. ")
EN = ("Japanese Prime Minister Fumio Kishida met NATO Secretary General Jens Stoltenberg in Brussels "
      "on Tuesday. They agreed to deepen cooperation on cyber defence and maritime security. ")
DE2 = ("Das Treffen der Verteidigungsminister in Moskau endete ohne Einigung über gemeinsame Manöver. "
       "Schoigu sagte, Russland bleibe gesprächsbereit, doch Japan müsse seine Haltung ändern.")
DE3 = ("Die NATO und Japan wollen ihre Partnerschaft ausbauen. Beim Gipfel in Vilnius unterzeichneten "
       "Stoltenberg und Kishida ein neues Programm für Cyberabwehr und Weltraumfragen.")
DE4 = ("Russische und chinesische Bomber flogen über das Japanische Meer. Das japanische "
       "Verteidigungsministerium teilte mit, die Flüge seien eine ernste Sorge für die Region.")
HOSTILE = ("Japans Außenminister Fumio Kishida traf in Tokio Sergej Lawrow <script>alert('x')</script> "
           "<img src=x onerror=\"window.__xss=1\"> zu Gesprächen über \"Frieden\" und 'Sicherheit' \\ "
           "} . <urn:x> <urn:y> \"z\" . @prefix evil: <http://evil.example/> . "
           "SELECT * WHERE { ?s ?p ?o } \x01\x02\x07 " + "Z" * 5000 + ". "
           "Kishida sagte, die „Lage </script><b>sei</b> ernst“.")


@pytest.fixture(scope="module")
def nasty(tmp_path_factory):
    d = tmp_path_factory.mktemp("nasty")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text(" \n\t \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (d / "big.txt").write_text(DE * 400, encoding="utf-8")
    (d / "french.txt").write_text("Le ministre russe des affaires étrangères a rencontré son homologue "
                                  "japonais à Tokyo pour des entretiens sur la sécurité et la paix.",
                                  encoding="utf-8")
    (d / "dup1.txt").write_text(DE, encoding="utf-8")
    (d / "dup2.txt").write_text(DE, encoding="utf-8")
    (d / "near.txt").write_text(DE.replace("die Kurilen", "die Inseln"), encoding="utf-8")
    (d / "utf16.txt").write_bytes(EN.encode("utf-16"))
    (d / "utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + DE3.encode("utf-8"))
    (d / "cp1252.txt").write_bytes(DE2.encode("cp1252"))
    (d / "feed.jsonl").write_text(json.dumps({"id": "feed-ok", "text": "Russian Foreign Minister Sergey "
                                              "Lavrov visited Tokyo for talks with Japan's new foreign "
                                              "minister. Both sides agreed to meet again next year.",
                                              "date": "2023-07-11"}) + "\n{broken\n", encoding="utf-8")
    (d / "page.html").write_text(f"<html><head><title>Gipfel</title></head><body><nav>Home</nav>"
                                 f"<article><p>{DE4}</p></article>"
                                 f"<footer>Impressum</footer></body></html>", encoding="utf-8")
    (d / "locked.txt").write_text("Der Text ist da, aber nicht lesbar.", encoding="utf-8")
    (d / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def built(nasty, tmp_path_factory):
    from _pytest.monkeypatch import MonkeyPatch
    mp = MonkeyPatch()
    real = Path.read_bytes

    def read_bytes(self):        # a file the build may not read, as for a non-root user
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)
    mp.setattr(Path, "read_bytes", read_bytes)
    try:
        messages: list[str] = []
        out = tmp_path_factory.mktemp("built") / "out"
        result = build([nasty], out, progress=messages.append, max_bytes=20_000)
    finally:
        mp.undo()
    return result, messages


def test_report_lists_every_input_exactly(built, nasty):
    result, _ = built
    rows = {(Path(i.path).name, i.status, i.reason) for i in result.inputs}
    assert rows == {
        ("empty.txt", "skipped", "empty file (no text)"),
        ("blank.txt", "skipped", "empty file (no text)"),
        ("binary.txt", "failed", "binary file (contains NUL bytes), not text"),
        ("big.txt", "failed", f"file too large ({len((DE * 400).encode()):,} bytes, limit 20,000)"),
        ("french.txt", "skipped", "language 'fr' is not supported (only de, en); skipped"),
        ("dup1.txt", "ok", ""),
        ("dup2.txt", "skipped", f"same content as {str(nasty / 'dup1.txt')!r} (recorded there)"),
        ("near.txt", "ok", ""),
        ("utf16.txt", "ok", ""), ("utf8bom.txt", "ok", ""), ("cp1252.txt", "ok", ""),
        ("feed.jsonl:1", "ok", ""),
        ("feed.jsonl:2", "failed", "malformed JSON: Expecting property name enclosed in double quotes (column 2)"),
        ("page.html", "ok", ""),
        ("locked.txt", "failed", "cannot read: Permission denied"),
        ("hostile.txt", "ok", ""),
    }
    assert result.notes == {str(nasty / "near.txt"): f"near-duplicate of {str(nasty / 'dup1.txt')!r} "
                                                      "(similarity 0.9)"}
    report = (result.out / "report.md").read_text(encoding="utf-8")
    assert report.count("| failed |") == 4 and report.count("| skipped |") == 4
    assert "near-duplicate of" in report


def test_every_problem_is_named_on_the_progress_channel(built):
    _, messages = built
    for name in ("empty.txt", "binary.txt", "big.txt", "french.txt", "dup2.txt", "feed.jsonl:2",
                 "locked.txt"):
        assert any(name in m and (m.startswith("failed:") or m.startswith("skipped:")) for m in messages), name


def test_decoded_texts_are_right(built):
    result, _ = built
    texts = {Path(f.article.path).name: f.article.text for f in result.fusion.articles}
    assert texts["cp1252.txt"] == DE2
    assert texts["utf8bom.txt"] == DE3
    assert texts["utf16.txt"].startswith("Japanese Prime Minister")
    assert "Impressum" not in texts["page.html"] and texts["page.html"].startswith("Russische und")


def test_hostile_text_is_escaped_and_the_graph_still_conforms(built):
    result, _ = built
    trig = result.out / "graph.trig"
    ds = Dataset()
    ds.parse(trig, format="trig")                 # the TriG parses back
    conforms, report = validate(ds)
    assert conforms, report
    assert "@prefix evil:" not in {line.split(" <")[0] for line in trig.read_text().splitlines()}
    texts = sorted((str(o) for _, _, o, _ in ds.quads((None, None, None, None)) if "alert('x')" in str(o)),
                   key=len)
    # control characters become U+FFFD one for one (offsets stay valid); the rest is kept
    assert texts and "\x01" not in texts[-1] and "\ufffd\ufffd" in texts[-1] and "Z" * 5000 in texts[-1]
    store = load_store(trig)
    rows = run_query(store, 'SELECT ?t WHERE { ?a <https://schema.org/text> ?t FILTER(CONTAINS(?t, "alert")) }')
    out = format_result(rows, "json")
    value = json.loads(out)["results"]["bindings"][0]["t"]["value"]
    assert value.startswith("Japans Außenminister") and "<script>" in value and "\ufffd" in value
    for view in (result.out / "views").rglob("*.html"):
        html = view.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, view.name
        assert "</script><b>" not in html, view.name


def test_exit_code_says_that_something_failed(nasty, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "diplograph.graph.cli", "build", str(nasty / "dup1.txt"),
                           str(nasty / "binary.txt"), "-o", str(tmp_path / "o"), "--no-views"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "binary.txt" in proc.stderr and "built 1 articles (1 not built)" in proc.stdout


def test_standard_input_is_an_article(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "diplograph.graph.cli", "build", "-", "-o", str(tmp_path / "o"),
                           "--no-views"], input=DE, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "built 1 articles" in proc.stdout
    assert "article/stdin" in (tmp_path / "o" / "graph.trig").read_text(encoding="utf-8")


def test_glob_patterns_select_files(nasty, tmp_path):
    result = build([str(nasty / "dup*.txt"), str(nasty / "nothing-*.txt")], tmp_path / "o", views=False)
    assert sorted((Path(i.path).name, i.status) for i in result.inputs) == [
        ("dup1.txt", "ok"), ("dup2.txt", "skipped"), ("nothing-*.txt", "failed")]


def test_duplicates_build_the_same_graph_whatever_the_order_of_the_inputs(tmp_path):
    x, y = tmp_path / "x", tmp_path / "y"
    x.mkdir()
    y.mkdir()
    (x / "late.txt").write_text(DE, encoding="utf-8")            # the same text under two names
    (y / "early.txt").write_text(DE, encoding="utf-8")
    (x / "twin.txt").write_text(EN, encoding="utf-8")            # two texts under one id
    (y / "twin.txt").write_text(DE3, encoding="utf-8")
    (x / "close.txt").write_text(EN + "Both sides called it useful.", encoding="utf-8")   # near-duplicate
    inputs = sorted(p for folder in (x, y) for p in folder.iterdir())
    one = build(inputs, tmp_path / "one", views=False)
    two = build(list(reversed(inputs)), tmp_path / "two", views=False)
    assert (tmp_path / "one" / "graph.trig").read_bytes() == (tmp_path / "two" / "graph.trig").read_bytes()
    for result in (one, two):
        status = {i.path: (i.status, i.reason) for i in result.inputs}
        assert status[str(x / "late.txt")] == ("skipped", f"same content as {str(y / 'early.txt')!r} (recorded there)")
        assert status[str(y / "twin.txt")] == ("failed", "article id 'twin' is used by another input")
        assert status[str(x / "twin.txt")] == status[str(y / "early.txt")] == ("ok", "")
        assert result.notes == {str(x / "twin.txt"): f"near-duplicate of {str(x / 'close.txt')!r} (similarity 0.81)"}
