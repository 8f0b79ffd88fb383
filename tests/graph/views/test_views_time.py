"""What the views of a real build of the five samples hold (read as text, no browser): roles
with the years their sources support, period pages that follow, the nodes only mentioned,
short event labels, no empty country pages, the relations page's pairs and short tooltips."""
from __future__ import annotations

import re

import pytest

from diplograph.graph.views.panel import display_title
from diplograph.ontology.namespace import ENT
from tests.graph.views.test_views import graph_data

KISHIDA, JAPAN, RUSSIA = str(ENT["fumio-kishida"]), str(ENT.japan), str(ENT.russia)
REUTERS, CANADA = str(ENT.reuters), str(ENT.canada)


@pytest.fixture(scope="module")
def views(sample_build):
    return sample_build.out / "views"


def kishida_roles(data: dict) -> dict[str, list[int]]:
    """Kishida's role edges to Japan on a page: role -> years."""
    return {e["label"]: e["years"] for e in data["edges"]
            if e["relation"] == "role" and {e["from"], e["to"]} == {KISHIDA, JAPAN}}


def test_role_edges_carry_the_years_their_sources_support(views):
    assert kishida_roles(graph_data(views / "overview.html")) == {"Foreign Minister": [2013, 2016],
                                                                "Prime Minister": [2022]}


def test_period_pages_draw_only_the_roles_of_their_year(views):
    assert kishida_roles(graph_data(views / "period-2013.html")) == {"Foreign Minister": [2013, 2016]}
    assert kishida_roles(graph_data(views / "period-2022.html")) == {"Prime Minister": [2022]}
    for year, role in (("2013", "Foreign Minister of Japan"), ("2022", "Prime Minister of Japan")):
        node = {n["id"]: n for n in graph_data(views / f"period-{year}.html")["nodes"]}[KISHIDA]
        assert [r["text"] for r in node["roles"]] == [role], year


def test_info_panel_data_counts_a_roles_sources_once(views):
    node = {n["id"]: n for n in graph_data(views / "overview.html")["nodes"]}[KISHIDA]
    assert [(r["text"], len(r["sources"]), r["years"]) for r in node["roles"]] == [
        ("Foreign Minister of Japan", 4, [2013, 2016]), ("Prime Minister of Japan", 1, [2022])]
    assert not any(f.startswith(("Foreign Minister of Japan", "Prime Minister of Japan")) for f in node["facts"])


def test_the_nodes_only_mentioned_are_hidden_at_first(views):
    data = graph_data(views / "overview.html")
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    mentioned = {n["id"] for n in data["nodes"] if n.get("mention_only")}
    assert mentioned == {n["id"] for n in data["nodes"]} - linked and len(mentioned) == 34
    assert REUTERS in mentioned and CANADA in mentioned and KISHIDA not in mentioned
    assert all(n["hidden"] and n["physics"] is False for n in data["nodes"] if n["id"] in mentioned)
    assert not any(n.get("hidden") for n in data["nodes"] if n["id"] not in mentioned)
    text = (views / "overview.html").read_text(encoding="utf-8")
    assert "show the 34 nodes only mentioned (no link)" in text
    assert "58 nodes, 40 edges from 5 articles; 34 only mentioned (hidden at first)" in text


def test_events_have_short_labels_and_keep_the_long_one(views):
    events = {n["label"]: n.get("full_label", n["label"]) for n in graph_data(views / "overview.html")["nodes"]
              if n["category"] == "event"}
    assert events["Talks, Tokyo, 2013-11-02"].startswith("Talks: Fumio Kishida, Itsunori Onodera")
    assert events["Summit, Madrid, 2022-06"] == "Summit: Fumio Kishida, NATO (Madrid, 2022-06)"
    assert max(len(label) for label in events) <= 40


def test_no_country_page_without_an_edge_is_written_or_listed(views):
    index = (views / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="(ego/[^"]+)">[^<]+</a></td><td>[^<]*</td>'
                      r'<td class="num">(\d+)</td><td class="num">(\d+)</td></tr>', index)
    assert rows and all(int(edges) > 0 for _, _, edges in rows)
    assert not (views / "ego" / "canada.html").exists() and "ego/canada.html" not in index
    assert (views / "ego" / "japan.html").exists()


def test_relations_pairs_count_their_events_per_year(views):
    data = graph_data(views / "relations.html")
    pair = next(e for e in data["edges"] if {e["from"], e["to"]} == {JAPAN, RUSSIA})
    assert pair["pair"]["years"] == {"2013": [1, 0, 0], "2016": [1, 0, 0]}
    assert [data["events"][e]["date"] for e in pair["pair"]["events"]] == ["2013-11-02", "2016-12"]
    assert pair["label"] == "2 events" and data["years"] == [2013, 2022]
    others = [e for e in data["edges"] if e is not pair]
    assert all(pair["width"] > e["width"] for e in others)


def test_tooltips_are_a_few_short_lines(views):
    for page in ("relations.html", "overview.html", "ego/japan.html"):
        data = graph_data(views / page)
        for item in data["nodes"] + data["edges"]:
            lines = item["title"].split("\n")
            assert len(lines) <= 12 and max(map(len, lines)) <= 700, (page, item["id"])
        for edge in data["edges"]:
            assert len(edge["title"]) <= 400, (page, edge["title"][:80])


def test_an_untitled_article_is_named_by_its_first_sentence(views):
    titles = graph_data(views / "overview.html")["titles"]
    assert titles["000_3b0e7b44f43d6b27"] == (
        "untitled, begins «Japan und Russland wollen militärisch enger zusammenarbeiten.»")
    assert titles["003_aa4b84f567e7d7be"] == "Faced with China and North Korea, Japan and Russia make security deal"
    assert display_title("A" * 250).endswith("…»")
