"""A military rank before a name ("Col. X", "Lt. Gen. Y", "Oberstlt. Z"): its abbreviation
ends no sentence, and a rank between an office and its holder's name keeps them together
("Chile's interim president, Col. X, ..."). Sentences written for this test, through the
real pipeline.
"""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline
from tests.extract.extract_helpers import role_triples


@pytest.mark.parametrize("lang,text", [
    ("en", "The envoy met Col. Ana Ruiz and Capt. Tomas Vidal on Monday."),
    ("en", "The envoy met Lt. Gen. Ana Ruiz on Monday."),
    ("de", "Der Gesandte traf am Montag Oberstlt. Ana Ruiz."),
])
def test_a_rank_abbreviation_ends_no_sentence(lang, text):
    assert len(list(get_pipeline(lang)(text).sents)) == 1


@pytest.mark.parametrize("text", [
    "Chile's interim president, Col. Ana Ruiz, expelled the Peruvian ambassador on Monday.",
    "Chile's interim president, Lt. Gen. Ana Ruiz, expelled the Peruvian ambassador on Monday.",
    "Chile's interim president, Brig. Gen. Ana Ruiz, expelled the Peruvian ambassador on Monday.",
])
def test_an_office_and_its_holder_after_a_rank_stay_together(extract, text):
    facts = extract(text, "en", published="2024-07-10")
    assert ("new:Person:ana ruiz", "president", "chile") in role_triples(facts)
    [ev] = facts.events
    assert (ev.kind, sorted(ev.actors)) == ("Expulsion", ["new:Person:ana ruiz", "peru"])
