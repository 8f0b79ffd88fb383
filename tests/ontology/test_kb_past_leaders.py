"""Past heads of state and government in the knowledge base: their names (English and German
forms) and office periods, through the real KB loader and the real pipeline (sentences written
for this test; the periods are those of ``ontology/kb/offices/offices.ttl``)."""
from __future__ import annotations

import pytest

from diplograph.extract.components.office_surnames import OFFICE, office_holder
from diplograph.ontology.offices import held_on
from tests.extract.extract_helpers import role_triples, run


@pytest.mark.parametrize("lang,text,published,linked,roles", [
    ("en", "President Clinton met Yeltsin in Moscow on Wednesday.", "1995-05-10",
     {"bill-clinton": OFFICE, "boris-yeltsin": ""},
     {("bill-clinton", "president", "united-states")}),
    ("de", "Bundeskanzler Kohl traf am Montag Präsident Mitterrand in Paris.", "1990-06-04",
     {"helmut-kohl": OFFICE, "francois-mitterrand": OFFICE},
     {("helmut-kohl", "chancellor", "germany"), ("francois-mitterrand", "president", "france")}),
    ("en", "Prime Minister Major spoke with Chancellor Kohl on Monday.", "1995-06-12",
     {"john-major": OFFICE, "helmut-kohl": OFFICE},
     {("john-major", "prime-minister", "united-kingdom"), ("helmut-kohl", "chancellor", "germany")}),
    ("de", "Premierminister Brown telefonierte am Montag mit Präsident Sarkozy.", "2008-10-06",
     {"gordon-brown": OFFICE, "nicolas-sarkozy": ""},
     {("gordon-brown", "prime-minister", "united-kingdom"), ("nicolas-sarkozy", "president", "france")}),
])
def test_a_title_and_surname_are_the_past_holder_of_the_article_day(lang, text, published, linked, roles):
    facts = run(text, lang, published)
    assert {slug: facts.entities[slug].evidence for slug in linked} == linked
    assert roles <= role_triples(facts)


@pytest.mark.parametrize("published,slug,other", [
    ("1990-08-04", "george-h-w-bush", "george-w-bush"),
    ("2002-04-06", "george-w-bush", "george-h-w-bush"),
])
def test_president_bush_is_father_or_son_by_the_article_day(published, slug, other):
    facts = run("President Bush met the envoy at Camp David on Saturday.", "en", published)
    assert facts.entities[slug].evidence == OFFICE
    assert other not in facts.entities
    assert (slug, "president", "united-states") in role_triples(facts)


def test_the_same_title_and_surname_outside_the_office_links_nobody():
    facts = run("Bundeskanzler Kohl traf am Montag den Gesandten.", "de", "2002-06-04")
    assert "helmut-kohl" not in facts.entities


def test_a_full_name_takes_its_role_and_country_from_the_kb_office():
    facts = run("Präsident Boris Jelzin empfing am Dienstag den Gesandten.", "de", "1996-03-05")
    assert role_triples(facts) == {("boris-yeltsin", "president", "russia")}


def test_german_transliterations_name_the_russian_leaders():
    facts = run("Boris Jelzin empfing am Dienstag Michail Gorbatschow.", "de", "1996-03-05")
    assert {"boris-yeltsin", "mikhail-gorbachev"} <= set(facts.entities)


def test_office_holder_tells_namesakes_apart_by_role_and_day():
    assert office_holder("Clinton", ("president",), "1995-05-10") == "bill-clinton"
    assert office_holder("Clinton", ("secretary-of-state",), "2010-03") == "hillary-clinton"
    assert office_holder("Bush", ("president",), "1992-11") == "george-h-w-bush"
    assert office_holder("Kohl", ("chancellor",), "2000") is None


def test_successive_holders_hand_over_on_the_same_day():
    assert [(o.role, o.org) for o in held_on("wen-jiabao", "2005-06")] == [("prime-minister", "china")]
    assert held_on("zhu-rongji", "2005-06") == ()
    assert [o.end for o in held_on("margaret-thatcher", "1990-11")] == ["1990-11-28"]
    assert [o.start for o in held_on("john-major", "1990-11")] == ["1990-11-28"]
    assert [(o.role, o.org) for o in held_on("yevgeny-primakov", "1997")] == [("foreign-minister", "russia")]


@pytest.mark.parametrize("lang,text,published,slug", [
    ("de", "US-Präsident George Bush traf Putin in Laibach.", "2001-06-17", "george-w-bush"),
    ("en", "US President George Bush met Gorbachev in Washington.", "1990-06-17", "george-h-w-bush"),
])
def test_a_short_name_two_known_people_share_is_the_one_in_office_that_day(lang, text, published, slug):
    facts = run(text, lang, published)
    assert [m.key for m in facts.mentions if m.text == "George Bush"] == [slug]
