"""diplograph.graph.store.load: loading graph files and rdflib datasets into pyoxigraph."""
from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Graph, Literal

from diplograph.graph.store.load import load_store, store_from_dataset
from diplograph.ontology.errors import GraphError
from diplograph.ontology.namespace import DG, ENT, KB_GRAPH, RDFS, article_graph

JAPAN, TOKYO, LABEL = f"<{ENT.japan}>", f"<{ENT.tokyo}>", f"<{RDFS.label}>"
KB, ARTICLE_GRAPH = f"<{KB_GRAPH}>", f"<{article_graph('000_aaa')}>"

TRIG = f"""{KB} {{ {JAPAN} {LABEL} "Japan"@en, "Japan"@de . }}
{ARTICLE_GRAPH} {{
  {TOKYO} {LABEL} "Tokio"@de .
}}
"""
NQUADS = f'{JAPAN} {LABEL} "Japan"@en {KB} .\n{TOKYO} {LABEL} "Tokio"@de {ARTICLE_GRAPH} .\n'
NTRIPLES = f'{JAPAN} {LABEL} "Japan"@en .\n{TOKYO} {LABEL} "Tokio"@de .\n'


def quads(store: pyoxigraph.Store) -> set[str]:
    return {str(quad) for quad in store}


def labels(store: pyoxigraph.Store) -> set[str]:
    query = f"SELECT ?l WHERE {{ ?s {LABEL} ?l }}"
    return {solution["l"].value for solution in store.query(query, use_default_graph_as_union=True)}


def test_load_trig_keeps_named_graphs(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    store = load_store(path)
    assert len(store) == 3
    assert {graph.value for graph in store.named_graphs()} == {
        str(KB_GRAPH), str(article_graph("000_aaa"))}
    assert labels(store) == {"Japan", "Tokio"}


@pytest.mark.parametrize("name, text, graphs", [
    ("graph.nq", NQUADS, 2), ("graph.ttl", NTRIPLES, 0), ("graph.nt", NTRIPLES, 0),
    ("GRAPH.TRIG", TRIG, 2),
])
def test_load_by_suffix(tmp_path, name, text, graphs):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = load_store(str(path))
    assert labels(store) == {"Japan", "Tokio"}
    assert len(list(store.named_graphs())) == graphs


def test_missing_file(tmp_path):
    path = tmp_path / "missing.trig"
    with pytest.raises(GraphError) as caught:
        load_store(path)
    assert str(caught.value) == f"{str(path)!r}: no such file"


def test_directory(tmp_path):
    with pytest.raises(GraphError, match="is a directory"):
        load_store(tmp_path / "")


def test_unknown_suffix(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text("", encoding="utf-8")
    with pytest.raises(GraphError, match=r"unknown graph format '\.rdf' \(expected one of \.trig, \.nq, \.ttl, \.nt\)"):
        load_store(path)


def test_broken_trig_names_path_line_and_column(tmp_path):
    path = tmp_path / "broken.trig"
    path.write_text(TRIG.replace('"Tokio"@de .', '"Tokio"@de ;;; <oops'), encoding="utf-8")
    with pytest.raises(GraphError) as caught:
        load_store(path)
    message = str(caught.value)
    assert message.startswith(f"{str(path)!r}: cannot parse as TriG: ")
    assert "line 3" in message and "column" in message


def test_broken_nquads(tmp_path):
    path = tmp_path / "broken.nq"
    path.write_text(NQUADS + "<a> <b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"broken\.nq'.*line 3"):
        load_store(path)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib calls its own old API
def test_store_from_dataset_keeps_graphs_terms_and_blank_nodes():
    ds = Dataset()
    kb = ds.graph(KB_GRAPH)
    kb.add((ENT.japan, RDFS.label, Literal("Japan", lang="en")))
    kb.add((ENT.japan, DG.sourceCount, Literal(3)))
    blank = BNode()
    ds.graph(article_graph("000_aaa")).add((blank, RDFS.label, Literal('a "quoted"\nline')))
    ds.add((ENT.tokyo, RDFS.label, Literal("Tokio", lang="de")))  # the default graph
    store = store_from_dataset(ds)
    assert len(store) == 4
    assert {graph.value for graph in store.named_graphs()} == {
        str(KB_GRAPH), str(article_graph("000_aaa"))}
    assert labels(store) == {"Japan", 'a "quoted"\nline', "Tokio"}
    count = store.query(f"SELECT ?n WHERE {{ {JAPAN} <{DG.sourceCount}> ?n }}",
                        use_default_graph_as_union=True)
    assert [str(solution["n"]) for solution in count] == [f'"3"^^<{Literal(3).datatype}>']
    default = list(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
    assert [quad.subject.value for quad in default] == [str(ENT.tokyo)]
    assert sum(isinstance(quad.subject, pyoxigraph.BlankNode) for quad in store) == 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib calls its own old API
def test_store_from_dataset_matches_the_trig_file(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    ds = Dataset()
    ds.parse(path, format="trig")
    assert quads(store_from_dataset(ds)) == quads(load_store(path))


def test_store_from_plain_graph():
    graph = Graph()
    graph.add((ENT.japan, RDFS.label, Literal("Japan", lang="en")))
    store = store_from_dataset(graph)
    assert labels(store) == {"Japan"}
    assert list(store.named_graphs()) == []
