"""diplograph.graph.rdf.union.Reader: the same answers from an rdflib Dataset, a pyoxigraph Store (in
memory and on disk) and a build's N-Quads GraphFile, on a hand-made dataset."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Literal, URIRef

from diplograph.graph.rdf import union
from diplograph.graph.rdf.graphfile import GraphFile
from diplograph.graph.rdf.union import Reader
from diplograph.ontology.errors import ViewError
from diplograph.ontology.namespace import ARTICLE, DG, ENT, RDF, RDFS, SDO, SEM, XSD, article_graph

EX = URIRef("urn:x:event")
OTHER = URIRef("urn:x:unread")


def _dataset() -> Dataset:
    ds = Dataset()
    for art, ident in (("a1", "first"), ("a2", "second")):
        g = ds.graph(article_graph(art))
        g.add((ARTICLE[art], RDF.type, DG.Article))
        g.add((ARTICLE[art], SDO.identifier, Literal(ident)))
        g.add((EX, SEM.hasActor, ENT.japan))
        g.add((EX, RDF.type, DG.Meeting))
    ds.graph(article_graph("a2")).add((EX, SEM.hasActor, ENT.russia))
    kb = ds.graph(URIRef("urn:x:kb"))
    kb.add((ENT.japan, RDFS.label, Literal("Japan", lang="en")))
    kb.add((ENT.japan, RDFS.label, Literal("Japan", lang="de")))
    kb.add((ENT.russia, RDFS.label, Literal("Russland", lang="de")))
    kb.add((EX, DG.begin, Literal(7, datatype=XSD.integer)))
    kb.add((EX, OTHER, Literal("unread")))
    return ds


def _graph_file(ds: Dataset, path) -> GraphFile:
    gf = GraphFile(path)
    for g in ds.graphs():
        if len(g):
            gf.add_graph(g.identifier, g)
    gf.close()
    return gf


@pytest.fixture(scope="module")
def readers(tmp_path_factory):
    ds = _dataset()
    gf = _graph_file(ds, tmp_path_factory.mktemp("u") / "g.nq")
    return {"rdflib": Reader(ds), "store": Reader(gf.to_store()),
            "disk": Reader(gf.to_store(tmp_path_factory.mktemp("s") / "store")), "file": Reader(gf)}


@pytest.mark.parametrize("kind", ["rdflib", "store", "disk", "file"])
def test_every_kind_of_dataset_gives_the_same_answers(readers, kind):
    r = readers[kind]
    assert sorted(r.ids.values()) == ["first", "second"]
    assert r.objects(EX, SEM.hasActor) == [ENT.japan, ENT.russia]
    assert r.subjects(SEM.hasActor, ENT.russia) == [EX]
    assert r.said_by(EX, SEM.hasActor, ENT.japan) == ["first", "second"]
    assert r.said_by(EX, SEM.hasActor, ENT.russia) == ["second"]
    assert r.said_by(EX, SEM.hasActor) == ["first", "second"]
    assert r.said_by(ENT.japan, RDFS.label) == []               # the KB graph is no article
    assert r.label(ENT.japan) == "Japan" and r.label(ENT.russia) == "Russland"
    assert r.value(EX, DG.begin) == Literal(7, datatype=XSD.integer) and int(r.value(EX, DG.begin)) == 7
    assert r.objects(EX, OTHER) == [Literal("unread")]          # a predicate the graph does not use
    assert r.objects(URIRef("urn:x:nothing"), SEM.hasActor) == []
    assert r.subjects(SEM.hasActor, URIRef("urn:x:nothing")) == []
    assert r.said_by(EX, SEM.hasActor, URIRef("urn:x:nothing")) == []
    assert r.objects_said(EX, SEM.hasActor) == [(ENT.japan, ["first", "second"]), (ENT.russia, ["second"])]
    assert r.objects_said(EX, DG.begin) == [(Literal(7, datatype=XSD.integer), [])]
    assert r.objects_said(URIRef("urn:x:nothing"), SEM.hasActor) == []


def test_a_graph_file_is_read_once_for_the_graph_and_again_only_for_other_predicates(tmp_path, file_passes):
    gf = _graph_file(_dataset(), tmp_path / "g.nq")
    passes = file_passes
    r = Reader(gf)
    for p in union.READ:
        r.objects(EX, p)
    assert len(passes) == 1
    assert r.objects(EX, OTHER) == [Literal("unread")] and len(passes) == 2
    r.objects(EX, OTHER)
    assert len(passes) == 2


@pytest.mark.parametrize("kind", ["store", "file"])
def test_a_prepared_reader_needs_its_dataset_no_more(tmp_path, kind):
    """After prepare() every predicate the graph uses is read and sorted: a forked child
    reads neither the file nor the store again, and sorts nothing again."""
    gf = _graph_file(_dataset(), tmp_path / "g.nq")
    r = Reader(gf.to_store() if kind == "store" else gf)
    r.prepare(by_object=[SEM.hasActor])
    r.ds = None                                  # any read of the dataset would fail now
    orders = {p: set(c._by) for p, c in r._columns.items()}
    assert set(orders) == union.READ and orders[SEM.hasActor] == {0, 1} and orders[RDFS.label] == {0}
    assert r.objects(EX, SEM.hasActor) == [ENT.japan, ENT.russia]
    assert r.subjects(SEM.hasActor, ENT.russia) == [EX] and r.label(ENT.japan) == "Japan"
    assert {p: set(c._by) for p, c in r._columns.items()} == orders


def test_a_column_sorts_by_subject_and_by_object():
    column = union._Column()
    for row in ((5, 1, 0), (2, 9, 0), (5, 0, 1), (2, 1, 1)):
        column.add(*row)
    assert column.rows(5) == [[5, 1, 0], [5, 0, 1]]          # in the order they came
    assert column.rows(1, by=1) == [[2, 1, 1], [5, 1, 0]]
    assert column.rows(3) == [] and column.rows(7, by=1) == []
    assert column.rows() == [[2, 9, 0], [2, 1, 1], [5, 1, 0], [5, 0, 1]]


def test_anything_else_is_refused_by_name():
    with pytest.raises(ViewError, match="got 42"):
        Reader(42)
