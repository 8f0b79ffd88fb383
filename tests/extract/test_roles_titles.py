"""diplograph_roles and diplograph_role_words on titles news uses: royal and regional offices,
aides, a post's place between title and name, German compound titles, and a title that is part
of a known name."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline

from tests.extract.extract_helpers import role_triples


def persons(facts) -> set:
    return {e.label for e in facts.entities.values() if e.kind == "Person"}


# --- a title the KB name includes ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Japan's Emperor Naruhito opened the new session of parliament."),
    ("de", "Japans Kaiser Naruhito eröffnete die neue Sitzung des Parlaments."),
    ("de", "Kaiser Naruhito eröffnete die neue Sitzung des Parlaments."),
])
def test_a_title_inside_a_known_name_is_the_holders_role(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("naruhito", "emperor", "japan")}


# --- the post's place between title and name ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "German Ambassador to Japan Clara Meyer was summoned on Monday."),
    ("en", "Germany's ambassador to the United Nations Clara Meyer was summoned on Monday."),
    ("de", "Die deutsche Botschafterin in Japan, Clara Meyer, wurde am Montag einbestellt."),
])
def test_the_posts_place_stands_between_title_and_name(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("new:Person:clara meyer", "ambassador", "germany")}


# --- regional offices: the region is the office's ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Kursk region governor Pavel Orlov said two drones were shot down overnight."),
    ("de", "Der Gouverneur der Region Kursk, Pawel Orlow, sagte, zwei Drohnen seien abgeschossen worden."),
])
def test_a_governor_holds_the_office_of_the_region(extract, lang, text):
    facts = extract(text, lang)
    (person, role, org), = role_triples(facts)
    assert (role, org) == ("governor", "kursk-oblast")
    assert facts.entities[person].label in ("Pavel Orlov", "Pawel Orlow")


# --- royal titles, first ladies, aides, general staff -----------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Japan's Crown Prince Hisahito visited Osaka.", ("new:Person:hisahito", "crown-prince", "japan")),
    ("de", "Japans Kronprinz Hisahito besuchte Osaka.", ("new:Person:hisahito", "crown-prince", "japan")),
    ("en", "Japan's Empress Hanako visited Osaka.", ("new:Person:hanako", "empress", "japan")),
    ("de", "Japans Kaiserin Hanako besuchte Osaka.", ("new:Person:hanako", "empress", "japan")),
    ("en", "US first lady Anna Kowalczyk visited Osaka.", ("new:Person:anna kowalczyk", "first-lady", "united-states")),
    ("de", "Die US-First-Lady Anna Kowalczyk besuchte Osaka.", ("new:Person:anna kowalczyk", "first-lady", "united-states")),
    ("en", "Kremlin aide Oleg Petrov said no date had been set.", ("new:Person:oleg petrov", "presidential-aide", "kremlin")),
    ("en", "Russian Chief of General Staff Oleg Petrov inspected the troops.",
     ("new:Person:oleg petrov", "chief-of-staff", "russia")),
])
def test_titles_of_courts_staffs_and_spouses(extract, lang, text, expected):
    assert role_triples(extract(text, lang)) == {expected}


# --- German compound titles ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ministeriumssprecherin Maria Sacharowa sagte am Montag, Moskau werde reagieren.",
    "Die Ministeriumssprecherin Maria Sacharowa sagte am Montag, Moskau werde reagieren.",
])
def test_a_compound_ending_in_a_role_word_names_the_role(extract, text):
    assert role_triples(extract(text, "de")) == {("maria-zakharova", "spokesperson", "russia")}


@pytest.mark.parametrize("text", [
    "Ein Fürsprecher Russlands, Oleg Petrow, sagte am Montag, Moskau werde reagieren.",
    "Aus dem Lautsprecher Russlands kam am Montag die Nachricht, Moskau werde reagieren.",
    "Der Ex-Botschafter Oleg Petrow sagte am Montag, Moskau werde reagieren.",
])
def test_words_of_their_own_and_former_holders_name_no_role(extract, text):
    assert role_triples(extract(text, "de")) == set()


# --- a second name joined to a titled one ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Präsidentenberater Oleg Petrow und Viktor Lanko begleiteten ihn."),
    ("en", "The presidential aides Oleg Petrov and Viktor Lanko went with him."),
])
def test_a_name_joined_to_a_titled_name_is_a_person(extract, lang, text):
    assert {"Viktor Lanko"} < persons(extract(text, lang))


# --- role words that begin a name ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministers set up the Japan-China Governors Forum in Tokyo.",
    "The Ambassadors Conference of the ministry opened in Berlin.",
])
def test_capitalised_role_words_that_begin_a_name_are_no_role(text):
    doc = get_pipeline("en")(text)
    assert doc._.dg_role_mentions == []


def test_a_capitalised_role_word_before_a_name_stays_a_role():
    doc = get_pipeline("en")("Governor Pavel Orlov opened the forum in Tokyo.")
    assert [m.roles for m in doc._.dg_role_mentions] == [("governor",)]


# --- people of the KB: their country gives the office's -------------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Verteidigungsminister Boris Pistorius reiste nach Vilnius.", ("boris-pistorius", "defence-minister", "germany")),
    ("de", "Generalstabschef Waleri Gerassimow inspizierte die Truppen.", ("valery-gerasimov", "chief-of-staff", "russia")),
    ("en", "Chief of the General Staff Valery Gerasimov inspected the troops.",
     ("valery-gerasimov", "chief-of-staff", "russia")),
    ("en", "Presidential aide Yuri Ushakov said no date had been set.", ("yuri-ushakov", "presidential-aide", "russia")),
])
def test_the_kbs_people_hold_the_office_of_their_country(extract, lang, text, expected):
    assert role_triples(extract(text, lang)) == {expected}


@pytest.mark.parametrize("text", [
    "Bank of Japan Governor Kenji Morimoto warned that tariffs could weigh on exports.",
    "Governor Denny Tamaki met the US ambassador in Naha.",
])
def test_a_governor_holds_no_office_of_a_country(extract, text):
    assert role_triples(extract(text, "en")) == set()

