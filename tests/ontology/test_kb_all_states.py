"""Every UN member state is a KB country: the states added last (Africa, Latin America, the
Caribbean, the Pacific, Europe's micro-states), their capitals, and the names they share with
a person, a river or a coin, which are linked only on evidence. Real KB loader and real
extraction pipeline; the sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT, WD
from tests.extract.extract_helpers import run


#: states added, with their English and German labels (small states of every region among them)
NAMES = {"cameroon": ("Cameroon", "Kamerun"), "rwanda": ("Rwanda", "Ruanda"),
         "zimbabwe": ("Zimbabwe", "Simbabwe"), "chad": ("Chad", "Tschad"),
         "ivory-coast": ("Ivory Coast", "Elfenbeinküste"), "saint-lucia": ("Saint Lucia", "St. Lucia"),
         "liechtenstein": ("Liechtenstein", "Liechtenstein"), "tuvalu": ("Tuvalu", "Tuvalu")}


@pytest.mark.parametrize("slug", sorted(NAMES))
def test_a_state_added_is_a_country_under_its_english_and_german_name(slug):
    state = load_kb().entity(slug)
    assert (state.kind, state.labels["en"], state.labels["de"]) == ("Country", *NAMES[slug])


def test_verified_ids_other_names_and_the_congos():
    kb = load_kb()
    assert kb.entity("niger").wikidata == WD["Q1032"] and kb.entity("guinea-bissau").wikidata == WD["Q1007"]
    assert "Côte d'Ivoire" in kb.entity("ivory-coast").names("de")
    assert "kamerunisch" in dict(kb.entity("cameroon").demonyms)
    congos = [kb.entity("republic-of-the-congo"), kb.entity("democratic-republic-of-the-congo")]
    assert not any("Congo" in c.names("en") or "Kongo" in c.names("de") for c in congos)   # both states' name


def test_a_capital_lies_in_its_state_and_a_disputed_one_is_left_out():
    kb = load_kb()
    yaounde = kb.entity("yaounde")
    assert (yaounde.labels["de"], yaounde.capital_of) == ("Jaunde", ENT["cameroon"])
    assert kb.country_slug("kinshasa") == "democratic-republic-of-the-congo"
    assert not [e for e in kb.entities.values() if e.capital_of == ENT["equatorial-guinea"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Ghana, Cameroon and Rwanda signed the accord in Accra on Monday."),
    ("de", "Ghana, Kamerun und Ruanda unterzeichneten das Abkommen am Montag in Accra."),
])
def test_new_states_and_a_capital_are_linked_in_both_languages(lang, text):
    found = run(text, lang).entities
    assert {"ghana", "cameroon", "rwanda", "accra"} <= set(found)
    assert found["cameroon"].kind == "Country" and found["accra"].kind == "Place"


def test_a_german_demonym_points_to_its_state():
    doc = get_pipeline("de")("Die simbabwische Regierung wies den Bericht am Dienstag zurück.")
    assert doc._.dg_demonyms == [(1, 2, "zimbabwe")]
    meeting = run("Der simbabwische Außenminister traf am Montag in Berlin Baerbock.", "de")
    assert "zimbabwe" in [a for ev in meeting.events for a in ev.actors]


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Chad said on Monday that he would stay at home.", "chad"),          # a given name
    ("de", "Chad sagte am Montag, er bleibe zu Hause.", "chad"),
    ("en", "Boats carried grain down the Niger river on Monday.", "niger"),      # the river
    ("en", "The minister spoke at Georgetown University on Monday.", "georgetown"),
])
def test_an_ambiguous_name_alone_is_not_linked(lang, text, slug):
    assert slug not in run(text, lang).entities


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Chad's government closed the border with Sudan, officials in N'Djamena said on Monday.", "chad"),
    ("en", "The Chadian army said on Monday that Chad would close the border.", "chad"),
    ("en", "Niger's junta expelled the ambassador from Niamey on Monday.", "niger"),
    ("de", "Die Regierung in Tschad schloss am Montag die Grenze.", "chad"),     # no other meaning
    ("en", "The minister flew to Kingston, Jamaica, on Monday.", "kingston"),
])
def test_an_ambiguous_name_with_evidence_or_an_unambiguous_one_is_linked(lang, text, slug):
    found = run(text, lang).entities
    assert slug in found and found[slug].known
