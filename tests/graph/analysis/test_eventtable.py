"""The GDELT-style tables: one row per event, one row per pair of parties and year, from the
sample build and from small hand-made datasets, as Python rows and as CSV."""
from __future__ import annotations

import csv
import io

import pytest
from rdflib import Dataset, Literal

from diplograph.graph.analysis.eventtable import (
    EVENT_FIELDS, PAIR_FIELDS, event_table, pair_year_table, to_csv,
)
from diplograph.graph.analysis.export import FORMATS, export, load_dataset
from diplograph.graph.cli import parser
from diplograph.graph.store.access import query
from diplograph.ontology import namespace
from diplograph.ontology.namespace import (
    ARTICLE, DG, ENT, EVENT, MEMBERSHIP, ORG, PROV, RDF, RDFS, RELATION, SDO, SEM, article_graph,
)


@pytest.fixture(scope="module")
def graph_file(sample_build):
    return sample_build.out / "graph.trig"


@pytest.fixture(scope="module")
def event_rows(graph_file, tmp_path_factory):
    [path] = export(graph_file, "events-csv", tmp_path_factory.mktemp("ev") / "events.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def pair_rows(graph_file, tmp_path_factory):
    [path] = export(graph_file, "pairs-csv", tmp_path_factory.mktemp("pairs") / "pairs.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_event_csv_has_the_tokyo_talks_with_date_kind_place_and_evidence(event_rows, graph_file):
    assert list(event_rows[0]) == list(EVENT_FIELDS)
    [talks] = [r for r in event_rows if r["date"] == "2013-11-02"]
    assert (talks["kind"], talks["date_precision"], talks["year"], talks["place"], talks["place_ids"]) == \
        ("Talks", "day", "2013", "Tokyo", "ent:tokyo")
    assert (talks["quad_class"], talks["status"]) == ("VerbalCooperation", "Happened")
    assert talks["countries"] == "Japan; Russia" and talks["country_ids"] == "ent:japan; ent:russia"
    assert {"Fumio Kishida", "Sergey Lavrov"} <= set(talks["actors"].split("; "))
    assert talks["id"].startswith("event:talks-") and talks["iri"].endswith(talks["id"][len("event:"):])
    sources = talks["sources"].split("; ")
    assert len(sources) == int(talks["source_count"]) == 3
    # the evidence is a sentence of the article it names, one of the event's sources
    assert talks["evidence_source"] in sources
    texts = query(graph_file, f"""SELECT ?t WHERE {{ ?a schema:identifier "{talks['evidence_source']}" ;
                                                     schema:text ?t }}""").rows
    assert talks["evidence"] and talks["evidence"] in str(texts[0][0])


def test_people_stand_for_their_countries_and_plans_have_no_quad_class(event_rows):
    [abe_putin] = [r for r in event_rows if r["date"] == "2016-12" and r["kind"] == "Talks"]
    assert abe_putin["actor_ids"] == "ent:shinzo-abe; ent:vladimir-putin"      # people only
    assert abe_putin["countries"] == "Japan; Russia"
    planned = [r for r in event_rows if r["status"] == "Planned"]
    assert planned and all(r["quad_class"] == "" for r in planned)
    assert [r["date"] for r in event_rows] == sorted((r["date"] for r in event_rows), key=lambda d: (d == "", d))


def test_the_pair_csv_counts_the_relations_per_pair_and_year(pair_rows, event_rows, graph_file):
    assert list(pair_rows[0]) == list(PAIR_FIELDS)
    japan_russia = {r["year"]: r for r in pair_rows if (r["party_a"], r["party_b"]) == ("ent:japan", "ent:russia")}
    assert sorted(japan_russia) == ["2013", "2016"]
    row = japan_russia["2013"]
    [talks] = [r for r in event_rows if r["date"] == "2013-11-02"]
    assert (row["label_a"], row["label_b"], row["events"], row["VerbalCooperation"], row["MaterialConflict"]) == \
        ("Japan", "Russia", "1", "1", "0")
    assert (row["cooperation"], row["conflict"], row["net"], row["event_ids"]) == ("1", "0", "1", talks["id"])
    assert row["sources"] == talks["sources"]
    # every count agrees with the relations fusion wrote
    counts = query(graph_file, """SELECT ?a ?b ?y (SUM(?n) AS ?events) WHERE {
        ?r a dg:Relation ; dg:between ?a, ?b ; dg:relationYear ?y ; dg:eventCount ?n FILTER(STR(?a) < STR(?b)) }
        GROUP BY ?a ?b ?y""").rows
    assert len(counts) == len(pair_rows)
    assert sorted(int(str(n)) for *_, n in counts) == sorted(int(r["events"]) for r in pair_rows)


def _article(ds: Dataset, ident: str, published: str | None = None):
    g = ds.graph(article_graph(ident))
    g.add((ARTICLE[ident], RDF.type, DG.Article))
    g.add((ARTICLE[ident], SDO.identifier, Literal(ident)))
    if published:
        g.add((ARTICLE[ident], SDO.datePublished, Literal(published, datatype=namespace.XSD.date)))
    return g


def test_hand_made_events_quad_classes_countries_and_years():
    ds = Dataset()
    g = _article(ds, "a1", "2019-05-04")
    for country in ("japan", "russia"):
        g.add((ENT[country], RDF.type, DG.Country))
    g.add((ENT.mofa, RDF.type, DG.Ministry))
    g.add((ENT.mofa, ORG.subOrganizationOf, ENT.japan))
    g.add((ENT.taro, RDF.type, DG.Person))
    g.add((ENT.taro, SDO.nationality, ENT.russia))          # his role says otherwise: the role wins
    g.add((MEMBERSHIP.claim, RDF.type, DG.RoleClaim))
    g.add((MEMBERSHIP.claim, ORG.member, ENT.taro))
    g.add((MEMBERSHIP.claim, ORG.organization, ENT.mofa))
    for event, cls, status in ((EVENT.s, DG.Sanction, DG.Happened), (EVENT.v, DG.Visit, DG.Cancelled)):
        g.add((event, RDF.type, cls))
        g.add((event, DG.status, status))
        g.add((event, SEM.hasActor, ENT.taro))
        g.add((event, SEM.hasActor, ENT.russia))
        g.add((event, PROV.wasDerivedFrom, ARTICLE.a1))
    g.add((EVENT.s, SEM.hasTimeStamp, Literal("2018", datatype=namespace.XSD.gYear)))
    g.add((EVENT.v, RDFS.label, Literal('A "visit", cancelled\non a new line')))
    rows = {r["id"]: r for r in event_table(ds)}
    sanction, visit = rows["event:s"], rows["event:v"]
    assert (sanction["quad_class"], sanction["date_precision"], sanction["year"]) == ("MaterialConflict", "year", 2018)
    assert (visit["quad_class"], visit["date"], visit["year"]) == ("VerbalConflict", "", 2019)   # published
    assert sanction["country_ids"] == ["ent:japan", "ent:russia"] and sanction["sources"] == ["a1"]
    assert list(sanction) == list(EVENT_FIELDS) and sanction["confidence"] is None
    back = list(csv.DictReader(io.StringIO(to_csv(rows.values(), EVENT_FIELDS))))
    assert [r["label"] for r in back if r["id"] == "event:v"] == ['A "visit", cancelled\non a new line']


def test_hand_made_pairs_net_score():
    ds = Dataset()
    g = ds.graph(article_graph("a1"))
    for name, quad, events in (("jr-mc", DG.MaterialConflict, ("s1", "s2")), ("jr-vc", DG.VerbalCooperation, ("m1",)),
                               ("jn-vc", DG.VerbalCooperation, ("m1",))):
        rel = RELATION[name]
        g.add((rel, RDF.type, DG.Relation))
        g.add((rel, DG.between, ENT.japan if name != "jn-vc" else ENT.nato))
        g.add((rel, DG.between, ENT.russia if name != "jn-vc" else ENT.japan))
        g.add((rel, DG.relationYear, Literal("2022", datatype=namespace.XSD.gYear)))
        g.add((rel, DG.quadClass, quad))
        for e in events:
            g.add((rel, DG.basedOn, EVENT[e]))
    rows = pair_year_table(ds)
    assert [(r["party_a"], r["party_b"], r["year"]) for r in rows] == [
        ("ent:japan", "ent:nato", 2022), ("ent:japan", "ent:russia", 2022)]
    jr = rows[1]
    assert (jr["events"], jr["MaterialConflict"], jr["VerbalCooperation"]) == (3, 2, 1)
    assert (jr["cooperation"], jr["conflict"], jr["net"]) == (1, 2, -1)
    assert jr["event_ids"] == ["event:m1", "event:s1", "event:s2"]


def test_the_cli_offers_every_export_format(tmp_path):
    choices = next(a for a in parser()._subparsers._group_actions[0].choices["export"]._actions
                   if a.dest == "format").choices
    assert list(choices) == list(FORMATS)
    assert {"events-csv", "pairs-csv"} <= set(FORMATS)


def test_tables_read_a_loaded_dataset_and_an_empty_one(graph_file):
    assert event_table(Dataset()) == [] and pair_year_table(Dataset()) == []
    rows = event_table(load_dataset(graph_file))
    assert {r["kind"] for r in rows} >= {"Talks", "Summit", "Meeting"}
