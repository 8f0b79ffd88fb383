"""A read-only SPARQL 1.1 Protocol endpoint over a built graph: ``diplograph serve``.

``GET /query?query=...`` and ``POST /query`` (form field ``query`` or an
``application/sparql-query`` body) answer in the format the ``Accept`` header asks for:
SPARQL results as JSON (the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as
N-Triples or Turtle. ``/`` is a small offline query form. Updates are refused (403), as is
every other method or path.

Each query runs in its own process on the store opened read-only, and the process is
killed when the time limit is reached: pyoxigraph cannot cancel a query, and the
``oxigraph`` server's ``--timeout-s`` does not stop a running evaluation (oxigraph issue
#1336), so a killed process is the only way to free the CPU. The query sees the union of
the named graphs as its default graph and the project's prefixes, as ``diplograph query``
does.

It serves the live generation of a persistent store (``--store DIR``, see
:mod:`diplograph.graph.store.diskstore`) or a graph file, first loaded into a temporary on-disk store.

>>> choose_format("text/csv, application/json;q=0.5", graph=False)
('text/csv', 'CSV')
>>> choose_format("*/*", graph=True)
('application/n-triples', 'N_TRIPLES')
"""
from __future__ import annotations

import html
import multiprocessing
import shutil
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph

from diplograph.ontology.errors import EndpointError
from diplograph.ontology.namespace import PREFIXES

from diplograph.graph.store import diskstore
from diplograph.graph.store.load import load_store

__all__ = ["Endpoint", "choose_format", "find_server", "free_port", "start_endpoint", "wait_until_up"]

HOST = "127.0.0.1"
MAX_QUERY_BYTES = 1_000_000
RESULT_TYPES = [("application/sparql-results+json", "JSON"), ("application/json", "JSON"),
                ("application/sparql-results+xml", "XML"), ("application/xml", "XML"),
                ("text/csv", "CSV"), ("text/tab-separated-values", "TSV")]
GRAPH_TYPES = [("application/n-triples", "N_TRIPLES"), ("text/turtle", "TURTLE"),
               ("application/rdf+xml", "RDF_XML"), ("application/ld+json", "JSON_LD")]
_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()}


def find_server() -> Path:
    """The ``oxigraph`` server executable (beside this Python, else on PATH): the external
    store the tests push to, and the read-write server of the README's examples."""
    import sys
    beside = Path(sys.executable).with_name("oxigraph")
    found = beside if beside.is_file() else (shutil.which("oxigraph") and Path(shutil.which("oxigraph")))
    if not found:
        raise EndpointError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process=None, timeout: float = 30.0) -> None:
    """Poll ``url`` until it answers; EndpointError if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise EndpointError(f"the server exited with code {process.returncode} before answering at {url!r}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return                      # it answers, even if not with 200
        except OSError:
            time.sleep(0.1)
    raise EndpointError(f"no server answered at {url!r} within {timeout:g} seconds")


def choose_format(accept: str, graph: bool) -> tuple[str, str]:
    """The media type and pyoxigraph format name to answer with, from an Accept header."""
    offered = GRAPH_TYPES if graph else RESULT_TYPES
    ranked = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _number(p[2:])), 1.0)
        ranked.append((-q, position, media.lower()))
    for _, _, media in sorted(ranked):
        for offer, name in offered:
            if media in (offer, "*/*", offer.split("/")[0] + "/*"):
                return offer, name
    return offered[0]


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _evaluate(location: str, query: str, accept: str, pipe) -> None:
    """Run in the per-query process: send back (status, media type, body)."""
    try:
        store = pyoxigraph.Store.read_only(location)
        result = store.query(query, use_default_graph_as_union=True, prefixes=_PREFIXES)
        if isinstance(result, pyoxigraph.QueryTriples):
            media, name = choose_format(accept, graph=True)
            body = result.serialize(format=getattr(pyoxigraph.RdfFormat, name))
        else:
            media, name = choose_format(accept, graph=False)
            body = result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name))
        pipe.send((200, media, body))
    except SyntaxError as exc:
        pipe.send((400, "text/plain", f"SPARQL syntax error: {exc}".encode("utf-8")))
    except Exception as exc:  # reported to the client, the server goes on
        pipe.send((500, "text/plain", f"query failed: {exc}".encode("utf-8")))
    finally:
        pipe.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, location: Path, timeout: float):
        super().__init__(address, _Handler)
        self.location, self.query_timeout = str(location), timeout
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["diplograph.graph.store.endpoint"])    # each query forks ready to run

    def answer(self, query: str, accept: str) -> tuple[int, str, bytes]:
        receive, send = self.context.Pipe(duplex=False)
        worker = self.context.Process(target=_evaluate, args=(self.location, query, accept, send), daemon=True)
        worker.start()
        send.close()
        try:
            if receive.poll(self.query_timeout):
                try:
                    return receive.recv()
                except EOFError:
                    return 500, "text/plain", b"the query process died"
            worker.kill()
            return 503, "text/plain", f"query time limit of {self.query_timeout:g} s reached".encode("utf-8")
        finally:
            receive.close()
            worker.join(5)


FORM = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>diplograph SPARQL</title></head>
<body><h1>diplograph SPARQL endpoint (read-only)</h1><p>Store: {location}</p>
<form action="/query" method="get"><textarea name="query" rows="12" cols="100">SELECT ?event ?kind WHERE {{ ?event dg:eventKind ?kind }} LIMIT 20</textarea>
<p><button type="submit">Run</button> (results as JSON; send <code>Accept: text/csv</code> for CSV)</p></form></body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "diplograph-sparql"

    def log_message(self, format, *args) -> None:     # the library never prints
        return None

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _refuse(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only")

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            page = FORM.format(location=html.escape(self.server.location))
            return self._send(200, "text/html", page.encode("utf-8"))
        if url.path not in ("/query", "/sparql"):
            return self._send(404, "text/plain", b"not found: use /query")
        fields = urllib.parse.parse_qs(url.query)
        if "update" in fields:
            return self._refuse()
        self._query((fields.get("query") or [""])[0])

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if url.path not in ("/query", "/sparql") or length > MAX_QUERY_BYTES:
            return self._refuse() if length <= MAX_QUERY_BYTES else self._send(413, "text/plain", b"query too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return self._query(body)
        if media == "application/sparql-update":
            return self._refuse()
        fields = urllib.parse.parse_qs(body)
        if "update" in fields:
            return self._refuse()
        self._query((fields.get("query") or [""])[0])

    do_PUT = do_DELETE = do_PATCH = _refuse

    def _query(self, query: str) -> None:
        if not query.strip():
            return self._send(400, "text/plain", b"no query: give ?query=...")
        self._send(*self.server.answer(query, self.headers.get("Accept") or "*/*"))


class Endpoint:
    """A running endpoint (in a background thread); stop it with :meth:`stop` or ``with``."""

    def __init__(self, server: _Server, scratch: Path | None):
        self.server, self.scratch = server, scratch
        self.port = server.server_address[1]
        self.url = f"http://{HOST}:{self.port}"
        self.query_url = f"{self.url}/query"
        self.thread = threading.Thread(target=server.serve_forever, name="diplograph-sparql", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        """Block until the endpoint is stopped."""
        while self.thread.is_alive():
            self.thread.join(0.5)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _location(store, graph) -> tuple[Path, Path | None]:
    """The database folder to serve and a scratch folder to remove afterwards (or None)."""
    if store is not None:
        return diskstore.live_location(store), None
    if graph is None:
        raise EndpointError("serve needs a store folder or a graph file")
    scratch = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
    disk = pyoxigraph.Store(str(scratch / "db"))
    disk.bulk_extend(load_store(graph))
    disk.flush()
    del disk
    return scratch / "db", scratch


def start_endpoint(store: str | Path | None = None, graph: str | Path | None = None, *,
                   port: int | None = None, timeout: float = 30.0) -> Endpoint:
    """Serve the store (or graph file) on 127.0.0.1:``port`` (default: a free port), with a
    limit of ``timeout`` seconds per query."""
    if timeout <= 0:
        raise EndpointError(f"the query time limit must be positive, got {timeout!r}")
    location, scratch = _location(store, graph)
    try:
        server = _Server((HOST, free_port() if port is None else port), location, timeout)
    except OSError as exc:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise EndpointError(f"cannot listen on {HOST}:{port}: {exc}") from exc
    return Endpoint(server, scratch)
