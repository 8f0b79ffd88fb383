"""A read-only SPARQL 1.1 Protocol endpoint over a built graph: ``diplograph serve``.

``GET /query?query=...`` and ``POST /query`` (form field ``query`` or an
``application/sparql-query`` body) answer in the format the ``Accept`` header asks for:
SPARQL results as JSON (the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as
N-Triples or Turtle. ``/`` is an offline query page with an editor, the project's prefixes,
the shipped queries and a results table (:mod:`~diplograph.graph.store.querypage`). Updates
are refused (403), as is every other method or path.

It is made to face strangers on loopback:

* queries run in a bounded pool of killable processes, with a waiting line and 503 when
  it is full (:mod:`~diplograph.graph.store.workers`), each killed at the time limit;
* a query is vetted before it runs (:mod:`~diplograph.graph.store.guard`): deep nesting,
  updates (LOAD ...), SERVICE (unless ``federation``) and FROM graphs the store lacks are
  refused with 400 and a message saying why; without ``federation`` the query processes
  cannot open network sockets at all;
* the request must arrive in time, with a strict Content-Length, a loopback ``Host`` (or one
  of ``allow_hosts``) and no foreign ``Origin``; CORS headers are sent only for the origins
  given as ``cors`` (:mod:`~diplograph.graph.store.httpcheck`).

The query sees the union of the named graphs as its default graph (unless it has FROM
clauses) and the project's prefixes, as ``diplograph query`` does.

It serves a persistent store (``--store DIR``, see :mod:`diplograph.graph.store.diskstore`),
each query reading the generation live when it starts, so that it follows the builds made
while it serves; or a graph file, first loaded into a temporary on-disk store.

>>> choose_format("text/csv, application/json;q=0.5", graph=False)
('text/csv', 'CSV')
"""
from __future__ import annotations

import io
import os
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

from diplograph.ontology.errors import EndpointError, RequestError

from diplograph.graph.store import diskstore
from diplograph.graph.store.httpcheck import LOOPBACK, DeadlineReader, check_host, check_origin, content_length
from diplograph.graph.store.load import load_store
from diplograph.graph.store.querypage import page_answer
from diplograph.graph.store.workers import QueryPool, choose_format

__all__ = ["Endpoint", "choose_format", "find_server", "free_port", "start_endpoint", "wait_until_up"]

HOST = "127.0.0.1"
MAX_QUERY_BYTES = 1_000_000
#: seconds a client has to send its whole request (line, headers and body)
READ_TIMEOUT = 10.0
#: seconds a client has to take the answer
WRITE_TIMEOUT = 60.0
_QUERY_PATHS = ("/query", "/sparql")


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


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, pool: QueryPool, *, location: Path, hosts, cors, read_timeout: float):
        super().__init__(address, _Handler)
        self.pool, self.location, self.read_timeout = pool, str(location), read_timeout
        self.hosts, self.cors = frozenset(LOOPBACK | {h.lower() for h in hosts}), tuple(cors)
        self.max_connections = max(64, 2 * (pool.workers + pool.queue))
        self._connections, self._count_lock = 0, threading.Lock()

    def process_request(self, request, client_address) -> None:
        """Serve the connection in a thread, or answer 503 at once when too many are open."""
        with self._count_lock:
            full = self._connections >= self.max_connections
            self._connections += not full
        if full:
            _turn_away(request)
            return self.shutdown_request(request)
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._count_lock:
                self._connections -= 1

    def handle_error(self, request, client_address) -> None:     # the library never prints
        return None


def _turn_away(request) -> None:
    body = b"busy: too many connections; try again later"
    try:
        request.settimeout(1)
        request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: text/plain\r\n"
                        b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
    except OSError:
        pass


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "diplograph-sparql"
    allow_origin: str | None = None

    def setup(self) -> None:
        super().setup()
        self.rfile.close()          # the plain socket file, replaced by one with a deadline
        self.rfile = io.BufferedReader(DeadlineReader(self.connection, self.server.read_timeout))

    def log_message(self, format, *args) -> None:     # the library never prints
        return None

    def _send(self, status: int, media: str, body: bytes, headers: dict | None = None) -> None:
        self.connection.settimeout(WRITE_TIMEOUT)
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if status == HTTPStatus.SERVICE_UNAVAILABLE:
            self.send_header("Retry-After", "1")
        if self.allow_origin:
            self.send_header("Access-Control-Allow-Origin", self.allow_origin)
            self.send_header("Vary", "Origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _checked(self, answer) -> None:
        """Check Host and Origin, then ``answer()``; a RequestError becomes its status."""
        try:
            check_host(self.headers.get_all("Host"), self.server.hosts)
            self.allow_origin = check_origin(self.headers.get_all("Origin"), hosts=self.server.hosts,
                                             port=self.server.server_address[1], cors=self.server.cors)
            answer()
        except RequestError as exc:
            self.close_connection = True
            self._send(exc.status, "text/plain", str(exc).encode("utf-8"))

    def do_GET(self) -> None:
        self._checked(self._get)

    def do_POST(self) -> None:
        self._checked(self._post)

    def do_OPTIONS(self) -> None:
        self._checked(self._preflight)

    def _refuse(self) -> None:
        self._checked(lambda: self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _refuse

    def _get(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        page = page_answer(url.path, location=self.server.location)
        if page is not None:
            return self._send(*page)
        if url.path not in _QUERY_PATHS:
            return self._send(404, "text/plain", b"not found: use /query")
        self._form(url.query)

    def _post(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if self.headers.get("Transfer-Encoding"):
            raise RequestError(411, f"Transfer-Encoding {self.headers['Transfer-Encoding']!r} is not "
                                    "supported: send a Content-Length")
        length = content_length(self.headers.get_all("Content-Length"), limit=MAX_QUERY_BYTES)
        if url.path not in _QUERY_PATHS:
            raise RequestError(403, "this endpoint is read-only")
        body = self._body(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return self._query(body)
        if media == "application/sparql-update":
            raise RequestError(403, "this endpoint is read-only")
        self._form(body)

    def _body(self, length: int) -> bytes:
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise RequestError(408, f"the request body ({length:,} bytes) did not arrive within "
                                    f"{self.server.read_timeout:g} seconds") from None
        if len(body) < length:
            raise RequestError(400, f"the request body ended after {len(body):,} of {length:,} bytes")
        return body

    def _form(self, fields_text: str) -> None:
        fields = urllib.parse.parse_qs(fields_text)
        if "update" in fields:
            raise RequestError(403, "this endpoint is read-only")
        self._query((fields.get("query") or [""])[0])

    def _preflight(self) -> None:
        if not self.allow_origin:
            raise RequestError(403, "no cross-origin requests here (serve --cors ORIGIN allows one)")
        self._send(204, "text/plain", b"", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                            "Access-Control-Allow-Headers": "Accept, Content-Type",
                                            "Access-Control-Max-Age": "600"})

    def _query(self, query: str) -> None:
        if not query.strip():
            raise RequestError(400, "no query: give ?query=...")
        self._send(*self.server.pool.answer(query, self.headers.get("Accept") or "*/*"))

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
        """Stop answering, kill the running queries and remove the scratch store."""
        self.server.shutdown()
        self.server.server_close()
        self.server.pool.close()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _location(store, graph) -> tuple[Path, Path | None]:
    """The database folder to serve and a scratch folder to remove afterwards (or None)."""
    if store is not None:
        diskstore.live_location(store)      # refuses a folder that holds no store yet
        return Path(store), None
    if graph is None:
        raise EndpointError("serve needs a store folder or a graph file")
    scratch = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
    disk = pyoxigraph.Store(str(scratch / "db"))
    disk.bulk_extend(load_store(graph))
    disk.flush()
    del disk
    return scratch / "db", scratch


def start_endpoint(store: str | Path | None = None, graph: str | Path | None = None, *,
                   port: int | None = None, timeout: float = 30.0, workers: int | None = None,
                   queue: int = 16, federation: bool = False, allow_hosts=(), cors=(),
                   read_timeout: float = READ_TIMEOUT) -> Endpoint:
    """Serve the store (or graph file) on 127.0.0.1:``port`` (default: a free port).

    ``timeout``: seconds per query (and at most as long in the waiting line); ``workers``
    queries run at once (default: the number of CPUs, at most 4), ``queue`` more wait, any
    more get 503. ``federation``: let SERVICE reach other endpoints. ``allow_hosts``: host
    names to answer besides the loopback ones; ``cors``: origins (or ``*``) that browsers
    may call from. ``read_timeout``: seconds a client has to send its whole request.
    """
    for name, value in (("query time limit", timeout), ("read time limit", read_timeout)):
        if value <= 0:
            raise EndpointError(f"the {name} must be positive, got {value!r}")
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    location, scratch = _location(store, graph)
    try:
        pool = QueryPool(str(location), timeout=timeout, workers=workers, queue=queue, federation=federation,
                         live=store is not None)
        server = _Server((HOST, free_port() if port is None else port), pool, location=location,
                         hosts=allow_hosts, cors=cors, read_timeout=read_timeout)
    except (OSError, EndpointError) as exc:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, EndpointError):
            raise
        raise EndpointError(f"cannot listen on {HOST}:{port}: {exc}") from exc
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise EndpointError(f"cannot listen on {HOST}:{port}: {exc}") from exc
    return Endpoint(server, scratch)
