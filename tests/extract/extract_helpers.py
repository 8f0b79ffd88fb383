"""Helpers of the extraction tests: run the real pipeline on hand-written text."""
from __future__ import annotations

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article


def run(text: str, lang: str, published: str | None = None, article_id: str = "t1"):
    """The facts of a one-off article (pipelines are built once, by ``get_pipeline``'s cache)."""
    return extract_article(Article(article_id, text, lang,
                                   published=parse_iso(published) if published else None))


def role_triples(facts) -> set:
    return {(r.person, r.role, r.org) for r in facts.roles}


def persons(facts, event) -> list:
    """The event's actors that are people, in order."""
    return [a for a in event.actors if facts.entities[a].kind == "Person"]


def event_rows(facts) -> list:
    """Each event as (kind, status, its actors sorted, its date's ISO form or None)."""
    return [(ev.kind, ev.status, sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events]
