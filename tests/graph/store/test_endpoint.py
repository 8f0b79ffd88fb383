"""``diplograph serve`` and ``diplograph push``: a real Oxigraph server on 127.0.0.1, queried
with rdflib's SPARQLStore (a SPARQL 1.1 Protocol client) and loaded through the Graph Store
Protocol; both are started and stopped by the tests."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph
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


# --------------------------------------------------------------------------- facing strangers

DEEP = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000


@pytest.fixture()
def listener():
    """A TCP listener on loopback that never accepts by itself: a connection attempt
    (a federated request) waits in its backlog, where :func:`reached` finds it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock


def reached(sock: socket.socket) -> bool:
    """Whether anything has connected to the listener (the kernel completes the handshake
    before the answer comes back, so no waiting is needed)."""
    sock.setblocking(False)
    try:
        connection, _ = sock.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def ask(url: str, query: str, headers: dict | None = None, method: str = "GET") -> tuple[int, str, dict]:
    """(status, body, headers) of a query sent to the endpoint, error statuses included."""
    if method == "GET":
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers or {})
    else:
        request = urllib.request.Request(url, data=query.encode("utf-8"), method=method,
                                         headers={"Content-Type": "application/sparql-query", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8"), dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), dict(error.headers)


def raw(port: int, head: str, body: bytes = b"", *, close: bool = False) -> tuple[int, str]:
    """Send bytes as they are (a hand-made HTTP request) and read the answer to its end."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + body)
        if close:
            sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2].decode("utf-8")


def test_service_load_and_remote_from_are_refused_and_reach_nothing(built, listener):
    target = f"http://127.0.0.1:{listener.getsockname()[1]}"
    with start_endpoint(store=built / "store", timeout=20) as endpoint:
        for query, message in [
            (f"SELECT * WHERE {{ SERVICE <{target}/sparql> {{ ?s ?p ?o }} }}",
             f"'SERVICE <{target}/sparql>' is refused: federated queries are off (allow them with --allow-federation)"),
            (f"select * where {{ ?s ?p ?o . service silent <{target}/x> {{ ?s ?p ?o }} }}",
             f"'SERVICE <{target}/x>' is refused: federated queries are off"),
            (f"SELECT * WHERE {{ ?a ?b ?c FILTER(?a<'#')SERVICE#>\n<{target}/y>{{ ?s ?p ?o }} }}",
             f"'SERVICE <{target}/y>' is refused: federated queries are off"),
            (f"LOAD <{target}/data.ttl>",
             f"'LOAD <{target}/data.ttl>' is a SPARQL update (LOAD): the store is only read, updates are refused"),
            (f"SELECT * FROM <{target}/g> WHERE {{ ?s ?p ?o }}",
             f"FROM <{target}/g>: the store has no graph of that name (FROM graphs are never fetched)"),
            ("SELECT * FROM <urn:nonexistent> WHERE { ?s ?p ?o }", "FROM <urn:nonexistent>: the store has no graph"),
        ]:
            status, body, _ = ask(endpoint.query_url, query)
            assert (status, body[:len(message)]) == (400, message), query
        assert not reached(listener)
        status, body, _ = ask(endpoint.query_url, "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/diplograph/graph/kb> "
                                                  "WHERE { ?s ?p ?o }", {"Accept": "text/csv"})
        kb = diskstore.open_store(built / "store").quads_for_pattern(
            None, None, None, pyoxigraph.NamedNode("https://w3id.org/diplograph/graph/kb"))
        assert status == 200 and body.split() == ["n", str(sum(1 for _ in kb))]


def answer_once(listener: socket.socket, value: str) -> threading.Thread:
    """Let the listener answer one SPARQL request with one row, ``?x`` = ``value``."""
    answer = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "literal", "value": value}}]}}).encode("utf-8")

    def serve_once() -> None:
        listener.settimeout(30)
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                               b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(answer), answer))
    remote_end = threading.Thread(target=serve_once, daemon=True)
    remote_end.start()
    return remote_end


def test_federation_reaches_other_endpoints_only_when_allowed(built, listener):
    """Refused by default; with federation allowed the SERVICE request arrives (and its
    answer is used)."""
    query = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{listener.getsockname()[1]}/sparql> {{ ?s ?p ?x }} }}"
    with start_endpoint(store=built / "store", timeout=20) as endpoint:
        assert ask(endpoint.query_url, query)[0] == 400
    assert not reached(listener)
    remote_end = answer_once(listener, "from afar")
    with start_endpoint(store=built / "store", timeout=20, federation=True) as endpoint:
        status, body, _ = ask(endpoint.query_url, query, {"Accept": "text/csv"})
    remote_end.join(30)
    assert (status, body.splitlines()) == (200, ["x", "from afar"])


def test_query_processes_cannot_open_network_sockets(listener):
    """The kernel-level net under the vetting: after forbid_network, pyoxigraph's SERVICE
    (and any socket) is refused, while the process goes on."""
    port = listener.getsockname()[1]
    code = (
        "import pyoxigraph, socket\n"
        "from diplograph.graph.store.workers import forbid_network\n"
        "assert forbid_network()\n"
        "try:\n"
        f"    list(pyoxigraph.Store().query('SELECT * {{ SERVICE <http://127.0.0.1:{port}/> {{}} }}'))\n"
        "except OSError as error:\n"
        "    print(type(error).__name__)\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=5)\n"
        "except OSError as error:\n"
        "    print(type(error).__name__)\n"
        "print(pyoxigraph.Store().query('ASK {}'))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["PermissionError", "PermissionError", "<QueryBoolean", "true>"], done.stderr
    assert not reached(listener)


def test_deep_nesting_and_long_chains_are_refused_before_parsing(built):
    with start_endpoint(store=built / "store", timeout=20) as endpoint:
        status, body, _ = ask(endpoint.query_url, DEEP, method="POST")
        assert (status, body) == (400, "brackets nested 65 deep at line 1, column 80: at most 64 are allowed")
        binds = "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?x{i})" for i in range(3000)) + " }"
        status, body, _ = ask(endpoint.query_url, binds, method="POST")
        assert (status, body) == (400, "the query holds 3,001 operators ('.', '/', '||', UNION, BIND ...): "
                                 "at most 1,000 are allowed")
        assert count(endpoint.query_url) > 3000


def test_a_bounded_pool_queues_then_answers_503(built):
    from tests.graph.test_cli import HEAVY
    answers: list = []

    def heavy() -> None:
        answers.append(ask(endpoint.query_url, HEAVY)[0])
    with start_endpoint(store=built / "store", timeout=60, workers=1, queue=1) as endpoint:
        pool = endpoint.server.pool
        first = threading.Thread(target=heavy, daemon=True)
        first.start()
        _until(lambda: pool.load == (1, 0))
        second = threading.Thread(target=heavy, daemon=True)
        second.start()
        _until(lambda: pool.load == (1, 1))
        status, body, headers = ask(endpoint.query_url, COUNT)
        assert (status, body) == (503, "busy: all 1 query workers are taken and 1 more queries wait; try again later")
        assert headers["Retry-After"] == "1"
    first.join(30), second.join(30)
    assert pool.load == (0, 0) and sorted(answers) == [500, 503]     # killed on stop


def _until(condition, limit: float = 60.0) -> None:
    """Wait for ``condition()`` (a safety net of ``limit`` seconds, not a measurement)."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def test_content_length_is_strict_and_bodies_must_arrive(built):
    with start_endpoint(store=built / "store", timeout=20, read_timeout=1) as endpoint:
        port, query = endpoint.port, b"ASK { ?s ?p ?o }"
        head = f"POST /query HTTP/1.1\nHost: 127.0.0.1:{port}\nContent-Type: application/sparql-query\n"
        assert raw(port, head + "Content-Length: -1\n", query) == (
            400, "bad Content-Length '-1': not a plain decimal number of bytes")
        assert raw(port, head + "Content-Length: abc\n", query) == (
            400, "bad Content-Length 'abc': not a plain decimal number of bytes")
        assert raw(port, head + "Content-Length: 16\nContent-Length: 17\n", query) == (
            400, "more than one Content-Length: '16', '17'")
        assert raw(port, head, query, close=True) == (411, "a POST needs a Content-Length header")
        assert raw(port, head + "Content-Length: 2000000\n", query) == (
            413, "a query of 2,000,000 bytes is too large (at most 1,000,000)")
        assert raw(port, head + "Content-Length: 100\n", query, close=True) == (
            400, "the request body ended after 16 of 100 bytes")
        assert raw(port, head + "Content-Length: 100\n", query) == (
            408, "the request body (100 bytes) did not arrive within 1 seconds")
        status, body = raw(port, head + "Content-Length: 16\n", query)
        assert status == 200 and json.loads(body)["boolean"] is True


def test_only_loopback_hosts_and_no_cors_unless_asked(built):
    with start_endpoint(store=built / "store", timeout=20) as endpoint:
        url, port = endpoint.query_url, endpoint.port
        status, body, _ = ask(url, COUNT, {"Host": f"rebound.example:{port}"})
        assert (status, body) == (403, f"Host 'rebound.example:{port}' is not served here (allowed: 127.0.0.1, "
                                       "::1, localhost; serve --allow-host NAME adds one)")
        assert ask(url, COUNT, {"Host": f"localhost:{port}"})[0] == 200
        status, body, headers = ask(url, COUNT, {"Origin": "https://evil.example"}, method="POST")
        assert (status, body) == (403, "Origin 'https://evil.example' is not allowed (serve --cors ORIGIN allows one)")
        status, _, headers = ask(url, COUNT, {"Origin": f"http://127.0.0.1:{port}"}, method="POST")
        assert status == 200 and "Access-Control-Allow-Origin" not in headers
        assert ask(url, "", {"Origin": "https://app.example"}, method="OPTIONS")[0] == 403
    with start_endpoint(store=built / "store", timeout=20, allow_hosts=["sparql.example"],
                        cors=["https://app.example"]) as endpoint:
        status, _, headers = ask(endpoint.query_url, COUNT, {"Host": "sparql.example", "Origin": "https://app.example"})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://app.example"
        status, _, headers = ask(endpoint.query_url, "", {"Origin": "https://app.example"}, method="OPTIONS")
        assert status == 204 and headers["Access-Control-Allow-Methods"] == "GET, POST, OPTIONS"
        assert ask(endpoint.query_url, COUNT, {"Origin": "https://other.example"})[0] == 403
