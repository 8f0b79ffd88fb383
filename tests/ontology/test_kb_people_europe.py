"""European heads of state and government, foreign and defence ministers (1990-2025) in the
knowledge base (``ontology/kb/people-europe.ttl``): a title and a full name give the person and,
through ``schema:nationality``, the state of the office even where the sentence names no country.
Through the real KB loader and the real pipeline; the sentences are written for this test."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples, run


@pytest.mark.parametrize("lang,text,published,slug,role,country", [
    ("en", "Foreign Minister Klaus Kinkel met the envoy on Monday.", "1995-03-06",
     "klaus-kinkel", "foreign-minister", "germany"),
    ("de", "Außenminister Klaus Kinkel traf am Montag den Gesandten.", "1995-03-06",
     "klaus-kinkel", "foreign-minister", "germany"),
    ("en", "Chancellor Franz Vranitzky received the delegation on Tuesday.", "1994-05-10",
     "franz-vranitzky", "chancellor", "austria"),
    ("de", "Bundeskanzler Franz Vranitzky empfing am Dienstag die Delegation.", "1994-05-10",
     "franz-vranitzky", "chancellor", "austria"),
    ("en", "President Leonid Kuchma met the envoy on Monday.", "1999-11-08",
     "leonid-kuchma", "president", "ukraine"),
    ("de", "Präsident Leonid Kutschma empfing am Montag den Gesandten.", "1999-11-08",
     "leonid-kuchma", "president", "ukraine"),
    ("en", "Prime Minister Lionel Jospin spoke to reporters on Friday.", "1999-06-11",
     "lionel-jospin", "prime-minister", "france"),
    ("de", "Premierminister Lionel Jospin sprach am Freitag mit Journalisten.", "1999-06-11",
     "lionel-jospin", "prime-minister", "france"),
    ("en", "Foreign Secretary Robin Cook met the envoy on Monday.", "1998-02-02",
     "robin-cook", "foreign-minister", "united-kingdom"),
    ("de", "Außenminister Robin Cook traf am Montag den Gesandten.", "1998-02-02",
     "robin-cook", "foreign-minister", "united-kingdom"),
    ("en", "Defence Minister Radosław Sikorski visited the troops on Monday.", "2006-04-03",
     "radoslaw-sikorski", "defence-minister", "poland"),
    ("de", "Verteidigungsminister Radosław Sikorski besuchte am Montag die Truppe.", "2006-04-03",
     "radoslaw-sikorski", "defence-minister", "poland"),
    ("en", "Prime Minister Nikol Pashinyan met the envoy on Monday.", "2023-05-08",
     "nikol-pashinyan", "prime-minister", "armenia"),
    ("de", "Regierungschef Nikol Paschinjan traf am Montag den Gesandten.", "2023-05-08",
     "nikol-pashinyan", "prime-minister", "armenia"),
    ("en", "President Mikheil Saakashvili met the envoy on Monday.", "2008-03-03",
     "mikheil-saakashvili", "president", "georgia"),
    ("de", "Präsident Michail Saakaschwili empfing am Montag den Gesandten.", "2008-03-03",
     "mikheil-saakashvili", "president", "georgia"),
    ("en", "Foreign Minister Péter Szijjártó met the envoy on Monday.", "2022-04-25",
     "peter-szijjarto", "foreign-minister", "hungary"),
    ("de", "Außenminister Péter Szijjártó traf am Montag den Gesandten.", "2022-04-25",
     "peter-szijjarto", "foreign-minister", "hungary"),
])
def test_a_title_and_full_name_give_the_person_and_the_state(lang, text, published, slug, role, country):
    facts = run(text, lang, published)
    assert slug in facts.entities
    assert (slug, role, country) in role_triples(facts)


@pytest.mark.parametrize("lang,text", [
    ("en", "King Harald V opened the session on Monday."),
    ("de", "König Harald V eröffnete am Montag die Sitzung."),
])
def test_a_monarch_is_the_king_of_his_state(lang, text):
    facts = run(text, lang, "2015-02-02")
    assert ("harald-v", "king", "norway") in role_triples(facts)


def test_german_transliterations_name_the_ukrainian_leaders():
    facts = run("Julia Timoschenko traf am Dienstag Viktor Juschtschenko und Leonid Krawtschuk.",
                "de", "2005-03-08")
    assert {"yulia-tymoshenko", "viktor-yushchenko", "leonid-kravchuk"} <= set(facts.entities)


def test_a_german_label_gives_the_role_of_a_bare_title():
    facts = run("Ministerpräsident Arseni Jazenjuk sprach am Mittwoch in Kiew.", "de", "2014-07-09")
    assert ("arseniy-yatsenyuk", "prime-minister", "ukraine") in role_triples(facts)
