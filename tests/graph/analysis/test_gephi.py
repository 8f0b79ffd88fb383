"""GraphML and GEXF for Gephi and networkx: a directed graph with short ids, labels, numeric
weights, colours, positions and (GEXF) dates for Gephi's timeline, read back with networkx
and a plain XML parser on the sample build."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from diplograph.graph.analysis.colours import KIND_COLOURS, rgb
from diplograph.graph.analysis.export import export, load_dataset
from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.analysis.tables import to_csv_tables, to_gexf, to_graphml
from diplograph.graph.store.access import query
from diplograph.ontology.namespace import ENT

GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"


@pytest.fixture(scope="module")
def graph_file(sample_build):
    return sample_build.out / "graph.trig"


@pytest.fixture(scope="module")
def graphml(graph_file, tmp_path_factory):
    [path] = export(graph_file, "graphml", tmp_path_factory.mktemp("gml") / "g.graphml")
    return nx.read_graphml(path)


@pytest.fixture(scope="module")
def gexf(graph_file, tmp_path_factory):
    [path] = export(graph_file, "gexf", tmp_path_factory.mktemp("gexf") / "g.gexf")
    return path


def _the_tokyo_talks(D) -> str:
    [node] = [n for n, d in D.nodes(data=True) if d.get("kind") == "Talks" and d.get("date") == "2013-11-02"]
    return node


def test_graphml_reads_back_as_a_directed_graph_with_numeric_weights(graphml, graph_file):
    G = graphml
    assert type(G) is nx.DiGraph and G.is_directed()
    japan = G.nodes["ent:japan"]
    assert japan["label"] == "Japan" and japan["kind"] == "Country" and japan["iri"] == str(ENT.japan)
    assert japan["color"] == KIND_COLOURS["Country"] and (japan["r"], japan["g"], japan["b"]) == rgb("#f28e2b")
    assert isinstance(japan["x"], float) and isinstance(japan["degree"], int) and japan["degree"] > 3
    assert isinstance(japan["betweenness"], float) and isinstance(japan["community"], int)
    # a person's roles in a country are one edge, person -> country, weighted by the claims
    claims = query(graph_file, """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?c a dg:RoleClaim ; org:member ent:fumio-kishida ; org:organization ent:japan }""").rows
    edge = G.edges["ent:fumio-kishida", "ent:japan"]
    assert edge["weight"] == float(claims[0][0]) > 1 and isinstance(edge["weight"], float)
    assert edge["relation"] == "role" and "Foreign Minister" in edge["label"]
    assert not G.has_edge("ent:japan", "ent:fumio-kishida")
    # events point to their actors and place, and carry their year as an int
    talks = _the_tokyo_talks(G)
    assert talks.startswith("event:talks-") and G.nodes[talks]["year"] == 2013
    assert G.nodes[talks]["source_count"] == 3
    assert G.edges[talks, "ent:tokyo"]["relation"] == "hasPlace"
    lavrov = G.edges[talks, "ent:sergey-lavrov"]
    assert (lavrov["relation"], lavrov["weight"], lavrov["year"]) == ("hasActor", 1.0, 2013)
    assert G.nodes["ent:tokyo"]["category"] == "place"


def test_gexf_is_dynamic_with_dates_colours_and_positions(gexf):
    graph = ET.parse(gexf).getroot().find(f"{GEXF}graph")
    assert (graph.get("defaultedgetype"), graph.get("mode"), graph.get("timeformat")) == ("directed", "dynamic", "date")
    nodes = {n.get("id"): n for n in graph.iter(f"{GEXF}node")}
    D = nx.read_gexf(gexf)
    talks = nodes[_the_tokyo_talks(D)]
    assert (talks.get("start"), talks.get("end")) == ("2013-11-02", "2013-11-02")
    colour = talks.find(f"{VIZ}color")
    assert tuple(int(colour.get(c)) for c in "rgb") == rgb(KIND_COLOURS["Talks"])
    position = nodes["ent:japan"].find(f"{VIZ}position")
    assert {float(position.get("x")), float(position.get("y"))} != {0.0}
    [summit] = [n for n in D if D.nodes[n].get("kind") == "Summit" and "Madrid" in D.nodes[n]["label"]]
    assert (nodes[summit].get("start"), nodes[summit].get("end")) == ("2022-06-01", "2022-06-30")
    spells = [(s.get("start"), s.get("end")) for s in nodes["ent:japan"].iter(f"{GEXF}spell")]
    assert ("2013-11-02", "2013-11-02") in spells and ("2022-06-01", "2022-06-30") in spells
    edges = [e for e in graph.iter(f"{GEXF}edge") if e.get("source") == talks.get("id")]
    assert edges and all(e.get("start") == "2013-11-02" for e in edges)
    assert D.is_directed() and nodes["ent:japan"].get("label") == "Japan"
    assert D.edges["ent:fumio-kishida", "ent:japan"]["weight"] > 1


def test_network_exports_are_the_same_graph_and_deterministic(graph_file):
    G = to_networkx(load_dataset(graph_file))
    text = to_graphml(G)
    assert text == to_graphml(to_networkx(load_dataset(graph_file)))     # same positions, same order
    nodes, edges = to_csv_tables(G)
    D = nx.parse_graphml(text)
    assert len(nodes.splitlines()) - 1 == D.number_of_nodes()
    assert len(edges.splitlines()) - 1 == D.number_of_edges()
    assert "ent:fumio-kishida,ent:japan,role," in edges


def test_article_text_stays_escaped_in_graphml_and_gexf():
    hostile = 'Lage </script><script>alert(1)</script> "ernst" & \'c\' <urn:a>'
    G = nx.MultiGraph()
    G.add_node(str(ENT.x), label=hostile, kind="Person", category="actor", aliases=[hostile])
    G.add_node(str(ENT.y), label="Y", kind="Country", category="actor")
    G.add_edge(str(ENT.x), str(ENT.y), key="role:", relation="role", label=hostile, subject=str(ENT.x),
               object=str(ENT.y), sources=["a&b"], claims=["c1", "c2"])
    for back in (nx.parse_graphml(to_graphml(G)), nx.read_gexf(_as_file(to_gexf(G)))):
        assert back.nodes["ent:x"]["label"] == hostile == back.nodes["ent:x"]["aliases"]
        assert back.edges["ent:x", "ent:y"]["weight"] == 2.0
        assert back.edges["ent:x", "ent:y"]["sources"] == "a&b"


def _as_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_the_views_and_the_exports_share_one_colour_table():
    from diplograph.graph.views import render
    assert render.KIND_COLOURS is KIND_COLOURS
    assert render.colour_of("Summit") == KIND_COLOURS["Summit"]
