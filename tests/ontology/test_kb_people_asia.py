"""Officeholders of Asia and the Pacific in the knowledge base (``ontology/kb/people-asia.ttl``):
their names (English and German forms) link them, and a bare title before the name takes its
state from ``schema:nationality`` when the text names no country (sentences written for this
test, through the real KB loader and the real pipeline)."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples, run


@pytest.mark.parametrize("lang,text,published,slug,role,country", [
    ("en", "Foreign Minister Retno Marsudi met the envoy on Monday.", "2019-05-06",
     "retno-marsudi", "foreign-minister", "indonesia"),
    ("de", "Außenministerin Retno Marsudi traf am Montag den Gesandten.", "2019-05-06",
     "retno-marsudi", "foreign-minister", "indonesia"),
    ("en", "Prime Minister Shehbaz Sharif spoke with the envoy on Monday.", "2023-05-08",
     "shehbaz-sharif", "prime-minister", "pakistan"),
    ("de", "Premierminister Shehbaz Sharif sprach am Montag mit dem Gesandten.", "2023-05-08",
     "shehbaz-sharif", "prime-minister", "pakistan"),
    ("en", "President Droupadi Murmu received the envoy on Tuesday.", "2023-05-09",
     "droupadi-murmu", "president", "india"),
    ("de", "Präsidentin Droupadi Murmu empfing am Dienstag den Gesandten.", "2023-05-09",
     "droupadi-murmu", "president", "india"),
    ("en", "Defence Minister Richard Marles met the envoy on Monday.", "2023-05-08",
     "richard-marles", "defence-minister", "australia"),
    ("de", "Verteidigungsminister Richard Marles traf am Montag den Gesandten.", "2023-05-08",
     "richard-marles", "defence-minister", "australia"),
    ("en", "President Kassym-Jomart Tokayev received the envoy on Tuesday.", "2023-05-09",
     "kassym-jomart-tokayev", "president", "kazakhstan"),
    ("de", "Präsident Kassym-Jomart Tokayev empfing am Dienstag den Gesandten.", "2023-05-09",
     "kassym-jomart-tokayev", "president", "kazakhstan"),
    ("en", "Prime Minister Lee Hsien Loong met the envoy on Monday.", "2016-05-02",
     "lee-hsien-loong", "prime-minister", "singapore"),
    ("de", "Ministerpräsident Lee Hsien Loong traf am Montag den Gesandten.", "2016-05-02",
     "lee-hsien-loong", "prime-minister", "singapore"),
    ("en", "Foreign Minister Enrique Manalo met the envoy on Monday.", "2023-05-08",
     "enrique-manalo", "foreign-minister", "philippines"),
    ("de", "Außenminister Enrique Manalo traf am Montag den Gesandten.", "2023-05-08",
     "enrique-manalo", "foreign-minister", "philippines"),
    ("en", "Prime Minister Prayut Chan-o-cha met the envoy on Monday.", "2016-05-02",
     "prayut-chan-o-cha", "prime-minister", "thailand"),
    ("de", "Premierminister Prayut Chan-o-cha traf am Montag den Gesandten.", "2016-05-02",
     "prayut-chan-o-cha", "prime-minister", "thailand"),
    ("en", "Defence Minister Ng Eng Hen met the envoy on Monday.", "2016-05-02",
     "ng-eng-hen", "defence-minister", "singapore"),
    ("de", "Verteidigungsminister Ng Eng Hen traf am Montag den Gesandten.", "2016-05-02",
     "ng-eng-hen", "defence-minister", "singapore"),
])
def test_a_bare_title_before_a_kb_name_gives_the_persons_state(lang, text, published, slug, role, country):
    facts = run(text, lang, published)
    assert slug in facts.entities
    assert (slug, role, country) in role_triples(facts)


@pytest.mark.parametrize("text,slug,country", [
    ("Präsident Hamid Karsai empfing am Dienstag den Gesandten.", "hamid-karzai", "afghanistan"),
    ("Präsident Aschraf Ghani empfing am Dienstag den Gesandten.", "ashraf-ghani", "afghanistan"),
    ("Präsident Nursultan Nasarbajew empfing am Dienstag den Gesandten.", "nursultan-nazarbayev", "kazakhstan"),
])
def test_german_label_forms_link_the_person(text, slug, country):
    facts = run(text, "de", "2014-05-06")
    assert slug in facts.entities
    assert (slug, "president", country) in role_triples(facts)


def test_a_later_german_surname_form_is_the_same_person():
    facts = run("Präsident Kassym-Jomart Tokayev traf am Montag den Gesandten. "
                "Tokajew sagte, die Gespräche seien gut verlaufen.", "de", "2023-06-05")
    assert [m.key for m in facts.mentions if m.text == "Tokajew"] == ["kassym-jomart-tokayev"]


def test_a_sentence_opening_to_is_not_to_lam():
    # To Lam's family name is kept in its Vietnamese spelling (Tô), so the English "To" is no key
    facts = run("President To Lam met the envoy in Hanoi on Monday. To date, no statement was issued.",
                "en", "2024-06-03")
    assert [(m.text, m.key) for m in facts.mentions if m.key == "to-lam"] == [("To Lam", "to-lam")]
    assert ("to-lam", "president", "vietnam") in role_triples(facts)


@pytest.mark.parametrize("lang,text,published,slug", [
    ("en", "President Ferdinand Marcos met the envoy on Monday.", "1980-05-05", "ferdinand-marcos-sr"),
    ("en", "President Ferdinand Marcos met the envoy on Monday.", "2024-03-18", "ferdinand-marcos-jr"),
    ("de", "Präsident Marcos traf am Montag den Gesandten.", "1980-05-05", "ferdinand-marcos-sr"),
    ("de", "Präsident Marcos traf am Montag den Gesandten.", "2024-03-18", "ferdinand-marcos-jr"),
])
def test_ferdinand_marcos_is_father_or_son_by_the_article_day(lang, text, published, slug):
    facts = run(text, lang, published)
    assert (slug, "president", "philippines") in role_triples(facts)
    assert {"ferdinand-marcos-sr", "ferdinand-marcos-jr"} & set(facts.entities) == {slug}
