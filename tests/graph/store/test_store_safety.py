"""The persistent store is safe: content identity that file names cannot confuse, a facts
cache that cannot run code, and a read-only store that can be read but not built into.

Real builds (:func:`diplograph.graph.build.build`) of small hand-written articles in
``tmp_path`` into real pyoxigraph stores, and real ``diplograph`` processes.
"""
from __future__ import annotations

import ctypes
import gzip
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.graph.build import build
from diplograph.graph.store import diskstore, factcodec
from diplograph.ontology.errors import StoreError

CLI = Path(sys.executable).with_name("diplograph")

TOKYO = ("Japans Außenminister Fumio Kishida traf am 2. November 2013 in Tokio den russischen "
         "Außenminister Sergej Lawrow. Beide Minister vereinbarten gemeinsame Marinemanöver.\n")
MOSCOW = ("Russia's foreign minister Sergei Lavrov met Japan's foreign minister Fumio Kishida in "
          "Moscow on March 3, 2014. \"We agreed to hold talks on cyber security,\" Lavrov said.\n")
ADDED = "Nachtrag: Lawrow reiste am Abend nach Moskau ab.\n"


def write(folder: Path, **texts: str) -> Path:
    """Article files ``NAME.txt`` with the given texts in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def quads(root) -> list[str]:
    """The live generation's quads, sorted, blank node labels blanked out."""
    return sorted(re.sub(r"_:[0-9a-zA-Z]+", "_:", str(q)) for q in diskstore.open_store(root))


def graph_ids(root) -> set[str]:
    """The identifiers of the articles in the store's graph (``schema:identifier``)."""
    rows = diskstore.open_store(root).query(
        "SELECT ?id WHERE { GRAPH ?g { ?a a <https://w3id.org/diplograph/ns#Article> ; "
        "<https://schema.org/identifier> ?id } }")
    return {row["id"].value for row in rows}


def manifest_ids(root) -> set[str]:
    return {info["id"] for info in diskstore.read_manifest(root).articles.values()}


def same_as(root, article: str) -> set[str]:
    """The other paths recorded for ``article`` (``schema:sameAs``)."""
    rows = diskstore.open_store(root).query(
        "SELECT ?other WHERE { GRAPH ?g { ?a <https://schema.org/identifier> ?id ; "
        f"<https://schema.org/sameAs> ?other }} FILTER(?id = \"{article}\") }}")
    return {row["other"].value for row in rows}


def fresh(tmp_path: Path, inputs, name: str = "fresh") -> Path:
    """A store built from scratch from ``inputs``; its folder (``store``, ``out``)."""
    root = tmp_path / name
    build(inputs, root / "out", store=root / "store", views=False)
    return root


# --------------------------------------------------------------------------- content identity


def test_a_renamed_duplicate_then_the_original_edited_keeps_building(tmp_path):
    inputs = write(tmp_path / "in", a=TOKYO, b=TOKYO)
    store, out = tmp_path / "store", tmp_path / "out"
    first = build([inputs], out, store=store, views=False)
    assert {i.path: i.status for i in first.inputs} == {str(inputs / "a.txt"): "ok", str(inputs / "b.txt"): "skipped"}
    assert manifest_ids(store) == graph_ids(store) == {"a"} and same_as(store, "a") == {str(inputs / "b.txt")}
    (inputs / "a.txt").write_text(TOKYO + ADDED, encoding="utf-8")
    messages: list[str] = []
    second = build([inputs], out, store=store, views=False, progress=messages.append)
    assert manifest_ids(store) == graph_ids(store) == {"a", "b"}
    assert {f.article.id: f.article.path for f in second.fusion.articles} == {
        "a": str(inputs / "a.txt"), "b": str(inputs / "b.txt")}
    assert sum("from the store" in m for m in messages) == 1          # b's facts are a's old ones
    third = build([inputs], out, store=store, views=False)
    assert third.store.unchanged and manifest_ids(store) == graph_ids(store) == {"a", "b"}
    scratch = fresh(tmp_path, [inputs])
    assert quads(store) == quads(scratch / "store")
    assert (out / "graph.trig").read_bytes() == (scratch / "out" / "graph.trig").read_bytes()


def test_a_renamed_duplicate_then_the_duplicate_edited_keeps_building(tmp_path):
    inputs = write(tmp_path / "in", a=TOKYO, b=TOKYO)
    store, out = tmp_path / "store", tmp_path / "out"
    build([inputs], out, store=store, views=False)
    (inputs / "b.txt").write_text(TOKYO + ADDED, encoding="utf-8")
    build([inputs], out, store=store, views=False)
    assert build([inputs], out, store=store, views=False).store.unchanged
    assert manifest_ids(store) == graph_ids(store) == {"a", "b"} and same_as(store, "a") == set()
    assert quads(store) == quads(fresh(tmp_path, [inputs]) / "store")


def test_a_stored_text_under_another_name_is_recorded_as_a_duplicate(tmp_path):
    store, out = tmp_path / "store", tmp_path / "out"
    original = write(tmp_path / "one", a=TOKYO, m=MOSCOW)
    build([original], out, store=store, views=False)
    copy = write(tmp_path / "two", b=TOKYO)
    result = build([copy], out, store=store, views=False)
    assert [(i.status, i.reason) for i in result.inputs] == [
        ("skipped", f"same content as the stored article 'a' ({str(original / 'a.txt')!r}; recorded there)")]
    assert result.removed == [] and result.store.replaced >= 1
    assert manifest_ids(store) == graph_ids(store) == {"a", "m"}
    assert same_as(store, "a") == {str(copy / "b.txt")}
    assert build([copy], out, store=store, views=False).store.unchanged


def test_a_stored_text_under_another_name_with_prune_takes_that_name(tmp_path):
    store, out = tmp_path / "store", tmp_path / "out"
    build([write(tmp_path / "one", a=TOKYO, m=MOSCOW)], out, store=store, views=False)
    moved = write(tmp_path / "two", b=TOKYO)
    messages: list[str] = []
    result = build([moved], out, store=store, views=False, prune=True, progress=messages.append)
    assert sorted(result.removed) == ["a", "m"]
    assert any("'a' is now 'b'" in m for m in messages)
    assert [i.reason for i in result.inputs] == ["unchanged: facts from the store"]
    assert manifest_ids(store) == graph_ids(store) == {"b"}
    assert quads(store) == quads(fresh(tmp_path, [moved]) / "store")


# --------------------------------------------------------------------------- the facts cache


class Planted:
    """A pickle that touches ``marker`` when it is loaded."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return Path.touch, (self.marker,)


def facts_file(store: Path, article: str) -> Path:
    """The cache file of the stored article ``article``."""
    key = next(k for k, info in diskstore.read_manifest(store).articles.items() if info["id"] == article)
    return store / "facts" / f"{key}.json.gz"


def plant_pickle(store: Path, article: str, marker: Path) -> Path:
    """Make ``article``'s facts look cached by an older diplograph: a pickle, which would
    touch ``marker`` if it were loaded, in place of the JSON."""
    cached = facts_file(store, article)
    cached.unlink(missing_ok=True)
    planted = cached.with_name(cached.name.replace(".json.gz", ".pickle"))
    planted.write_bytes(pickle.dumps(Planted(marker)))
    return planted


def craft(path: Path, value) -> None:
    path.write_bytes(gzip.compress(json.dumps(value).encode("ascii")))


def test_the_cache_is_json_that_gives_back_equal_facts(tmp_path):
    inputs = write(tmp_path / "in", a=TOKYO, m=MOSCOW)
    result = build([inputs], tmp_path / "out", store=tmp_path / "store", views=False)
    assert not list((tmp_path / "store" / "facts").glob("*.pickle"))
    for facts in result.fusion.articles:
        data = facts_file(tmp_path / "store", facts.article.id).read_bytes()
        assert json.loads(gzip.decompress(data))["format"] == "diplograph-facts/1"
        again = factcodec.loads(data)
        assert again.article.id == facts.article.id and again.entities == facts.entities
        assert again.events == facts.events and again.accords == facts.accords and again.figures == facts.figures


def test_facts_of_real_articles_come_back_equal_with_shared_events(tmp_path):
    from diplograph.extract import extract_article
    from diplograph.extract.read.reader import read_articles
    folder = write(tmp_path / "in", a=TOKYO, m=MOSCOW)
    corpus = sorted((Path(__file__).parents[1] / "fusion" / "fusion_corpus").glob("*.txt"))
    extracted = [extract_article(art) for path in [*folder.iterdir(), *corpus] for art in read_articles(path)[0]]
    assert sum(len(f.accords) for f in extracted) >= 2 and any(f.figures for f in extracted)
    for facts in extracted:
        again = factcodec.loads(factcodec.dumps(facts))
        assert again == facts
        assert [acc.event is None or any(acc.event is ev for ev in again.events) for acc in again.accords] == [
            acc.event is None or any(acc.event is ev for ev in facts.events) for acc in facts.accords]
        assert factcodec.article_of(factcodec.dumps(facts)) == facts.article


def test_a_build_from_the_cache_writes_the_same_graph_as_a_fresh_build(tmp_path):
    inputs = write(tmp_path / "in", a=TOKYO, m=MOSCOW)
    first = build([inputs], tmp_path / "first", store=tmp_path / "store", views=False)
    assert sorted(p.name.split(".", 1)[1] for p in (tmp_path / "store" / "facts").iterdir()) == ["json.gz"] * 2
    messages: list[str] = []
    again = build([inputs], tmp_path / "again", store=tmp_path / "store", views=False, progress=messages.append)
    assert sum("unchanged, from the store" in m for m in messages) == 2
    assert [i.reason for i in again.inputs] == ["unchanged: facts from the store"] * 2
    assert (tmp_path / "again" / "graph.trig").read_bytes() == (tmp_path / "first" / "graph.trig").read_bytes()
    assert first.counts == again.counts


def test_a_planted_pickle_is_never_loaded_and_its_article_is_extracted_again(tmp_path):
    inputs = write(tmp_path / "in", a=TOKYO, m=MOSCOW)
    store, marker = tmp_path / "store", tmp_path / "marker"
    build([inputs], tmp_path / "out", store=store, views=False)
    before = quads(store)
    planted = plant_pickle(store, "a", marker)
    result = build([inputs], tmp_path / "out", store=store, views=False)
    assert not marker.exists()
    assert {i.path: i.reason for i in result.inputs}[str(inputs / "a.txt")] == ""       # extracted, not cached
    assert not planted.exists() and factcodec.loads(facts_file(store, "a").read_bytes()).article.id == "a"
    assert quads(store) == before


def test_a_stored_article_cached_only_in_a_pickle_is_dropped_with_a_message(tmp_path):
    store, marker = tmp_path / "store", tmp_path / "marker"
    old = write(tmp_path / "old", a=TOKYO, m=MOSCOW)
    build([old], tmp_path / "out", store=store, views=False)
    plant_pickle(store, "m", marker)
    messages: list[str] = []
    result = build([old / "a.txt"], tmp_path / "out", store=store, views=False, progress=messages.append)
    assert not marker.exists()
    assert result.removed == ["m"] and manifest_ids(store) == graph_ids(store) == {"a"}
    assert f"store: removing 'm': its facts are cached only in a pickle of an older diplograph, which is not " \
           f"read (a pickle can run code); give its file ({str(old / 'm.txt')!r}) again to keep it" in messages
    build([old / "m.txt"], tmp_path / "out", store=store, views=False)
    assert manifest_ids(store) == graph_ids(store) == {"a", "m"} and not marker.exists()


def test_a_file_with_the_text_of_an_article_cached_only_in_a_pickle_takes_it_over(tmp_path):
    store, marker = tmp_path / "store", tmp_path / "marker"
    build([write(tmp_path / "old", a=TOKYO, m=MOSCOW)], tmp_path / "out", store=store, views=False)
    plant_pickle(store, "a", marker)
    moved = write(tmp_path / "new", b=TOKYO)
    result = build([moved], tmp_path / "out", store=store, views=False)
    assert not marker.exists() and result.removed == ["a"]
    assert [(i.status, i.reason) for i in result.inputs] == [("ok", "")]           # extracted again, as b
    assert manifest_ids(store) == graph_ids(store) == {"b", "m"}


CRAFTED = {
    "a function by name": {"format": "diplograph-facts/1", "facts": {"os.system": ["touch MARKER"]}},
    "a class by name": {"format": "diplograph-facts/1", "facts": {"ArticleFacts": {
        "article": {"builtins.eval": ["__import__('pathlib').Path('MARKER').touch()"]}}}},
    "a pickle's opcodes": {"format": "diplograph-facts/1", "facts": {"pickle": "cposix\nsystem\n(S'touch MARKER'\ntR."}},
    "an unknown format": {"format": "pickle", "facts": None},
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_crafted_cache_file_is_unreadable_and_its_article_extracted_again(tmp_path, name):
    inputs = write(tmp_path / "in", a=TOKYO)
    store, marker = tmp_path / "store", tmp_path / "MARKER"
    build([inputs], tmp_path / "out", store=store, views=False)
    before, cached = quads(store), facts_file(store, "a")
    craft(cached, json.loads(json.dumps(CRAFTED[name]).replace("MARKER", str(marker))))
    with pytest.raises(StoreError, match="unreadable facts"):
        factcodec.loads(cached.read_bytes())
    result = build([inputs], tmp_path / "out", store=store, views=False)
    assert [i.reason for i in result.inputs] == [""] and not marker.exists()
    assert factcodec.loads(cached.read_bytes()).article.id == "a" and quads(store) == before


def test_a_stored_article_with_unreadable_facts_is_extracted_again_from_its_cached_text(tmp_path):
    store = tmp_path / "store"
    build([write(tmp_path / "in", a=TOKYO, m=MOSCOW)], tmp_path / "out", store=store, views=False)
    before, cached = quads(store), facts_file(store, "m")
    value = json.loads(gzip.decompress(cached.read_bytes()))
    value["facts"]["ArticleFacts"]["mentions"][0] = {"subprocess.Popen": [["touch", str(tmp_path / "marker")]]}
    craft(cached, value)
    assert diskstore.load_facts(store, cached.name[:64]) is None
    result = build([tmp_path / "in" / "a.txt"], tmp_path / "out", store=store, views=False)
    assert result.removed == [] and manifest_ids(store) == {"a", "m"} and quads(store) == before
    assert factcodec.loads(cached.read_bytes()).article.id == "m" and not (tmp_path / "marker").exists()


def _facts() -> bytes:
    from diplograph.extract.dates import TimeValue
    from diplograph.extract.model import Article, ArticleFacts, Entity, Mention
    return factcodec.dumps(ArticleFacts(Article("a", "Tokio.", "de", published=TimeValue("2013-11-02", "day")),
                                        {"tokyo": Entity("tokyo", "City", "Tokyo", True, {"Tokio"})},
                                        [Mention("tokyo", 0, 5, "Tokio")]))


def _edited(edit) -> bytes:
    value = json.loads(gzip.decompress(_facts()))
    edit(value["facts"]["ArticleFacts"])
    return gzip.compress(json.dumps(value).encode("ascii"))


@pytest.mark.parametrize("edit, problem", [
    (lambda f: f.update(mentions=[{"Mention": {"key": "tokyo", "start": 0, "end": 5}}]), "'Mention' with fields"),
    (lambda f: f["mentions"][0]["Mention"].update(__class__="x"), "'Mention' with fields"),
    (lambda f: f["mentions"][0]["Mention"].update(start="0"), "Mention.start is a 'str'"),
    (lambda f: f["entities"]["dict"][0][1]["Entity"].update(surface=["Tokio"]), "Entity.surface is a 'list'"),
    (lambda f: f["entities"]["dict"][0][1]["Entity"].update(known=1), "Entity.known is a 'int'"),
    (lambda f: f.update(mentions=[{"ref": 0}]), "a reference to record 0"),
    (lambda f: f.update(mentions=[{"ref": 9}]), "a reference to record 9"),
    (lambda f: f.update(mentions=[{"TimeValue": {"iso": "2013", "precision": "year"}}]), "ArticleFacts.mentions holds"),
    (lambda f: f.update(mentions={"set": [[1]]}), "a bad 'set'"),
    (lambda f: f.update(mentions={"decimal": "x"}), "a bad 'decimal'"),
    (lambda f: f.update(mentions={"list": [], "tuple": []}), "an object with 2 keys"),
    (lambda f: f.update(mentions={"__reduce__": []}), "unknown type tag '__reduce__'"),
])
def test_the_codec_makes_only_its_records_with_their_fields(edit, problem):
    assert factcodec.loads(_edited(lambda f: None)) == factcodec.loads(_facts())
    with pytest.raises(StoreError, match=re.escape(problem)):
        factcodec.loads(_edited(edit))


def test_the_codec_refuses_what_is_not_its_format():
    for data in (b"", b"not gzip", gzip.compress(b"{"), gzip.compress(b"[" * 100_000 + b"]" * 100_000),
                 pickle.dumps({"format": "diplograph-facts/1"})):
        with pytest.raises(StoreError, match="unreadable facts"):
            factcodec.loads(data)
    with pytest.raises(StoreError, match="more than 100 bytes"):
        factcodec.loads(_facts(), limit=100)
    with pytest.raises(StoreError, match="cannot cache a value of type 'object'"):
        from diplograph.extract.model import Article, ArticleFacts
        factcodec.dumps(ArticleFacts(Article("a", "x", extra={"k": object()})))


# --------------------------------------------------------------------------- read-only stores

#: Linux capabilities that let root write whatever the file modes say (capability.h)
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24


def _without_override() -> None:
    """Run in the child before it starts the command: drop the capabilities that let root
    ignore file modes from the bounding set, so that the command (as root, too) obeys them."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def as_a_user(tmp_path):
    """Run a command as one that file modes bind: this user, or root without the
    capabilities that override them (skipped where those cannot be dropped)."""
    preexec = _without_override if os.geteuid() == 0 else None
    probe = tmp_path / "probe"
    probe.write_text("")
    probe.chmod(0o444)
    try:
        tried = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}, 'a')"], preexec_fn=preexec,
                               capture_output=True, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot drop root's file capabilities here: {exc}")
    if tried.returncode == 0:
        pytest.skip("this user writes read-only files (file modes cannot be tested)")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(a) for a in args], preexec_fn=preexec, capture_output=True, text=True,
                              check=False, timeout=300, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return run


def read_only(path: Path, only: str = "all") -> None:
    """``chmod a-w`` the store (all of it, only its folder, or only its facts folder)."""
    targets = {"all": [path, *path.rglob("*")], "folder": [path], "facts": [path / "facts"]}[only]
    for p in targets:
        p.chmod(p.stat().st_mode & ~0o222)


def writable(path: Path) -> None:
    for p in [path, *path.rglob("*")]:
        p.chmod(p.stat().st_mode | 0o200)


SERVE = """
import json, sys, urllib.parse, urllib.request
from diplograph.graph.store.endpoint import start_endpoint
with start_endpoint(store=sys.argv[1], timeout=60) as endpoint:
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(endpoint.query_url + "?" + query,
                                     headers={"Accept": "application/sparql-results+json"})
    print(json.load(urllib.request.urlopen(request, timeout=60))["results"]["bindings"][0]["n"]["value"])
"""


@pytest.mark.parametrize("only", ["all", "folder", "facts"])
def test_a_read_only_store_refuses_a_build_clearly_and_can_be_queried_and_served(tmp_path, as_a_user, only):
    inputs = write(tmp_path / "in", a=TOKYO)
    store = tmp_path / "store"
    build([inputs], tmp_path / "out", store=store, views=False)
    before, manifest = quads(store), diskstore.read_manifest(store)
    more = write(tmp_path / "more", m=MOSCOW)
    read_only(store, only)
    try:
        built = as_a_user(CLI, "build", more, "-o", tmp_path / "out2", "--store", store, "--no-views")
        queried = as_a_user(CLI, "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                            "--store", store, "--format", "csv")
        served = as_a_user(sys.executable, "-c", SERVE, store)
    finally:
        writable(store)
    assert built.returncode == 2 and "Traceback" not in built.stderr, built.stderr[-2000:]
    assert re.search(rf"^diplograph: error: store {re.escape(repr(str(store)))} cannot be written: "
                     r"Permission denied \('.*'\); a build needs to write its store \(a read-only store can "
                     r"still be queried and served\)$", built.stderr, re.MULTILINE), built.stderr[-2000:]
    assert "[1/1]" not in built.stderr and not (tmp_path / "out2").exists()      # refused before extracting
    assert diskstore.read_manifest(store) == manifest and quads(store) == before
    assert queried.returncode == 0 and queried.stdout.split() == ["n", str(len(before))], queried.stderr
    assert served.returncode == 0 and served.stdout.split() == [str(len(before))], served.stderr[-2000:]


def test_a_store_that_cannot_take_its_lock_is_refused_with_a_clear_error(tmp_path):
    store = tmp_path / "store"
    (store / "lock").mkdir(parents=True)            # no mode involved: nobody can open a folder to append
    done = subprocess.run([str(CLI), "build", str(write(tmp_path / "in", a=TOKYO)), "-o", str(tmp_path / "out"),
                           "--store", str(store), "--no-views"], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"diplograph: error: store {str(store)!r} cannot be written: Is a directory ({str(store / 'lock')!r})" \
           in done.stderr


def test_a_build_that_cannot_write_the_facts_cache_fails_clearly_and_leaves_the_store(tmp_path):
    store = tmp_path / "store"
    build([write(tmp_path / "in", a=TOKYO)], tmp_path / "out", store=store, views=False)
    before, manifest = quads(store), diskstore.read_manifest(store)
    facts = store / "facts"
    for p in facts.iterdir():
        p.unlink()
    facts.rmdir()
    facts.write_text("a file where the facts folder belongs")      # no mode involved: root cannot write into it
    with pytest.raises(StoreError, match=re.escape(f"store {str(store)!r} cannot be written: File exists ({str(facts)!r})")):
        build([write(tmp_path / "more", m=MOSCOW)], tmp_path / "out", store=store, views=False)
    assert diskstore.read_manifest(store) == manifest and quads(store) == before
