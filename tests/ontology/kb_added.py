"""What every KB test module of added entities checks of each: its kind, its English and
German labels, its state (nationality, parent state or containing country; None where the KB
gives none), and that it carries no Wikidata id (none was verified for them)."""
from __future__ import annotations

from diplograph.ontology.kb import load_kb


def assert_added(slug: str, kind: str, en: str, de: str, state: str | None) -> None:
    kb = load_kb()
    known = kb.entity(slug)
    assert (known.kind, known.labels["en"], known.labels["de"]) == (kind, en, de)
    assert kb.country_slug(slug) == state
    assert known.wikidata is None
