"""``diplograph export`` in every format: each parses back with a standard reader and hostile
article text stays escaped."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from diplograph.graph.build import build
from diplograph.graph.analysis.export import FORMATS, export
from diplograph.ontology.errors import GraphError

HOSTILE = ('Japans Außenminister Fumio Kishida traf in Tokio Sergej Lawrow. Kishida sagte, die '
           '„Lage </script><script>alert(1)</script> sei \\"ernst\\" } . <urn:a> <urn:b> \'c\' .“')


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    (d / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = build([d], d.parent / "out", views=False)
    return result.out / "graph.trig"


@pytest.fixture(scope="module")
def quads(graph_file):
    ds = Dataset()
    ds.parse(graph_file, format="trig")
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads()}


def test_nquads_and_jsonld_hold_exactly_the_quads(graph_file, quads, tmp_path):
    for fmt, parse_as in (("nquads", "nquads"), ("jsonld", "json-ld"), ("trig", "trig")):
        [path] = export(graph_file, fmt, tmp_path / f"g.{fmt}")
        ds = Dataset()
        ds.parse(path, format=parse_as)
        back = {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads()}
        assert len(back) == len(quads), fmt
        assert any("</script><script>alert(1)</script>" in str(q[2]) for q in back), fmt


def test_turtle_is_the_union(graph_file, quads, tmp_path):
    [path] = export(graph_file, "turtle", tmp_path / "g.ttl")
    assert len(Graph().parse(path, format="turtle")) == len({q[:3] for q in quads})


def test_nquads_are_sorted_and_escaped(graph_file, tmp_path):
    [path] = export(graph_file, "nquads", tmp_path / "g.nq")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    hostile = [ln for ln in lines if "alert(1)" in ln]
    assert hostile and all('\\"' in ln for ln in hostile)      # quotes inside literals escaped
    json_text = export(graph_file, "jsonld", tmp_path / "g.jsonld")[0].read_text(encoding="utf-8")
    assert json.loads(json_text)      # valid JSON whatever the text held


def test_graphml_gexf_and_csv_open_with_standard_readers(graph_file, tmp_path):
    [gml] = export(graph_file, "graphml", tmp_path / "g.graphml")
    [gexf] = export(graph_file, "gexf", tmp_path / "g.gexf")
    nodes_csv, edges_csv = export(graph_file, "csv", tmp_path / "g.csv")
    G1, G2 = nx.read_graphml(gml), nx.read_gexf(gexf)
    nodes = list(csv.DictReader(nodes_csv.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_csv.open(encoding="utf-8")))
    assert G1.number_of_nodes() == G2.number_of_nodes() == len(nodes) >= 4
    assert G1.number_of_edges() == len(edges)
    labels = {n["label"] for n in nodes}
    assert {"Fumio Kishida", "Sergey Lavrov", "Japan", "Tokyo"} <= labels
    assert nodes_csv.name == "g.nodes.csv" and edges_csv.name == "g.edges.csv"
    assert G1.is_directed() and not G1.is_multigraph() and G2.is_directed()
    assert {n["id"] for n in nodes} == set(G1) and "ent:japan" in G1      # short ids, the same in all three
    assert oct(gml.stat().st_mode & 0o777) != oct(0o600)


def test_event_tables_are_written_beside_the_graph_or_to_the_file_given(graph_file, tmp_path):
    [events] = export(graph_file, "events-csv")
    [pairs] = export(graph_file, "pairs-csv", tmp_path / "p.csv")
    assert events == graph_file.with_name("graph.events.csv") and pairs.name == "p.csv"
    rows = list(csv.DictReader(events.open(encoding="utf-8", newline="")))
    [meeting] = [r for r in rows if r["place"] == "Tokyo"]
    assert {"Fumio Kishida", "Sergey Lavrov"} <= set(meeting["actors"].split("; "))
    assert meeting["evidence"] in HOSTILE and meeting["evidence_source"] == "hostile"


def test_bad_format_and_file_are_clear_errors(graph_file, tmp_path):
    with pytest.raises(GraphError, match="'xml'"):
        export(graph_file, "xml")
    with pytest.raises(GraphError, match="missing.trig"):
        export(tmp_path / "missing.trig", "nquads")
    assert set(FORMATS) == {"trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv", "events-csv", "pairs-csv"}
