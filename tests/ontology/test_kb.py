"""diplograph.ontology.kb: lookups by slug agree with the lookups by IRI."""
from __future__ import annotations

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT


def test_every_entity_by_slug_and_its_country():
    kb = load_kb()
    assert len(kb) > 50
    for iri, entity in kb.entities.items():
        slug = str(iri)[len(str(ENT)):]
        assert kb.by_slug(slug) is entity is kb.get(iri) is kb.get(str(iri))
        country = kb.country_of(iri)
        assert kb.country_slug(slug) == (str(country)[len(str(ENT)):] if country is not None else None)
    assert kb.country_slug("tokyo") == "japan" and kb.country_slug("japan") == "japan"
    assert kb.by_slug("no-such-entity") is None and kb.country_slug("no-such-entity") is None
