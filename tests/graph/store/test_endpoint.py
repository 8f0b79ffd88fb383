"""``diplograph serve`` and ``diplograph push``: a real Oxigraph server on 127.0.0.1, queried
with rdflib's SPARQLStore (a SPARQL 1.1 Protocol client) and loaded through the Graph Store
Protocol; both are started and stopped by the tests."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from diplograph.graph.store import diskstore
from diplograph.graph.store.endpoint import find_server, free_port, start_endpoint, wait_until_up
from diplograph.graph.store.push import push
from diplograph.graph.store.query import resolve_query, run_query
from diplograph.graph.store.load import load_store
from diplograph.ontology.errors import EndpointError, StoreError

CLI = Path(sys.executable).with_name("diplograph")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def built(sample_build, tmp_path_factory):
    """The samples in a persistent store, beside the session's sample build."""
    from diplograph.graph.build import SAMPLES_DIR, build
    root = tmp_path_factory.mktemp("served")
    build([SAMPLES_DIR], root / "out", store=root / "store", views=False)
    return root


def remote(url: str) -> Graph:
    return Graph(store=SPARQLStore(query_endpoint=url, returnFormat="json"))


def count(url: str) -> int:
    return int(next(iter(remote(url).query(COUNT)))[0])


def test_the_store_is_served_read_only_and_answers_like_the_library(built):
    local = diskstore.open_store(built / "store")
    with start_endpoint(store=built / "store", timeout=10) as endpoint:
        assert count(endpoint.query_url) == len(local)
        sparql = resolve_query("meetings")
        rows = [tuple(str(v) if v is not None else None for v in row) for row in remote(endpoint.query_url).query(sparql)]
        expected = run_query(local, sparql).rows
        assert [r[0] for r in rows] == [r[0] for r in expected] and len(rows) == 6
        update = urllib.request.Request(endpoint.url + "/update", method="POST",
                                        data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=10)
        assert refused.value.code == 403
        assert count(endpoint.query_url) == len(local)
    with pytest.raises(OSError):
        urllib.request.urlopen(endpoint.url + "/", timeout=2)


def test_a_graph_file_can_be_served_too(sample_build):
    trig = sample_build.out / "graph.trig"
    with start_endpoint(graph=trig) as endpoint:
        assert count(endpoint.query_url) == len(load_store(trig))
        with urllib.request.urlopen(endpoint.url + "/", timeout=10) as page:
            assert b"read-only" in page.read()
        csv_request = urllib.request.Request(endpoint.query_url + "?" + urllib.parse.urlencode(
            {"query": "SELECT ?k WHERE { ?e dg:eventKind ?k } ORDER BY ?k LIMIT 1"}), headers={"Accept": "text/csv"})
        with urllib.request.urlopen(csv_request, timeout=10) as answer:
            assert answer.headers["Content-Type"].startswith("text/csv")
            first = run_query(load_store(trig), "SELECT ?k WHERE { ?e dg:eventKind ?k } ORDER BY ?k LIMIT 1")
            assert answer.read().decode("utf-8").splitlines() == ["k", first.rows[0][0]]
        scratch = endpoint.scratch
        assert scratch.is_dir()
    assert not scratch.exists()


def test_a_bad_query_gets_the_servers_message(built):
    with start_endpoint(store=built / "store") as endpoint:
        url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"})
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(url, timeout=10)
        assert bad.value.code == 400
        assert "SPARQL syntax error" in bad.value.read().decode("utf-8")


def test_serve_needs_a_store_that_exists(tmp_path):
    with pytest.raises(StoreError, match="holds no store yet"):
        start_endpoint(store=tmp_path)


def test_the_cli_serves_until_stopped(built):
    port = free_port()
    process = subprocess.Popen([str(CLI), "serve", "--store", str(built / "store"), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line
        assert count(f"http://127.0.0.1:{port}/query") > 3000
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 128 + signal.SIGTERM
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


# --------------------------------------------------------------------------- push


@pytest.fixture()
def writable(tmp_path):
    """A read-write ``oxigraph serve`` on loopback: the "external" server to push to."""
    port = free_port()
    process = subprocess.Popen([str(find_server()), "serve", "--location", str(tmp_path / "remote"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def graphs_and_triples(url: str) -> dict[str, int]:
    sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {str(g): int(n) for g, n in remote(url + "/query").query(sparql)}


def test_push_loads_every_graph_and_pushing_again_changes_nothing(sample_build, writable):
    trig = sample_build.out / "graph.trig"
    local = load_store(trig)
    expected = {g.value: sum(1 for _ in local.quads_for_pattern(None, None, None, g)) for g in local.named_graphs()}
    result = push(writable + "/store", trig)
    assert result.graphs == len(expected) == 8 and result.triples == len(local)
    assert graphs_and_triples(writable) == expected
    again = push(writable + "/store", trig)
    assert again == result and graphs_and_triples(writable) == expected


def test_push_from_a_store_through_the_cli(built, writable):
    done = subprocess.run([str(CLI), "push", writable + "/store", "--store", str(built / "store")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("pushed 8 graphs, ") and "[8/8]" in done.stderr
    assert sum(graphs_and_triples(writable).values()) == len(diskstore.open_store(built / "store"))


def test_push_to_nothing_or_a_bad_url_says_so(sample_build):
    trig = sample_build.out / "graph.trig"
    with pytest.raises(EndpointError, match="cannot reach 'http://127.0.0.1:"):
        push(f"http://127.0.0.1:{free_port()}/store", trig, timeout=5)
    with pytest.raises(EndpointError, match="push needs an http"):
        push("ftp://example.org/store", trig)


def test_push_reports_a_refusing_server(sample_build, built):
    with start_endpoint(store=built / "store") as read_only:
        with pytest.raises(EndpointError, match=r"refused the graph: HTTP 403"):
            push(read_only.url + "/store", sample_build.out / "graph.trig")


def test_the_endpoint_stops_a_query_at_its_time_limit(built):
    from tests.graph.test_cli import HEAVY
    with start_endpoint(store=built / "store", timeout=1) as endpoint:
        url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": HEAVY})
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as stopped:
            urllib.request.urlopen(url, timeout=60)
        assert stopped.value.code == 503 and time.monotonic() - started < 10
        assert stopped.value.read() == b"query time limit of 1 s reached"
        assert count(endpoint.query_url) > 3000      # and it still answers
