"""What the endpoint checks in an HTTP request before it looks at the query.

* The whole request (line, headers, body) must arrive within a time limit
  (:class:`DeadlineReader`): a client that sends a short body, or sends it a byte at a
  time, does not keep a thread.
* A POST body needs exactly one ``Content-Length``, a plain decimal number no larger than
  the limit (:func:`content_length`); ``Transfer-Encoding`` is not supported.
* The ``Host`` header must name an allowed host, by default a loopback name
  (:func:`check_host`), which defeats DNS rebinding: a web page whose own name resolves to
  127.0.0.1 cannot reach the endpoint.
* An ``Origin`` header (sent by browsers) must be the endpoint's own origin or one allowed
  with ``--cors`` (:func:`check_origin`), so other web sites cannot make a visitor's
  browser run queries.

>>> content_length(["42"], limit=100)
42
>>> content_length(["-1"], limit=100)
Traceback (most recent call last):
...
diplograph.ontology.errors.RequestError: bad Content-Length '-1': not a plain decimal number of bytes
>>> check_host(["localhost:7878"], LOOPBACK)
'localhost'
"""
from __future__ import annotations

import io
import re
import time
import urllib.parse

from diplograph.ontology.errors import RequestError

__all__ = ["LOOPBACK", "DeadlineReader", "content_length", "check_host", "check_origin"]

#: the host names a loopback-only endpoint answers to
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_DIGITS = re.compile(r"[0-9]{1,18}")


class DeadlineReader(io.RawIOBase):
    """The reading side of a socket that gives up ``seconds`` after it was made: each read
    waits at most for the time left, then TimeoutError."""

    def __init__(self, sock, seconds: float):
        super().__init__()
        self.sock, self.seconds = sock, seconds
        self.deadline = time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the request did not arrive within {self.seconds:g} seconds")
        self.sock.settimeout(left)
        return self.sock.recv_into(buffer)


def content_length(values: list[str] | None, *, limit: int) -> int:
    """The body length the ``Content-Length`` header(s) give, or RequestError: 411 when
    there is none, 400 when it is not one plain decimal number, 413 above ``limit``."""
    if not values:
        raise RequestError(411, "a POST needs a Content-Length header")
    if len(values) > 1:
        raise RequestError(400, f"more than one Content-Length: {', '.join(map(repr, values))}")
    value = values[0]
    if not _DIGITS.fullmatch(value.strip(" \t")):
        raise RequestError(400, f"bad Content-Length {value!r}: not a plain decimal number of bytes")
    length = int(value)
    if length > limit:
        raise RequestError(413, f"a query of {length:,} bytes is too large (at most {limit:,})")
    return length


def _host_name(value: str) -> str:
    """The name in a Host header or an origin's network location, without the port."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    name, colon, port = value.rpartition(":")
    return name if colon and port.isdigit() else value


def check_host(values: list[str] | None, allowed) -> str:
    """The host name of the request's one ``Host`` header if ``allowed``, else RequestError."""
    if not values or len(values) > 1:
        raise RequestError(400, "the request needs exactly one Host header")
    name = _host_name(values[0])
    if name not in allowed:
        names = ", ".join(sorted(allowed))
        raise RequestError(403, f"Host {values[0]!r} is not served here (allowed: {names}; "
                                "serve --allow-host NAME adds one)")
    return name


def check_origin(values: list[str] | None, *, hosts, port: int, cors) -> str | None:
    """What to answer in ``Access-Control-Allow-Origin`` (None: nothing) for the request's
    ``Origin`` header; RequestError when the origin is neither the endpoint's own (an
    allowed host on ``port``) nor one of ``cors`` (``*``: any).

    >>> check_origin(["http://127.0.0.1:7878"], hosts=LOOPBACK, port=7878, cors=())
    >>> check_origin(["https://app.example"], hosts=LOOPBACK, port=7878, cors=["https://app.example"])
    'https://app.example'
    """
    if not values:
        return None
    origin = values[0].strip()
    if len(values) == 1 and origin in cors:
        return origin
    if len(values) == 1 and "*" in cors:
        return "*"
    url = urllib.parse.urlsplit(origin)
    try:
        own = url.scheme == "http" and _host_name(url.netloc) in hosts and (url.port or 80) == port
    except ValueError:       # a port that is not a number
        own = False
    if len(values) == 1 and own:
        return None
    raise RequestError(403, f"Origin {origin!r} is not allowed (serve --cors ORIGIN allows one)")
