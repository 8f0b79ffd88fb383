"""The build's on-disk dataset: the same N-Quads, TriG, store digests and networkx graph as
the in-memory rdflib dataset it replaces, without holding the dataset in memory."""
from __future__ import annotations

import hashlib
import os
import pickle
from decimal import Decimal

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Literal, URIRef

from diplograph.extract import extract_article
from diplograph.graph import build as build_module
from diplograph.graph.build import SAMPLES_DIR, build
from diplograph.graph.store.diskstore import commit, graph_nquads, read_manifest
from diplograph.graph.rdf.forked import can_fork
from diplograph.graph.fusion.fuse import fuse
from diplograph.graph.rdf.graphfile import GraphFile
from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.rdf.dataset import to_dataset, to_graph_file
from diplograph.graph.rdf.trig import to_trig, write_trig
from diplograph.ontology.errors import GraphError
from diplograph.ontology.namespace import XSD

G1, G2 = URIRef("urn:g:1"), URIRef("urn:g:2")
S, P = URIRef("urn:s"), URIRef("urn:p")
AWKWARD = [Literal('say "hi"\\n'), Literal("line\nbreak\r"), Literal("back\\slash"),
           Literal("Tokio", lang="de"), Literal(3), Literal(Decimal("0.85")),
           Literal("2022-06", datatype=XSD.gYearMonth), Literal("ß → ü 東京"), BNode("b1"), URIRef("urn:o"),
           Literal("a\tb"), Literal("a b"), Literal("x\x01y")]   # raw control characters sort apart


def _dataset() -> Dataset:
    ds = Dataset()
    for o in AWKWARD:
        ds.graph(G1).add((S, P, o))
    ds.graph(G2).add((S, P, Literal("two")))
    return ds


def _graph_file(tmp_path) -> GraphFile:
    gf = GraphFile(tmp_path / "data.nq")
    gf.add_graph(G2, [(S, P, Literal("two"))])
    gf.add_graph(G1, [(S, P, o) for o in AWKWARD] + [(S, P, AWKWARD[0])])   # a duplicate
    gf.close()
    return gf


def test_lines_and_digests_are_rdflibs(tmp_path):
    gf, expected = _graph_file(tmp_path), graph_nquads(_dataset())
    assert dict(gf) == expected
    assert gf.quads == len(AWKWARD) + 1
    assert gf.digests() == {k: hashlib.sha256(v.encode("utf-8")).hexdigest() for k, v in expected.items()}
    assert gf.sorted_names() == ["urn:g:1", "urn:g:2"]


def test_a_graph_written_twice_or_a_bad_iri_is_refused(tmp_path):
    gf = GraphFile(tmp_path / "x.nq")
    gf.add_graph(G1, [(S, P, Literal("a"))])
    with pytest.raises(GraphError, match="'urn:g:1' was already written"):
        gf.add_graph(G1, [])
    with pytest.raises(GraphError, match="graph 'urn:g:2': not a valid IRI: 'urn:a b'"):
        gf.add_graph(G2, [(URIRef("urn:a b"), P, Literal("a"))])
    with pytest.raises(GraphError, match=r"not a valid IRI: 'https://ex.org/bericht\[1\]'"):
        gf.add_graph(URIRef("urn:g:3"), [(S, P, URIRef("https://ex.org/bericht[1]"))])


def test_an_empty_graph_is_no_graph_as_in_rdflib(tmp_path):
    gf = GraphFile(tmp_path / "x.nq")
    gf.add_graph(G1, [])
    gf.add_graph(G2, [(S, P, Literal("two"))])
    ds = Dataset()
    ds.graph(G1)
    ds.graph(G2).add((S, P, Literal("two")))
    assert list(gf) == ["urn:g:2"] and gf.digests().keys() == graph_nquads(ds).keys()
    with pytest.raises(GraphError, match="already written"):
        gf.add_graph(G1, [])


def test_chunks_and_store_hold_every_quad(tmp_path):
    gf = _graph_file(tmp_path)
    assert b"".join(gf.chunks(size=10)) == b"".join(gf.chunks())
    assert len(list(gf.chunks())) == 1
    store = gf.to_store()
    assert len(store) == gf.quads
    assert {q.object for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode("urn:g:2"))} \
        == {pyoxigraph.Literal("two")}
    on_disk = gf.to_store(tmp_path / "store")
    assert len(on_disk) == gf.quads


def test_a_large_graph_is_cut_at_line_ends(tmp_path):
    gf = _graph_file(tmp_path)
    pieces = list(gf.pieces(str(G1), size=10))             # every line is longer than 10 bytes
    assert b"".join(pieces).decode("utf-8") == gf[str(G1)]
    assert len(pieces) == len(AWKWARD) and all(p.endswith(b"\n") for p in pieces)
    assert len(list(gf.pieces(str(G1), size=gf.size(str(G1)) // 2))) == 2
    chunks = list(gf.chunks(size=10))
    assert len(chunks) == gf.quads == len(AWKWARD) + 1 and all(c.endswith(b"\n") for c in chunks)
    assert [(n, d is None) for n, d in gf.texts(limit=100)] == [(str(G2), False), (str(G1), True)]


def test_trig_from_the_file_is_the_trig_of_the_dataset(tmp_path):
    ds = _dataset()                # rdflib's default prefixes, as the file's TriG uses them
    write_trig(_graph_file(tmp_path), tmp_path / "a.trig")
    assert (tmp_path / "a.trig").read_text(encoding="utf-8") == to_trig(ds)


@pytest.fixture(scope="module")
def sample_fusion():
    from diplograph.extract.read.reader import read_articles
    facts = [extract_article(a) for p in sorted(SAMPLES_DIR.iterdir()) for a in read_articles(p)[0]]
    return fuse(sorted(facts, key=lambda f: f.article.id))


def test_sample_build_file_matches_the_rdflib_dataset(sample_fusion, tmp_path):
    ds = to_dataset(sample_fusion)
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    assert dict(gf) == graph_nquads(ds)
    assert len(gf) == 8 and gf.quads > 3700       # ontology, KB, five articles, fusion
    write_trig(gf, tmp_path / "new.trig")
    write_trig(ds, tmp_path / "old.trig")
    assert (tmp_path / "new.trig").read_bytes() == (tmp_path / "old.trig").read_bytes()


@pytest.mark.parametrize("stream_bytes", [500, 20_000])
def test_graphs_written_as_they_are_read_give_the_same_trig(sample_fusion, tmp_path, monkeypatch, stream_bytes):
    """Graphs above STREAM_BYTES are serialized piece by piece (pieces of that size)."""
    from diplograph.graph.rdf import trig
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    write_trig(gf, tmp_path / "whole.trig")
    monkeypatch.setattr(trig, "STREAM_BYTES", stream_bytes)
    assert sum(d is None for _, d in gf.texts(limit=stream_bytes)) >= 2
    write_trig(gf, tmp_path / "streamed.trig")
    assert (tmp_path / "streamed.trig").read_bytes() == (tmp_path / "whole.trig").read_bytes()


def test_a_streamed_graph_with_raw_control_characters_is_sorted_as_before(tmp_path, monkeypatch):
    from diplograph.graph.rdf import trig
    monkeypatch.setattr(trig, "STREAM_BYTES", 50)
    write_trig(_graph_file(tmp_path), tmp_path / "a.trig")
    assert (tmp_path / "a.trig").read_text(encoding="utf-8") == to_trig(_dataset())


def test_networkx_from_a_store_or_the_file_is_the_graph_from_the_dataset(sample_fusion, tmp_path):
    ds = to_dataset(sample_fusion)
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    expected = to_networkx(ds)
    for source in (gf.to_store(), gf.to_store(tmp_path / "store"), gf):
        got = to_networkx(source)
        assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
        assert sorted(got.edges(keys=True, data=True), key=str) == sorted(expected.edges(keys=True, data=True), key=str)
        assert got.graph == expected.graph
    assert expected.number_of_nodes() > 40


def test_a_half_of_the_events_is_sent_as_plain_tuples(sample_fusion, tmp_path):
    """A child's half is pickled and held next to the graph: no dict per node or edge in it."""
    from functools import partial

    from diplograph.graph.analysis import network
    from diplograph.graph.rdf.union import Reader
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    reader = Reader(gf)
    events = network._events(reader)
    known = {str(n): str(n) for n in events} | {str(n): str(n) for n in network._entities(reader, events, [])}
    nodes, edges = partial(network._event_part, reader, known)(events)
    assert len(nodes) == len(events) == 6 and len(edges) > 20
    assert all(type(values) is tuple and len(values) == len(network._NODE_KEYS) for _, values in nodes)
    assert all(type(part) is not dict for edge in edges for part in edge)
    G = to_networkx(gf)
    name, values = nodes[0]
    assert dict(zip(network._NODE_KEYS, values)) == G.nodes[name]
    u, v, relation, sources = edges[0]
    assert G.edges[u, v, relation] == {"label": relation, "relation": relation, "subject": u, "object": v,
                                       "sources": sources, "conflict": False}


def test_the_reader_is_gone_before_the_graph_is_made(sample_fusion, tmp_path, monkeypatch):
    """The reader's terms and columns and the graph's dicts are never held together."""
    import gc
    import weakref

    from diplograph.graph.analysis import network
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    readers, alive_when_taken = [], []

    class Recorded(network.Reader):
        def __init__(self, *args):
            super().__init__(*args)
            readers.append(weakref.ref(self))

    original = network.handed_out

    def taken(items):
        gc.collect()
        alive_when_taken.append(readers[-1]() is not None)
        return original(items)
    monkeypatch.setattr(network, "Reader", Recorded)
    monkeypatch.setattr(network, "handed_out", taken)
    G = to_networkx(gf)
    assert alive_when_taken and not any(alive_when_taken)
    assert G.number_of_nodes() > 40 and G.number_of_edges() >= 40


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_events_described_by_a_child_give_the_same_graph_in_the_same_order(sample_fusion, tmp_path, monkeypatch):
    """Past FORK_EVENTS the second half of the events is described by a forked child."""
    from diplograph.graph.analysis import network
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    expected = to_networkx(gf)
    describer_pids = tmp_path / "pids"
    original = network._event_part

    def recorded(*args):
        with describer_pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return original(*args)
    monkeypatch.setattr(network, "_event_part", recorded)
    monkeypatch.setattr(network, "FORK_EVENTS", 2)
    got = to_networkx(gf)
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(got.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert got.graph == expected.graph
    assert len(set(describer_pids.read_text().split())) == 2           # this process and a child


def test_the_file_is_read_once_for_the_networkx_graph(sample_fusion, tmp_path, file_passes):
    gf = to_graph_file(sample_fusion, tmp_path / "g.nq")
    G = to_networkx(gf)
    assert file_passes == [gf.path] and G.number_of_nodes() > 40


def test_unreadable_n_quads_name_the_file(tmp_path):
    gf = GraphFile(tmp_path / "g.nq")
    gf.close()
    gf.path.write_text("<urn:s> <urn:p> broken .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="g.nq"):
        list(gf.parsed())


def test_store_commit_from_the_file_equals_commit_from_the_dataset(sample_fusion, tmp_path):
    first = commit(tmp_path / "a", to_dataset(sample_fusion), {"k": {"id": "x"}}, "sig")
    second = commit(tmp_path / "b", to_graph_file(sample_fusion, tmp_path / "g.nq"), {"k": {"id": "x"}}, "sig")
    assert first.added == second.added == 8
    assert read_manifest(tmp_path / "a").graphs == read_manifest(tmp_path / "b").graphs
    again = commit(tmp_path / "b", to_dataset(sample_fusion), {"k": {"id": "x"}}, "sig")
    assert again.unchanged


def test_a_build_reads_its_networkx_graph_from_the_file_without_a_store(sample_build, tmp_path, monkeypatch):
    def no_store(self, path=None):
        raise AssertionError("the build made a query store")
    monkeypatch.setattr(GraphFile, "to_store", no_store)
    result = build([SAMPLES_DIR], tmp_path / "out")
    assert not list(tmp_path.glob(".out.scratch-*"))
    assert result.quads == sample_build.quads
    for name in ("graph.trig", "report.md", "views/overview.html"):
        assert (tmp_path / "out" / name).read_bytes() == (sample_build.out / name).read_bytes(), name


def test_a_large_build_writes_its_trig_in_a_process_of_its_own_with_the_same_bytes(sample_build, tmp_path,
                                                                                  monkeypatch):
    monkeypatch.setattr(build_module, "TRIG_APART_QUADS", 0)
    result = build([SAMPLES_DIR], tmp_path / "out", views=False)
    assert result.quads == sample_build.quads
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (sample_build.out / "graph.trig").read_bytes()
    assert (tmp_path / "out" / "report.md").read_bytes() == (sample_build.out / "report.md").read_bytes()


def test_a_failing_trig_process_fails_the_build_and_keeps_the_old_output(sample_build, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "TRIG_APART_QUADS", 0)
    out = tmp_path / "out"
    build([SAMPLES_DIR], out, views=False)
    before = (out / "graph.trig").read_bytes()
    monkeypatch.setattr(GraphFile, "__getstate__", lambda self: {**self.__dict__, "_out": None, "path": tmp_path / "gone.nq"})
    with pytest.raises(GraphError, match="gone.nq"):
        build([SAMPLES_DIR], out, views=False)
    assert (out / "graph.trig").read_bytes() == before
    assert not list(tmp_path.glob(".out.*"))


def test_a_graph_file_sent_to_another_process_reads_the_same_and_cannot_grow(tmp_path):
    gf = GraphFile(tmp_path / "g.nq")
    gf.add_graph(URIRef("urn:g"), [(URIRef("urn:s"), URIRef("urn:p"), Literal("o"))])
    copy = pickle.loads(pickle.dumps(gf))
    assert dict(copy) == dict(gf) and copy.quads == 1
    with pytest.raises(GraphError, match="read-only"):
        copy.add_graph(URIRef("urn:h"), [(URIRef("urn:s"), URIRef("urn:p"), Literal("o"))])
    gf.add_graph(URIRef("urn:h"), [(URIRef("urn:s"), URIRef("urn:p"), Literal("o"))])
    assert gf.quads == 2


def test_report_counts_the_quads_of_the_written_graph(sample_build):
    store = pyoxigraph.Store()
    store.bulk_load(path=str(sample_build.out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert sample_build.quads == len(store)
    report = (sample_build.out / "report.md").read_text(encoding="utf-8")
    assert f"quads (triples in their named graphs): {len(store)}" in report


@pytest.mark.parametrize("spill", [1, 7, 1000])
def test_a_graph_spilled_in_sorted_runs_gives_the_same_lines(sample_fusion, tmp_path, monkeypatch, spill):
    """Past SPILL_LINES a graph's lines go to sorted run files that are merged on close:
    the same lines, digests and count as held whole, and no run file is left behind."""
    from diplograph.graph.rdf import graphfile
    whole = to_graph_file(sample_fusion, tmp_path / "whole" / "g.nq")
    monkeypatch.setattr(graphfile, "SPILL_LINES", spill)
    runs = to_graph_file(sample_fusion, tmp_path / "runs" / "g.nq")
    assert dict(runs) == dict(whole)
    assert runs.digests() == whole.digests() and runs.quads == whole.quads
    assert [p.name for p in (tmp_path / "runs").iterdir()] == ["g.nq"]


def test_duplicates_across_runs_count_once(tmp_path, monkeypatch):
    from diplograph.graph.rdf import graphfile
    monkeypatch.setattr(graphfile, "SPILL_LINES", 2)
    gf = GraphFile(tmp_path / "g.nq")
    triples = [(S, P, Literal(n)) for n in (3, 1, 2, 1, 3, 3, 2)] + [(S, P, AWKWARD[-1])]
    gf.add_graph(G1, triples)
    assert gf.quads == 4
    plain = GraphFile(tmp_path / "plain.nq")
    monkeypatch.setattr(graphfile, "SPILL_LINES", 1000)
    plain.add_graph(G1, triples)
    assert gf[str(G1)] == plain[str(G1)] and gf.digests() == plain.digests()


def test_an_adopted_file_reads_as_if_written_here(tmp_path):
    whole = GraphFile(tmp_path / "whole.nq")
    whole.add_graph(G1, [(S, P, o) for o in AWKWARD])
    whole.add_graph(G2, [(S, P, Literal("two"))])
    whole.close()
    here, apart = GraphFile(tmp_path / "here.nq"), GraphFile(tmp_path / "apart.nq")
    here.add_graph(G1, [(S, P, o) for o in AWKWARD])
    apart.add_graph(G2, [(S, P, Literal("two"))])
    here.adopt(apart)
    here.close()
    assert (tmp_path / "here.nq").read_bytes() == (tmp_path / "whole.nq").read_bytes()
    assert list(here) == [str(G1), str(G2)] and dict(here) == dict(whole)
    assert here.digests() == whole.digests() and here.quads == whole.quads == len(AWKWARD) + 1
    assert not (tmp_path / "apart.nq").exists()
    again = GraphFile(tmp_path / "again.nq")
    again.add_graph(G2, [(S, P, Literal("2"))])
    here_copy = pickle.loads(pickle.dumps(here))
    with pytest.raises(GraphError, match="cannot adopt '.*again.nq': this copy of it is read-only"):
        here_copy.adopt(again)
    writable = GraphFile(tmp_path / "w.nq")
    writable.add_graph(G2, [])
    writable.add_graph(G1, [(S, P, Literal(1))])
    with pytest.raises(GraphError, match="'urn:g:1' was already written"):
        writable.adopt(here_copy)
    with pytest.raises(GraphError, match="w.nq' cannot adopt a copy of itself"):
        writable.adopt(pickle.loads(pickle.dumps(writable)))


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_article_graphs_written_by_a_child_give_the_same_file(sample_fusion, tmp_path, monkeypatch):
    """Past FORK_ARTICLES half of the article graphs are written by a forked child into a
    file of their own and appended: the same bytes, graphs and digests, no file left."""
    from diplograph.graph.rdf import dataset as rdf
    monkeypatch.setattr(rdf, "FORK_ARTICLES", 10**9)
    alone = to_graph_file(sample_fusion, tmp_path / "alone" / "g.nq")
    monkeypatch.setattr(rdf, "FORK_ARTICLES", 2)
    writer_pid = tmp_path / "pid"
    original = rdf._articles_apart

    def recorded(*args):
        writer_pid.write_text(str(os.getpid()))
        return original(*args)
    monkeypatch.setattr(rdf, "_articles_apart", recorded)
    apart = to_graph_file(sample_fusion, tmp_path / "apart" / "g.nq")
    assert int(writer_pid.read_text()) != os.getpid()           # written by the child
    assert (tmp_path / "apart" / "g.nq").read_bytes() == (tmp_path / "alone" / "g.nq").read_bytes()
    assert list(apart) == list(alone) and apart.digests() == alone.digests() and apart.quads == alone.quads
    assert sorted(p.name for p in (tmp_path / "apart").iterdir()) == ["g.nq"]
