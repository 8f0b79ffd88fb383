"""End to end: the sample articles to a graph, checked through SPARQL, SHACL and files."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from diplograph.graph.build import build
from diplograph.graph.store.query import run_query
from diplograph.graph.store.load import load_store
from diplograph.ontology.validate import validate

MEETINGS = """
PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?e (COUNT(DISTINCT ?doc) AS ?n) (SAMPLE(STR(?t)) AS ?date) (SAMPLE(?place) AS ?where)
WHERE { ?e dg:eventKind ?k ; sem:hasActor <https://w3id.org/diplograph/id/entity/itsunori-onodera> ;
           prov:wasDerivedFrom ?doc .
        OPTIONAL { ?e sem:hasTimeStamp ?t } OPTIONAL { ?e sem:hasPlace ?place } }
GROUP BY ?e
"""


def test_sample_build_writes_every_output(sample_build):
    out = sample_build.out
    assert (out / "graph.trig").stat().st_size > 10_000
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# diplograph build report")
    assert (out / "views" / "index.html").is_file()
    assert len(sample_build.ok) == 5 and not sample_build.problems
    assert any(m.startswith("[5/5]") for m in sample_build.messages)


def test_the_2013_meeting_is_one_event_with_three_sources(sample_build):
    store = load_store(sample_build.out / "graph.trig")
    rows = run_query(store, MEETINGS).rows
    assert len(rows) == 1
    _, n, date, place = rows[0]
    assert (n, date, place) == ("3", "2013-11-02", "https://w3id.org/diplograph/id/entity/tokyo")


def test_the_2017_round_stays_a_separate_event(sample_build):
    store = load_store(sample_build.out / "graph.trig")
    q = MEETINGS.replace("itsunori-onodera", "tomomi-inada")
    rows = run_query(store, q).rows
    assert len(rows) == 1 and rows[0][1] == "1"
    assert rows[0][0] != run_query(store, MEETINGS).rows[0][0]


def test_role_and_figure_conflicts_are_marked(sample_build):
    store = load_store(sample_build.out / "graph.trig")
    rows = run_query(store, """
        PREFIX dg: <https://w3id.org/diplograph/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label WHERE { ?c a dg:Conflict ; rdfs:label ?label }""").rows
    assert sorted(rows) == [("Sergei Shoigu: Defence Minister vs Foreign Minister of Russia",),
                            ("trade (Fumio Kishida): 24400000000 vs 24500000000 EUR",)]


def test_build_output_passes_shacl(sample_build):
    ds = Dataset()
    ds.parse(sample_build.out / "graph.trig", format="trig")
    conforms, report = validate(ds)
    assert conforms, report


def test_same_input_gives_byte_identical_graph(sample_build, tmp_path):
    again = build(None, tmp_path / "again", views=False)
    assert (again.out / "graph.trig").read_bytes() == (sample_build.out / "graph.trig").read_bytes()


def test_bad_files_are_named_and_skipped_and_good_ones_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "cp1252.txt").write_bytes(
        "Russlands Außenminister Sergej Lawrow traf am Montag in Moskau den japanischen "
        "Außenminister Taro Kono. Die Gespräche über einen Friedensvertrag dauerten "
        "vier Stunden.".encode("cp1252"))
    messages: list[str] = []
    result = build([folder], tmp_path / "out", progress=messages.append, views=False)
    status = {Path(i.path).name: (i.status, i.reason) for i in result.inputs}
    assert status["empty.txt"][0] == "skipped" and "empty" in status["empty.txt"][1]
    assert status["binary.txt"][0] == "failed" and "binary" in status["binary.txt"][1]
    assert status["cp1252.txt"] == ("ok", "")
    assert any("binary.txt" in m and "binary" in m for m in messages)
    text = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert "Außenminister Sergej Lawrow" in text
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "binary.txt" in report and "| failed |" in report


def test_failed_build_keeps_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(None, out, views=False)
    before = (out / "graph.trig").read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr("diplograph.graph.build.write_trig", broken)
    try:
        build(None, out, views=False)
    except Exception as exc:
        assert "disk full" in str(exc)
    else:
        raise AssertionError("the build should have failed")
    assert (out / "graph.trig").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.build-")]


STATEMENTS = """
PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?speaker ?id ?text WHERE {
  ?s a dg:Statement ; dg:speaker ?speaker ; schema:text ?text ; prov:wasDerivedFrom ?doc .
  ?doc schema:identifier ?id }
"""


def test_statements_of_the_samples_with_their_speakers(sample_build):
    rows = run_query(load_store(sample_build.out / "graph.trig"), STATEMENTS).rows
    said = {(speaker.rsplit("/", 1)[1], doc[:3], text) for speaker, doc, text in rows}

    def has(speaker, doc, words):
        return any(s == speaker and d == doc and words in t for s, d, t in said)
    assert has("fumio-kishida", "003", "new chapter of the Japanese and Russian relationship")
    assert has("sergey-lavrov", "003", "close cooperation in settling these issues")
    assert has("sergei-shoigu", "003", "global missile defense system")
    assert has("sergei-shoigu", "002", "Raketenabwehrschild")
    assert has("fumio-kishida", "004", "Wir müssen Einigkeit demonstrieren")


def test_agreement_of_the_2013_meeting_and_the_trade_figures(sample_build):
    store = load_store(sample_build.out / "graph.trig")
    rows = run_query(store, """
        PREFIX dg: <https://w3id.org/diplograph/ns#>
        PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
        SELECT DISTINCT ?topic WHERE {
          ?a a dg:Accord ; dg:accordStatus dg:Agreed ; dg:topic ?topic ;
             dg:party <https://w3id.org/diplograph/id/entity/japan>,
                      <https://w3id.org/diplograph/id/entity/russia> ;
             dg:reachedAt ?e .
          ?e sem:hasActor <https://w3id.org/diplograph/id/entity/itsunori-onodera> }""").rows
    topics = {t for (t,) in rows}
    assert {"hold joint military and anti-piracy exercises", "militärische Zusammenarbeit"} <= topics
    figures = run_query(store, """
        PREFIX dg: <https://w3id.org/diplograph/ns#>
        PREFIX schema: <https://schema.org/>
        SELECT ?v ?u WHERE { ?f a dg:FigureClaim ; dg:measures "trade" ; schema:value ?v ;
            schema:unitText ?u ; dg:statedBy <https://w3id.org/diplograph/id/entity/fumio-kishida> }""").rows
    assert sorted(figures) == [("24400000000", "EUR"), ("24500000000", "EUR"), ("33000000000", "USD")]


def test_the_2022_accords_of_the_samples(sample_build):
    rows = run_query(load_store(sample_build.out / "graph.trig"), """
        PREFIX dg: <https://w3id.org/diplograph/ns#>
        SELECT ?a ?status (GROUP_CONCAT(STRAFTER(STR(?p), "entity/"); separator=" ") AS ?parties)
        WHERE { ?a a dg:Accord ; dg:accordStatus ?status ; dg:party ?p }
        GROUP BY ?a ?status""").rows
    found = {(status.rsplit("#", 1)[1], frozenset(parties.split())) for _, status, parties in rows}
    # the roadmap NATO and "the four nations" plan at the Madrid summit; Japan's intended
    # update of its own partnership document with NATO
    assert ("Planned", frozenset({"nato", "japan", "south-korea", "australia", "new-zealand"})) in found
    assert ("Planned", frozenset({"nato", "japan"})) in found


ARTICLE_TEXTS = [
    "Tokio, 3. März 2023. Außenminister Yoshimasa Hayashi traf in Tokio den NATO-Generalsekretär "
    "Jens Stoltenberg.",
    "Moscow, 4 March 2023. The Russian foreign minister Sergey Lavrov met his Japanese counterpart "
    "Yoshimasa Hayashi in Moscow on Saturday, and the two said that they would meet again in the autumn.",
    "Brüssel, 5. März 2023. Jens Stoltenberg traf Sergej Lawrow in Brüssel.",
]


def _three_articles(folder: Path) -> Path:
    folder.mkdir()
    for n, text in enumerate(ARTICLE_TEXTS):
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_build_settles_the_collector_and_leaves_it_as_it_found_it(tmp_path, monkeypatch):
    """Made objects are frozen out of the collector's sight at each step and every
    SETTLE_EVERY extracted articles, and given back when the build ends."""
    import gc
    from diplograph.graph import build as build_module
    monkeypatch.setattr(build_module, "SETTLE_EVERY", 1)
    counts = []
    original = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (original(), counts.append(gc.get_freeze_count())))
    result = build([_three_articles(tmp_path / "in")], tmp_path / "out", views=False)
    assert len(result.ok) == 3
    # after reading, each of 3 articles, fusion, N-Quads and networkx
    assert len(counts) == 7 and min(counts) > 0
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def _gc_calls(monkeypatch) -> list:
    import gc
    calls = []
    for name in ("freeze", "unfreeze", "disable"):
        original = getattr(gc, name)
        monkeypatch.setattr(gc, name, lambda original=original, name=name: (calls.append(name), original()))
    return calls


def test_a_build_leaves_a_collector_that_is_off_or_frozen_alone(tmp_path, monkeypatch):
    import gc
    folder = _three_articles(tmp_path / "in")
    gc.freeze()
    calls = _gc_calls(monkeypatch)
    try:
        build([folder], tmp_path / "out", views=False)
        assert calls == [] and gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        monkeypatch.undo()
        gc.unfreeze()
    gc.disable()
    calls = _gc_calls(monkeypatch)
    try:
        build([folder], tmp_path / "out2", views=False)
        assert calls == [] and not gc.isenabled()
    finally:
        gc.enable()


def test_a_build_in_another_thread_leaves_the_collector_alone(tmp_path, monkeypatch):
    import threading
    folder = _three_articles(tmp_path / "in")
    calls, built = _gc_calls(monkeypatch), []
    worker = threading.Thread(target=lambda: built.append(build([folder], tmp_path / "out", views=False)))
    worker.start()
    worker.join()
    assert len(built[0].ok) == 3 and calls == []


def test_extraction_outside_a_build_needs_no_settler(monkeypatch):
    from diplograph.graph import build as build_module
    from diplograph.extract.model import Article
    monkeypatch.setattr(build_module, "SETTLE_EVERY", 1)
    result = build_module.BuildResult(Path("unused"))
    found = build_module._extract_all([Article("a", ARTICLE_TEXTS[0], "de"), Article("b", ARTICLE_TEXTS[1], "en")],
                                      result, lambda message: None, {})
    assert [f.article.id for f in found] == ["a", "b"] and len(result.ok) == 2


def test_a_failing_step_gives_the_collector_back(tmp_path, monkeypatch):
    import gc
    from diplograph.graph import build as build_module
    from diplograph.ontology.errors import GraphError

    def broken(*args, **kwargs):
        raise GraphError("broken on purpose")
    monkeypatch.setattr(build_module, "to_link_graph", broken)      # what a build without views makes
    with pytest.raises(GraphError, match="broken on purpose"):
        build([_three_articles(tmp_path / "in")], tmp_path / "out", views=False)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_build_without_its_facts_writes_the_same_output_and_lets_them_go(sample_build, tmp_path, monkeypatch):
    """keep_facts=False: the articles' facts and the fusion are gone before the networkx
    graph is made (nothing else holds them), and every file is the same."""
    import weakref
    from diplograph.graph import build as build_module
    alive = {}
    fuse, to_link_graph = build_module._fuse, build_module.to_link_graph

    def watched_fuse(facts, progress):
        fusion = fuse(facts, progress)
        alive["refs"] = [weakref.ref(fusion), *map(weakref.ref, fusion.articles), *map(weakref.ref, fusion.events)]
        return fusion

    def watched_networkx(quads):
        alive["at networkx"] = sum(ref() is not None for ref in alive["refs"])
        return to_link_graph(quads)

    monkeypatch.setattr(build_module, "_fuse", watched_fuse)
    monkeypatch.setattr(build_module, "to_link_graph", watched_networkx)    # a build without views
    lean = build(None, tmp_path / "lean", views=False, keep_facts=False)
    assert lean.fusion is None and alive["at networkx"] == 0 and len(alive["refs"]) > 10
    full = sample_build.fusion
    assert lean.counts == {"articles": 5, "events": len(full.events), "role claims": 22,
                           "conflicts": len(full.conflicts), "relations": len(full.relations)}
    for name in ("graph.trig", "report.md", "report.html", "relations.png", "degrees.png"):
        assert (lean.out / name).read_bytes() == (sample_build.out / name).read_bytes(), name


def test_a_lean_build_lets_article_texts_go_before_the_fusion_graph(tmp_path, monkeypatch):
    """Only the article graphs read the texts, statements, accords and figures."""
    from diplograph.graph.rdf import dataset as rdf
    seen = []
    fused = rdf._Writer.fused

    def watched(self):
        seen.append([(len(f.article.text), len(f.statements) + len(f.accords) + len(f.figures))
                     for f in self.fusion.articles])
        return fused(self)
    monkeypatch.setattr(rdf._Writer, "fused", watched)
    build(None, tmp_path / "kept", views=False)
    build(None, tmp_path / "lean", views=False, keep_facts=False)
    kept, lean = seen
    assert len(kept) == 5 and all(text > 1000 for text, _ in kept) and sum(parts for _, parts in kept) > 20
    assert lean == [(0, 0)] * 5
    assert (tmp_path / "lean" / "graph.trig").read_bytes() == (tmp_path / "kept" / "graph.trig").read_bytes()


def test_a_build_keeps_its_facts_by_default(tmp_path):
    result = build([_three_articles(tmp_path / "in")], tmp_path / "out", views=False)
    assert [f.article.id for f in result.fusion.articles] == ["a0", "a1", "a2"]
    assert result.counts["articles"] == 3


def test_only_a_build_that_lets_its_facts_go_trims_the_heap(tmp_path, monkeypatch):
    from diplograph.graph import build as build_module
    calls = []
    monkeypatch.setattr(build_module, "_trim_heap", lambda: calls.append("trim"))
    folder = _three_articles(tmp_path / "in")
    build([folder], tmp_path / "kept", views=False)
    assert calls == []
    build([folder], tmp_path / "lean", views=False, keep_facts=False)
    assert calls == ["trim", "trim"]            # once the article graphs are written, once the facts are gone


def test_a_build_with_a_store_lets_its_facts_go_and_the_store_keeps_their_mentions(sample_build, tmp_path):
    from diplograph.graph.store import diskstore
    lean = build(None, tmp_path / "lean", views=False, store=tmp_path / "store", keep_facts=False)
    assert lean.fusion is None and lean.counts["articles"] == 5 and lean.counts["role claims"] == 22
    for name in ("graph.trig", "report.md"):
        assert (lean.out / name).read_bytes() == (sample_build.out / name).read_bytes(), name
    root = Path(tmp_path / "store")
    cached = [diskstore.load_facts(root, key) for key in diskstore.read_manifest(root).articles]
    assert len(cached) == 5 and all(len(f.mentions) >= 10 for f in cached)


PLACES = """
PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?e (COUNT(DISTINCT ?doc) AS ?n) (GROUP_CONCAT(DISTINCT STR(?place); separator=" ") AS ?where)
WHERE { ?e dg:eventKind "Deployment" ; prov:wasDerivedFrom ?doc ; sem:hasPlace ?place } GROUP BY ?e
"""


def test_an_act_told_at_an_island_and_at_its_archipelago_is_one_event_with_both_places(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.txt").write_text("date 2019-03-11 China stationiert Radare auf Kunaschir\n\n"
                                   "China hat am Sonntag Radare auf der Insel Kunaschir stationiert.\n",
                                   encoding="utf-8")
    (folder / "en.txt").write_text("date 2019-03-12 China deploys radars on the Kuril Islands\n\n"
                                   "China has deployed radars on one of the Kurils, the ministry said.\n",
                                   encoding="utf-8")
    build([folder], tmp_path / "out", views=False)
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    rows = [(int(r.n), sorted(w.rsplit("/", 1)[-1] for w in str(r.where).split())) for r in ds.query(PLACES)]
    assert rows == [(2, ["kunashir", "kuril-islands"])]


def test_a_name_found_by_its_shape_is_unverified_in_the_graph(tmp_path):
    from diplograph.graph.analysis.network import to_networkx
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Lee Min-jun said the talks with Kishida were useful.\n", encoding="utf-8")
    build([folder], tmp_path / "out", views=False)
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    G = to_networkx(ds)
    people = {n.rsplit("/", 1)[-1]: a["unverified"] for n, a in G.nodes(data=True) if a.get("kind") == "Person"}
    assert people == {"lee-min-jun": "names.en.person.said, confidence 0.6", "fumio-kishida": None}
