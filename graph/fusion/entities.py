"""Entity keys of the fused graph: their IRI slugs and their kinds.

What fusion and the relations layer both read, below either of them.

>>> entity_slug("new:Person:Yohei Kono"), entity_slug("japan")
('yohei-kono', 'japan')
"""
from __future__ import annotations

import re
import unicodedata

from diplograph.extract.model import ArticleFacts
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT

__all__ = ["entity_kinds", "entity_slug", "slugify"]


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated form of a name.

    >>> slugify("Yoon Suk-yeol"), slugify("Außenministerium")
    ('yoon-suk-yeol', 'aussenministerium')
    """
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def entity_slug(key: str) -> str:
    """The IRI slug of an entity key (a KB slug, or ``new:Kind:name``)."""
    if not key.startswith("new:"):
        return key
    _, kind, name = key.split(":", 2)
    return slugify(name)


def entity_kinds(facts: list[ArticleFacts]) -> dict:
    """Entity key -> kind, from the articles and, for KB entities, from the KB."""
    kb = load_kb()
    kinds = {k: e.kind for f in facts for k, e in f.entities.items()}
    for f in facts:
        for ev in f.events:
            for key in ev.actors:
                if key not in kinds and (known := kb.get(ENT[key])) is not None:
                    kinds[key] = known.kind
    return kinds
