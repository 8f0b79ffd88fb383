"""diplograph.extract.patterns: entity, role and demonym patterns generated from the knowledge base."""
from __future__ import annotations

import pytest

from diplograph.extract.patterns import demonym_phrases, entity_patterns, genitive, role_phrases
from diplograph.ontology.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("name,lang,expected", [
    ("Japan", "de", "Japans"), ("Russland", "de", "Russlands"), ("Moskau", "de", "Moskaus"),
    ("Paris", "de", None), ("Belarus", "de", None), ("Schweiz", "de", None), ("NATO", "de", None),
    ("G7", "de", None), ("Japan", "en", None),
])
def test_genitive(name, lang, expected):
    assert genitive(name, lang) == expected


def test_entity_patterns_german(kb):
    pats = entity_patterns(kb, "de")
    for pattern in [
        {"label": "Country", "pattern": "Japans", "id": "japan"},
        {"label": "Country", "pattern": "Russlands", "id": "russia"},
        {"label": "Person", "pattern": "Sergej Lawrow", "id": "sergey-lavrov"},
        {"label": "Person", "pattern": "Lawrow", "id": "sergey-lavrov"},
        {"label": "Person", "pattern": "Kishida Fumio", "id": "fumio-kishida"},
        {"label": "Place", "pattern": "Moskau", "id": "moscow"},
        {"label": "Organization", "pattern": "NATO", "id": "nato"},
    ]:
        assert pattern in pats
    assert {"label": "Country", "pattern": "NATOs", "id": "nato"} not in pats


def test_entity_patterns_english(kb):
    pats = entity_patterns(kb, "en")
    assert {"label": "Person", "pattern": "Sergey Lavrov", "id": "sergey-lavrov"} in pats
    assert {"label": "Person", "pattern": "Lavrov", "id": "sergey-lavrov"} in pats
    assert {"label": "Place", "pattern": "Moscow", "id": "moscow"} in pats
    assert not any(p["pattern"] == "Japans" for p in pats)


@pytest.mark.parametrize("lang,phrase,slug", [
    ("de", "außenminister", "foreign-minister"), ("de", "außenministers", "foreign-minister"),
    ("de", "außenministerin", "foreign-minister"), ("de", "außenministerinnen", "foreign-minister"),
    ("de", "verteidigungsministern", "defence-minister"), ("de", "generalsekretär", "secretary-general"),
    ("de", "chefkabinettssekretär", "chief-cabinet-secretary"), ("de", "regierungschef", "prime-minister"),
    ("en", "foreign minister", "foreign-minister"), ("en", "foreign ministers", "foreign-minister"),
    ("en", "defense minister", "defence-minister"), ("en", "secretary-general", "secretary-general"),
    ("en", "chief cabinet secretary", "chief-cabinet-secretary"), ("en", "prime minister", "prime-minister"),
])
def test_role_phrases(kb, lang, phrase, slug):
    assert role_phrases(kb, lang)[phrase] == slug


@pytest.mark.parametrize("lang,phrase,slug", [
    ("de", "japanisch", "japan"), ("de", "japanischen", "japan"), ("de", "russischer", "russia"),
    ("de", "russen", "russia"), ("de", "japaner", "japan"),
    ("en", "japanese", "japan"), ("en", "russian", "russia"), ("en", "south korean", "south-korea"),
])
def test_demonym_phrases(kb, lang, phrase, slug):
    assert demonym_phrases(kb, lang)[phrase] == slug


def test_demonyms_of_other_language_are_not_used(kb):
    assert "japanese" not in demonym_phrases(kb, "de")
    assert "japanisch" not in demonym_phrases(kb, "en")
