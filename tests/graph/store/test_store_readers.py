"""Readers of a persistent store across builds: ``serve --store`` follows the builds made
while it serves, and a generation being read is never removed under its reader."""
from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from diplograph.graph.build import build
from diplograph.graph.store import diskstore
from diplograph.graph.store.access import query
from diplograph.graph.store.endpoint import start_endpoint
from diplograph.graph.store.lease import reading, remove_unread

ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dg:Article }"   # the project's prefixes are known
TEXT = ("Tokyo, 3 March 2021 - Japanese Foreign Minister Taro Kono met Russian Foreign Minister "
        "Sergey Lavrov in Tokyo on Tuesday. Article number {n}.")


def _add_article(folder: Path, n: int) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"a{n}.txt").write_text(TEXT.format(n=n), encoding="utf-8")


def _build(folder: Path, root: Path) -> str:
    build([folder], root / "out", store=root / "store", views=False)
    return diskstore.read_manifest(root / "store").generation


def _served_count(url: str) -> int:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": ARTICLES}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return int(json.load(answer)["results"]["bindings"][0]["n"]["value"])


def test_serve_follows_the_builds_made_while_it_serves(tmp_path):
    inputs = tmp_path / "in"
    _add_article(inputs, 1)
    first = _build(inputs, tmp_path)
    with start_endpoint(store=tmp_path / "store", timeout=20) as endpoint:
        assert _served_count(endpoint.query_url) == 1
        for n in (2, 3, 4):                    # three more generations; the first is removed
            _add_article(inputs, n)
            _build(inputs, tmp_path)
            assert _served_count(endpoint.query_url) == n
    assert not (tmp_path / "store" / first).exists()
    assert diskstore.read_manifest(tmp_path / "store").generation == "gen-000004"


def test_a_generation_under_a_lease_outlives_builds_and_goes_after(tmp_path):
    inputs = tmp_path / "in"
    _add_article(inputs, 1)
    first = _build(inputs, tmp_path)
    store = tmp_path / "store"
    with diskstore.reading_live(store) as location:
        assert location == store / first
        for n in (2, 3, 4):
            _add_article(inputs, n)
            _build(inputs, tmp_path)
        assert location.is_dir()               # still read: kept
        assert query(location.parent, ARTICLES).rows == [("4",)]
        assert len(diskstore.open_generation(location)) > 0
    _add_article(inputs, 5)
    _build(inputs, tmp_path)
    assert not (store / first).exists() and not (store / f"{first}.json").exists()


def test_a_lease_waits_for_a_removal_under_way_and_finds_the_folder_gone(tmp_path):
    folder = tmp_path / "gen-000001"
    folder.mkdir()
    (folder / "data").write_bytes(b"x")
    with reading(folder) as there:
        assert there and remove_unread(folder) is False and folder.is_dir()
    assert remove_unread(folder) is True and not folder.exists()
    with reading(folder) as there:
        assert there is False
    assert remove_unread(folder) is True


def test_a_reader_started_during_removal_sees_the_new_live_generation(tmp_path):
    inputs = tmp_path / "in"
    _add_article(inputs, 1)
    _build(inputs, tmp_path)
    store = tmp_path / "store"
    seen: list[Path] = []
    with diskstore.reading_live(store) as location:
        _add_article(inputs, 2)
        _build(inputs, tmp_path)
        reader = threading.Thread(target=lambda: seen.append(_read_live(store)))
        reader.start()
        reader.join(30)
    assert seen == [store / "gen-000002"] and location == store / "gen-000001"


def _read_live(store: Path) -> Path:
    with diskstore.reading_live(store) as location:
        return location


def test_a_folder_without_a_store_is_refused_by_serve(tmp_path):
    from diplograph.ontology.errors import StoreError
    with pytest.raises(StoreError, match="holds no store yet"):
        start_endpoint(store=tmp_path)
