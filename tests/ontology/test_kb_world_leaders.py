"""Leaders that international-relations news names often and the KB lacked, added with their
verified English and German forms: Yasser Arafat, Mahmoud Abbas, Ismail Haniyeh, Anwar Sadat,
Paul Kagame, Yoweri Museveni, Chen Shui-bian and Lee Teng-hui; new forms of Kim Il Sung
("Kim Il-sung"), King Salman ("King Salman", "König Salman") and Mohamed Morsi (German
"Mohammed Mursi"). Bare family names that also name places or other people ("Arafat", "Abbas",
"Sadat", "Museveni", "Haniyeh", "Chen", "Lee") are left out. Real KB loader and real extraction
pipeline; the sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from tests.extract.extract_helpers import run
from tests.ontology.kb_added import assert_added

#: people added with this file's tests: English label, German label, nationality
ADDED = {
    "yasser-arafat": ("Yasser Arafat", "Jassir Arafat", "palestine"),
    "mahmoud-abbas": ("Mahmoud Abbas", "Mahmud Abbas", "palestine"),
    "ismail-haniyeh": ("Ismail Haniyeh", "Ismail Hanija", "palestine"),
    "anwar-sadat": ("Anwar Sadat", "Anwar as-Sadat", "egypt"),
    "paul-kagame": ("Paul Kagame", "Paul Kagame", "rwanda"),
    "yoweri-museveni": ("Yoweri Museveni", "Yoweri Museveni", "uganda"),
    "chen-shui-bian": ("Chen Shui-bian", "Chen Shui-bian", "taiwan"),
    "lee-teng-hui": ("Lee Teng-hui", "Lee Teng-hui", "taiwan"),
}


@pytest.mark.parametrize("slug", sorted(ADDED))
def test_an_added_person_has_labels_and_nationality(slug):
    assert_added(slug, "Person", *ADDED[slug])


def test_new_forms_of_people_the_kb_had():
    kb = load_kb()
    assert "Kim Il-sung" in kb.entity("kim-il-sung").names("en")
    assert "King Salman" in kb.entity("salman-bin-abdulaziz").names("en")
    assert "König Salman" in kb.entity("salman-bin-abdulaziz").names("de")
    assert {"Mohammed Mursi", "Mursi"} <= set(kb.entity("mohamed-morsi").names("de"))
    assert {"Abu Mazen", "Abu Masen"} <= set(kb.entity("mahmoud-abbas").names("de"))


def test_bare_names_with_namesakes_are_left_out():
    kb = load_kb()
    names = {slug: set(kb.entity(slug).names("en")) | set(kb.entity(slug).names("de")) for slug in ADDED}
    assert "Arafat" not in names["yasser-arafat"]            # Mount Arafat, the Day of Arafat
    assert "Abbas" not in names["mahmoud-abbas"]             # a common given name
    assert not {"Haniyeh", "Hanija"} & names["ismail-haniyeh"]
    assert "Sadat" not in names["anwar-sadat"] and "Museveni" not in names["yoweri-museveni"]
    assert "Chen" not in names["chen-shui-bian"] and "Lee" not in names["lee-teng-hui"]
    assert "Kagame" in names["paul-kagame"]


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Yasser Arafat arrived in Cairo on Monday.", "yasser-arafat"),
    ("de", "Jassir Arafat traf am Montag in Kairo ein.", "yasser-arafat"),
    ("en", "Yasir Arafat addressed the General Assembly.", "yasser-arafat"),
    ("en", "Mahmoud Abbas arrived in Cairo on Monday.", "mahmoud-abbas"),
    ("de", "Mahmud Abbas traf am Montag in Kairo ein.", "mahmoud-abbas"),
    ("en", "Abu Mazen met the envoy in Ramallah on Monday.", "mahmoud-abbas"),
    ("en", "Ismail Haniyeh arrived in Doha on Monday.", "ismail-haniyeh"),
    ("de", "Ismail Hanija traf am Montag in Doha ein.", "ismail-haniyeh"),
    ("en", "Anwar Sadat arrived in Jerusalem on Saturday.", "anwar-sadat"),
    ("de", "Anwar as-Sadat traf am Samstag in Jerusalem ein.", "anwar-sadat"),
    ("en", "Anwar el-Sadat addressed the Knesset.", "anwar-sadat"),
    ("en", "Paul Kagame arrived in Kampala on Monday.", "paul-kagame"),
    ("de", "Paul Kagame traf am Montag in Kampala ein.", "paul-kagame"),
    ("en", "Kagame met the envoy in Kigali on Monday.", "paul-kagame"),
    ("en", "Yoweri Museveni arrived in Kigali on Monday.", "yoweri-museveni"),
    ("de", "Yoweri Museveni traf am Montag in Kigali ein.", "yoweri-museveni"),
    ("en", "Yoweri Kaguta Museveni was sworn in on Thursday.", "yoweri-museveni"),
    ("en", "Chen Shui-bian arrived in Tokyo on Monday.", "chen-shui-bian"),
    ("de", "Chen Shui-bian traf am Montag in Tokio ein.", "chen-shui-bian"),
    ("en", "Lee Teng-hui arrived in Tokyo on Monday.", "lee-teng-hui"),
    ("de", "Lee Teng-hui traf am Montag in Tokio ein.", "lee-teng-hui"),
    ("en", "Kim Il-sung arrived in Beijing on Monday.", "kim-il-sung"),
    ("de", "Kim Il-sung traf am Montag in Peking ein.", "kim-il-sung"),
    ("en", "King Salman arrived in Beijing on Monday.", "salman-bin-abdulaziz"),
    ("de", "König Salman traf am Montag in Peking ein.", "salman-bin-abdulaziz"),
    ("de", "Mohammed Mursi traf am Montag in Ankara ein.", "mohamed-morsi"),
    ("de", "Präsident Mursi traf am Montag in Ankara ein.", "mohamed-morsi"),
])
def test_people_are_linked_in_both_languages(lang, text, slug):
    found = run(text, lang).entities
    assert found[slug].known and found[slug].kind == "Person"


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Pilgrims gathered on Mount Arafat on Monday.", "yasser-arafat"),
    ("en", "Arafat was crowded with pilgrims on Monday.", "yasser-arafat"),
    ("en", "Abbas met the envoy in Tehran on Monday.", "mahmoud-abbas"),
    ("en", "Haniyeh was killed in Tehran.", "ismail-haniyeh"),
    ("en", "Janet Museveni opened a school in Kampala on Monday.", "yoweri-museveni"),
    ("en", "Chen arrived in Taipei on Monday.", "chen-shui-bian"),
    ("en", "Lee arrived in Taipei on Monday.", "lee-teng-hui"),
])
def test_bare_shared_names_are_not_linked_alone(lang, text, slug):
    assert slug not in run(text, lang).entities
