"""Deputies and the envoys a protest is made to: sentences written for this test.

- a deputy of an office holds the deputy's office, also with a country between the two
  words ("der stellvertretende kanadische Außenminister", "vice minister for foreign
  affairs", "Vize-Außenministerin"); a deputy of an office with no deputy office of its own
  holds no office ("der stellvertretende Kabinettssekretär X" is no chief cabinet
  secretary), and is still a person;
- a summoned chargé d'affaires or acting ambassador is an envoy: his state is the protest's
  target ("den geschäftsführenden Botschafter Chinas", "the chargé d'affaires of the
  Chinese Embassy", "den chinesischen Geschäftsträger");
- "die Präsidenten Kanadas und der USA" names both presidents (the article before the
  second country does not end the list).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples

DAY = "2024-08-27"        # a Tuesday


@pytest.mark.parametrize("lang,text", [
    ("de", "Der stellvertretende kanadische Außenminister Jean Dupont traf am Montag Lawrow."),
    ("en", "Canada's vice minister for foreign affairs, Jean Dupont, met Lavrov on Monday."),
    ("de", "Die kanadische Vize-Außenministerin Jeanne Dupont traf am Montag Lawrow."),
])
def test_a_deputy_holds_the_deputys_office(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [(role, org) for _, role, org in role_triples(facts)] == [("deputy-foreign-minister", "canada")]


def test_a_deputy_of_an_office_without_a_deputy_office_holds_none(extract):
    text = "„Wir beobachten das genau“, sagte der stellvertretende kanadische Kabinettssekretär Jean Dupont am Montag."
    facts = extract(text, "de", published=DAY)
    assert not [r for r in facts.roles if r.role == "chief-cabinet-secretary"]
    assert "new:Person:jean dupont" in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada bestellte am Montag den geschäftsführenden Botschafter Chinas ein."),
    ("de", "Kanada bestellte am Montag den chinesischen Geschäftsträger ein."),
    ("en", "Canada summoned the chargé d'affaires of the Chinese Embassy in Ottawa on Monday."),
    ("en", "Canada summoned China's chargé d'affaires on Monday."),
])
def test_a_summoned_charge_or_acting_ambassadors_state_is_the_target(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Protest"]
    assert ev.targets == ["china"] and "canada" in ev.actors


def test_two_countries_of_one_role_word_with_an_article_between(extract):
    text = ("US-Präsident Donald Trump reist im Juni nach Ottawa. Dort ist ein Treffen zwischen den Präsidenten "
            "Kanadas und der USA am Rande des Gipfels möglich.")
    meetings = [e for e in extract(text, "de", published=DAY).events if e.kind == "Meeting"]
    assert meetings and "donald-trump" in meetings[0].actors
