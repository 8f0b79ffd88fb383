"""diplograph.graph.analysis.network.to_networkx and the measures of diplograph.graph.analysis.measures on a hand-made dataset."""
from __future__ import annotations

import random

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal

from diplograph.graph.analysis import measures as analysis
from diplograph.graph.analysis.measures import (
    centrality, communities, connections, resolve, shared_events, simple_graph, to_networkx,
    top_actors,
)
from tests.graph.graph_sample_data import (
    A0, A1, A2, FM, JAPAN, KISHIDA, LAVROV, MEETING, NATO, NODES, RUSSIA, SHOIGU, TALKS, TOKYO, USA,
    sample_dataset,
)
from diplograph.ontology.errors import ViewError
from diplograph.ontology.namespace import ARTICLE, DG, ENT, KB_GRAPH, MEMBERSHIP, ORG, PROV, RDF, RDFS, SDO, article_graph

K, L, S, J, R, N, T, M, TK = map(str, (KISHIDA, LAVROV, SHOIGU, JAPAN, RUSSIA, NATO, TOKYO, MEETING, TALKS))


@pytest.fixture(scope="module")
def G() -> nx.MultiGraph:
    return to_networkx(sample_dataset())


# --------------------------------------------------------------------------- to_networkx


def test_nodes_are_the_mentioned_entities_and_reported_events(G):
    assert set(G) == NODES
    assert str(USA) not in G          # in the KB, mentioned by no article
    assert G.graph["articles"] == [A0, A1, A2]


def test_node_labels_prefer_english(G):
    assert G.nodes[R]["label"] == "Russia"
    assert G.nodes[L]["label"] == "Sergey Lavrov"
    assert G.nodes[M]["label"] == "Meeting: Fumio Kishida, Sergey Lavrov (Tokyo, 2013-11-02)"
    # an event without rdfs:label is named from its kind, actors and date
    assert G.nodes[TK]["label"] == "Talks: NATO, Sergei Shoigu (2014-03)"


def test_kinds_and_categories(G):
    kinds = {n: (G.nodes[n]["kind"], G.nodes[n]["category"]) for n in G}
    assert kinds == {
        J: ("Country", "actor"), R: ("Country", "actor"), N: ("Organization", "actor"),
        K: ("Person", "actor"), L: ("Person", "actor"), S: ("Person", "actor"),
        T: ("Place", "place"), M: ("Meeting", "event"), TK: ("Talks", "event"),
    }


def test_event_dates_and_sources(G):
    assert G.nodes[M]["date"] == "2013-11-02"
    assert G.nodes[TK]["date"] == "2014-03"
    assert G.nodes[J]["date"] is None
    assert G.nodes[M]["sources"] == [A0, A1]
    assert G.nodes[TK]["sources"] == [A2]
    assert G.nodes[S]["sources"] == [A1, A2]
    assert G.nodes[J]["sources"] == [A0]


def test_facts_give_roles_and_event_details_with_sources(G):
    assert "Foreign Minister of Japan (source 000_aaa)" in G.nodes[K]["facts"]
    assert "Foreign Minister: Fumio Kishida (source 000_aaa)" in G.nodes[J]["facts"]
    facts = G.nodes[M]["facts"]
    assert "Date: 2013-11-02 (source 000_aaa)" in facts
    assert "Date: 2013-11-03 (source 001_bbb)" in facts
    assert "Place: Tokyo (sources 000_aaa, 001_bbb)" in facts
    assert "Actors: Fumio Kishida, Sergey Lavrov" in facts
    assert 'Said: "We will respond." (source 002_ccc)' in G.nodes[S]["facts"]


def test_sentences_are_the_evidence_at_most_three(G):
    assert G.nodes[TK]["sentences"] == [(A2, "Defence Minister Sergei Shoigu held talks with NATO.")]
    assert [a for a, _ in G.nodes[M]["sentences"]] == [A0, A1]
    assert all(len(G.nodes[n]["sentences"]) <= 3 for n in G)


def test_edges_and_their_labels(G):
    edges = {(d["subject"], d["object"], d["label"]) for _, _, d in G.edges(data=True)}
    assert edges == {
        (M, K, "hasActor"), (M, L, "hasActor"), (M, T, "hasPlace"),
        (TK, S, "hasActor"), (TK, N, "hasActor"),
        (K, J, "Foreign Minister"), (L, R, "Foreign Minister"),
        (S, R, "Foreign Minister"), (S, R, "Defence Minister"),
    }
    [(key, role)] = G.get_edge_data(K, J).items()
    assert key == f"role:{FM}"
    assert role["relation"] == "role" and role["sources"] == [A0]
    assert role["role"].endswith("/role/foreign-minister")


def test_claims_of_one_role_between_two_nodes_are_one_edge_whichever_way_round():
    ds = sample_dataset()
    for graph_of, claim, member, org in ((A2, "lavrov-again", LAVROV, RUSSIA), (A0, "lavrov-reversed", RUSSIA, LAVROV)):
        g = ds.graph(article_graph(graph_of))
        node = MEMBERSHIP[claim]
        g.add((node, RDF.type, DG.RoleClaim))
        g.add((node, ORG.member, member))
        g.add((node, ORG.organization, org))
        g.add((node, ORG.role, FM))
        g.add((node, PROV.wasDerivedFrom, ARTICLE[graph_of]))
    G = to_networkx(ds)
    [(key, role)] = G.get_edge_data(R, L).items()
    assert key == f"role:{FM}" and (role["subject"], role["object"]) == (L, R)     # as the first claim has it
    assert role["claims"] == sorted(str(MEMBERSHIP[c]) for c in ("lavrov-fm", "lavrov-again", "lavrov-reversed"))
    assert role["sources"] == [A0, A1, A2]


def test_conflicts_mark_the_claims_edges_and_nodes(G):
    conflicted_edges = {(d["subject"], d["label"]) for _, _, d in G.edges(data=True) if d["conflict"]}
    assert conflicted_edges == {(S, "Foreign Minister"), (S, "Defence Minister")}
    assert {n for n in G if G.nodes[n]["conflict"]} == {S, M}
    assert G.nodes[M]["facts"][0] == "Conflict: Meeting date: 2013-11-02 vs 2013-11-03"


def test_plain_graph_and_empty_dataset():
    assert to_networkx(Dataset()).number_of_nodes() == 0
    g = Graph()
    g.add((ARTICLE.x, RDF.type, DG.Article))
    g.add((ARTICLE.x, SDO.mentions, ENT.japan))
    g.add((ENT.japan, RDF.type, DG.Country))
    G = to_networkx(g)
    assert list(G.nodes(data="label")) == [(str(ENT.japan), "japan")]
    assert G.nodes[str(ENT.japan)]["sources"] == ["x"]


def test_kind_is_the_most_specific_dg_class():
    ds = Dataset()
    g = ds.graph(article_graph("a"))
    g.add((ARTICLE.a, RDF.type, DG.Article))
    g.add((ARTICLE.a, SDO.mentions, ENT.mofa))
    ds.graph(KB_GRAPH).add((ENT.mofa, RDF.type, DG.Organization))
    ds.graph(KB_GRAPH).add((ENT.mofa, RDF.type, DG.Ministry))
    ds.graph(KB_GRAPH).add((ENT.mofa, RDFS.label, Literal("Gaimushō", lang="ja")))
    G = to_networkx(ds)
    assert G.nodes[str(ENT.mofa)]["kind"] == "Ministry"
    assert G.nodes[str(ENT.mofa)]["label"] == "Gaimushō"


def test_to_networkx_rejects_non_graphs():
    with pytest.raises(ViewError, match="'nope'"):
        to_networkx("nope")


# --------------------------------------------------------------------------- measures


def test_centrality_ordering(G):
    c = centrality(G)
    assert set(c) == NODES
    assert c[M] == {"degree": 0.375, "betweenness": 0.607143}
    by_betweenness = sorted(G, key=lambda n: (-c[n]["betweenness"], n))
    assert by_betweenness[:4] == [M, L, R, S]
    assert c[J]["betweenness"] == c[N]["betweenness"] == c[T]["betweenness"] == 0.0
    assert max(c, key=lambda n: c[n]["degree"]) == M


def test_simple_graph_collapses_parallel_role_edges(G):
    assert G.number_of_edges() == 9
    assert simple_graph(G).number_of_edges() == 8
    H = simple_graph(G)
    assert list(H) == sorted(G, key=str)
    assert all(H.nodes[n] == G.nodes[n] for n in G)


def test_communities_are_deterministic(G):
    found = communities(G)
    assert found == [{M, J, T, K}, {TK, S, N}, {L, R}]
    assert communities(G) == found
    assert communities(nx.MultiGraph()) == []


def test_top_actors(G):
    assert top_actors(G, 6) == [(L, 0.25), (R, 0.25), (S, 0.25), (K, 0.25), (J, 0.125), (N, 0.125)]
    assert top_actors(G, 0) == []
    with pytest.raises(ViewError, match="-1"):
        top_actors(G, -1)


def test_shared_events_and_connections(G):
    assert shared_events(G, K, L) == [M]
    assert shared_events(G, "Fumio Kishida", "sergei shoigu") == []
    assert connections(G, "Fumio Kishida", "Sergey Lavrov") == [[K, M, L]]
    assert connections(G, "Japan", "NATO") == [[J, K, M, L, R, S, TK, N]]
    assert connections(G, "Japan", "Russia", limit=0) == []


def test_connections_of_unconnected_nodes_is_empty():
    G = nx.MultiGraph()
    G.add_nodes_from(["a", "b"])
    assert connections(G, "a", "b") == []


def test_resolve_errors_quote_the_name(G):
    assert resolve(G, "tokyo") == T
    with pytest.raises(ViewError, match="'Atlantis'"):
        resolve(G, "Atlantis")
    G2 = nx.Graph()
    G2.add_node("x1", label="Same")
    G2.add_node("x2", label="Same")
    with pytest.raises(ViewError, match="ambiguous"):
        resolve(G2, "same")


def test_module_reexports_to_networkx():
    assert analysis.to_networkx is to_networkx


@pytest.mark.parametrize("sample", [None, 60])
def test_betweenness_agrees_with_networkx(sample):
    """igraph computes it; networkx's own function (same pivots when sampled) is the reference."""
    from diplograph.graph.analysis.measures import betweenness
    H = nx.gnm_random_graph(200, 500, seed=3)
    H.add_node("isolated")
    ours = betweenness(H, sample)
    reference = nx.betweenness_centrality(H, k=sample, normalized=True, seed=0)
    assert set(ours) == set(reference)
    assert max(abs(ours[v] - reference[v]) for v in H) < 1e-3
    assert max(ours.values()) > 0.05
    assert ours["isolated"] == 0.0


def test_communities_of_a_large_graph_come_from_igraph_seeded_and_leave_random_alone(G, monkeypatch):
    monkeypatch.setattr(analysis, "COMMUNITIES_IN_IGRAPH_ABOVE", 0)
    state = random.getstate()
    found = communities(G)
    assert random.getstate() == state
    assert found == [{M, J, T, K}, {TK, S, N}, {L, R}]
    ring = nx.MultiGraph()
    for k in range(12):                  # twelve triangles joined in a ring by single edges
        nx.add_cycle(ring, [f"t{k}a", f"t{k}b", f"t{k}c"])
        ring.add_edge(f"t{k}c", f"t{(k + 1) % 12}a")
    once = communities(ring)
    assert once == communities(ring)
    assert sorted(n for c in once for n in c) == sorted(ring)
    assert len(once) >= 4 and all(len(c) >= 3 for c in once)


def test_betweenness_of_a_very_large_graph_uses_fewer_pivots(monkeypatch):
    for name, value in (("BETWEENNESS_SAMPLE_ABOVE", 10), ("BETWEENNESS_BUDGET", 20),
                        ("BETWEENNESS_PIVOTS", 10), ("BETWEENNESS_MIN_PIVOTS", 3)):
        monkeypatch.setattr(analysis, name, value)
    H = nx.relabel_nodes(nx.gnm_random_graph(40, 90, seed=5), str)
    assert analysis.pivots(15) == 10 and analysis.pivots(40) == 5 and analysis.pivots(400) == 3
    got = {n: c["betweenness"] for n, c in centrality(H).items()}
    skeleton = analysis._skeleton(H)
    assert got == {n: round(v, 6) for n, v in analysis.betweenness(skeleton, 5).items()}
    assert got != {n: round(v, 6) for n, v in analysis.betweenness(skeleton, 10).items()}
