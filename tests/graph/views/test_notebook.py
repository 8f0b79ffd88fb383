"""diplograph.graph.views.notebook: labelled query tables, the relation plot and inline views
(self-contained pages in an iframe srcdoc), down to a real browser."""
from __future__ import annotations

import html
import sys

import pyoxigraph
import pytest

from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.store.load import load_store
from diplograph.graph.store.params import bind_values, param_term
from diplograph.graph.store.query import run_query
from diplograph.graph.views.notebook import (
    centrality_rows, inline_view, labelled_rows, polarity_figure, query_table, to_frame, view_page,
)
from diplograph.ontology.errors import ViewError
from tests.graph.browsing import CHROMIUM, browser  # noqa: F401  (browser is a fixture)
from tests.graph.graph_sample_data import JAPAN, KISHIDA, sample_dataset

IRI = "https://w3id.org"
XSS_LABEL = ' <img src=x onerror="window.__xss=1">"\'&'
XSS_SENTENCE = " </script><script>window.__xss=2</script>"


@pytest.fixture(scope="module")
def store(sample_build):
    return load_store(sample_build.out / "graph.trig")


@pytest.fixture(scope="module")
def G(store):
    return to_networkx(store)


def test_params_go_into_the_marked_values_line_with_the_lines_own_kinds_of_terms():
    text = ('SELECT * WHERE {\n  # param ?a ?from: x\n  VALUES (?a ?from) { (ent:japan "2000") }\n'
            '  # param ?k: kinds\n  VALUES ?k { "Meeting" "Talks" }\n}')
    out = bind_values(text, {"from": param_term("2013"), "k": [param_term("Summit"), param_term('x" } ?s ?p ?o {')],
                             "other": param_term("ent:nato")})
    assert 'VALUES (?a ?from) { (ent:japan "2013") }' in out              # a string, as the line has
    assert 'VALUES ?k { "Summit" "x\\" } ?s ?p ?o {" }' in out            # quoted: no way out of the literal
    assert out.startswith(f"SELECT * WHERE {{ VALUES ?other {{ <{IRI}/diplograph/id/entity/nato> }}")
    out = bind_values(text, {"a": param_term("ent:russia")})
    assert f'VALUES (?a ?from) {{ (<{IRI}/diplograph/id/entity/russia> "2000") }}' in out
    assert bind_values(text, {}) == text


def test_labelled_rows_read_as_labels_numbers_and_short_ids(store):
    result = run_query(store, "SELECT ?e ?type ?n WHERE { VALUES ?e { ent:japan ent:fumio-kishida } "
                              "?e a ?type . FILTER(?type = dg:Country || ?type = dg:Person) BIND(2 AS ?n) }")
    rows = labelled_rows(store, result)
    assert {(r["e"], r["type"], r["n"]) for r in rows} == {("Japan", "Country", 2), ("Fumio Kishida", "Person", 2)}
    assert {r["e"] for r in labelled_rows(store, result, ids=("e",))} == {"ent:japan", "ent:fumio-kishida"}
    with pytest.raises(ViewError, match="SELECT"):
        labelled_rows(store, run_query(store, "ASK {}"))


def test_query_table_takes_shipped_queries_with_parameters(store):
    table = query_table(store, "pair-timeline", {"party1": "ent:japan", "party2": "ent:nato"}, ids=("event",))
    assert list(table.columns) == ["date", "kind", "event", "label", "sources"]
    assert table["event"].tolist() == ["event:summit-86e954ba6d05"] and table["sources"].tolist() == [1]
    russia = query_table(store, "pair-timeline", {"party2": "ent:russia", "from": 2014})
    assert russia["date"].tolist() == ["2016-12"]                          # 2013 is before "from"
    empty = query_table(store, "SELECT ?x WHERE { FILTER(false) }")
    assert empty.empty and list(empty.columns) == ["x"]
    assert IRI not in query_table(store, "conflicts").to_string()


def test_to_frame_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ViewError, match=r"diplograph\[notebook\]"):
        to_frame([{"a": 1}])


def test_centrality_rows_name_the_actors(G):
    rows = centrality_rows(G, 3)
    assert [(r["actor"], r["id"], r["kind"]) for r in rows] == [
        ("Japan", "ent:japan", "Country"), ("Fumio Kishida", "ent:fumio-kishida", "Person"), ("Russia", "ent:russia", "Country")]
    assert rows[0]["degree"] > rows[2]["degree"] and rows[0]["events"] == 3 and rows[0]["articles"] == 5


def test_polarity_figure_is_the_builds_plot(store, sample_build):
    figure = polarity_figure(store)
    assert figure._repr_png_() == (sample_build.out / "relations.png").read_bytes()
    assert polarity_figure(pyoxigraph.Store()) is None


def test_view_pages_are_self_contained(G):
    overview, japan, relations = (view_page(G, p) for p in ("overview", "ent:japan", "relations"))
    for page in (overview, japan, relations):
        assert "assets/" not in page and "vis-network" in page and "<script src=" not in page
    assert "<h1>Japan</h1>" in japan and japan == view_page(G, "Japan")
    assert "<h1>Country relations</h1>" in relations and '"events": {' in relations
    with pytest.raises(ViewError, match="Atlantis"):
        view_page(G, "Atlantis")


def test_inline_views_escape_the_page_for_the_attribute():
    G = to_networkx(sample_dataset(label_suffix=XSS_LABEL, sentence_suffix=XSS_SENTENCE))
    view = inline_view(G, "overview", height=500)
    frame = view._repr_html_()
    srcdoc = frame.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert html.unescape(srcdoc) == view.page == view_page(G)
    assert "<" not in srcdoc and "'" not in srcdoc
    assert frame.endswith('sandbox="allow-scripts allow-forms" style="width:100%;height:500px;border:1px solid #ccc"></iframe>')


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")
def test_inline_views_draw_in_a_page_and_article_strings_stay_inert(browser, tmp_path):  # noqa: F811
    G = to_networkx(sample_dataset(label_suffix=XSS_LABEL, sentence_suffix=XSS_SENTENCE))
    path = tmp_path / "notebook.html"
    path.write_text("<!DOCTYPE html><html><body><h1>notebook</h1>" + inline_view(G)._repr_html_()
                    + inline_view(G, str(JAPAN))._repr_html_() + "</body></html>", encoding="utf-8")
    aborted, errors = [], []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
               else (aborted.append(r.request.url), r.abort()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(path.as_uri())
        frames = [f for f in page.frames if f.parent_frame == page.main_frame]
        assert len(frames) == 2
        for frame, nodes in zip(frames, (G.number_of_nodes(), None)):
            frame.frame_element().scroll_into_view_if_needed()
            frame.wait_for_function("window.diplograph && window.diplograph.ready === true", timeout=30000)
            drawn = frame.evaluate("window.network.body.data.nodes.length")
            assert drawn == nodes if nodes else drawn > 1
            assert frame.evaluate("typeof window.__xss") == "undefined"
            assert frame.evaluate("document.querySelectorAll('img').length") == 0
        label = "Fumio Kishida" + XSS_LABEL
        frames[0].fill("#search-input", label)                # the search form works in the sandbox
        frames[0].click("#search button")
        assert frames[0].text_content("#info-title") == label
        assert frames[0].evaluate(f"window.diplograph.nodes.get({str(KISHIDA)!r}).label") == label
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate("document.querySelectorAll('img').length") == 0
    finally:
        page.close()
    assert aborted == [] and errors == []
