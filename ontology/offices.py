"""The offices known people held and when, read from ``ontology/kb/offices/*.ttl``.

Each period is a W3C ORG membership (``org:role``, ``org:organization``) with an OWL-Time
interval, checked against the page ``prov:wasDerivedFrom`` names. The periods are
background knowledge for reading articles (when was an article that calls Kishida "Prime
Minister" written?), not facts of the built graph: the build does not write them.

>>> offices = load_offices()
>>> [(o.role, o.org, o.start) for o in offices["fumio-kishida"] if o.role == "prime-minister"]
[('prime-minister', 'japan', '2021-10-04')]
>>> Office("x", "prime-minister", "japan", "2021-10-04", None).during("2030-01")
True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from diplograph.ontology import OFFICES_DIR
from diplograph.ontology.errors import KnowledgeBaseError
from diplograph.ontology.namespace import ENT, ORG, ROLE, TIME

__all__ = ["Office", "held_on", "load_offices"]


@dataclass(frozen=True)
class Office:
    """``person`` held ``role`` of ``org`` from ``start`` to ``end`` (ISO dates; no end: in
    office when the source was read)."""

    person: str
    role: str
    org: str
    start: str
    end: str | None

    def during(self, iso: str) -> bool:
        """Whether the time ``iso`` (a year, month or day) overlaps the period."""
        n = len(iso)
        return self.start[:n] <= iso and (self.end is None or iso <= self.end[:n])


def _slug(iri, base) -> str | None:
    text = str(iri) if iri is not None else ""
    return text[len(str(base)):] if text.startswith(str(base)) else None


def _instant(g: Graph, interval, prop) -> str | None:
    node = g.value(interval, prop)
    value = g.value(node, TIME.inXSDDate) if node is not None else None
    return str(value) if value is not None else None


@lru_cache(maxsize=4)
def load_offices(directory: str | Path | None = None) -> dict[str, tuple[Office, ...]]:
    """Every office period of ``directory`` (default ``ontology/kb/offices``), by person slug."""
    directory = Path(directory) if directory else OFFICES_DIR
    if not directory.is_dir():
        raise KnowledgeBaseError(f"no office periods folder {str(directory)!r}")
    g = Graph()
    for path in sorted(directory.glob("*.ttl")):
        try:
            g.parse(path, format="turtle")
        except Exception as exc:         # rdflib raises several kinds for bad Turtle
            raise KnowledgeBaseError(f"cannot read office periods {str(path)!r}: {exc}") from exc
    out: dict[str, list[Office]] = {}
    for person_iri, membership in g.subject_objects(ORG.hasMembership):
        person = _slug(person_iri, ENT)
        role = _slug(g.value(membership, ORG.role), ROLE)
        org = _slug(g.value(membership, ORG.organization), ENT)
        interval = g.value(membership, ORG.memberDuring)
        start = _instant(g, interval, TIME.hasBeginning) if interval is not None else None
        if not (person and role and org and start):
            raise KnowledgeBaseError(f"office of {str(person_iri)!r} lacks a role, body or start")
        out.setdefault(person, []).append(Office(person, role, org, start, _instant(g, interval, TIME.hasEnd)))
    return {p: tuple(sorted(v, key=lambda o: o.start)) for p, v in out.items()}


def held_on(person: str, when: str | None) -> tuple[Office, ...]:
    """The offices ``person`` held at ``when`` (an ISO year, month or day); none when the
    time is unknown.

    >>> [(o.role, o.org) for o in held_on("fumio-kishida", "2022-05")]
    [('prime-minister', 'japan')]
    >>> held_on("fumio-kishida", None)
    ()
    """
    return tuple(o for o in load_offices().get(person, ()) if o.during(when)) if when else ()
