"""One id per node in every output: a hand-made graph queried as a table, CSV, TSV and JSON
and exported as the event table, the pair table, GraphML, GEXF and node CSV names each
entity and event by the same short id (``ent:fumio-kishida``); JSON keeps full IRIs, as
SPARQL 1.1 Query Results JSON has them; the report names events by the same ids."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Literal

from diplograph.graph.analysis import report
from diplograph.graph.analysis.export import load_dataset
from diplograph.graph.analysis.eventtable import EVENT_FIELDS, PAIR_FIELDS, event_table, pair_year_table, to_csv
from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.analysis.tables import to_csv_tables, to_gexf, to_graphml
from diplograph.graph.store.query import format_result, run_query
from diplograph.ontology import namespace
from diplograph.ontology.namespace import (
    ARTICLE, DG, ENT, EVENT, PROV, RDF, RDFS, RELATION, SDO, SEM, article_graph, expand_id, shorten_iri,
)

# 120 characters, no line of the table may lose one
LONG_LABEL = ("Talks between the foreign ministers on a peace treaty, fishing rights"
              " near the islands and visits without visas in Tokyo")
assert len(LONG_LABEL) == 120

TALKS = EVENT["talks-0123456789ab"]
KISHIDA = ENT["fumio-kishida"]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset()
    g = ds.graph(article_graph("my article"))            # an id that an IRI must percent-encode
    article = namespace.article_iri("my article")
    g.add((article, RDF.type, DG.Article))
    g.add((article, SDO.identifier, Literal("my article")))
    g.add((article, SDO.datePublished, Literal("2013-11-02", datatype=namespace.XSD.date)))
    for node, cls, label in ((ENT.japan, DG.Country, "Japan"), (ENT.russia, DG.Country, "Russia"),
                             (KISHIDA, DG.Person, "Fumio Kishida"), (ENT.tokyo, DG.Place, "Tokyo")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label, lang="en")))
    g.add((KISHIDA, SDO.nationality, ENT.japan))
    g.add((TALKS, RDF.type, DG.Talks))
    g.add((TALKS, DG.eventKind, Literal("Talks")))
    g.add((TALKS, RDFS.label, Literal(LONG_LABEL)))
    g.add((TALKS, DG.status, DG.Happened))
    g.add((TALKS, SEM.hasTimeStamp, Literal("2013-11-02", datatype=namespace.XSD.date)))
    for actor in (KISHIDA, ENT.russia):
        g.add((TALKS, SEM.hasActor, actor))
    g.add((TALKS, SEM.hasPlace, ENT.tokyo))
    g.add((TALKS, PROV.wasDerivedFrom, article))
    relation = RELATION["japan-russia-2013-vc"]
    g.add((relation, RDF.type, DG.Relation))
    g.add((relation, DG.between, ENT.japan))
    g.add((relation, DG.between, ENT.russia))
    g.add((relation, DG.relationYear, Literal("2013", datatype=namespace.XSD.gYear)))
    g.add((relation, DG.quadClass, DG.VerbalCooperation))
    g.add((relation, DG.basedOn, TALKS))
    return ds


@pytest.fixture(scope="module")
def store(dataset) -> pyoxigraph.Store:
    s = pyoxigraph.Store()
    s.load(dataset.serialize(format="nquads").encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    return s


QUERY = """SELECT ?event ?actor ?label WHERE {
  ?event a dg:Talks ; sem:hasActor ?actor ; rdfs:label ?label } ORDER BY ?actor"""


def test_the_short_ids_are_the_ones_the_namespace_module_makes():
    assert shorten_iri(str(TALKS)) == "event:talks-0123456789ab" and shorten_iri(str(KISHIDA)) == "ent:fumio-kishida"
    assert shorten_iri(str(namespace.article_iri("my article"))) == "article:my%20article"
    assert shorten_iri(str(RELATION["r1"])) == "relation:r1"           # instance namespaces have prefixes too
    # no two prefixes share a namespace, so a short id names one IRI and expands back to it
    namespaces = [str(ns) for ns in namespace.ID_PREFIXES.values()]
    assert len(set(namespaces)) == len(namespaces)
    for iri in (str(TALKS), str(KISHIDA), str(DG.Meeting), str(namespace.KB_GRAPH), "urn:example:x"):
        assert expand_id(shorten_iri(iri)) == iri


def test_query_formats_and_exports_name_each_node_by_one_id(dataset, store):
    result = run_query(store, QUERY)
    expected = {("event:talks-0123456789ab", "ent:fumio-kishida"), ("event:talks-0123456789ab", "ent:russia")}

    # the table: short ids, the 120-character label whole on its line
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["event", "actor", "label"] and table[-1] == "(2 rows)"
    body = table[2:-1]
    assert {tuple(line.split()[:2]) for line in body} == expected
    assert all(line.endswith(LONG_LABEL) for line in body)

    # CSV: short ids by default, full ones (SPARQL 1.1 CSV) when asked
    rows = list(csv.DictReader(io.StringIO(format_result(result, "csv"), newline="")))
    assert {(r["event"], r["actor"]) for r in rows} == expected and {r["label"] for r in rows} == {LONG_LABEL}
    full = list(csv.DictReader(io.StringIO(format_result(result, "csv", ids="full"), newline="")))
    assert {(r["event"], r["actor"]) for r in full} == {(str(TALKS), str(KISHIDA)), (str(TALKS), str(ENT.russia))}

    # TSV: full IRIs in <> by default, short ids when asked
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[1].split("\t")[:2] == [f"<{TALKS}>", f"<{KISHIDA}>"]
    assert format_result(result, "tsv", ids="short").splitlines()[1].split("\t")[:2] == \
        ["event:talks-0123456789ab", "ent:fumio-kishida"]

    # JSON: SPARQL 1.1 Query Results JSON, full IRIs
    document = json.loads(format_result(result, "json"))
    assert document["results"]["bindings"][0]["event"] == {"type": "uri", "value": str(TALKS)}
    assert document["results"]["bindings"][0]["actor"] == {"type": "uri", "value": str(KISHIDA)}

    # the event table and its CSV
    [event] = event_table(dataset)
    assert event["id"] == "event:talks-0123456789ab" and event["iri"] == str(TALKS)
    assert event["actor_ids"] == ["ent:fumio-kishida", "ent:russia"]
    assert event["place_ids"] == ["ent:tokyo"] and event["country_ids"] == ["ent:japan", "ent:russia"]
    [back] = csv.DictReader(io.StringIO(to_csv([event], EVENT_FIELDS)))
    assert (back["id"], back["actor_ids"], back["label"]) == \
        ("event:talks-0123456789ab", "ent:fumio-kishida; ent:russia", LONG_LABEL)

    # the pair table
    [pair] = pair_year_table(dataset)
    [back] = csv.DictReader(io.StringIO(to_csv([pair], PAIR_FIELDS)))
    assert (back["party_a"], back["party_b"], back["event_ids"]) == ("ent:japan", "ent:russia",
                                                                     "event:talks-0123456789ab")

    # GraphML, GEXF and the node/edge CSV tables
    G = to_networkx(store)
    graphml = nx.parse_graphml(to_graphml(G, layout=False))
    assert {"event:talks-0123456789ab", "ent:fumio-kishida", "ent:russia", "ent:tokyo"} <= set(graphml)
    assert graphml.has_edge("event:talks-0123456789ab", "ent:fumio-kishida")
    assert graphml.nodes["ent:fumio-kishida"]["iri"] == str(KISHIDA)
    gexf = to_gexf(G, layout=False)
    assert '<node id="event:talks-0123456789ab"' in gexf and '<node id="ent:fumio-kishida"' in gexf
    nodes, _ = to_csv_tables(G, layout=False)
    assert {"event:talks-0123456789ab", "ent:fumio-kishida"} <= {r["id"] for r in csv.DictReader(io.StringIO(nodes))}
    # no id anywhere is a full IRI of the project's namespaces, nor another shortening
    assert all(not n.startswith("https://w3id.org/") for n in graphml)


def test_the_report_names_its_events_by_the_event_tables_ids(sample_build):
    blocks = report.report_blocks(sample_build, 10)
    [events] = [b for b in blocks if b[0] == "table" and b[1][0] == "kind"]
    assert events[1][-1] == "id"
    ids = [row[-1] for row in events[2]]
    rows = event_table(load_dataset(sample_build.out / "graph.trig"))
    assert ids and sorted(ids) == sorted(r["id"] for r in rows)
    [most] = [b[1] for b in blocks if b[0] == "ul" and b[1][0].endswith(tuple(ids))]
    assert all(item.rsplit(", ", 1)[1] in ids for item in most)
    md = report.to_markdown(blocks)
    assert all(f"| {i} |" in md for i in ids)
