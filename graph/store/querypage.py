"""The query page of ``diplograph serve``: an offline SPARQL editor with the project's
prefixes, the shipped queries and a results table.

The page is static: ``page/query.html``, ``page/editor.js`` (the editor),
``page/query.js`` (the rest), ``page/query.css`` and ``page/icon.svg``, served from the endpoint's own origin (no CDN, nothing fetched
elsewhere), and ``/page/config.json``, which the script reads: the store served, the
prefixes the endpoint predeclares, the prefixes results are shortened with (as
:func:`~diplograph.graph.store.query.shorten_iri` does) and the shipped queries with their
titles and descriptions. The script runs queries with ``fetch`` on ``/query`` and writes
every result value with ``textContent`` (results hold third-party article text); the
Content-Security-Policy allows scripts, styles and connections from the page's own origin
only.

>>> status, media, body, headers = page_answer("/page/query.css", location="db")
>>> status, media, "script-src 'self'" in headers["Content-Security-Policy"]
(200, 'text/css', True)
>>> page_answer("/query", location="db") is None
True
>>> import json
>>> config = json.loads(page_answer("/page/config.json", location="db")[2])
>>> config["prefixes"]["ent"], config["queries"][0]["name"]
('https://w3id.org/diplograph/id/entity/', 'agreements')
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from diplograph.ontology.namespace import ID_PREFIXES

from diplograph.graph.store.query import shipped_queries

__all__ = ["PAGE_DIR", "PAGE_POLICY", "page_answer"]

#: where the page's files live (installed as package data)
PAGE_DIR = Path(__file__).resolve().parent / "page"

#: scripts, styles, images and connections from the page's own origin only; no inline code
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

#: URL path -> (file under PAGE_DIR, media type)
_FILES = {"/": ("query.html", "text/html"), "/index.html": ("query.html", "text/html"),
          "/page/query.js": ("query.js", "text/javascript"), "/page/editor.js": ("editor.js", "text/javascript"),
          "/page/query.css": ("query.css", "text/css"),
          "/page/icon.svg": ("icon.svg", "image/svg+xml"), "/favicon.ico": ("icon.svg", "image/svg+xml")}

def page_answer(path: str, *, location: str) -> tuple[int, str, bytes, dict] | None:
    """``(status, media type, body, headers)`` for a GET of ``path`` if it is one of the
    page's files, else None. ``location``: the store served, named on the page."""
    headers = {"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache",
               "Referrer-Policy": "no-referrer"}
    if path == "/page/config.json":
        return 200, "application/json", _config(location), headers
    if path not in _FILES:
        return None
    name, media = _FILES[path]
    return 200, media, _read(name), headers


@lru_cache(maxsize=None)
def _read(name: str) -> bytes:
    return (PAGE_DIR / name).read_bytes()


@lru_cache(maxsize=4)
def _config(location: str) -> bytes:
    """What the page's script needs: prefixes, display prefixes and the shipped queries."""
    queries = [{"name": q.name, "title": q.title, "description": q.description, "text": q.text}
               for q in shipped_queries().values()]
    config = {"location": location,
              "prefixes": {name: str(ns) for name, ns in ID_PREFIXES.items()},     # queries know them all
              "display": {name: str(ns) for name, ns in ID_PREFIXES.items()},      # as shorten_iri shortens
              "queries": queries}
    return json.dumps(config, ensure_ascii=False).encode("utf-8")
