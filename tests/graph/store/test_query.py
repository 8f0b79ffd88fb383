"""diplograph.graph.store.query on a hand-made graph: shipped queries, run_query, resolve_query, formatters.

The fixture follows docs/rdf-model.md: an ontology, a KB and a fusion graph, and two
article graphs (000_aaa, German, 2013-11-02; 001_bbb, English, 2013-11) that both report
one meeting in Tokyo, disagree on Sergei Shoigu's role, and of which the second also
reports planned talks in Moscow and a statement by Fumio Kishida.
"""
from __future__ import annotations

import csv
import io
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset

from diplograph.graph.store.query import (
    QueryResult, format_result, resolve_query, run_query, shipped_queries, to_csv, to_json,
    to_table, to_tsv,
)
from diplograph.graph.store.load import load_store
from diplograph.ontology.errors import QueryError, QueryRefusedError
from diplograph.ontology.namespace import (
    ACCORD, ARTICLE, CLAIM, FIGURE, RELATION, DG, ENT, EVENT, GRAPH, MEMBERSHIP, PREFIXES, ROLE, SDO, STATEMENT,
    article_graph, mention_iri,
)
import diplograph.ontology.namespace as namespace
from tests.graph.store.test_endpoint import answer_once, listener, reached  # noqa: F401 (listener: a fixture)

XSD_INTEGER = str(namespace.XSD.integer)  # not XSD itself: pytest's collector probes its names

A, B = "000_aaa", "001_bbb"
_EXTRA = {"graph": GRAPH, "membership": MEMBERSHIP, "statement": STATEMENT, "claim": CLAIM,
          "accord": ACCORD, "figure": FIGURE, "relation": RELATION}
PROLOGUE = "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in {**PREFIXES, **_EXTRA}.items())

BODY = f"""
graph:ontology {{
  dg:Meeting rdfs:subClassOf dg:Event . dg:Talks rdfs:subClassOf dg:Event .
}}
graph:kb {{
  ent:japan a dg:Country ; rdfs:label "Japan"@en, "Japan"@de .
  ent:russia a dg:Country ; rdfs:label "Russia"@en, "Russland"@de .
  ent:tokyo a dg:Place ; rdfs:label "Tokyo"@en, "Tokio"@de ; dg:capitalOf ent:japan .
  ent:moscow a dg:Place ; rdfs:label "Moskau"@de, "Moscow"@en .
  ent:fumio-kishida a dg:Person ; rdfs:label "Fumio Kishida"@en ; schema:nationality ent:japan .
  ent:sergey-lavrov a dg:Person ; rdfs:label "Sergey Lavrov"@en, "Sergej Lawrow"@de ;
    schema:nationality ent:russia .
  ent:sergei-shoigu a dg:Person ; rdfs:label "Sergei Shoigu"@en .
  role:foreign-minister a dg:Role ; rdfs:label "Foreign Minister"@en .
  role:defence-minister a dg:Role ; rdfs:label "Defence Minister"@en .
}}
<{article_graph(A)}> {{
  article:{A} a dg:Article ; schema:identifier "{A}" ; schema:inLanguage "de" ;
    schema:name "Japan und Russland"@de ; schema:datePublished "2013-11-02"^^xsd:date ;
    schema:text "Kishida und Schoigu trafen sich in Tokio." ;
    schema:mentions ent:japan, ent:tokyo, ent:fumio-kishida, ent:sergei-shoigu,
      ent:itsunori-onodera .
  ent:sergei-shoigu skos:altLabel "Schoigu"@de .
  ent:itsunori-onodera a dg:Person ; rdfs:label "Itsunori Onodera"@de .
  membership:a1 a dg:RoleClaim ; org:member ent:sergei-shoigu ; org:organization ent:russia ;
    org:role role:defence-minister ; prov:wasDerivedFrom article:{A} ;
    dg:extractedBy "roles.explicit" ; dg:confidence 0.9 ; dg:evidence <{mention_iri(A, 0, 41)}> .
  <{mention_iri(A, 0, 41)}> a dg:Mention ; dg:inArticle article:{A} ; dg:begin 0 ; dg:end 41 ;
    dg:sentence "Kishida und Schoigu trafen sich in Tokio." .
  event:meeting-1 a dg:Meeting ; dg:eventKind "Meeting" ;
    rdfs:label "Meeting: Fumio Kishida, Sergei Shoigu (Tokyo, 2013-11-02)" ;
    sem:hasActor ent:fumio-kishida, ent:sergei-shoigu ; sem:hasPlace ent:tokyo ;
    sem:hasTimeStamp "2013-11-02"^^xsd:date ; dg:datePrecision dg:DayPrecision ;
    dg:status dg:Happened ; dg:trigger "trafen" ; prov:wasDerivedFrom article:{A} ;
    dg:evidence <{mention_iri(A, 0, 41)}> .
}}
<{article_graph(B)}> {{
  article:{B} a dg:Article ; schema:identifier "{B}" ; schema:inLanguage "en" ;
    schema:datePublished "2013-11"^^xsd:gYearMonth ;
    schema:text "Kishida met Lavrov in Tokyo. \\"We got off to a good start.\\"" ;
    schema:mentions ent:japan, ent:russia, ent:fumio-kishida, ent:sergey-lavrov,
      ent:sergei-shoigu, ent:moscow .
  membership:b1 a dg:RoleClaim ; org:member ent:sergei-shoigu ; org:organization ent:russia ;
    org:role role:foreign-minister ; prov:wasDerivedFrom article:{B} ;
    dg:extractedBy "roles.explicit" ; dg:confidence 0.9 .
  event:meeting-1 a dg:Meeting ; dg:eventKind "Meeting" ;
    rdfs:label "Meeting: Fumio Kishida, Sergey Lavrov (Tokyo, 2013-11-02)" ;
    sem:hasActor ent:fumio-kishida, ent:sergey-lavrov ; sem:hasPlace ent:tokyo ;
    sem:hasTimeStamp "2013-11-02"^^xsd:date ; dg:status dg:Happened ;
    prov:wasDerivedFrom article:{B} .
  event:talks-2 a dg:Talks ; dg:eventKind "Talks" ;
    rdfs:label "Talks: Japan, Sergey Lavrov (Moscow, 2017-03)" ;
    sem:hasActor ent:japan, ent:sergey-lavrov ; sem:hasPlace ent:moscow ;
    sem:hasTimeStamp "2017-03"^^xsd:gYearMonth ; dg:datePrecision dg:MonthPrecision ;
    dg:relativeDate "im März" ; dg:status dg:Planned ; prov:wasDerivedFrom article:{B} .
  statement:s1 a dg:Statement ; schema:text "We got off to a good start." ;
    dg:speaker ent:fumio-kishida ; schema:creator ent:fumio-kishida ;
    prov:wasDerivedFrom article:{B} ; dg:evidence <{mention_iri(B, 29, 58)}> .
  <{mention_iri(B, 29, 58)}> a dg:Mention ; dg:inArticle article:{B} ; dg:begin 29 ; dg:end 58 .
  accord:k1 a dg:Accord ; dg:party ent:japan, ent:russia ; dg:accordStatus dg:Agreed ;
    dg:topic "joint exercises"@en, "a hotline"@en ; dg:reachedAt event:meeting-1 ;
    prov:wasDerivedFrom article:{B} .
  relation:japan--russia--2013--VerbalCooperation a dg:Relation ;
    dg:between ent:japan, ent:russia ; dg:relationYear "2013"^^xsd:gYear ;
    dg:quadClass dg:VerbalCooperation ; dg:eventCount 1 ; dg:basedOn event:meeting-1 .
  figure:f1 a dg:FigureClaim ; rdfs:label "$33 billion" ; schema:value "33000000000"^^xsd:decimal ;
    schema:unitText "USD" ; dg:measures "trade" ; dg:statedBy ent:fumio-kishida ;
    prov:wasDerivedFrom article:{B} .
}}
graph:fusion {{
  event:meeting-1 dg:sourceCount 2 . event:talks-2 dg:sourceCount 1 .
  claim:c1 a dg:Conflict ;
    rdfs:label "Sergei Shoigu: Foreign Minister vs Defence Minister of Russia" ;
    dg:conflictingClaim membership:a1, membership:b1 .
  membership:a1 dg:conflictsWith membership:b1 .
}}
"""


@pytest.fixture(scope="module")
def trig_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "graph.trig"
    path.write_text(PROLOGUE + BODY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(trig_path):
    return load_store(trig_path)


def run_shipped(store, name, **edits):
    text = shipped_queries()[name].text
    for old, new in edits.items():
        text = text.replace(old, new)
    return run_query(store, text)


def iri(term) -> str:
    return str(term)


def joined(result: QueryResult, *columns: str) -> list[tuple]:
    """The rows, with the ", "-joined cells of ``columns`` sorted (GROUP_CONCAT has no order)."""
    index = [result.variables.index(column) for column in columns]
    rows = []
    for row in result.rows:
        row = list(row)
        for i in index:
            row[i] = ", ".join(sorted(row[i].split(", ")))
        rows.append(tuple(row))
    return rows


# --- shipped queries -------------------------------------------------------------------

SHIPPED = {"meetings", "roles", "article-facts", "event-sources", "entities", "statements",
           "conflicts", "timeline", "country-pairs", "agreements", "figures", "role-timeline",
           "relations", "pair-timeline", "connectors", "relation-change", "person-statements"}


def test_shipped_queries_are_documented_and_run(store):
    queries = shipped_queries()
    assert set(queries) == SHIPPED
    for name, query in queries.items():
        assert query.name == name and query.path.name == f"{name}.rq"
        assert query.title and "\n" not in query.title
        assert query.description and "\n" not in query.description
        result = run_query(store, query.text.replace("000_3b0e7b44f43d6b27", A))
        assert result.kind == "select", name


@pytest.fixture(scope="module")
def samples(sample_build):
    return load_store(sample_build.out / "graph.trig")


def test_every_shipped_query_returns_rows_on_the_samples(samples):
    for name, query in shipped_queries().items():
        assert run_query(samples, query.text).rows, name


def test_pair_timeline_japan_nato_on_the_samples(samples):
    rows = run_query(samples, resolve_query("pair-timeline")).rows
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2022-06", "Summit", "Summit: Fumio Kishida, NATO (Madrid, 2022-06)")]
    narrowed = resolve_query("pair-timeline").replace('"2000" "2030"', '"2013" "2016"')
    assert run_query(samples, narrowed).rows == []
    russia = resolve_query("pair-timeline").replace("ent:nato", "ent:russia")
    assert [r[0] for r in run_query(samples, russia).rows] == ["2013-11-02", "2016-12"]


def test_connectors_of_japan_and_russia_on_the_samples(samples):
    rows = run_query(samples, resolve_query("connectors")).rows
    names = [r[1] for r in rows]
    assert names[:1] == ["Fumio Kishida"] and {"Sergey Lavrov", "Sergei Shoigu"} <= set(names)
    assert "Japan" not in names and "Russia" not in names
    assert rows[0][2:] == ("3", "2")


def test_relation_change_between_two_years_on_the_samples(samples):
    rows = run_query(samples, resolve_query("relation-change")).rows
    assert rows == [("VerbalCooperation", "1", "1", "0")]
    later = resolve_query("relation-change").replace('"2013" "2016"', '"2013" "2022"')
    assert run_query(samples, later).rows == [("VerbalCooperation", "1", "0", "-1")]


def test_person_statements_on_the_samples(samples):
    rows = run_query(samples, resolve_query("person-statements")).rows
    assert len(rows) == 3 and {r[2].rsplit("/", 1)[1] for r in rows} == {
        "001_c9652646e2c2fed1", "003_aa4b84f567e7d7be"}
    assert any(r[1].startswith("Lavrov told the news conference") for r in rows)


def test_meetings(store):
    result = run_shipped(store, "meetings")
    assert result.variables == ("event", "kind", "date", "status", "place", "actors", "sources")
    assert joined(result, "actors", "sources") == [
        (str(EVENT["meeting-1"]), "Meeting", "2013-11-02", "Happened", "Tokyo",
         "Fumio Kishida, Sergei Shoigu, Sergey Lavrov", f"{A}, {B}"),
        (str(EVENT["talks-2"]), "Talks", "2017-03", "Planned", "Moscow",
         "Japan, Sergey Lavrov", B),
    ]


def test_meetings_kinds_are_a_values_line(store):
    result = run_shipped(store, "meetings", **{'"Meeting" "Talks"': '"Talks"'})
    assert [row[0] for row in result.rows] == [str(EVENT["talks-2"])]


def test_roles(store):
    result = run_shipped(store, "roles")
    assert result.variables == ("person", "role", "organization", "article", "published")
    assert result.rows == [
        (str(ENT["sergei-shoigu"]), str(ROLE["foreign-minister"]), str(ENT.russia),
         str(ARTICLE[B]), "2013-11"),
        (str(ENT["sergei-shoigu"]), str(ROLE["defence-minister"]), str(ENT.russia),
         str(ARTICLE[A]), "2013-11-02"),
    ]


def expected_article_facts(article_id: str) -> set[tuple[str, str, str]]:
    """The article's graph by rdflib, without mentions, evidence and the article's text."""
    ds = Dataset()
    ds.parse(data=PROLOGUE + BODY, format="trig")
    graph = ds.graph(article_graph(article_id))
    mentions = set(graph.subjects(predicate=None, object=DG.Mention))
    return {(str(s), str(p), str(o)) for s, p, o in graph
            if s not in mentions and p != DG.evidence
            and not (s == ARTICLE[article_id] and p == SDO.text)}


def test_article_facts_default_is_the_first_sample():
    assert "VALUES ?article { article:000_3b0e7b44f43d6b27 }" in shipped_queries()["article-facts"].text


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # from rdflib's own TriG parser
def test_article_facts(store):
    result = run_shipped(store, "article-facts", **{"000_3b0e7b44f43d6b27": A})
    assert result.variables == ("subject", "predicate", "object")
    assert len(result.rows) == 31
    assert set(result.rows) == expected_article_facts(A)
    assert result.rows == sorted(result.rows, key=lambda row: (row[0], row[1]))
    assert (str(ARTICLE[A]), str(SDO.datePublished), "2013-11-02") in result.rows
    assert (str(MEMBERSHIP.a1), str(DG.confidence), "0.9") in result.rows
    assert not any(row[1] == str(SDO.text) for row in result.rows)
    result = run_shipped(store, "article-facts", **{"000_3b0e7b44f43d6b27": B})
    assert set(result.rows) == expected_article_facts(B)
    assert (str(STATEMENT.s1), str(SDO.text), "We got off to a good start.") in result.rows


def test_article_facts_of_an_unknown_article_is_empty(store):
    assert run_shipped(store, "article-facts").rows == []


def test_event_sources(store):
    result = run_shipped(store, "event-sources")
    assert result.variables == ("event", "kind", "sourceCount", "fusionCount", "sources")
    assert joined(result, "sources") == [
        (str(EVENT["meeting-1"]), "Meeting", "2", "2", f"{A}, {B}"),
        (str(EVENT["talks-2"]), "Talks", "1", "1", B),
    ]


def test_entities(store):
    result = run_shipped(store, "entities")
    assert result.variables == ("entity", "type", "name", "articles")
    assert result.rows == [
        (str(ENT["fumio-kishida"]), "Person", "Fumio Kishida", "2"),
        (str(ENT.japan), "Country", "Japan", "2"),
        (str(ENT["sergei-shoigu"]), "Person", "Sergei Shoigu", "2"),
        (str(ENT["itsunori-onodera"]), "Person", "Itsunori Onodera", "1"),
        (str(ENT.moscow), "Place", "Moscow", "1"),
        (str(ENT.russia), "Country", "Russia", "1"),
        (str(ENT["sergey-lavrov"]), "Person", "Sergey Lavrov", "1"),
        (str(ENT.tokyo), "Place", "Tokyo", "1"),
    ]


def test_statements(store):
    result = run_shipped(store, "statements")
    assert result.variables == ("speaker", "text", "article", "published")
    assert result.rows == [
        (str(ENT["fumio-kishida"]), "We got off to a good start.", str(ARTICLE[B]), "2013-11"),
    ]


def test_conflicts(store):
    result = run_shipped(store, "conflicts")
    assert result.variables == (
        "conflict", "label", "article", "member", "role", "organization", "claim")
    label = "Sergei Shoigu: Foreign Minister vs Defence Minister of Russia"
    assert result.rows == [
        (str(CLAIM.c1), label, str(ARTICLE[A]), str(ENT["sergei-shoigu"]),
         str(ROLE["defence-minister"]), str(ENT.russia), str(MEMBERSHIP.a1)),
        (str(CLAIM.c1), label, str(ARTICLE[B]), str(ENT["sergei-shoigu"]),
         str(ROLE["foreign-minister"]), str(ENT.russia), str(MEMBERSHIP.b1)),
    ]


def test_timeline(store):
    result = run_shipped(store, "timeline")
    assert result.variables == ("date", "event", "kind", "label", "status", "sources")
    assert result.rows == [
        ("2013-11-02", str(EVENT["meeting-1"]), "Meeting",
         "Meeting: Fumio Kishida, Sergei Shoigu (Tokyo, 2013-11-02)", "Happened", "2"),
        ("2017-03", str(EVENT["talks-2"]), "Talks",
         "Talks: Japan, Sergey Lavrov (Moscow, 2017-03)", "Planned", "1"),
    ]


def test_country_pairs(store):
    result = run_shipped(store, "country-pairs")
    assert result.variables == ("country1", "country2", "events", "kinds")
    assert joined(result, "kinds") == [(str(ENT.japan), str(ENT.russia), "2", "Meeting, Talks")]


# --- resolve_query ---------------------------------------------------------------------

def test_agreements(store):
    result = run_shipped(store, "agreements")
    assert result.variables == ("accord", "status", "parties", "topics", "event", "article")
    [row] = result.rows
    assert row[0].endswith("/accord/k1") and row[1] == "Agreed" and row[5] == B
    assert sorted(row[2].split(", ")) == ["Japan", "Russia"]
    assert sorted(row[3].split(" | ")) == ["a hotline", "joint exercises"]
    assert row[4].endswith("/event/meeting-1")


def test_figures(store):
    result = run_shipped(store, "figures")
    assert result.variables == ("measures", "value", "unit", "speaker", "article", "text")
    assert result.rows == [("trade", "33000000000", "USD", "Fumio Kishida", B, "$33 billion")]


def test_role_timeline(store):
    result = run_shipped(store, "role-timeline")
    assert result.variables == ("person", "role", "organization", "date", "article")
    assert result.rows == [
        ("Sergei Shoigu", "Foreign Minister", "Russia", "2013-11", B),
        ("Sergei Shoigu", "Defence Minister", "Russia", "2013-11-02", A)]


def test_relations(store):
    result = run_shipped(store, "relations")
    assert result.rows == [("Japan", "Russia", "2013", "VerbalCooperation", "1", None)]


def test_resolve_query_text_name_and_path(tmp_path):
    text = "SELECT ?s WHERE { ?s ?p ?o }"
    assert resolve_query(text) == text
    meetings = shipped_queries()["meetings"]
    assert resolve_query("meetings") == meetings.text
    assert resolve_query("meetings.rq") == meetings.text
    assert resolve_query(meetings.path) == meetings.text
    own = tmp_path / "mine.rq"
    own.write_text("ASK {}\n", encoding="utf-8")
    assert resolve_query(own) == "ASK {}\n"
    assert resolve_query(str(own)) == "ASK {}\n"


def test_resolve_query_unknown_name_lists_the_shipped_queries():
    with pytest.raises(QueryError) as caught:
        resolve_query("meeting")
    message = str(caught.value)
    assert "'meeting'" in message
    assert "available: " + ", ".join(sorted(SHIPPED)) in message


def test_resolve_query_missing_file_and_empty_text(tmp_path):
    with pytest.raises(QueryError, match="no such query file"):
        resolve_query(tmp_path / "missing.rq")
    with pytest.raises(QueryError, match="no such file"):
        resolve_query(str(tmp_path / "missing.rq"))
    with pytest.raises(QueryError, match="empty query"):
        resolve_query("  \n")


# --- run_query -------------------------------------------------------------------------

def test_select_ask_construct_describe(store):
    result = run_query(store, "SELECT ?place ?capitalOf WHERE { ?place a dg:Place "
                              "OPTIONAL { ?place dg:capitalOf ?capitalOf } } ORDER BY ?place")
    assert result.kind == "select"
    assert result.rows == [(str(ENT.moscow), None), (str(ENT.tokyo), str(ENT.japan))]
    assert run_query(store, "ASK { ?c a dg:Conflict }").boolean is True
    assert run_query(store, "ASK { ?c a dg:Visit }").boolean is False
    graph = run_query(store, "CONSTRUCT { ?e dg:sourceCount ?n } WHERE { ?e dg:sourceCount ?n }")
    assert graph.kind == "graph"
    assert {(t.subject.value, t.object.value) for t in graph.triples} == {
        (str(EVENT["meeting-1"]), "2"), (str(EVENT["talks-2"]), "1")}
    described = run_query(store, f"DESCRIBE <{ENT.tokyo}>")
    assert described.kind == "graph" and len(described.triples) == 4  # type, 2 labels, capitalOf


def test_union_default_graph_can_be_switched_off(store):
    assert run_query(store, "ASK { ?s ?p ?o }").boolean is True
    assert run_query(store, "ASK { ?s ?p ?o }", union=False).boolean is False
    assert run_query(store, "ASK { GRAPH ?g { ?s ?p ?o } }", union=False).boolean is True


def test_syntax_error_names_line_and_column_and_quotes_the_line(store):
    with pytest.raises(QueryError) as caught:
        run_query(store, "SELECT ?x WHERE {\n  ?x a dg:Country .\n  FILTER(?x = ) }")
    error = caught.value
    assert (error.line, error.column) == (3, 18)  # where pyoxigraph puts it
    assert str(error).splitlines() == [
        "SPARQL syntax error at line 3, column 18: expected one of ABS, AVG, DAY, IRI, MAX,"
        " MD5, MIN, NOT, NOW, PREDICATE, STR, STRBEFORE, STRSTARTS, SUM, URI, isLITERAL,"
        " isNUMERIC",
        "  3 |   FILTER(?x = ) }",
        "    |                  ^",
    ]


def test_unknown_prefix_is_a_syntax_error(store):
    with pytest.raises(QueryError, match=r"line 2, column 14: Prefix not found\n  2 \|   \?x a ex:Foo }"):
        run_query(store, "SELECT ?x {\n  ?x a ex:Foo }")


def test_timeout():
    store = pyoxigraph.Store()
    predicate = pyoxigraph.NamedNode(str(DG.begin))
    for i in range(150):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(str(ENT[f"e{i}"])), predicate,
                                  pyoxigraph.Literal(str(i))))
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a dg:begin ?x . ?b dg:begin ?y . ?c dg:begin ?z }"
    with pytest.raises(QueryError, match="did not finish within 0.01 seconds"):
        run_query(store, slow, timeout=0.01)
    assert run_query(store, "ASK { ?a dg:begin ?x }", timeout=30).boolean is True


# --- formatters ------------------------------------------------------------------------

TINY = """SELECT ?entity ?label ?n WHERE {
  VALUES (?entity ?label ?n) { (ent:japan "Japan"@en 2) (<urn:example:x> "a \\"b\\", c" UNDEF) }
} ORDER BY ?label"""


@pytest.fixture()
def tiny():
    return run_query(pyoxigraph.Store(), TINY)


def oxigraph_serialization(sparql: str, fmt) -> str:
    return pyoxigraph.Store().query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()}) \
        .serialize(format=fmt).decode()


def test_to_table(tiny):
    assert to_table(tiny) == (
        "entity         label     n\n"
        "-------------  --------  -\n"
        "ent:japan      Japan     2\n"
        'urn:example:x  a "b", c\n'
        "(2 rows)"
    )
    assert format_result(tiny, "table") == to_table(tiny)


LONG = "Lavrov and Kishida met in Tokyo to talk about a peace treaty, the islands, fishing rights and visits without visas"
NO_SPACES = "x" * 120


def _one_value(text: str):
    return QueryResult("select", ("t",), ((pyoxigraph.Literal(text),),))


def test_to_table_shows_long_values_whole_by_default():
    assert len(LONG + " 2013.") == 120
    result = QueryResult("select", ("e", "t"), ((pyoxigraph.NamedNode(str(ENT.japan)), pyoxigraph.Literal(LONG + " 2013.")),
                                                (pyoxigraph.NamedNode(str(ENT.russia)), pyoxigraph.Literal(NO_SPACES))))
    assert to_table(result).splitlines() == [
        "e           t", "----------  " + "-" * 120, f"ent:japan   {LONG} 2013.", f"ent:russia  {NO_SPACES}", "(2 rows)"]
    assert format_result(result, "table") == to_table(result)


def test_to_table_wraps_at_max_width_and_keeps_every_character():
    text = LONG + " 2013."
    lines = to_table(_one_value(text), max_width=40).splitlines()
    assert lines[:2] == ["t", "-" * 40] and lines[-1] == "(1 row)"
    body = lines[2:-1]
    assert len(body) == 4 and all(len(line) <= 40 for line in body)
    assert " ".join(body) == text                    # broken at spaces: only those line ends are gone
    assert body[0] == "Lavrov and Kishida met in Tokyo to talk"
    # a value without spaces is cut inside, every character kept
    lines = to_table(_one_value(NO_SPACES), max_width=50).splitlines()
    assert lines[2:-1] == ["x" * 50, "x" * 50, "x" * 20]
    # the other columns of a wrapped row stay blank on its extra lines, aligned
    result = QueryResult("select", ("e", "t"), ((pyoxigraph.NamedNode(str(ENT.japan)), pyoxigraph.Literal(text)),))
    lines = to_table(result, max_width=60).splitlines()
    assert lines[2].startswith("ent:japan  Lavrov") and lines[3].startswith(" " * 11) and lines[3][11] != " "
    assert " ".join(line[11:] for line in lines[2:-1]) == text
    with pytest.raises(QueryError, match="1 or more"):
        to_table(result, max_width=0)


def test_to_table_shows_line_breaks_and_control_characters_as_escapes():
    result = run_query(pyoxigraph.Store(), 'SELECT ?t WHERE { BIND("one\\ntwo\\tthree\\\\four\\r" AS ?t) }')
    assert result.rows == [("one\ntwo\tthree\\four\r",)]
    assert to_table(result).splitlines()[2] == "one\\ntwo\\tthree\\\\four\\r"
    assert to_table(_one_value("bell\x07 and\u2028sep")).splitlines()[2] == "bell\\u0007 and\\u2028sep"
    # wrapped, a line break is where a line ends, and no line ends inside an escape
    assert to_table(_one_value("one\ntwo three"), max_width=8).splitlines()[2:-1] == ["one\\n", "two", "three"]
    assert to_table(_one_value("abcdef\nghi"), max_width=7).splitlines()[2:-1] == ["abcdef", "\\nghi"]


def test_to_table_aligns_wide_characters():
    result = QueryResult("select", ("name", "n"), ((pyoxigraph.Literal("日本"), pyoxigraph.Literal("1")),
                                                   (pyoxigraph.Literal("Japan"), pyoxigraph.Literal("2"))))
    assert to_table(result).splitlines() == ["name   n", "-----  -", "日本   1", "Japan  2", "(2 rows)"]


def test_ids_are_short_or_full_as_asked_with_each_formats_default(tiny):
    japan = str(ENT.japan)
    assert to_table(tiny, ids="full").splitlines()[2].split()[0] == japan
    assert to_csv(tiny).splitlines()[1] == "ent:japan,Japan,2"             # default for csv: short
    assert to_csv(tiny, ids="full").splitlines()[1] == f"{japan},Japan,2"
    assert to_tsv(tiny, ids="short").splitlines()[1] == 'ent:japan\t"Japan"@en\t2'
    assert to_tsv(tiny, ids="short").splitlines()[2].startswith("<urn:example:x>\t")   # no prefix: stays an IRI
    for fmt, ids in (("table", "short"), ("csv", "short"), ("tsv", "full"), ("json", "full")):
        assert format_result(tiny, fmt) == format_result(tiny, fmt, ids=ids)
    with pytest.raises(QueryError, match="JSON results hold full IRIs"):
        format_result(tiny, "json", ids="short")
    with pytest.raises(QueryError, match="unknown kind of ids 'long'"):
        format_result(tiny, "csv", ids="long")
    with pytest.raises(QueryError, match="table format only"):
        format_result(tiny, "csv", max_width=30)


def test_every_instance_namespace_is_shortened(store):
    result = run_query(store, "SELECT ?c ?g WHERE { GRAPH ?g { ?c a dg:RoleClaim } } ORDER BY ?c")
    assert to_table(result).splitlines()[2].split() == ["membership:a1", "graph:article/000_aaa"]
    assert to_csv(result).splitlines()[1] == "membership:a1,graph:article/000_aaa"


def test_to_csv(tiny):
    expected = (
        "entity,label,n\r\n"
        f"{ENT.japan},Japan,2\r\n"
        'urn:example:x,"a ""b"", c",\r\n'
    )
    assert to_csv(tiny, ids="full") == expected == oxigraph_serialization(TINY, pyoxigraph.QueryResultsFormat.CSV)
    assert format_result(tiny, "csv", ids="full") == expected
    assert format_result(tiny, "csv") == expected.replace(str(ENT.japan), "ent:japan")


def test_to_tsv(tiny):
    expected = (
        "?entity\t?label\t?n\n"
        f'<{ENT.japan}>\t"Japan"@en\t2\n'
        '<urn:example:x>\t"a \\"b\\", c"\t\n'
    )
    assert to_tsv(tiny) == expected == oxigraph_serialization(TINY, pyoxigraph.QueryResultsFormat.TSV)
    assert format_result(tiny, "tsv") == expected


def test_to_json(tiny):
    document = json.loads(to_json(tiny))
    assert document == {
        "head": {"vars": ["entity", "label", "n"]},
        "results": {"bindings": [
            {"entity": {"type": "uri", "value": str(ENT.japan)},
             "label": {"type": "literal", "value": "Japan", "xml:lang": "en"},
             "n": {"type": "literal", "value": "2", "datatype": XSD_INTEGER}},
            {"entity": {"type": "uri", "value": "urn:example:x"},
             "label": {"type": "literal", "value": 'a "b", c'}},
        ]},
    }
    assert document == json.loads(oxigraph_serialization(TINY, pyoxigraph.QueryResultsFormat.JSON))
    assert json.loads(format_result(tiny, "json")) == document


def test_csv_and_json_round_trip(store):
    result = run_shipped(store, "meetings")
    rows = list(csv.reader(io.StringIO(to_csv(result, ids="full"), newline="")))
    assert rows[0] == list(result.variables)
    assert [tuple(row) for row in rows[1:]] == result.rows
    document = json.loads(to_json(result))
    assert document["head"]["vars"] == list(result.variables)
    assert [tuple(b[v]["value"] for v in result.variables) for b in document["results"]["bindings"]] \
        == result.rows


def test_ask_formats():
    result = run_query(pyoxigraph.Store(), "ASK {}")
    assert [format_result(result, fmt) for fmt in ("table", "csv", "tsv")] == ["true"] * 3
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": True}


def test_construct_formats(store):
    result = run_query(store, "CONSTRUCT { ?e dg:sourceCount ?n } WHERE { ?e dg:sourceCount ?n }")
    integer = f"<{XSD_INTEGER}>"
    ntriples = (
        f'<{EVENT["meeting-1"]}> <{DG.sourceCount}> "2"^^{integer} .\n'
        f'<{EVENT["talks-2"]}> <{DG.sourceCount}> "1"^^{integer} .\n'
    )
    assert [format_result(result, fmt) for fmt in ("csv", "tsv")] == [ntriples] * 2
    assert format_result(result, "table") == (
        "subject          predicate       object\n"
        "---------------  --------------  ------\n"
        "event:meeting-1  dg:sourceCount  2\n"
        "event:talks-2    dg:sourceCount  1\n"
        "(2 rows)")
    assert format_result(result, "table", ids="full").splitlines()[2].split() == [
        str(EVENT["meeting-1"]), str(DG.sourceCount), "2"]
    jsonld = format_result(result, "json")
    parsed = pyoxigraph.parse(jsonld, format=pyoxigraph.RdfFormat.JSON_LD)
    assert {str(quad.triple) for quad in parsed} == set(map(str, result.triples))


def test_unknown_format(tiny):
    with pytest.raises(QueryError, match="unknown output format 'xml'"):
        format_result(tiny, "xml")


def test_rows_keep_lexical_forms():
    result = run_query(pyoxigraph.Store(),
                       'SELECT ?d ?b WHERE { BIND("2013-11"^^xsd:gYearMonth AS ?d) BIND(BNODE("x") AS ?b) }')
    date, blank = result.rows[0]
    assert date == "2013-11" and blank.startswith("_:")


# --- vetting: what run_query and `diplograph query` refuse ----------------------------

def test_service_is_refused_and_reaches_nothing_unless_federation_is_allowed(store, listener):
    service = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    query = f"SELECT ?x WHERE {{ SERVICE <{service}> {{ ?s ?p ?x }} }}"
    with pytest.raises(QueryRefusedError) as refused:
        run_query(store, query, timeout=60)         # (without the vetting it would wait forever)
    assert str(refused.value) == (f"'SERVICE <{service}>' is refused: federated queries are off "
                                  "(allow them with --allow-federation)")
    assert not reached(listener)
    remote_end = answer_once(listener, "from afar")
    assert run_query(store, query, federation=True, timeout=60).rows == [("from afar",)]
    remote_end.join(30)
    words = """SELECT ?t WHERE { ?s schema:text ?t  # SERVICE <http://127.0.0.1:9/>
                 FILTER(CONTAINS(?t, "the Federal Security Service")) }"""
    assert run_query(store, words).rows == []        # the word in strings and comments is fine


@pytest.mark.parametrize("query, target", [
    ("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "<http://127.0.0.1:9/>"),
    ("select * where { ?s ?p ?o . service silent ?endpoint { ?s ?p ?o } }", "?endpoint"),
    ("SELECT * WHERE { ?s ?p ?o . LATERAL { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }", "<http://127.0.0.1:9/>"),
    ("SELECT * WHERE { ?a ?b ?c FILTER(?a<'#')SERVICE#>\n<http://127.0.0.1:9/>{ ?s ?p ?o } }", "<http://127.0.0.1:9/>"),
])
def test_service_is_found_however_it_is_written(store, query, target):
    """Escapes, lower case, syntax rdflib cannot parse (LATERAL), and a comparison that a
    token scan would read as an IRI all reach the refusal."""
    with pytest.raises(QueryRefusedError, match=rf"^'SERVICE {re.escape(target)}' is refused"):
        run_query(store, query)


def test_updates_are_named_and_refused(store):
    load = "LOAD <http://127.0.0.1:9/data.ttl>"
    assert resolve_query(load) == load
    with pytest.raises(QueryRefusedError) as refused:
        run_query(store, load)
    assert str(refused.value) == (f"{load!r} is a SPARQL update (LOAD): the store is only read, "
                                  "updates are refused")
    with pytest.raises(QueryRefusedError, match=r"^'INSERT DATA \{ <urn:a> <urn:b> <urn:c> \}' is a SPARQL update"):
        run_query(store, "PREFIX ex: <urn:ex:>\nINSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_from_names_a_graph_of_the_store_or_is_refused(store):
    with pytest.raises(QueryRefusedError) as refused:
        run_query(store, "SELECT * FROM <urn:nonexistent> WHERE { ?s ?p ?o }")
    assert str(refused.value) == ("FROM <urn:nonexistent>: the store has no graph of that name "
                                  "(FROM graphs are never fetched)")
    with pytest.raises(QueryRefusedError, match=r"^FROM NAMED <http://127.0.0.1:9/g>: the store has no graph"):
        run_query(store, "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }")
    fusion = run_query(store, f"SELECT ?s ?n FROM <{GRAPH.fusion}> WHERE {{ ?s dg:sourceCount ?n }} ORDER BY ?s")
    assert fusion.rows == [(str(EVENT["meeting-1"]), "2"), (str(EVENT["talks-2"]), "1")]
    assert run_query(store, f"ASK FROM <{GRAPH.kb}> {{ ?s dg:sourceCount ?n }}").boolean is False


def test_deep_nesting_and_long_chains_are_refused(store):
    with pytest.raises(QueryRefusedError) as refused:
        run_query(store, "SELECT * WHERE " + "{" * 100 + " ?s ?p ?o " + "}" * 100)
    assert str(refused.value) == "brackets nested 65 deep at line 1, column 80: at most 64 are allowed"
    path = "SELECT * WHERE { ?s " + "/".join(["dg:begin"] * 1200) + " ?o }"
    with pytest.raises(QueryRefusedError, match=r"^the query holds 1,200 operators .*: at most 1,000 are allowed$"):
        run_query(store, path)
    parens = "SELECT * WHERE { FILTER(" + "(" * 40 + "1" + ")" * 40 + ") }"
    with pytest.raises(QueryRefusedError, match="^the query nests too deeply for the SPARQL parser: 'SELECT"):
        run_query(store, parens)
    wiki = " ".join(f"<http://en.wikipedia.org/wiki/Tokyo_({i})>" for i in range(100))    # not nesting
    assert len(run_query(store, f"SELECT ?x WHERE {{ VALUES ?x {{ {wiki} }} }}").rows) == 100


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.graph.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_the_cli_refuses_instead_of_crashing(trig_path, tmp_path):
    deep = tmp_path / "deep.rq"
    deep.write_text("SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000, encoding="utf-8")
    done = cli("query", deep, "-g", trig_path)
    assert (done.returncode, done.stderr) == (
        2, "diplograph: error: brackets nested 65 deep at line 1, column 80: at most 64 are allowed\n")
    done = cli("query", "LOAD <http://127.0.0.1:9/x>", "-g", trig_path)
    assert (done.returncode, done.stderr) == (2, "diplograph: error: 'LOAD <http://127.0.0.1:9/x>' is a SPARQL "
                                                 "update (LOAD): the store is only read, updates are refused\n")
    done = cli("query", "DESCRIBE ent:japan", "-g", trig_path, "--format", "csv")
    assert done.returncode == 0 and f"<{ENT.japan}>" in done.stdout


HEAVIER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
# runs the CLI and says on stderr when its query thread has started (after 30 s without it,
# as code without one has, it says so anyway, and the test then finds Ctrl-C ignored)
WATCHED = """
import signal, sys, threading, time
signal.signal(signal.SIGINT, signal.default_int_handler)    # as a terminal gives it, whatever
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # the test runner's state
from diplograph.graph.cli import main

def watch():
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(t.name == "diplograph-query" for t in threading.enumerate()):
        time.sleep(0.01)
    print("running", file=sys.stderr, flush=True)
threading.Thread(target=watch, daemon=True).start()
sys.exit(main(sys.argv[1:]))
"""


def _exit_code(process, timeout: float = 60) -> int:
    """The child's exit code; on a timeout, a failure that says what state it was in."""
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        tasks = Path(f"/proc/{process.pid}/task")
        threads = sorted(" ".join([Path(t, "stat").read_text().split(")")[-1].split()[0], Path(t, "comm").read_text().strip(),
                                   *[ln.split()[1] for ln in Path(t, "status").read_text().splitlines()
                                     if ln.startswith("SigBlk")]]) for t in tasks.iterdir()) if tasks.exists() else []
        status = [line.strip() for line in Path(f"/proc/{process.pid}/status").read_text().splitlines()
                  if line.startswith(("Sig", "ShdPnd"))] if tasks.exists() else []
        process.kill()
        pytest.fail(f"the query child outlived Ctrl-C by {timeout} s; threads {threads}; {status}; "
                    f"stderr {process.stderr.read()!r}")


def test_ctrl_c_stops_a_query_without_a_timeout(trig_path):
    process = subprocess.Popen([sys.executable, "-c", WATCHED, "query", HEAVIER, "-g", str(trig_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr.readline() == "running\n"
        process.send_signal(signal.SIGINT)
        assert _exit_code(process) == 130
        assert process.stderr.read() == "diplograph: interrupted\n" and process.stdout.read() == ""
    finally:
        process.kill()
        process.wait()


# the kernel may hand a process's SIGINT to any of its threads; this one takes it in the
# watching thread, which a wait without end in the main thread never notices
OTHER_THREAD = WATCHED.replace('print("running", file=sys.stderr, flush=True)', '''print("running", file=sys.stderr, flush=True)
    import signal
    signal.pthread_kill(threading.get_ident(), signal.SIGINT)''')


def test_ctrl_c_taken_by_another_thread_stops_the_query_too(trig_path):
    process = subprocess.Popen([sys.executable, "-c", OTHER_THREAD, "query", HEAVIER, "-g", str(trig_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr.readline() == "running\n"
        assert _exit_code(process) == 130
        assert process.stderr.read() == "diplograph: interrupted\n" and process.stdout.read() == ""
    finally:
        process.kill()
        process.wait()


# --- parameters ---------------------------------------------------------------------------------
def test_a_parameter_binds_a_variable_the_query_does_not_project(sample_build):
    from diplograph.graph.store.load import load_store
    from diplograph.graph.store.params import parse_params
    store = load_store(sample_build.out / "graph.trig")
    sparql = "SELECT DISTINCT ?name WHERE { ?e rdfs:label ?name FILTER(lang(?name) = 'de') }"
    result = run_query(store, sparql, params=parse_params(["e=ent:japan"]))
    assert result.rows == [("Japan",)]
    result = run_query(store, sparql, params=parse_params(["e=<https://w3id.org/diplograph/id/entity/russia>"]))
    assert result.rows == [("Russland",)]


def test_parameters_of_every_kind_and_a_bad_one():
    from diplograph.graph.store.params import parse_params
    import pyoxigraph
    store = pyoxigraph.Store()
    params = parse_params(["n=7", "d=2013-11-02", "t=Tokio", "q=\"a b\""])
    row = run_query(store, "SELECT ?n ?d ?t ?q WHERE { }", params=params).rows
    assert row == [("7", "2013-11-02", "Tokio", "a b")]
    with pytest.raises(QueryError, match="a parameter is NAME=VALUE .* not 'nonsense'"):
        parse_params(["nonsense"])


def test_the_cli_takes_parameters(sample_build):
    proc = subprocess.run([sys.executable, "-m", "diplograph.graph.cli", "query", "-g", str(sample_build.out / "graph.trig"),
                           "--format", "csv", "--param", "e=ent:russia",
                           "SELECT DISTINCT ?name WHERE { ?e rdfs:label ?name FILTER(lang(?name) = 'en') }"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["name", "Russia"]


# --- ids and widths on the command line ----------------------------------------------------------
MEETING = 'SELECT DISTINCT ?e ?label WHERE { ?e a dg:Meeting ; rdfs:label ?label FILTER(CONTAINS(?label, "Shoigu (")) }'


def test_the_cli_gives_short_or_full_ids_and_wraps_tables_when_asked(trig_path):
    label = "Meeting: Fumio Kishida, Sergei Shoigu (Tokyo, 2013-11-02)"
    done = cli("query", MEETING, "-g", trig_path)
    assert done.returncode == 0 and done.stdout.splitlines()[2] == f"event:meeting-1  {label}"
    done = cli("query", MEETING, "-g", trig_path, "--format", "csv")
    assert done.stdout.splitlines()[1] == f'event:meeting-1,"{label}"'
    done = cli("query", MEETING, "-g", trig_path, "--format", "csv", "--ids", "full")
    assert done.stdout.splitlines()[1] == f'{EVENT["meeting-1"]},"{label}"'
    done = cli("query", MEETING, "-g", trig_path, "--format", "json")
    assert json.loads(done.stdout)["results"]["bindings"][0]["e"]["value"] == str(EVENT["meeting-1"])
    done = cli("query", MEETING, "-g", trig_path, "--max-width", "30")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[2:-1] == ["event:meeting-1  Meeting: Fumio Kishida,",
                                              "                 Sergei Shoigu (Tokyo,", "                 2013-11-02)"]
    for bad, message in ((["--format", "json", "--ids", "short"], "JSON results hold full IRIs"),
                         (["--format", "csv", "--max-width", "30"], "table format only"),
                         (["--max-width", "0"], "1 or more")):
        done = cli("query", MEETING, "-g", trig_path, *bad)
        assert done.returncode == 2 and message in done.stderr and done.stdout == ""
