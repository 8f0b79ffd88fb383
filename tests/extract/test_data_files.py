"""The extractor's data files: every JSON object has each key once (a second list of the
same name silently replaces the first when the file is read)."""
from __future__ import annotations

import json

import pytest

from diplograph.extract.lexicon import DATA_DIR

FILES = sorted(DATA_DIR.rglob("*.json"))


def _unique(pairs):
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"keys given twice: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_each_key_is_given_once(path):
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique)


def test_there_are_lexicons_for_both_languages():
    assert {p.relative_to(DATA_DIR).as_posix() for p in FILES} >= {"en/lexicon.json", "de/lexicon.json"}


def test_a_repeated_key_is_found():
    with pytest.raises(AssertionError, match="perfect_auxiliaries"):
        json.loads('{"perfect_auxiliaries": [], "perfect_auxiliaries": ["hat"]}', object_pairs_hook=_unique)
