"""diplograph_spellings: a full name in a spelling the knowledge base does not list is its
person, through the real pipeline (sentences written for this test)."""
from __future__ import annotations

import pytest

from diplograph.extract.components.spellings import SPELLING
from diplograph.extract.names import translit_key


def people(facts) -> dict:
    return {k: e for k, e in facts.entities.items() if e.kind == "Person"}


@pytest.mark.parametrize("lang,text,slug", [
    ("de", "Präsident Wolodimir Selenskij reiste am Montag nach Hiroshima.", "volodymyr-zelenskyy"),
    ("en", "Sergej Lavrov met the envoy on Monday.", "sergey-lavrov"),
    ("de", "Schinso Abe traf am Montag Wladimir Putin.", "shinzo-abe"),
])
def test_another_spelling_of_a_full_name_is_the_kb_person(extract, lang, text, slug):
    found = people(extract(text, lang))
    assert slug in found and found[slug].known
    assert not any(k.startswith("new:") for k in found)


def test_the_link_records_how_it_was_made(extract):
    found = people(extract("Wolodimir Selenskij sprach.", "de"))
    assert found["volodymyr-zelenskyy"].evidence == SPELLING


def test_the_surname_alone_afterwards_is_the_same_person(extract):
    facts = extract("Wolodimir Selenskij traf Fumio Kishida. Selenskij dankte ihm.", "de")
    assert [m.key for m in facts.mentions if m.text == "Selenskij"] == ["volodymyr-zelenskyy"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Taro Suzuki, a fisherman, said the talks went well."),
    ("de", "Taro Suzuki, ein Fischer, sagte, die Gespräche seien gut verlaufen."),
])
def test_a_name_no_kb_person_bears_stays_unknown(extract, lang, text):
    assert list(people(extract(text, lang))) == ["new:Person:taro suzuki"]


def test_spelling_keys_ignore_order_and_transliteration():
    assert translit_key("Schoigu Sergej") == translit_key("Sergei Shoigu")
    assert translit_key("Sergei Lavrov") != translit_key("Sergei Shoigu")


@pytest.mark.parametrize("lang,text,slug", [
    ("de", "Dimitri Medwedew reiste am Montag nach Kunaschir.", "dmitry-medvedev"),
    ("en", "Alexandr Lukashenko met the envoy on Monday.", "alexander-lukashenko"),
    ("de", "Shindzo Abe traf am Montag Wladimir Putin.", "shinzo-abe"),
    ("en", "Anders Rasmussen visited Tokyo on Monday.", "anders-fogh-rasmussen"),
])
def test_a_given_name_one_letter_off_inside_or_shortened_is_the_kb_person(extract, lang, text, slug):
    found = people(extract(text, lang))
    assert slug in found and found[slug].evidence == SPELLING
    assert not any(k.startswith("new:") for k in found)


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Akie Abe visited a school in Tokyo on Monday.", "new:Person:akie abe"),
    ("de", "Außenminister Yohei Kono reiste am Montag nach Moskau.", "new:Person:yohei kono"),
    ("en", "Taro Kona, a fisherman, spoke on Monday.", "new:Person:taro kona"),
    ("en", "Macron met the Montreal painter Justine Trudeau in Paris on Monday.", "new:Person:justine trudeau"),
    ("en", "Scholz met the Belgian farmer Marc Rutte in Brussels on Monday.", "new:Person:marc rutte"),
])
def test_a_namesake_a_surname_or_a_name_ending_one_letter_off_stays_unknown(extract, lang, text, key):
    assert key in people(extract(text, lang))



def test_hyphenated_given_names_of_other_order_are_other_names():
    assert translit_key("Kim Min-jun") != translit_key("Kim Jun-min")


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Foreign Minister Sergey V. Lavrov met the envoy on Monday, after Prime Minister Fumio Kishida.",
     "Sergey V. Lavrov"),
    ("de", "Außenminister Sergej W. Lawrow traf am Montag den Gesandten, nach Premier Fumio Kishida.",
     "Sergej W. Lawrow"),
])
def test_a_middle_initial_joins_the_kb_person_the_surname_matched(extract, lang, text, name):
    facts = extract(text, lang)
    assert [m.text for m in facts.mentions if m.key == "sergey-lavrov"] == [name]
    assert ("sergey-lavrov", "foreign-minister", "russia") in {(r.person, r.role, r.org) for r in facts.roles}


def test_guard_another_given_name_before_the_initial_stays_out(extract):
    facts = extract("Anna V. Lavrov, a painter, met the envoy on Monday.", "en")
    assert "Anna" not in " ".join(m.text for m in facts.mentions if m.key == "sergey-lavrov")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Rodrigo 'Digong' Duterte met the envoy on Monday."),
    ("en", 'President Rodrigo "Digong" Duterte met the envoy on Monday.'),
    ("de", "Präsident Rodrigo „Digong“ Duterte traf am Montag den Gesandten."),
])
def test_a_nickname_quoted_inside_a_name_keeps_the_name_whole(extract, lang, text):
    facts = extract(text, lang, published="2018-05-14")
    assert "rodrigo-duterte" in facts.entities
    assert ("rodrigo-duterte", "president", "philippines") in {(r.person, r.role, r.org) for r in facts.roles}


def test_an_unknown_name_with_a_nickname_is_one_person(extract):
    facts = extract("Prime Minister Ana 'Nana' Ruiz met the envoy on Monday.", "en")
    assert [e.label for e in facts.entities.values() if e.kind == "Person"] == ["Ana 'Nana' Ruiz"]
