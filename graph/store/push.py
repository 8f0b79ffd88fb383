"""Load a built graph into another SPARQL server: ``diplograph push URL``.

Uses the SPARQL 1.1 Graph Store HTTP Protocol: one ``PUT URL?graph=<IRI>`` per named graph
with its triples as N-Triples (``PUT URL?default`` for the default graph). A PUT replaces
the graph, so pushing the same build twice leaves the server as after the first push, and a
rebuilt article replaces its old graph. ``URL`` is the server's graph store endpoint, for
example ``http://127.0.0.1:7878/store`` (Oxigraph) or ``http://localhost:3030/ds/data``
(Apache Jena Fuseki).

>>> graph_url("http://h/store", "urn:a b")
'http://h/store?graph=urn%3Aa+b'
>>> graph_url("http://h/store?x=1", None)
'http://h/store?x=1&default'
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat

from diplograph.ontology.errors import EndpointError

from diplograph.graph.store import diskstore
from diplograph.graph.store.load import load_store

__all__ = ["PushResult", "graph_url", "push"]


@dataclass(frozen=True)
class PushResult:
    url: str
    graphs: int
    triples: int


def graph_url(url: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph (``None``: the default graph)."""
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    if graph is None:
        return f"{url}{joiner}default"
    return f"{url}{joiner}{urllib.parse.urlencode({'graph': graph})}"


def _source(graph: str | Path | None, store: str | Path | None) -> pyoxigraph.Store:
    if store is not None:
        return diskstore.open_store(store)
    if graph is None:
        raise EndpointError("push needs a graph file or a store folder")
    return load_store(graph)


def _put(url: str, body: bytes, timeout: float, auth: str | None) -> None:
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii"))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise EndpointError(f"{url!r} refused the graph: HTTP {exc.code} {exc.reason}"
                            f"{': ' + detail if detail else ''}") from None
    except OSError as exc:
        raise EndpointError(f"cannot reach {url!r}: {exc}") from None


def push(url: str, graph: str | Path | None = None, *, store: str | Path | None = None,
         timeout: float = 120.0, auth: str | None = None, progress=None) -> PushResult:
    """PUT every graph of a built graph file (or of a store's live generation) to ``url``.

    ``auth`` is ``"user:password"`` for HTTP basic authentication (Fuseki's admin user).
    """
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise EndpointError(f"push needs an http(s) graph store URL, got {url!r}")
    source = _source(graph, store)
    names = sorted(source.named_graphs(), key=lambda g: g.value)
    targets: list = ([pyoxigraph.DefaultGraph()] if any(True for _ in source.quads_for_pattern(
        None, None, None, pyoxigraph.DefaultGraph())) else []) + names
    triples = 0
    for n, target in enumerate(targets, 1):
        body = source.dump(format=RdfFormat.N_TRIPLES, from_graph=target)
        triples += body.count(b"\n")
        name = None if isinstance(target, pyoxigraph.DefaultGraph) else target.value
        _put(graph_url(url, name), body, timeout, auth)
        if progress is not None:
            progress(f"[{n}/{len(targets)}] {name or 'default graph'}")
    return PushResult(url, len(targets), triples)
