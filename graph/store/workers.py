"""The endpoint's query workers: a bounded pool of killable processes with a waiting line.

At most ``workers`` queries run at once, each in its own process forked from a forkserver
that has the query code loaded: pyoxigraph cannot cancel a query, and the ``oxigraph``
server's ``--timeout-s`` does not stop a running evaluation (oxigraph issue #1336), so a
killed process is the only way to free the CPU. Up to ``queue`` more queries wait for a
free worker (at most the time limit); one more is answered 503 at once.

Each process vets its query (:mod:`~diplograph.graph.store.guard`), opens the store
read-only (a persistent store's generation live at that moment, under a lease that keeps
builds from removing it meanwhile) and answers in the format the ``Accept`` header asks for. Unless federation is
allowed, it first asks the kernel to refuse it IPv4 and IPv6 sockets (seccomp, on Linux
x86-64 and arm64), so that no query reaches the network even if it slipped past the vetting.

>>> choose_format("text/csv, application/json;q=0.5", graph=False)
('text/csv', 'CSV')
>>> choose_format("*/*", graph=True)
('application/n-triples', 'N_TRIPLES')
"""
from __future__ import annotations

import ctypes
import errno
import multiprocessing
from multiprocessing import forkserver
import platform
import struct
import sys
import threading
from contextlib import nullcontext

import pyoxigraph

from diplograph.ontology.errors import EndpointError, QueryError
from diplograph.ontology.namespace import ID_PREFIXES

from diplograph.graph.store import diskstore
from diplograph.graph.store.guard import dataset_options, vet

__all__ = ["QueryPool", "choose_format", "forbid_network", "RESULT_TYPES", "GRAPH_TYPES"]

RESULT_TYPES = [("application/sparql-results+json", "JSON"), ("application/json", "JSON"),
                ("application/sparql-results+xml", "XML"), ("application/xml", "XML"),
                ("text/csv", "CSV"), ("text/tab-separated-values", "TSV")]
GRAPH_TYPES = [("application/n-triples", "N_TRIPLES"), ("text/turtle", "TURTLE"),
               ("application/rdf+xml", "RDF_XML"), ("application/ld+json", "JSON_LD")]
_PREFIXES = {name: str(ns) for name, ns in ID_PREFIXES.items()}   # every short id reads back
_TEXT = "text/plain"


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


# seccomp: (audit architecture, number of the socket system call) per machine
_SOCKET_CALL = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}


def forbid_network() -> bool:
    """Have the kernel refuse this process (and its later threads) new IPv4 and IPv6
    sockets, for good: a seccomp filter answering ``socket(AF_INET/AF_INET6, ...)`` with
    EACCES. Other sockets and system calls are untouched. False where this is not available
    (not Linux, another machine, seccomp off)."""
    arch = _SOCKET_CALL.get(platform.machine())
    if not sys.platform.startswith("linux") or arch is None:
        return False
    audit, socket_call = arch

    def op(code: int, k: int, true: int = 0, false: int = 0) -> bytes:
        return struct.pack("HBBI", code, true, false, k)
    load, equal, answer = 0x20, 0x15, 0x06          # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_RET|K
    allow, refuse = 0x7FFF0000, 0x00050000 | errno.EACCES
    program = b"".join([
        op(load, 4), op(equal, audit, 1, 0), op(answer, allow),       # another ABI: allow
        op(load, 0), op(equal, socket_call, 0, 3),                    # not socket(): allow
        op(load, 16), op(equal, 2, 2, 0), op(equal, 10, 1, 0),         # AF_INET, AF_INET6
        op(answer, allow), op(answer, refuse)])

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
    code = ctypes.create_string_buffer(program)
    libc = ctypes.CDLL(None, use_errno=True)
    filters = Program(len(program) // 8, ctypes.addressof(code))
    return (libc.prctl(38, 1, 0, 0, 0) == 0                            # PR_SET_NO_NEW_PRIVS
            and libc.prctl(22, 2, ctypes.byref(filters), 0, 0) == 0)   # PR_SET_SECCOMP, filter


def evaluate(location: str, query: str, accept: str, federation: bool, pipe, live: bool = False) -> None:
    """Run in the per-query process: send back (status, media type, body). ``live``:
    ``location`` is a store folder, whose live generation the query reads under a lease."""
    try:
        if not federation:
            forbid_network()
        vetted = vet(query, federation=federation)
        with diskstore.reading_live(location) if live else nullcontext(location) as database:
            store = pyoxigraph.Store.read_only(str(database))
            result = store.query(query, prefixes=_PREFIXES, **dataset_options(vetted, store))
            pipe.send((200, *_serialize(result, accept)))
    except QueryError as exc:
        pipe.send((400, _TEXT, str(exc).encode("utf-8")))
    except SyntaxError as exc:
        pipe.send((400, _TEXT, f"SPARQL syntax error: {exc}".encode("utf-8")))
    except Exception as exc:  # reported to the client, the server goes on
        pipe.send((500, _TEXT, f"query failed: {exc}".encode("utf-8")))
    finally:
        pipe.close()


def _serialize(result, accept: str) -> tuple[str, bytes]:
    if isinstance(result, pyoxigraph.QueryTriples):
        media, name = choose_format(accept, graph=True)
        return media, result.serialize(format=getattr(pyoxigraph.RdfFormat, name))
    media, name = choose_format(accept, graph=False)
    return media, result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name))


def _warm_parser() -> None:
    """Parse one query, so that the forkserver, which imports this module, hands each query
    process a parser whose grammar is already prepared (the first parse costs about 30 ms)."""
    vet("ASK { ?s ?p ?o }")


_warm_parser()


class QueryPool:
    """At most ``workers`` query processes at once, ``queue`` more queries waiting, each
    query killed after ``timeout`` seconds; :meth:`answer` gives (status, media, body)."""

    def __init__(self, location: str, *, timeout: float, workers: int, queue: int,
                 federation: bool = False, live: bool = False):
        if workers < 1 or queue < 0:
            raise EndpointError(f"need at least 1 worker and a queue of 0 or more, got {workers!r} and {queue!r}")
        self.location, self.timeout, self.federation, self.live = location, timeout, federation, live
        self.workers, self.queue = workers, queue
        self._free = threading.Semaphore(workers)
        self._lock = threading.Lock()
        self._admitted = 0
        self._running: set = set()
        self._closed = False
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload([__name__, "rdflib.plugins.sparql.parser"])
        forkserver.ensure_running()         # each query then forks ready to run

    @property
    def load(self) -> tuple[int, int]:
        """(queries running, queries waiting) right now."""
        with self._lock:
            return len(self._running), self._admitted - len(self._running)

    def answer(self, query: str, accept: str) -> tuple[int, str, bytes]:
        """Run ``query`` in a worker when one is free; 503 when the line is full, when no
        worker frees up within the time limit, or when the query reaches it."""
        if not self._admit():
            return 503, _TEXT, (f"busy: all {self.workers} query workers are taken and {self.queue} "
                                "more queries wait; try again later").encode("utf-8")
        try:
            if not self._free.acquire(timeout=self.timeout):
                return 503, _TEXT, f"no query worker became free within {self.timeout:g} s".encode("utf-8")
            try:
                return self._run(query, accept)
            finally:
                self._free.release()
        finally:
            with self._lock:
                self._admitted -= 1

    def _admit(self) -> bool:
        with self._lock:
            if self._closed or self._admitted >= self.workers + self.queue:
                return False
            self._admitted += 1
            return True

    def _run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        if self._closed:
            return 503, _TEXT, b"the endpoint is stopping"
        receive, send = self.context.Pipe(duplex=False)
        worker = self.context.Process(target=evaluate, daemon=True,
                                      args=(self.location, query, accept, self.federation, send, self.live))
        worker.start()
        send.close()
        with self._lock:
            self._running.add(worker)
            if self._closed:
                worker.kill()
        try:
            if receive.poll(self.timeout):
                try:
                    return receive.recv()
                except EOFError:
                    return 500, _TEXT, b"the query process died"
            worker.kill()
            return 503, _TEXT, f"query time limit of {self.timeout:g} s reached".encode("utf-8")
        finally:
            receive.close()
            worker.join(5)
            with self._lock:
                self._running.discard(worker)

    def close(self) -> None:
        """Refuse new queries and kill the running ones."""
        with self._lock:
            self._closed = True
            running = list(self._running)
        for worker in running:
            worker.kill()
