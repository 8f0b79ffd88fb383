"""Intergovernmental bodies in the KB (regional groupings, UN organs and agencies, courts):
their English and German names, the acronyms that name other things too and are linked only on
evidence, and the few facts verified for them. Real KB loader and real extraction pipeline; the
sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT, WD
from tests.extract.extract_helpers import run

#: the bodies added with this file's tests, each with its English and German label
LABELS = {"ecowas": ("Economic Community of West African States", "Westafrikanische Wirtschaftsgemeinschaft"),
          "commonwealth-of-independent-states": ("Commonwealth of Independent States", "Gemeinschaft Unabhängiger Staaten"),
          "csto": ("Collective Security Treaty Organization", "Organisation des Vertrags über kollektive Sicherheit"),
          "international-court-of-justice": ("International Court of Justice", "Internationaler Gerichtshof"),
          "world-food-programme": ("World Food Programme", "Welternährungsprogramm"),
          "visegrad-group": ("Visegrád Group", "Visegrád-Gruppe")}


@pytest.mark.parametrize("slug", sorted(LABELS))
def test_a_body_added_is_an_organisation_of_no_state(slug):
    body = load_kb().entity(slug)
    assert (body.kind, body.labels["en"], body.labels["de"]) == ("Organization", *LABELS[slug])
    assert load_kb().country_slug(slug) is None


def test_organs_seats_and_verified_ids():
    kb = load_kb()
    icj = kb.entity("international-court-of-justice")
    assert (icj.country, icj.seat, icj.wikidata) == (ENT["united-nations"], ENT["the-hague"], WD["Q7801"])
    assert kb.entity("un-human-rights-council").country == ENT["un-general-assembly"]
    assert kb.entity("opec").wikidata == WD["Q7795"] and kb.entity("opec").seat == ENT["vienna"]
    assert kb.entity("sadc").seat == ENT["gaborone"] and kb.entity("sadc").wikidata is None
    assert kb.entity("ecowas").wikidata is None              # the id found names other things too
    assert "ICJ" in kb.entity("international-court-of-justice").ambiguous_in("de")
    assert kb.entity("commonwealth-of-independent-states").ambiguous_in("de") == frozenset()   # "CIS": English only


@pytest.mark.parametrize("lang,text", [
    ("en", "ECOWAS imposed sanctions on Niger on Sunday after the coup in Niamey."),
    ("de", "Die Westafrikanische Wirtschaftsgemeinschaft verhängte am Sonntag Sanktionen gegen Niger und die Junta in Niamey."),
])
def test_ecowas_is_the_actor_of_its_sanctions_in_both_languages(lang, text):
    facts = run(text, lang)
    assert facts.entities["ecowas"].known
    assert [(ev.kind, sorted(ev.actors)) for ev in facts.events] == [("Sanction", ["ecowas", "niger"])]


@pytest.mark.parametrize("lang,text,slug", [
    ("de", "Die Staaten der Westafrikanischen Wirtschaftsgemeinschaft drohten am Sonntag mit Gewalt.", "ecowas"),
    ("de", "Die Ukraine reichte am Montag beim Internationalen Gerichtshof in Den Haag Klage gegen Russland ein.",
     "international-court-of-justice"),
    ("de", "Das UN-Flüchtlingshilfswerk UNHCR teilte am Montag in Genf mit, dass Millionen geflohen seien.", "unhcr"),
    ("de", "Der Europäische Gerichtshof für Menschenrechte verurteilte Russland am Dienstag.", "european-court-of-human-rights"),
    ("en", "The UN Refugee Agency said on Monday that millions had fled Sudan.", "unhcr"),
    ("en", "Japan and China met at the East Asia Summit on Monday.", "east-asia-summit"),
])
def test_long_and_inflected_names_are_linked(lang, text, slug):
    assert run(text, lang).entities[slug].known


@pytest.mark.parametrize("lang,text", [
    ("en", "The Council of the European Union adopted new sanctions against Russia on Monday."),
    ("de", "Der Rat der Europäischen Union beschloss am Montag neue Sanktionen gegen Russland."),
])
def test_the_council_of_the_eu_is_not_the_eu(lang, text):
    found = run(text, lang).entities
    assert "council-of-the-european-union" in found and "european-union" not in found


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "The OAS observers said on Monday that the vote in Bolivia was flawed.", "organization-of-american-states"),
    ("en", "PIF bought a stake in an English football club on Monday.", "pacific-islands-forum"),
    ("en", "The EAS alarm went off in the store on Monday.", "east-asia-summit"),
    ("en", "The Human Rights Council met the president in Moscow on Monday.", "un-human-rights-council"),
    ("de", "Der russische Menschenrechtsrat traf sich am Montag mit Putin.", "un-human-rights-council"),
    ("de", "Der Ministerrat beschloss am Mittwoch in Wien ein neues Gesetz.", "council-of-the-european-union"),
])
def test_an_ambiguous_acronym_or_name_alone_is_not_linked(lang, text, slug):
    assert slug not in run(text, lang).entities


@pytest.mark.parametrize("text,slug,count", [
    ("On Monday the Organization of American States announced that the OAS would send observers to Bolivia.",
     "organization-of-american-states", 2),
    ("Leaders of the Pacific Islands Forum met on Monday. The PIF backed the plan.", "pacific-islands-forum", 2),
    ("GCC ministers met in Riyadh on Monday.", "gulf-cooperation-council", 1),      # the seat's city
])
def test_an_ambiguous_acronym_with_evidence_is_linked(text, slug, count):
    facts = run(text, "en")
    assert facts.entities[slug].known and [m.key for m in facts.mentions].count(slug) == count
