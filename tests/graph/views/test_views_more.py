"""diplograph.graph.views: the actor, event, relations and period pages, read as text (no browser)."""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
import pytest

from diplograph.graph.analysis.measures import to_networkx
from diplograph.graph.views import write_all_views, write_views
from diplograph.graph.views.actors import actor_nodes, actor_pages
from diplograph.graph.views.ego import ego_nodes
from diplograph.graph.views.events import event_pages
from diplograph.graph.views.periods import period_nodes, period_years
from diplograph.graph.views.relations import relations_graph
from diplograph.graph.views.render import VIS_DIR, data_file
from tests.graph.graph_sample_data import (
    JAPAN, KISHIDA, LAVROV, MEETING, NATO, RUSSIA, SHOIGU, TALKS, TOKYO, sample_dataset,
)
from tests.graph.views.test_views import REMOTE, XSS_LABEL, XSS_SENTENCE, graph_data

J, R, K, L, S, T, M, TK, N = map(str, (JAPAN, RUSSIA, KISHIDA, LAVROV, SHOIGU, TOKYO, MEETING, TALKS, NATO))

NEW_PAGES = ["ego/fumio-kishida.html", "ego/nato.html", "ego/sergei-shoigu.html", "ego/sergey-lavrov.html",
             "events/meeting-1.html", "events/talks-1.html", "relations.html",
             "period-2013.html", "period-2014.html"]
EXPECTED_NODES = {
    "ego/fumio-kishida.html": actor_nodes, "ego/nato.html": {N, TK, S},
    "events/meeting-1.html": {M, K, L, T}, "events/talks-1.html": {TK, S, N},
    "relations.html": {J, R, N}, "period-2013.html": {M, K, L, T}, "period-2014.html": {TK, S, N},
}


@pytest.fixture(scope="module")
def G() -> nx.MultiGraph:
    return to_networkx(sample_dataset())


@pytest.fixture(scope="module")
def out(G, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("more")
    write_all_views(G, root)
    return root


def test_every_new_page_is_written(G, out, tmp_path):
    written = write_all_views(G, tmp_path)
    rel = [p.relative_to(tmp_path).as_posix() for p in written]
    assert rel == ["overview.html", "ego/japan.html", "ego/russia.html", *NEW_PAGES, "index.html"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)
    assert [p.name for p in write_views(G, tmp_path / "core")] == [
        "overview.html", "japan.html", "russia.html", "index.html"]
    assert (tmp_path / "core" / "relations.html").is_file()


def test_index_links_every_new_page(out):
    text = (out / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<li><a href="([^"]+)">', text)
    assert hrefs == NEW_PAGES
    for heading in ("Actors", "Events", "Relations", "Periods"):
        assert f"<h2>{heading} <small>" in text


def test_pages_hold_exactly_the_expected_nodes(G, out):
    for page in NEW_PAGES:
        ids = {n["id"] for n in graph_data(out / page)["nodes"]}
        expected = EXPECTED_NODES.get(page)
        if expected is actor_nodes or expected is None:
            centre = {v: k for k, v in actor_pages(G).items()}[page]
            expected = actor_nodes(G, centre)
        assert ids == expected, page
    assert ego_nodes(G, K) == {K, J, M, L, T}
    assert ego_nodes(G, S) == {S, R, TK, N, L}
    assert actor_nodes(G, S) == {S, R, TK, N}        # not Lavrov, who only shares Russia with him


def test_an_actor_page_does_not_take_in_its_countrys_events():
    G = nx.MultiGraph()
    G.add_node("japan", kind="Country", category="actor")
    G.add_node("kishida", kind="Person", category="actor")
    G.add_edge("kishida", "japan", key="role", relation="role")
    for i in range(50):                               # Japan's own events
        G.add_node(f"e{i}", kind="Meeting", category="event")
        G.add_edge(f"e{i}", "japan", key="hasActor", relation="hasActor")
    G.add_node("m", kind="Meeting", category="event")
    G.add_node("lavrov", kind="Person", category="actor")
    G.add_node("nato", kind="Organization", category="actor")
    G.add_edge("m", "kishida", key="hasActor", relation="hasActor")
    G.add_edge("m", "lavrov", key="hasActor", relation="hasActor")
    G.add_edge("lavrov", "nato", key="role", relation="role")
    assert actor_nodes(G, "kishida") == {"kishida", "japan", "m", "lavrov"}
    assert len(ego_nodes(G, "kishida")) == 54


def test_actor_pages_cover_persons_and_organisations_without_clashing(G):
    pages = actor_pages(G)
    assert pages == {K: "ego/fumio-kishida.html", N: "ego/nato.html", S: "ego/sergei-shoigu.html",
                     L: "ego/sergey-lavrov.html"}
    H = G.copy()
    H.add_node("http://other.example/japan", label="Japan (person)", kind="Person", category="actor")
    H.add_edge(M, "http://other.example/japan", key="hasActor", relation="hasActor")
    assert actor_pages(H)["http://other.example/japan"] == "ego/japan-2.html"


def test_event_page_info_panel_data(G, out):
    data = graph_data(out / "events/meeting-1.html")
    assert data["focus"] == M
    node = {n["id"]: n for n in data["nodes"]}[M]
    assert node["sources"] == ["000_aaa", "001_bbb"]
    assert [s[0] for s in node["sentences"]] == ["000_aaa", "001_bbb"]
    assert any(f.startswith("Place: Tokyo") for f in node["facts"])
    assert data["links"][K] == "../ego/fumio-kishida.html"
    assert event_pages(G) == {M: "events/meeting-1.html", TK: "events/talks-1.html"}


def test_relations_edges(G, out):
    R_ = relations_graph(G)
    edges = sorted((u, v, d["label"], d["colour"], d["pair"]["years"]) for u, v, d in R_.edges(data=True))
    assert edges == sorted([(J, R, "1 event", "#2ca02c", {"2013": [1, 0, 0]}),
                            (N, R, "1 event", "#2ca02c", {"2014": [1, 0, 0]})])
    data = graph_data(out / "relations.html")
    assert sorted(e["label"] for e in data["edges"]) == ["1 event", "1 event"]
    assert all(e["color"]["color"] == "#2ca02c" for e in data["edges"])
    assert sorted(data["events"]) == [M, TK] and data["years"] == [2013, 2014]
    assert data["events"][M]["date"] == "2013-11-02" and data["events"][M]["sources"] == ["000_aaa", "001_bbb"]


def test_relations_colour_conflict_kinds_red_and_count_a_pair_once(G):
    H = G.copy()
    H.add_node("ev:s", label="Sanction", kind="Sanction", category="event", date="2022-02-28")
    H.add_node("ev:t", label="Talks", kind="Talks", category="event", date="2022-03-01", status="Cancelled")
    for event in ("ev:s", "ev:t"):
        for actor in (J, L, N):
            H.add_edge(event, actor, relation="hasActor")
    pairs = {(u, v): d for u, v, d in relations_graph(H).edges(data=True)}
    assert len(pairs) == 3
    assert pairs[(N, R)]["pair"]["years"] == {"2014": [1, 0, 0], "2022": [0, 2, 0]}
    assert pairs[(N, R)]["colour"] == "#d62728" and pairs[(N, R)]["label"] == "3 events"
    assert pairs[(N, R)]["width"] > pairs[(J, N)]["width"]


def test_period_pages_only_hold_their_year(G, out):
    assert period_years(G) == ["2013", "2014"]
    assert period_nodes(G, "2013") == {M, K, L, T}
    text = (out / "period-2013.html").read_text(encoding="utf-8")
    selector = re.search(r'<nav id="selector"[^>]*>(.*?)</nav>', text, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', selector) == ["period-2013.html", "period-2014.html"]
    assert 'aria-current="page" class="current">2013<' in selector


def test_type_filter_lists_each_kind(out):
    text = (out / "period-2013.html").read_text(encoding="utf-8")
    kinds = re.findall(r'<input type="checkbox" class="kind-filter" value="([^"]+)" checked>', text)
    assert kinds == ["Person", "Place", "Meeting"]
    assert 'id="search-input"' in text and '<div id="legend">' in text


def test_no_remote_url_in_new_pages(out):
    for page in NEW_PAGES:
        text = (out / page).read_text(encoding="utf-8")
        assert not REMOTE.search(text), page
        for attr in re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", text, re.I):
            assert not attr.lower().startswith(("http://", "https://", "//")), (page, attr)


def test_new_pages_escape_article_text(tmp_path):
    G = to_networkx(sample_dataset(label_suffix=XSS_LABEL, sentence_suffix=XSS_SENTENCE))
    G.nodes[N]["label"] = 'NATO <b>&</b> "q"'
    paths = write_all_views(G, tmp_path)
    vendor = [(VIS_DIR / name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.css")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for code in vendor:
            text = text.replace(code, "")
        assert "<img" not in text and "<b>" not in text, path.name
        assert "window.__xss=2</script>" not in text, path.name
        assert text.count("<script") == text.count("</script>"), path.name
    assert "<h1>NATO &lt;b&gt;&amp;&lt;/b&gt; &#34;q&#34;</h1>" in (tmp_path / "ego/nato.html").read_text()
    assert html.escape("NATO <b>&</b>", quote=False) in (tmp_path / "index.html").read_text()
    raw = data_file(tmp_path / "events/meeting-1.html").read_text(encoding="utf-8")
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=2" in raw and "<" not in raw


def test_stale_new_pages_are_removed(G, tmp_path):
    stale = [tmp_path / "events" / "old.html", tmp_path / "period-1999.html", tmp_path / "ego" / "gone.html"]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("old")
    write_views(G, tmp_path)
    assert not any(p.exists() for p in stale)


def test_empty_graph_writes_no_new_pages(tmp_path):
    assert [p.name for p in write_all_views(nx.MultiGraph(), tmp_path)] == ["overview.html", "index.html"]
    assert not (tmp_path / "relations.html").exists()


def test_pages_written_beside_in_a_forked_child_are_those_written_here(G, tmp_path, monkeypatch):
    from diplograph.graph.stages import StageClock
    from diplograph.graph.views import site
    here = write_all_views(G, tmp_path / "here")
    monkeypatch.setattr(site, "PAGES_APART_NODES", 1)
    clock = StageClock()
    apart = write_all_views(G, tmp_path / "apart", clock=clock)
    assert [p.relative_to(tmp_path / "apart") for p in apart] == [p.relative_to(tmp_path / "here") for p in here]
    assert all(p.read_bytes() == q.read_bytes() for p, q in zip(here, apart))
    assert set(clock.beside) == {"views: countries", "views: actors", "views: periods"}
    assert "views: waiting for the pages beside" in clock.seconds and "views: actors" not in clock.seconds
