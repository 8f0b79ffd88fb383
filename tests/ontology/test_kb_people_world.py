"""Officeholders of the Americas, the Middle East and Africa in the knowledge base
(``ontology/kb/people-world.ttl``): their English and German names are linked, and a title
before a full name gives the person's state from ``schema:nationality`` (these people have
no office periods in the KB), through the real KB loader and the real pipeline (sentences
written for this test)."""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from tests.extract.extract_helpers import role_triples, run


@pytest.mark.parametrize("lang,text,published,slug,role,country", [
    ("en", "Foreign Minister Mohammad Javad Zarif met the envoy on Monday.", "2016-05-09",
     "mohammad-javad-zarif", "foreign-minister", "iran"),
    ("de", "Außenminister Abbas Araghchi traf am Montag den Gesandten.", "2025-02-03",
     "abbas-araghchi", "foreign-minister", "iran"),
    ("de", "Ministerpräsident Benjamin Netanjahu traf am Montag den Gesandten.", "2024-03-04",
     "benjamin-netanyahu", "prime-minister", "israel"),
    ("en", "Defence Minister Ehud Barak met the envoy on Monday.", "2010-06-07",
     "ehud-barak", "defence-minister", "israel"),
    ("de", "Präsident Baschar al-Assad empfing am Dienstag den Gesandten.", "2015-09-08",
     "bashar-al-assad", "president", "syria"),
    ("de", "Präsident Mahmud Ahmadinedschad empfing am Dienstag den Gesandten.", "2008-04-08",
     "mahmoud-ahmadinejad", "president", "iran"),
    ("en", "President Cyril Ramaphosa received the envoy on Tuesday.", "2023-10-10",
     "cyril-ramaphosa", "president", "south-africa"),
    ("de", "Präsident Cyril Ramaphosa empfing am Dienstag den Gesandten.", "2023-10-10",
     "cyril-ramaphosa", "president", "south-africa"),
    ("en", "Prime Minister Abiy Ahmed met the envoy on Monday.", "2019-10-14",
     "abiy-ahmed", "prime-minister", "ethiopia"),
    ("en", "Defense Secretary Donald Rumsfeld met the envoy on Monday.", "2003-03-10",
     "donald-rumsfeld", "defence-minister", "united-states"),
    ("en", "President Javier Milei met the envoy on Monday.", "2024-03-04",
     "javier-milei", "president", "argentina"),
    ("de", "Präsidentin Claudia Sheinbaum traf am Montag den Gesandten.", "2025-03-03",
     "claudia-sheinbaum", "president", "mexico"),
    ("en", "King Mohammed VI received the envoy on Monday.", "2012-06-04",
     "mohammed-vi", "king", "morocco"),
])
def test_a_title_and_a_full_name_give_the_person_and_the_state(lang, text, published, slug, role, country):
    facts = run(text, lang, published)
    assert slug in facts.entities
    assert (slug, role, country) in role_triples(facts)


def test_german_label_forms_name_the_people():
    facts = run("Ali Chamenei empfing am Dienstag Ariel Scharon und Schimon Peres.", "de", "2005-06-07")
    assert {"ali-khamenei", "ariel-sharon", "shimon-peres"} <= set(facts.entities)


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Netanyahu and Khamenei traded threats on Monday.", {"benjamin-netanyahu", "ali-khamenei"}),
    ("de", "Netanjahu und Chamenei tauschten am Montag Drohungen aus.", {"benjamin-netanyahu", "ali-khamenei"}),
])
def test_a_distinctive_family_name_alone_is_linked(lang, text, slug):
    assert slug <= set(run(text, lang, "2024-04-15").entities)


def test_sisi_alone_is_the_egyptian_president_in_english_only():
    assert "abdel-fattah-el-sisi" in run("President Sisi met the envoy on Monday.", "en", "2020-02-03").entities
    assert "abdel-fattah-el-sisi" not in run("Sisi traf am Montag den Gesandten.", "de", "2020-02-03").entities


def test_every_person_of_the_file_has_both_labels_and_a_state():
    kb = load_kb()
    for slug in ("benjamin-netanyahu", "mohammed-bin-salman", "nelson-mandela", "hugo-chavez",
                 "abdelmadjid-tebboune", "isaias-afwerki", "brent-scowcroft"):
        ent = kb.by_slug(slug)
        assert ent is not None and ent.kind == "Person"
        assert set(ent.labels) == {"en", "de"}
        assert kb.is_country(kb.country_slug(slug))
