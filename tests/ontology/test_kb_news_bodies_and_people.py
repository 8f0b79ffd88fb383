"""Bodies, armed groups, places and people that international-relations news names often, added
to the KB with their verified English and German forms: the PLO, the Polisario Front, al-Qaeda,
Islamic State ("IS" only on evidence), China's National People's Congress and its Standing
Committee, the US Joint Chiefs of Staff and Seventh Fleet, MI5 and MI6, the African Union and
ECOWAS commissions, the Indian Navy, the PLA's Eastern Theater Command, Twitter; Jerusalem, the
Line of Actual Control, the Galwan Valley, Tamil Nadu, Zabaykalsky Krai, Wagah, Western Sahara;
Mao Zedong, Deng Xiaoping, Joseph Stalin, Ruhollah Khomeini, Trump-era and other US officials,
and more; new forms of Muammar Gaddafi, Charles III ("Prince Charles"), John Bolton and the US
House of Representatives. Real KB loader and real extraction pipeline; the sentences are made up
for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from tests.extract.extract_helpers import run
from tests.ontology.kb_added import assert_added

#: entities added with this file's tests: kind, English and German label, state (nationality,
#: parent state or containing country; None where the KB gives none)
ADDED = {
    "palestine-liberation-organization": ("Organization", "Palestine Liberation Organization",
                                          "Palästinensische Befreiungsorganisation", None),
    "polisario-front": ("Organization", "Polisario Front", "Polisario-Front", None),
    "al-qaeda": ("Organization", "al-Qaeda", "al-Qaida", None),
    "islamic-state": ("Organization", "Islamic State", "Islamischer Staat", None),
    "national-peoples-congress": ("Organization", "National People's Congress", "Nationaler Volkskongress",
                                  "china"),
    "npc-standing-committee": ("Organization", "Standing Committee of the National People's Congress",
                               "Ständiger Ausschuss des Nationalen Volkskongresses", "china"),
    "us-joint-chiefs-of-staff": ("Organization", "U.S. Joint Chiefs of Staff",
                                 "Vereinigter Generalstab der US-Streitkräfte", "united-states"),
    "mi5": ("Organization", "MI5", "MI5", "united-kingdom"),
    "secret-intelligence-service": ("Organization", "Secret Intelligence Service", "Secret Intelligence Service",
                                    "united-kingdom"),
    "african-union-commission": ("Organization", "African Union Commission", "Kommission der Afrikanischen Union",
                                 None),
    "ecowas-commission": ("Organization", "ECOWAS Commission", "ECOWAS Commission", None),
    "indian-navy": ("Organization", "Indian Navy", "Indian Navy", "india"),
    "us-seventh-fleet": ("Organization", "United States Seventh Fleet", "United States Seventh Fleet",
                         "united-states"),
    "eastern-theater-command": ("Organization", "Eastern Theater Command", "Regionalkommando Ost", "china"),
    "twitter": ("Organization", "Twitter", "Twitter", None),
    "jerusalem": ("Place", "Jerusalem", "Jerusalem", None),
    "line-of-actual-control": ("Place", "Line of Actual Control", "Line of Actual Control", None),
    "galwan-valley": ("Place", "Galwan Valley", "Galwan-Tal", None),
    "tamil-nadu": ("Place", "Tamil Nadu", "Tamil Nadu", "india"),
    "zabaykalsky-krai": ("Place", "Zabaykalsky Krai", "Region Transbaikalien", "russia"),
    "wagah": ("Place", "Wagah", "Wagah", None),
    "western-sahara": ("Place", "Western Sahara", "Westsahara", None),
    "mao-zedong": ("Person", "Mao Zedong", "Mao Zedong", "china"),
    "deng-xiaoping": ("Person", "Deng Xiaoping", "Deng Xiaoping", "china"),
    "kim-yong-nam": ("Person", "Kim Yong-nam", "Kim Yong-nam", "north-korea"),
    "peng-liyuan": ("Person", "Peng Liyuan", "Peng Liyuan", "china"),
    "dai-bingguo": ("Person", "Dai Bingguo", "Dai Bingguo", "china"),
    "ma-ying-jeou": ("Person", "Ma Ying-jeou", "Ma Ying-jeou", "taiwan"),
    "joseph-stalin": ("Person", "Joseph Stalin", "Josef Stalin", "soviet-union"),
    "nicola-sturgeon": ("Person", "Nicola Sturgeon", "Nicola Sturgeon", "united-kingdom"),
    "geert-wilders": ("Person", "Geert Wilders", "Geert Wilders", "netherlands"),
    "alexander-litvinenko": ("Person", "Alexander Litvinenko", "Alexander Litwinenko", "russia"),
    "john-sawers": ("Person", "John Sawers", "John Sawers", "united-kingdom"),
    "ruhollah-khomeini": ("Person", "Ruhollah Khomeini", "Ruhollah Chomeini", "iran"),
    "lindsey-graham": ("Person", "Lindsey Graham", "Lindsey Graham", "united-states"),
    "peter-navarro": ("Person", "Peter Navarro", "Peter Navarro", "united-states"),
    "matthew-pottinger": ("Person", "Matthew Pottinger", "Matthew Pottinger", "united-states"),
    "robert-obrien": ("Person", "Robert O'Brien", "Robert O'Brien", "united-states"),
    "kelly-craft": ("Person", "Kelly Craft", "Kelly Craft", "united-states"),
    "alex-azar": ("Person", "Alex Azar", "Alex Azar", "united-states"),
    "keith-krach": ("Person", "Keith Krach", "Keith Krach", "united-states"),
    "david-stilwell": ("Person", "David Stilwell", "David Stilwell", "united-states"),
    "william-j-burns": ("Person", "William J. Burns", "William J. Burns", "united-states"),
    "bob-dole": ("Person", "Bob Dole", "Bob Dole", "united-states"),
    "eliot-engel": ("Person", "Eliot Engel", "Eliot Engel", "united-states"),
    "abdullah-bin-zayed-al-nahyan": ("Person", "Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan",
                                     "united-arab-emirates"),
    "abdullatif-al-zayani": ("Person", "Abdullatif bin Rashid Al Zayani", "Abdullatif bin Rashid Al Zayani",
                             "bahrain"),
    "ali-shamkhani": ("Person", "Ali Shamkhani", "Ali Shamkhani", "iran"),
    "nkosazana-dlamini-zuma": ("Person", "Nkosazana Dlamini-Zuma", "Nkosazana Dlamini-Zuma", "south-africa"),
}


@pytest.mark.parametrize("slug", sorted(ADDED))
def test_an_added_entity_has_its_kind_labels_and_state(slug):
    assert_added(slug, *ADDED[slug])


def test_seats_of_the_bodies_with_a_known_seat():
    kb = load_kb()
    seats = {slug: kb.entity(slug).seat for slug in ADDED if kb.entity(slug).kind == "Organization"}
    assert {slug: str(seat).rsplit("/", 1)[-1] for slug, seat in seats.items() if seat} == {
        "national-peoples-congress": "beijing", "npc-standing-committee": "beijing", "mi5": "london",
        "secret-intelligence-service": "london", "african-union-commission": "addis-ababa",
        "ecowas-commission": "abuja"}


def test_new_forms_of_entities_the_kb_had():
    kb = load_kb()
    assert {"Muammar al-Gaddafi", "Moammar Gadhafi"} <= set(kb.entity("muammar-gaddafi").names("en"))
    assert "Prince Charles" in kb.entity("charles-iii").names("en")
    assert "Prinz Charles" in kb.entity("charles-iii").names("de")
    assert "John Bolton" in kb.entity("john-bolton").names("en")
    assert "U.S. House of Representatives" in kb.entity("us-house-of-representatives").names("en")


def test_bare_names_with_namesakes_are_left_out():
    kb = load_kb()
    names = {slug: set(kb.entity(slug).names("en")) | set(kb.entity(slug).names("de")) for slug in ADDED}
    assert "Mao" not in names["mao-zedong"] and "Deng" not in names["deng-xiaoping"]
    assert not {"Khomeini", "Chomeini"} & names["ruhollah-khomeini"]     # his grandson too
    assert "Krach" not in names["keith-krach"] and "Engel" not in names["eliot-engel"]  # German words
    assert "Sturgeon" not in names["nicola-sturgeon"] and "Craft" not in names["kelly-craft"]
    assert "Joint Chiefs of Staff" not in names["us-joint-chiefs-of-staff"]   # South Korea's too
    assert "X" not in names["twitter"]
    assert {"Stalin", "Wilders", "Pottinger", "Sawers", "Dlamini-Zuma"} <= (
        names["joseph-stalin"] | names["geert-wilders"] | names["matthew-pottinger"]
        | names["john-sawers"] | names["nkosazana-dlamini-zuma"])


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Mao Zedong received the delegation in Beijing on Monday.", "mao-zedong"),
    ("de", "Mao Zedong empfing am Montag die Delegation in Peking.", "mao-zedong"),
    ("en", "Mao Tse-tung received the delegation in Beijing on Monday.", "mao-zedong"),
    ("en", "Deng Xiaoping arrived in Washington on Monday.", "deng-xiaoping"),
    ("de", "Deng Xiaoping traf am Montag in Washington ein.", "deng-xiaoping"),
    ("en", "Joseph Stalin met Churchill in Yalta.", "joseph-stalin"),
    ("de", "Josef Stalin traf Churchill in Jalta.", "joseph-stalin"),
    ("en", "Ruhollah Khomeini returned to Tehran on Thursday.", "ruhollah-khomeini"),
    ("de", "Ruhollah Chomeini kehrte am Donnerstag nach Teheran zurück.", "ruhollah-khomeini"),
    ("en", "Ayatollah Khomeini returned to Tehran on Thursday.", "ruhollah-khomeini"),
    ("en", "Moammar Gadhafi arrived in Rome on Monday.", "muammar-gaddafi"),
    ("de", "Muammar al-Gaddafi traf am Montag in Rom ein.", "muammar-gaddafi"),
    ("en", "Prince Charles arrived in Delhi on Monday.", "charles-iii"),
    ("de", "Prinz Charles traf am Montag in Delhi ein.", "charles-iii"),
    ("en", "John Bolton arrived in Seoul on Monday.", "john-bolton"),
    ("de", "John Bolton traf am Montag in Seoul ein.", "john-bolton"),
    ("en", "Lindsey Graham arrived in Kyiv on Monday.", "lindsey-graham"),
    ("de", "Lindsey Graham traf am Montag in Kiew ein.", "lindsey-graham"),
    ("en", "Peter Navarro spoke about tariffs in Washington on Monday.", "peter-navarro"),
    ("de", "Peter Navarro sprach am Montag in Washington über Zölle.", "peter-navarro"),
    ("en", "Matt Pottinger arrived in Tokyo on Monday.", "matthew-pottinger"),
    ("de", "Matthew Pottinger traf am Montag in Tokio ein.", "matthew-pottinger"),
    ("en", "Robert O'Brien arrived in Tokyo on Monday.", "robert-obrien"),
    ("de", "Robert O'Brien traf am Montag in Tokio ein.", "robert-obrien"),
    ("en", "Kelly Craft spoke at the United Nations on Monday.", "kelly-craft"),
    ("de", "Kelly Craft sprach am Montag bei den Vereinten Nationen.", "kelly-craft"),
    ("en", "Alex Azar arrived in Taipei on Sunday.", "alex-azar"),
    ("de", "Alex Azar traf am Sonntag in Taipeh ein.", "alex-azar"),
    ("en", "Keith Krach arrived in Taipei on Thursday.", "keith-krach"),
    ("de", "Keith Krach traf am Donnerstag in Taipeh ein.", "keith-krach"),
    ("en", "David Stilwell arrived in Manila on Monday.", "david-stilwell"),
    ("de", "David Stilwell traf am Montag in Manila ein.", "david-stilwell"),
    ("en", "William Burns arrived in Moscow on Tuesday.", "william-j-burns"),
    ("de", "William J. Burns traf am Dienstag in Moskau ein.", "william-j-burns"),
    ("en", "Bob Dole spoke in Washington on Monday.", "bob-dole"),
    ("de", "Bob Dole sprach am Montag in Washington.", "bob-dole"),
    ("en", "Eliot Engel criticised the decision on Monday.", "eliot-engel"),
    ("de", "Eliot Engel kritisierte am Montag die Entscheidung.", "eliot-engel"),
    ("en", "Kim Yong Nam arrived in Seoul on Friday.", "kim-yong-nam"),
    ("de", "Kim Yong-nam traf am Freitag in Seoul ein.", "kim-yong-nam"),
    ("en", "Peng Liyuan visited a school in Paris on Tuesday.", "peng-liyuan"),
    ("de", "Peng Liyuan besuchte am Dienstag eine Schule in Paris.", "peng-liyuan"),
    ("en", "Dai Bingguo arrived in Delhi on Monday.", "dai-bingguo"),
    ("de", "Dai Bingguo traf am Montag in Delhi ein.", "dai-bingguo"),
    ("en", "Ma Ying-jeou arrived in Singapore on Saturday.", "ma-ying-jeou"),
    ("de", "Ma Ying-jeou traf am Samstag in Singapur ein.", "ma-ying-jeou"),
    ("en", "Nicola Sturgeon spoke in Edinburgh on Monday.", "nicola-sturgeon"),
    ("de", "Nicola Sturgeon sprach am Montag in Edinburgh.", "nicola-sturgeon"),
    ("en", "Geert Wilders spoke in The Hague on Monday.", "geert-wilders"),
    ("de", "Geert Wilders sprach am Montag in Den Haag.", "geert-wilders"),
    ("en", "Alexander Litvinenko fell ill in London.", "alexander-litvinenko"),
    ("de", "Alexander Litwinenko erkrankte in London.", "alexander-litvinenko"),
    ("en", "Sir John Sawers spoke in London on Monday.", "john-sawers"),
    ("de", "John Sawers sprach am Montag in London.", "john-sawers"),
    ("en", "Abdullah bin Zayed arrived in Berlin on Monday.", "abdullah-bin-zayed-al-nahyan"),
    ("de", "Abdullah bin Zayed Al Nahyan traf am Montag in Berlin ein.", "abdullah-bin-zayed-al-nahyan"),
    ("en", "Abdullatif al-Zayani arrived in Jerusalem on Wednesday.", "abdullatif-al-zayani"),
    ("de", "Abdullatif bin Rashid Al Zayani traf am Mittwoch in Jerusalem ein.", "abdullatif-al-zayani"),
    ("en", "Ali Shamkhani arrived in Beijing on Monday.", "ali-shamkhani"),
    ("de", "Ali Shamkhani traf am Montag in Peking ein.", "ali-shamkhani"),
    ("en", "Nkosazana Dlamini-Zuma arrived in Addis Ababa on Monday.", "nkosazana-dlamini-zuma"),
    ("de", "Nkosazana Dlamini-Zuma traf am Montag in Addis Abeba ein.", "nkosazana-dlamini-zuma"),
])
def test_people_added_are_linked_in_both_languages(lang, text, slug):
    found = run(text, lang).entities
    assert found[slug].known and found[slug].kind == "Person"


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "The PLO rejected the plan on Monday.", "palestine-liberation-organization"),
    ("de", "Die Palästinensische Befreiungsorganisation lehnte den Plan am Montag ab.",
     "palestine-liberation-organization"),
    ("en", "The Polisario Front accused Morocco of violating the ceasefire.", "polisario-front"),
    ("de", "Die Polisario-Front warf Marokko am Montag einen Bruch der Waffenruhe vor.", "polisario-front"),
    ("en", "Al-Qaeda claimed the attack on Monday.", "al-qaeda"),
    ("de", "Al-Kaida bekannte sich am Montag zu dem Anschlag.", "al-qaeda"),
    ("en", "Islamic State fighters attacked the town on Monday.", "islamic-state"),
    ("de", "Der Islamische Staat bekannte sich am Montag zu dem Anschlag.", "islamic-state"),
    ("en", "ISIS claimed the attack on Monday.", "islamic-state"),
    ("en", "The National People's Congress opened in Beijing on Tuesday.", "national-peoples-congress"),
    ("de", "Der Nationale Volkskongress wurde am Dienstag in Peking eröffnet.", "national-peoples-congress"),
    ("en", "The NPC Standing Committee passed the law on Tuesday.", "npc-standing-committee"),
    ("de", "Der Ständige Ausschuss des Nationalen Volkskongresses verabschiedete am Dienstag das Gesetz.",
     "npc-standing-committee"),
    ("en", "The chairman of the U.S. Joint Chiefs of Staff arrived in Cairo on Monday.", "us-joint-chiefs-of-staff"),
    ("de", "Der Vorsitzende des Vereinigten Generalstabs der US-Streitkräfte traf am Montag in Kairo ein.",
     "us-joint-chiefs-of-staff"),
    ("en", "MI5 warned of Russian spies on Monday.", "mi5"),
    ("de", "Der MI5 warnte am Montag vor russischen Spionen.", "mi5"),
    ("en", "The Secret Intelligence Service recruited new agents.", "secret-intelligence-service"),
    ("de", "Der MI6 warb am Montag neue Agenten an.", "secret-intelligence-service"),
    ("en", "The African Union Commission condemned the coup on Monday.", "african-union-commission"),
    ("de", "Die Kommission der Afrikanischen Union verurteilte am Montag den Putsch.", "african-union-commission"),
    ("en", "The ECOWAS Commission sent a mission to Niamey on Monday.", "ecowas-commission"),
    ("de", "Die ECOWAS Commission schickte am Montag eine Mission nach Niamey.", "ecowas-commission"),
    ("en", "The Indian Navy sent two warships to the Gulf of Aden.", "indian-navy"),
    ("de", "Die indische Marine schickte zwei Kriegsschiffe in den Golf von Aden.", "indian-navy"),
    ("en", "The US 7th Fleet said a destroyer sailed through the strait on Monday.", "us-seventh-fleet"),
    ("de", "Die United States Seventh Fleet teilte am Montag mit, ein Zerstörer habe die Meerenge passiert.",
     "us-seventh-fleet"),
    ("en", "The PLA Eastern Theater Command began drills around Taiwan on Monday.", "eastern-theater-command"),
    ("de", "Das Regionalkommando Ost der chinesischen Volksbefreiungsarmee begann am Montag Übungen um Taiwan.",
     "eastern-theater-command"),
    ("en", "Twitter suspended the account on Monday.", "twitter"),
    ("de", "Twitter sperrte am Montag das Konto.", "twitter"),
    ("en", "The minister arrived in Jerusalem on Monday.", "jerusalem"),
    ("de", "Der Minister traf am Montag in Jerusalem ein.", "jerusalem"),
    ("en", "Troops pulled back along the Line of Actual Control on Monday.", "line-of-actual-control"),
    ("de", "Die Truppen zogen sich am Montag von der Line of Actual Control zurück.", "line-of-actual-control"),
    ("en", "Soldiers clashed in the Galwan Valley on Monday.", "galwan-valley"),
    ("de", "Im Galwan-Tal kam es am Montag zu Zusammenstößen.", "galwan-valley"),
    ("en", "Heavy rain hit Tamil Nadu on Monday.", "tamil-nadu"),
    ("de", "Heftiger Regen traf am Montag Tamil Nadu.", "tamil-nadu"),
    ("en", "Forest fires spread in Zabaykalsky Krai on Monday.", "zabaykalsky-krai"),
    ("de", "In der Region Transbaikalien breiteten sich am Montag Waldbrände aus.", "zabaykalsky-krai"),
    ("en", "The border ceremony at Wagah was cancelled on Monday.", "wagah"),
    ("de", "Die Zeremonie in Wagah wurde am Montag abgesagt.", "wagah"),
    ("en", "The UN envoy for Western Sahara arrived in Rabat on Monday.", "western-sahara"),
    ("de", "Der UN-Gesandte für die Westsahara traf am Montag in Rabat ein.", "western-sahara"),
])
def test_bodies_and_places_are_linked_in_both_languages(lang, text, slug):
    assert run(text, lang).entities[slug].known


def test_the_house_is_linked_in_its_dotted_form():
    assert run("The U.S. House of Representatives passed the bill on Friday.", "en").entities[
        "us-house-of-representatives"].known


@pytest.mark.parametrize("lang,evidence,bare", [
    ("de", "Der Islamische Staat bekannte sich zu dem Anschlag. Der IS hatte zuvor gedroht.",
     "Der IS hatte zuvor gedroht, sagte der Minister am Montag."),
    ("en", "Islamic State claimed the attack. IS fighters had threatened the town.",
     "WHAT IS THE PLAN, the minister asked on Monday."),
])
def test_bare_is_is_linked_only_on_evidence(lang, evidence, bare):
    facts = run(evidence, lang)
    assert [m.key for m in facts.mentions if m.text == "IS"] == ["islamic-state"]
    assert not any(m.text == "IS" and m.key == "islamic-state" for m in run(bare, lang).mentions)


def test_the_bare_lac_needs_the_full_name():
    facts = run("Troops patrolled the Line of Actual Control on Monday. The LAC was quiet.", "en")
    assert [m.key for m in facts.mentions].count("line-of-actual-control") == 2
    assert "line-of-actual-control" not in run("The LAC summit opened in Mexico on Monday.", "en").entities


def test_the_german_eastern_command_needs_china():
    assert "eastern-theater-command" not in run(
        "Das Ostkommando der ukrainischen Armee meldete am Montag Angriffe bei Charkiw.", "de").entities


def test_the_bare_joint_chiefs_of_staff_are_not_the_us_body():
    found = run("South Korea's Joint Chiefs of Staff said the Joint Chiefs of Staff tracked the missile.", "en")
    assert "us-joint-chiefs-of-staff" not in found.entities
