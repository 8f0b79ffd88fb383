"""diplograph.graph.views: the written HTML files, read as text (no browser)."""
from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import networkx as nx
import pytest

from diplograph.graph.analysis.measures import to_networkx
from diplograph.graph.views import write_views
from diplograph.graph.views.ego import ego_graph, ego_nodes, ego_pages, write_ego_views
from diplograph.graph.views.render import (
    CONFLICT_COLOUR, KIND_COLOURS, SCRIPTS, VIS_DIR, build_network, data_file, render_page, slug, vis_options,
)
from tests.graph.graph_sample_data import (
    JAPAN, KISHIDA, LAVROV, MEETING, NATO, RUSSIA, SHOIGU, TALKS, TOKYO, large_graph, sample_dataset,
)
from diplograph.ontology.errors import ViewError
from diplograph.ontology.namespace import ENT

J, R, K, L, S, T, M, TK, N = map(str, (JAPAN, RUSSIA, KISHIDA, LAVROV, SHOIGU, TOKYO, MEETING, TALKS, NATO))
REMOTE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?\s*|@import\s+(?:url\()?\s*["']?|url\(\s*["']?)(?:https?:)?//""", re.I)
XSS_LABEL = ' <img src=x onerror="window.__xss=1">'
XSS_SENTENCE = " </script><script>window.__xss=2</script>"


@pytest.fixture(scope="module")
def G() -> nx.MultiGraph:
    return to_networkx(sample_dataset())


@pytest.fixture(scope="module")
def written(G, tmp_path_factory) -> list[Path]:
    return write_views(G, tmp_path_factory.mktemp("views"))


def graph_data(path: Path) -> dict:
    """The data a written view loads for vis-network: its data file, named by the page."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script src="([^"/]+\.data\.js)"></script>', text)
    assert match, f"no data file named in {path}"
    script = (path.parent / match.group(1)).read_text(encoding="utf-8")
    prefix, suffix = "window.diplographData = ", ";\n"
    assert script.startswith(prefix) and script.endswith(suffix), script[:80]
    return json.loads(script[len(prefix):-len(suffix)])


def test_written_files(written):
    root = written[0].parent
    assert [p.relative_to(root).as_posix() for p in written] == [
        "overview.html", "ego/japan.html", "ego/russia.html", "index.html"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)


def test_no_remote_url_in_any_view(written):
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert not REMOTE.search(text), f"{path.name}: {REMOTE.search(text).group(0)!r}"
        for attr in re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", text, re.I):
            assert not attr.lower().startswith(("http://", "https://", "//")), (path.name, attr)


def test_remote_pattern_catches_what_pyvis_writes():
    assert REMOTE.search('<link href="https://cdn.jsdelivr.net/x.css">')
    assert REMOTE.search("<script src='http://x/y.js'></script>")
    assert REMOTE.search("@import url(https://x/y.css);")
    assert not REMOTE.search('<a href="ego/japan.html">')


def test_written_views_link_the_shared_local_assets(written):
    root = written[0].parent
    for path in written:
        text = path.read_text(encoding="utf-8")
        linked = re.findall(r"<(?:script|link)[^>]*(?:src|href)=\"([^\"]+)\"", text)
        expected = {"assets/view.css"} if path.name == "index.html" else {
            "assets/vis-network.min.js", "assets/vis-network.css", "assets/view.css",
            *(f"assets/{name}" for name in SCRIPTS)}
        prefix = "../" if path.parent != root else ""
        own = set() if path.name == "index.html" else {path.stem + ".data.js"}   # the page's own data
        assert set(linked) == {prefix + e for e in expected} | own, path.name
        for href in linked:
            target = (path.parent / href).resolve()
            assert target.is_file() and target.stat().st_size > 0, (path.name, href)
    assert "vis.Network" in (root / "assets" / "view.js").read_text(encoding="utf-8")
    assert len((root / "assets" / "vis-network.min.js").read_bytes()) > 100_000


def test_render_page_alone_is_self_contained(G):
    text = render_page(G, "alone")
    assert "vis-network" in text and "<script src" not in text and "<link" not in text


def test_overview_data_matches_the_graph(G, written):
    data = graph_data(written[0])
    assert [n["id"] for n in data["nodes"]] == sorted(G)
    full = {n["id"]: n.get("full_label", n["label"]) for n in data["nodes"]}
    assert full == dict(G.nodes(data="label"))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert (labels[M], labels[TK]) == ("Meeting, Tokyo, 2013-11-02", "Talks, 2014-03")
    assert len(data["edges"]) == G.number_of_edges() == 9
    assert len({e["id"] for e in data["edges"]}) == 9
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id[M]["size"] == 40 and by_id[J]["size"] == 20.0
    assert by_id[K]["color"]["background"] == KIND_COLOURS["Person"]
    assert by_id[M]["shape"] == "diamond" and by_id[T]["shape"] == "triangle" and by_id[J]["shape"] == "dot"
    assert by_id[M]["color"]["border"] == CONFLICT_COLOUR and by_id[J]["color"]["border"] != CONFLICT_COLOUR
    assert by_id[M]["title"].startswith("Meeting: Fumio Kishida, Sergey Lavrov (Tokyo, 2013-11-02)\nMeeting\n")
    assert by_id[TK]["sentences"] == [["002_ccc", "Defence Minister Sergei Shoigu held talks with NATO."]]
    roles = sorted(e["label"] for e in data["edges"] if e["relation"] == "role")
    assert roles == ["Defence Minister", "Foreign Minister", "Foreign Minister", "Foreign Minister"]
    conflicted = [e for e in data["edges"] if e.get("dashes")]
    assert len(conflicted) == 2 and sum("smooth" in e for e in conflicted) == 1


def test_options_keep_large_graphs_usable(written):
    options = graph_data(written[0])["options"]
    assert options["edges"]["smooth"] is False
    assert options["physics"]["stabilization"]["iterations"] <= 200
    assert options["physics"]["solver"] == "barnesHut"
    assert isinstance(options["layout"]["randomSeed"], int)
    assert vis_options(5000)["layout"]["improvedLayout"] is False
    assert vis_options(5000)["interaction"]["hideEdgesOnDrag"] is True


def test_legend_lists_the_kinds_present(written):
    text = written[0].read_text(encoding="utf-8")
    legend = re.search(r'<div id="legend">(.*?)</div>', text, re.S).group(1)
    kinds = re.findall(r"</span>([^<]+)</(?:label>)?(?:</)?li>", legend)
    assert kinds == ["Country", "Organization", "Person", "Place", "Meeting", "Talks", "conflicting claim"]


def test_ego_views(G, written):
    assert ego_pages(G) == {J: "ego/japan.html", R: "ego/russia.html"}
    assert ego_nodes(G, J) == {J, K, M, L, T}
    assert ego_nodes(G, R) == {R, L, S, M, TK, K, T, N}
    japan = graph_data(written[1])
    assert sorted(n["id"] for n in japan["nodes"]) == sorted(ego_nodes(G, J))
    assert len(japan["edges"]) == ego_graph(G, J).number_of_edges() == 4
    assert japan["links"][J] == "../overview.html"
    assert "<h1>Japan</h1>" in written[1].read_text(encoding="utf-8")
    assert graph_data(written[0])["links"] == {J: "ego/japan.html", R: "ego/russia.html"}


def test_index_links_every_view_with_counts(written):
    text = written[-1].read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="([^"]+)">([^<]+)</a></td><td>[^<]*</td>'
                      r'<td class="num">(\d+)</td><td class="num">(\d+)</td></tr>', text)
    assert rows == [("overview.html", "Overview", "9", "9"), ("ego/japan.html", "Japan", "5", "4"),
                    ("ego/russia.html", "Russia", "8", "8")]
    assert "Sergey Lavrov" in text and "0.250" in text


def test_output_is_byte_identical(tmp_path):
    first = write_views(to_networkx(sample_dataset()), tmp_path / "a")
    second = write_views(to_networkx(sample_dataset()), tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_same_graph_in_another_insertion_order_gives_the_same_page(G):
    H = nx.MultiGraph(**G.graph)
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed([(v, u, k, d) for u, v, k, d in G.edges(keys=True, data=True)]))
    assert render_page(H, "x") == render_page(G, "x")


def test_article_text_is_escaped(tmp_path):
    G = to_networkx(sample_dataset(label_suffix=XSS_LABEL, sentence_suffix=XSS_SENTENCE))
    G.nodes[J]["label"] = 'Japan <b>&</b> "q"'
    paths = write_views(G, tmp_path)
    vendor = [(VIS_DIR / name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.css")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for code in vendor:
            text = text.replace(code, "")
        assert "<img" not in text and "<b>" not in text, path.name
        assert "window.__xss=2</script>" not in text, path.name
        assert text.count("<script") == text.count("</script>"), path.name
    overview = graph_data(paths[0])
    labels = {n["id"]: n["label"] for n in overview["nodes"]}
    assert labels[K] == "Fumio Kishida" + XSS_LABEL
    sentences = {n["id"]: n["sentences"] for n in overview["nodes"]}
    assert sentences[K][0][1].endswith(XSS_SENTENCE)
    assert "__xss" not in paths[0].read_text(encoding="utf-8")     # article text is in the data file
    raw = data_file(paths[0]).read_text(encoding="utf-8")
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=2" in raw and "<" not in raw
    assert "<h1>Japan &lt;b&gt;&amp;&lt;/b&gt; &#34;q&#34;</h1>" in paths[1].read_text(encoding="utf-8")
    assert html.escape('Japan <b>&</b>', quote=False) in paths[-1].read_text(encoding="utf-8")


def test_stale_ego_pages_are_removed(G, tmp_path):
    stale = tmp_path / "ego" / "atlantis.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    data_file(stale).write_text("window.diplographData = {};\n")
    write_views(G, tmp_path)
    assert not stale.exists() and not data_file(stale).exists()
    assert data_file(tmp_path / "ego" / "japan.html").is_file()


def test_a_page_is_a_shell_around_its_data_file(written):
    """The page holds headings, controls and script links; nodes, edges and sentences are
    in its data file, which it names and which holds just that page's nodes."""
    for path in written[:-1]:
        page, data = path.read_text(encoding="utf-8"), graph_data(path)
        assert "graph-data" not in page and '"nodes"' not in page, path.name
        assert data["nodes"] and data["edges"], path.name
    overview, japan = graph_data(written[0]), graph_data(written[1])
    assert {n["id"] for n in japan["nodes"]} < {n["id"] for n in overview["nodes"]}
    assert "Fumio Kishida" in {n["label"] for n in japan["nodes"]}
    assert "Fumio Kishida" not in written[1].read_text(encoding="utf-8")


def test_empty_graph_still_writes_views(tmp_path):
    paths = write_views(nx.MultiGraph(), tmp_path)
    assert [p.name for p in paths] == ["overview.html", "index.html"]
    assert graph_data(paths[0])["nodes"] == []


def test_errors_quote_the_bad_value(G, tmp_path):
    with pytest.raises(ViewError, match="'not a graph'"):
        write_views("not a graph", tmp_path)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ViewError, match=re.escape(repr(str(blocker)))):
        write_views(G, blocker)
    with pytest.raises(ViewError, match="'nowhere'"):
        ego_nodes(G, "nowhere")
    with pytest.raises(ViewError, match="42"):
        build_network(nx.Graph([(42, "a")]))
    with pytest.raises(ViewError, match="cannot write"):
        write_ego_views(G, blocker / "sub")


def test_slug_is_safe():
    assert slug(str(ENT["south-korea"])) == "south-korea"
    assert slug(str(ENT["../../etc"])) == "etc"
    assert slug(str(ENT["%2F.."])) == "2f"
    assert slug(str(ENT[".."])) == "node"


def test_large_graph_is_written_quickly(tmp_path):
    G = large_graph(1500)
    start = time.perf_counter()
    path = render_page(G, "large")
    assert time.perf_counter() - start < 20
    assert path.count('"id": "e') == G.number_of_edges()

