"""diplograph.graph.analysis.links.to_link_graph: the networkx graph's nodes and links alone, for the report."""
from __future__ import annotations

import pytest

from diplograph.graph.analysis import links, network
from diplograph.graph.rdf.forked import can_fork
from diplograph.graph.analysis.links import LINK_KEYS, to_link_graph
from diplograph.graph.analysis.network import to_networkx
from diplograph.graph.rdf.dataset import to_graph_file
from diplograph.graph.analysis.report import report_blocks
from diplograph.graph.rdf.union import Reader
from diplograph.ontology.namespace import DG, SDO

from tests.graph.graph_sample_data import sample_dataset


def _same_links(L, G) -> None:
    assert list(L.nodes) == list(G.nodes)
    assert [(n, d) for n, d in L.nodes(data=True)] == [(n, {k: d[k] for k in LINK_KEYS}) for n, d in G.nodes(data=True)]
    assert list(L.edges(keys=True)) == list(G.edges(keys=True))
    assert all(d == {} for _, _, d in L.edges(data=True))
    assert L.graph == {"articles": G.graph["articles"]}


def test_the_link_graph_of_a_hand_made_dataset_is_the_networkx_graph_without_details():
    ds = sample_dataset()
    _same_links(to_link_graph(ds), to_networkx(ds))


def test_the_link_graph_of_a_build_and_its_report(sample_build, tmp_path):
    gf = to_graph_file(sample_build.fusion, tmp_path / "g.nq")
    L, G = to_link_graph(gf), to_networkx(gf)
    _same_links(L, G)
    assert L.number_of_nodes() > 40 and L.number_of_edges() >= 40
    assert report_blocks(sample_build, 100, L) == report_blocks(sample_build, 100, G)


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_events_linked_by_a_child_give_the_same_graph(sample_build, tmp_path, monkeypatch):
    gf = to_graph_file(sample_build.fusion, tmp_path / "g.nq")
    expected = to_link_graph(gf)
    monkeypatch.setattr(links, "FORK_EVENTS", 2)
    got = to_link_graph(gf)
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(got.edges(keys=True)) == list(expected.edges(keys=True))


def test_the_link_graph_reads_no_evidence(sample_build, tmp_path, monkeypatch):
    """The sentences, mentions and statements of a dataset are most of its terms."""
    gf = to_graph_file(sample_build.fusion, tmp_path / "g.nq")
    readers = []

    class Recorded(Reader):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            readers.append(self)
    monkeypatch.setattr(links, "Reader", Recorded)
    monkeypatch.setattr(network, "Reader", Recorded)
    to_link_graph(gf)
    to_networkx(gf)
    lean, full = (set(r._columns) for r in readers)
    assert {DG.sentence, DG.evidence, SDO.text} & lean == set()
    assert {DG.sentence, DG.evidence, SDO.text} <= full
    lean_terms, full_terms = (set(r._terms._terms) for r in readers)
    mentions = {readers[1]._terms._terms[m] for m, _, _ in readers[1]._column(DG.sentence).rows()}
    assert len(mentions) > 20 and not mentions & lean_terms and lean_terms < full_terms
