"""One article's extracted facts as gzipped JSON: a cache format that cannot run code.

The store caches each article's :class:`~diplograph.extract.model.ArticleFacts` (see
:mod:`diplograph.graph.store.diskstore`). Unlike a pickle, reading this format only ever
makes JSON values and instances of a closed table of record classes (:data:`RECORDS`),
each by its own ``__init__`` with exactly its fields; a type tag that is not in the table,
a record with other fields, or a field of the wrong type makes the whole file unreadable
(:class:`~diplograph.ontology.errors.StoreError`), and the store then extracts the article
again. Nothing in a file can name a module, a class or a function to call.

A JSON value stands for itself (a list for a list); every other value is an object with
one key, its tag: ``{"tuple": [...]}``, ``{"set": [...]}``, ``{"dict": [[key, value], ...]}``,
``{"decimal": "24.5"}``, ``{"Entity": {"key": ..., "kind": ..., ...}}`` for a record, and
``{"ref": n}`` for the n-th record of the file again (an accord's event is one of the
article's events, the same object, as the graph writer expects). Reading gives facts
equal to those written, shared records shared.

>>> from diplograph.extract.model import Accord, Article, ArticleFacts, Entity, Event
>>> meeting = Event("Meeting", ["japan", "russia"], "tokyo", None, "", "Happened", ["traf"], ["r"], [(0, 12)])
>>> facts = ArticleFacts(Article("a", "Kishida traf Lawrow."),
...                      {"japan": Entity("japan", "Country", "Japan", True, {"Japan"})}, events=[meeting],
...                      accords=[Accord(["japan", "russia"], ["trade"], "Agreed", meeting, "vereinbart", (0, 12))])
>>> again = loads(dumps(facts))
>>> again == facts, again.accords[0].event is again.events[0]
(True, True)
>>> loads(gzip.compress(b'{"format": "diplograph-facts/1", "facts": {"os.system": ["touch /tmp/x"]}}'))
Traceback (most recent call last):
...
diplograph.ontology.errors.StoreError: unreadable facts: unknown type tag 'os.system'
"""
from __future__ import annotations

import gzip
import io
import json
import zlib
from dataclasses import fields
from decimal import Decimal, InvalidOperation

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import (Accord, Article, ArticleFacts, Entity, Event, FigureClaim, Mention, Role,
                                      Statement)
from diplograph.ontology.errors import StoreError

__all__ = ["FORMAT", "RECORDS", "MAX_BYTES", "dumps", "loads", "article_of", "to_json", "from_json"]

#: The format's name and version, the ``format`` of every file.
FORMAT = "diplograph-facts/1"

#: The only classes a file can make.
RECORDS = (ArticleFacts, Article, Entity, Mention, Role, Event, Statement, Accord, FigureClaim, TimeValue)

#: A file that unpacks to more bytes than this is unreadable (the facts of the largest
#: article a build reads are some tens of MB of JSON; this stops a planted gzip bomb).
MAX_BYTES = 256 << 20

_CLASSES = {cls.__name__: cls for cls in RECORDS}
_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in RECORDS}
_PLAIN = frozenset({str, int, float, bool, type(None)})
_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "None": type(None), "list": list,
          "tuple": tuple, "set": set, "dict": dict, "object": Decimal, **_CLASSES}
#: the element type of a record's containers (of a dict: its values; its keys are strings)
_ITEMS = {
    (Article, "extra"): str, (Entity, "surface"): str,
    (Event, "actors"): str, (Event, "triggers"): str, (Event, "rules"): str, (Event, "sents"): tuple,
    (Accord, "parties"): str, (Accord, "topics"): str,
    (Role, "sent"): int, (Statement, "sent"): int, (Accord, "sent"): int, (FigureClaim, "sent"): int,
    (ArticleFacts, "entities"): Entity, (ArticleFacts, "mentions"): Mention, (ArticleFacts, "roles"): Role,
    (ArticleFacts, "events"): Event, (ArticleFacts, "statements"): Statement,
    (ArticleFacts, "accords"): Accord, (ArticleFacts, "figures"): FigureClaim,
}


def _allowed(annotation: str) -> tuple:
    """The types a field annotated ``annotation`` may hold ("float" holds an int too, as
    JSON writes ``1.0`` and ``1`` apart but the extractor may give either)."""
    kinds = tuple(_TYPES[name.strip()] for name in annotation.split("|"))
    return kinds + (int,) if float in kinds else kinds


#: record class -> field name -> the types it may hold
_SHAPES = {cls: {f.name: _allowed(f.type) for f in fields(cls)} for cls in RECORDS}


def _bad(problem: str) -> StoreError:
    return StoreError(f"unreadable facts: {problem}")


# --------------------------------------------------------------------------- writing


def to_json(facts: ArticleFacts) -> dict:
    """``facts`` as a JSON-ready value (``{"format": ..., "facts": ...}``)."""
    return {"format": FORMAT, "facts": _Encoder().value(facts)}


def dumps(facts: ArticleFacts, level: int = 6) -> bytes:
    """``facts`` as gzipped JSON (the same bytes for the same facts)."""
    text = json.dumps(to_json(facts), separators=(",", ":"))     # ASCII: lone surrogates survive
    return gzip.compress(text.encode("ascii"), compresslevel=level, mtime=0)


class _Encoder:
    """Turns values into JSON values; numbers each record as it first meets it."""

    def __init__(self):
        self.seen: dict[int, int] = {}

    def value(self, x):
        kind = type(x)
        if kind in _PLAIN:
            return x
        if kind is list:
            return [self.value(v) for v in x]
        if kind is tuple:
            return {"tuple": [self.value(v) for v in x]}
        if kind is set:
            return {"set": [self.value(v) for v in _ordered(x)]}
        if kind is dict:
            return {"dict": [[self.value(k), self.value(v)] for k, v in x.items()]}
        if kind is Decimal:
            return {"decimal": str(x)}
        if kind in _FIELDS:
            return self.record(x)
        raise StoreError(f"cannot cache a value of type {kind.__name__!r} in the facts: {x!r}")

    def record(self, x) -> dict:
        if id(x) in self.seen:
            return {"ref": self.seen[id(x)]}
        self.seen[id(x)] = len(self.seen)
        return {type(x).__name__: {name: self.value(getattr(x, name)) for name in _FIELDS[type(x)]}}


def _ordered(items: set) -> list:
    """A set's members in a stable order (sorted when they can be)."""
    try:
        return sorted(items)
    except TypeError:
        return list(items)


# --------------------------------------------------------------------------- reading


def loads(data: bytes, limit: int = MAX_BYTES) -> ArticleFacts:
    """The facts :func:`dumps` wrote; :class:`~diplograph.ontology.errors.StoreError` if
    ``data`` is anything else."""
    return from_json(_parsed(data, limit))


def article_of(data: bytes, limit: int = MAX_BYTES) -> Article:
    """Only the article (its text and metadata) of the facts :func:`dumps` wrote: readable
    even when the other records' fields have changed since, so that the article can be
    extracted again."""
    body = _body(_parsed(data, limit))
    facts = body.get("ArticleFacts") if type(body) is dict and len(body) == 1 else None
    if type(facts) is not dict or "article" not in facts:
        raise _bad("no article")
    decoder = _Decoder()
    decoder.records.append(None)             # the facts themselves, numbered first
    return _expect(decoder.value(facts["article"]), Article)


def from_json(value) -> ArticleFacts:
    """The facts of a JSON value made by :func:`to_json`."""
    return _expect(_Decoder().value(_body(value)), ArticleFacts)


def _parsed(data: bytes, limit: int):
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            text = unpacked.read(limit + 1)
        if len(text) > limit:
            raise _bad(f"more than {limit} bytes")
        return json.loads(text.decode("ascii"))
    except (OSError, EOFError, zlib.error, ValueError, RecursionError) as exc:
        raise _bad(f"not gzipped JSON ({exc})") from None


def _body(value):
    if type(value) is not dict or set(value) != {"format", "facts"}:
        raise _bad("not a facts file")
    if value["format"] != FORMAT:
        raise _bad(f"format {value['format']!r} is not {FORMAT!r}")
    return value["facts"]


def _expect(value, cls: type):
    if type(value) is not cls:
        raise _bad(f"a {type(value).__name__!r} where an {cls.__name__!r} belongs")
    return value


class _Decoder:
    """Turns JSON values back into values; makes only the records of :data:`RECORDS`."""

    def __init__(self):
        self.records: list = []

    def value(self, x):
        kind = type(x)
        if kind in _PLAIN:
            return x
        if kind is list:
            return [self.value(v) for v in x]
        if kind is not dict or len(x) != 1:
            raise _bad(f"an object with {len(x)} keys" if kind is dict else f"a {kind.__name__!r}")
        (tag, body), = x.items()
        if tag not in _CLASSES and tag not in _TAGGED:
            raise _bad(f"unknown type tag {tag!r}")
        try:
            if tag in _CLASSES:
                return self.record(_CLASSES[tag], body)
            return _TAGGED[tag](self, body)
        except (TypeError, InvalidOperation, RecursionError) as exc:
            raise _bad(f"a bad {tag!r}: {exc}") from None

    def record(self, cls: type, body):
        if type(body) is not dict or set(body) != set(_FIELDS[cls]):
            raise _bad(f"{cls.__name__!r} with fields {sorted(body) if type(body) is dict else body!r}")
        slot = len(self.records)
        self.records.append(None)            # numbered before its fields, as written
        plain, value = _PLAIN, self.value
        values = {name: v if type(v := body[name]) in plain else value(v) for name in _FIELDS[cls]}
        for name, value in values.items():
            _check(cls, name, value)
        self.records[slot] = cls(**values)
        return self.records[slot]

    def ref(self, body):
        if type(body) is not int or not 0 <= body < len(self.records) or self.records[body] is None:
            raise _bad(f"a reference to record {body!r}, which comes before it")
        return self.records[body]

    def sequence(self, body) -> list:
        if type(body) is not list:
            raise _bad(f"{body!r} where a list belongs")
        return self.value(body)

    def pairs(self, body) -> dict:
        items = self.sequence(body)
        if not all(type(item) is list and len(item) == 2 for item in items):
            raise _bad("a dict that is not a list of pairs")
        return dict(items)

    def decimal(self, body) -> Decimal:
        if type(body) is not str:
            raise _bad(f"decimal {body!r}")
        return Decimal(body)


_TAGGED = {
    "ref": _Decoder.ref,
    "tuple": lambda self, body: tuple(self.sequence(body)),
    "set": lambda self, body: set(self.sequence(body)),
    "dict": _Decoder.pairs,
    "decimal": _Decoder.decimal,
}


def _check(cls: type, name: str, value) -> None:
    """A field's value and its members must have the types the record allows."""
    if type(value) not in _SHAPES[cls][name]:
        raise _bad(f"{cls.__name__}.{name} is a {type(value).__name__!r}")
    item = _ITEMS.get((cls, name))
    if item is None:
        return
    members = value.items() if type(value) is dict else ((None, v) for v in value)
    for key, member in members:
        if type(member) is not item or (key is not None and type(key) is not str):
            raise _bad(f"{cls.__name__}.{name} holds a {type(member).__name__!r}")
