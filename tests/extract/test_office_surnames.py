"""diplograph_office_surnames: a surname alone after a title is the KB person of that surname
who held the office when the article was written, through the real pipeline (sentences
written for this test; the office periods are the knowledge base's)."""
from __future__ import annotations

import pytest

from diplograph.extract.components.office_surnames import OFFICE, office_holder


def keys_of(facts, surface: str) -> list:
    return [m.key for m in facts.mentions if m.text == surface]


@pytest.mark.parametrize("lang,text,published,surname,slug", [
    ("en", "Prime Minister Koizumi flew to the North on Tuesday.", "2002-09-17", "Koizumi", "junichiro-koizumi"),
    ("de", "Präsident Moon telefonierte am Mittwoch mit dem Kanzler.", "2019-05-02", "Moon", "moon-jae-in"),
    ("en", "South Korean President Park arrived in Tokyo on Sunday.", "2015-11-02", "Park", "park-geun-hye"),
    ("de", "Der britische Premierminister Johnson reiste am Montag nach Kiew.", "2022-04-10", "Johnson", "boris-johnson"),
])
def test_a_title_and_surname_are_the_office_holder_of_the_day(extract, lang, text, published, surname, slug):
    facts = extract(text, lang, published)
    assert keys_of(facts, surname) == [slug]
    assert facts.entities[slug].evidence == OFFICE


def test_the_surname_alone_afterwards_is_the_same_person(extract):
    facts = extract("Prime Minister Koizumi flew to the North on Tuesday. Koizumi said the trip was useful.",
                    "en", "2002-09-17")
    assert keys_of(facts, "Koizumi") == ["junichiro-koizumi", "junichiro-koizumi"]


@pytest.mark.parametrize("lang,text,published", [
    # the surname's KB person did not hold the post then, or never held it
    ("de", "Präsident Moon telefonierte am Mittwoch mit dem Kanzler.", "2010-05-02"),
    ("en", "Foreign Minister Moon spoke to reporters on Monday.", "2019-05-02"),
    # no publication date: nothing tells who was in office
    ("en", "Prime Minister Koizumi flew to the North on Tuesday.", None),
    # the surname starts a longer name
    ("en", "President Park Chung Hee met the envoy on Monday.", "2015-11-02"),
    # the article names another person of that surname in full
    ("en", "President Moon met Speaker Moon Hee-sang on Monday.", "2019-05-02"),
    ("de", "Präsident Moon traf am Montag Botschafter Moon Hee-sang.", "2019-05-02"),
])
def test_no_link_without_the_office_of_the_day(extract, lang, text, published):
    facts = extract(text, lang, published)
    assert "moon-jae-in" not in facts.entities
    assert "junichiro-koizumi" not in facts.entities
    assert "park-geun-hye" not in facts.entities


def test_office_holder_needs_one_person_in_office():
    assert office_holder("Moon", ("president",), "2018-04") == "moon-jae-in"
    assert office_holder("Moon", ("president",), "2016") is None
    assert office_holder("Moon", ("prime-minister",), "2018-04") is None
    assert office_holder("Nobody", ("president",), "2018-04") is None


@pytest.mark.parametrize("lang,text,published", [
    ("en", "Former President Koizumi met the envoy on Monday.", "2005-06-10"),
    ("de", "Der frühere Ministerpräsident Koizumi traf am Montag den Gesandten.", "2005-06-10"),
])
def test_guard_a_former_holder_is_not_the_holder_of_the_day(extract, lang, text, published):
    assert "junichiro-koizumi" not in extract(text, lang, published).entities


def test_a_later_word_that_is_ordinary_or_another_name_is_not_the_person(extract):
    facts = extract("Prime Minister Johnson met the envoy on Monday. Johnson & Johnson said sales rose. "
                    "Johnson said the talks went well.", "en", "2021-05-10")
    assert keys_of(facts, "Johnson")[0] == "boris-johnson"
    assert keys_of(facts, "Johnson")[-1] == "boris-johnson"
    assert len([k for k in keys_of(facts, "Johnson") if k == "boris-johnson"]) == 2
