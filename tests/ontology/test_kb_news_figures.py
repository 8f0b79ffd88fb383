"""People, bodies, places and a historical state that international-relations news names often,
added to the KB with their verified English and German forms: North Macedonia's earlier names
("Macedonia" linked only on evidence), the Dalai Lama, Wu Bangguo, Steve Bannon, Sergei Skripal,
Andrei Lugovoi, Štefan Füle, Edward Snowden, Franjo Tuđman, Kim Jong Nam, the Muslim Brotherhood,
Rosoboronexport, the Supreme People's Assembly, the US European Command, the Ottoman Empire,
Sunan airport and more forms of the Wagner Group and the Korean DMZ. Real KB loader and real
extraction pipeline; the sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from tests.extract.extract_helpers import run
from tests.ontology.kb_added import assert_added

#: entities added with this file's tests: kind, English and German label, state (nationality,
#: parent state or containing country; None where the KB gives none)
ADDED = {
    "dalai-lama": ("Person", "Dalai Lama", "Dalai Lama", None),
    "wu-bangguo": ("Person", "Wu Bangguo", "Wu Bangguo", "china"),
    "steve-bannon": ("Person", "Steve Bannon", "Steve Bannon", "united-states"),
    "sergei-skripal": ("Person", "Sergei Skripal", "Sergej Skripal", "russia"),
    "andrei-lugovoi": ("Person", "Andrei Lugovoi", "Andrej Lugowoi", "russia"),
    "stefan-fule": ("Person", "Štefan Füle", "Štefan Füle", "czech-republic"),
    "edward-snowden": ("Person", "Edward Snowden", "Edward Snowden", "united-states"),
    "franjo-tudjman": ("Person", "Franjo Tuđman", "Franjo Tuđman", "croatia"),
    "kim-jong-nam": ("Person", "Kim Jong Nam", "Kim Jong Nam", "north-korea"),
    "muslim-brotherhood": ("Organization", "Muslim Brotherhood", "Muslimbruderschaft", None),
    "rosoboronexport": ("Organization", "Rosoboronexport", "Rosoboronexport", "russia"),
    "supreme-peoples-assembly": ("Organization", "Supreme People's Assembly", "Oberste Volksversammlung",
                                 "north-korea"),
    "us-european-command": ("Organization", "United States European Command", "United States European Command",
                            "united-states"),
    "ottoman-empire": ("Country", "Ottoman Empire", "Osmanisches Reich", "ottoman-empire"),
    "sunan-international-airport": ("Place", "Sunan International Airport", "Flughafen Sunan", "north-korea"),
}


@pytest.mark.parametrize("slug", sorted(ADDED))
def test_an_added_entity_has_its_kind_labels_and_state(slug):
    assert_added(slug, *ADDED[slug])


def test_north_macedonia_keeps_its_earlier_names_and_macedonia_is_ambiguous():
    state = load_kb().entity("north-macedonia")
    assert {"Former Yugoslav Republic of Macedonia", "FYROM", "Republic of Macedonia"} <= set(state.names("en"))
    assert {"Ehemalige Jugoslawische Republik Mazedonien", "FYROM", "Nord-Mazedonien"} <= set(state.names("de"))
    assert state.ambiguous_in("en") == {"Macedonia"} and state.ambiguous_in("de") == {"Mazedonien"}
    assert "Macedonian" in dict(state.demonyms) and "mazedonisch" in dict(state.demonyms)


def test_bare_names_with_namesakes_are_left_out():
    kb = load_kb()
    assert "Skripal" not in kb.entity("sergei-skripal").names("en")          # his daughter too
    assert "Füle" not in kb.entity("stefan-fule").names("de")                # a village in Hungary
    assert not {"Tuđman", "Tudjman"} & set(kb.entity("franjo-tudjman").names("en"))
    assert "Wagner" not in kb.entity("wagner-group").names("en") + kb.entity("wagner-group").names("de")
    assert {"Bannon", "Snowden"} <= set(kb.entity("steve-bannon").names("en") + kb.entity("edward-snowden").names("en"))


@pytest.mark.parametrize("lang,text", [
    ("en", "The former Yugoslav Republic of Macedonia asked on Monday to join NATO."),
    ("en", "FYROM and Greece held talks in New York on Tuesday."),
    ("de", "Die Ehemalige Jugoslawische Republik Mazedonien stellte am Montag einen Antrag auf Aufnahme in die Nato."),
    ("de", "Nord-Mazedonien und Griechenland unterzeichneten am Sonntag ein Abkommen."),
])
def test_north_macedonias_other_names_are_linked(lang, text):
    found = run(text, lang).entities
    assert found["north-macedonia"].known and found["north-macedonia"].kind == "Country"


@pytest.mark.parametrize("lang,evidence,region", [
    ("en", "The government in Skopje said on Monday that Macedonia would hold a referendum.",
     "Farmers in Macedonia and Thrace blocked roads near Thessaloniki on Monday."),
    ("en", "Macedonian officials said on Monday that Macedonia would change its name.",
     "Greek tourists visited ancient sites in Macedonia on Monday."),
    ("de", "Die Regierung in Skopje teilte am Montag mit, Mazedonien werde ein Referendum abhalten.",
     "Bauern in Mazedonien und Thrakien blockierten am Montag Straßen bei Thessaloniki."),
    ("de", "Der mazedonische Außenminister sagte am Montag, Mazedonien wolle in die EU.",
     "Griechische Touristen besuchten am Montag antike Stätten in Mazedonien."),
])
def test_macedonia_is_linked_only_on_evidence(lang, evidence, region):
    linked = run(evidence, lang).entities
    assert linked["north-macedonia"].known
    assert "north-macedonia" not in run(region, lang).entities      # the Greek region: no evidence


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "The Dalai Lama arrived in Tokyo on Monday.", "dalai-lama"),
    ("de", "Der Dalai Lama traf am Montag in Prag ein.", "dalai-lama"),
    ("en", "Tenzin Gyatso spoke to students in Delhi on Monday.", "dalai-lama"),
    ("en", "Wu Bangguo arrived in Berlin on Monday.", "wu-bangguo"),
    ("de", "Wu Bangguo traf am Montag in Berlin ein.", "wu-bangguo"),
    ("en", "Stephen Bannon spoke in Rome on Monday.", "steve-bannon"),
    ("de", "Steve Bannon sprach am Montag in Rom.", "steve-bannon"),
    ("en", "Sergei Skripal left the hospital in Salisbury on Friday.", "sergei-skripal"),
    ("de", "Sergej Skripal verließ am Freitag das Krankenhaus in Salisbury.", "sergei-skripal"),
    ("en", "Andrei Lugovoi rejected the charges in Moscow on Monday.", "andrei-lugovoi"),
    ("de", "Andrej Lugowoi wies die Vorwürfe am Montag in Moskau zurück.", "andrei-lugovoi"),
    ("en", "Stefan Fuele arrived in Ankara on Monday.", "stefan-fule"),
    ("de", "Stefan Füle traf am Montag in Ankara ein.", "stefan-fule"),
    ("en", "Edward Snowden spoke by video to a conference in Berlin on Monday.", "edward-snowden"),
    ("de", "Edward Snowden sprach am Montag per Video auf einer Konferenz in Berlin.", "edward-snowden"),
    ("en", "Franjo Tudjman arrived in Paris on Monday.", "franjo-tudjman"),
    ("de", "Franjo Tuđman traf am Montag in Paris ein.", "franjo-tudjman"),
    ("en", "Kim Jong-nam flew to Macau on Monday.", "kim-jong-nam"),
    ("de", "Kim Jong Nam flog am Montag nach Macau.", "kim-jong-nam"),
])
def test_people_added_are_linked_in_both_languages(lang, text, slug):
    found = run(text, lang).entities
    assert found[slug].known and found[slug].kind == "Person"


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Egypt outlawed the Muslim Brotherhood on Monday.", "muslim-brotherhood"),
    ("de", "Ägypten verbot am Montag die Muslimbruderschaft.", "muslim-brotherhood"),
    ("de", "Die Muslimbrüder riefen am Freitag in Kairo zu Protesten auf.", "muslim-brotherhood"),
    ("en", "Rosoboronexport signed a contract with India on Monday.", "rosoboronexport"),
    ("de", "Rosoboronexport unterzeichnete am Montag einen Vertrag mit Indien.", "rosoboronexport"),
    ("en", "North Korea's Supreme People's Assembly met in Pyongyang on Monday.", "supreme-peoples-assembly"),
    ("de", "Die Oberste Volksversammlung tagte am Montag in Pjöngjang.", "supreme-peoples-assembly"),
    ("en", "EUCOM sent more troops to Poland on Monday.", "us-european-command"),
    ("de", "Das US-Europa-Kommando verlegte am Montag Truppen nach Polen.", "us-european-command"),
    ("en", "The Ottoman Empire lost the war against Russia.", "ottoman-empire"),
    ("de", "Im Osmanischen Reich lebten viele Armenier.", "ottoman-empire"),
    ("en", "The plane landed at Sunan International Airport on Monday.", "sunan-international-airport"),
    ("de", "Das Flugzeug landete am Montag auf dem Flughafen Sunan.", "sunan-international-airport"),
])
def test_bodies_places_and_the_empire_are_linked_in_both_languages(lang, text, slug):
    assert run(text, lang).entities[slug].known


def test_the_assemblys_acronym_needs_north_korea():
    assert [m.key for m in run("The SPA approved the budget in Pyongyang on Monday.", "en").mentions] \
        == ["supreme-peoples-assembly", "pyongyang"]
    assert "supreme-peoples-assembly" not in run("The SPA of the hotel reopened in Vienna on Monday.", "en").entities


@pytest.mark.parametrize("lang,text", [
    ("en", "PMC Wagner fighters left Mali on Monday, Wagner said in a message."),
    ("en", "The Wagner group pulled out of the town on Monday. Wagner wrote an opera."),
])
def test_new_wagner_group_forms_are_linked_and_the_bare_name_is_not(lang, text):
    facts = run(text, lang)
    assert [m.key for m in facts.mentions].count("wagner-group") == 1
    assert not any(m.text == "Wagner" and m.key == "wagner-group" for m in facts.mentions)


def test_the_capitalised_demilitarized_zone_is_the_korean_one_only_on_evidence():
    facts = run("The Korean Demilitarized Zone was quiet on Monday, and no soldier crossed the Demilitarized Zone.",
                "en")
    assert [m.key for m in facts.mentions] == ["korean-demilitarized-zone", "korean-demilitarized-zone"]
    assert "korean-demilitarized-zone" not in run("Soldiers patrolled the Demilitarized Zone on Monday.", "en").entities
