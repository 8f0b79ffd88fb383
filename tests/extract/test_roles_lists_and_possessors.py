"""Names and roles in list items, after possessives and past "Ex-", through the real pipeline
(sentences written for this test):

- German given and family names that spaCy's lemma table lists with a genitive ("Helmut":
  "Helmuts") are names after a title, not common nouns;
- "Ex-"/"ex-" between a state and a role word leaves the state the role's, and a holder
  set off by a comma stands before "a former", "the current", "den bisherigen" roles too;
- a name opening a list item, set off by a dash from its role ("• X – former Czech foreign
  minister"), is the role's holder, as with a comma ("X, a former ... minister");
- a capital or a known person in the possessive before role words gives the role its state
  ("Tokyo's ambassador", "Bushs Sprecher");
- the EU's "foreign policy chief" ("Außenbeauftragte") is its foreign minister;
- a picture's credit label ("Credit:", "Foto:") after a name is no part of it.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples

NOVAK = "new:Person:karel novak"


@pytest.mark.parametrize("text,key", [
    ("Das betonte der kanadische Präsident Bill Jansen nach dem Treffen.", "new:Person:bill jansen"),
    ("Der Vorschlag stammt von Bundeskanzler Helmut Berger, sagte ein Sprecher.", "new:Person:helmut berger"),
    ("Die Außenministerin Angela Brandt reiste am Montag ab.", "new:Person:angela brandt"),
])
def test_a_german_name_with_a_genitive_in_the_lemma_table_is_a_name_after_a_title(extract, text, key):
    facts = extract(text, "de")
    assert key in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("de", "Das sagte der tschechische Ex-Außenminister Karel Novak am Montag."),
    ("de", "Das sagte Tschechiens Ex-Außenminister Karel Novak am Montag."),
    ("en", "The Czech ex-foreign minister Karel Novak said so on Monday."),
])
def test_ex_and_other_modifiers_before_the_role_keep_its_state(extract, lang, text):
    facts = extract(text, lang)
    assert role_triples(facts) == {(NOVAK, "foreign-minister", "czech-republic")}
    assert [k for k in facts.entities if k.startswith("new:Person")] == [NOVAK]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ban names:\n\n  • Karel Novak – former Czech foreign minister\n  • Piet Smit – Dutch defence minister\n"),
    ("en", "The ban names:\n\n- Karel Novak, former Czech foreign minister\n- Piet Smit, Dutch defence minister\n"),
    ("de", "Betroffen sind:\n\n• Karel Novak – ehemaliger tschechischer Außenminister\n"
           "• Piet Smit – niederländischer Verteidigungsminister\n"),
])
def test_a_name_opening_a_list_item_holds_the_role_after_its_dash(extract, lang, text):
    assert role_triples(extract(text, lang)) == {(NOVAK, "foreign-minister", "czech-republic"),
                                                 ("new:Person:piet smit", "defence-minister", "netherlands")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The ban hit Karel Novak, a former Czech foreign minister, and others."),
    ("en", "The ban hit Karel Novak, the current Czech foreign minister, and others."),
    ("de", "Das Verbot trifft Karel Novak, den bisherigen tschechischen Außenminister, und andere."),
])
def test_a_holder_before_a_modified_role_set_off_by_a_comma(extract, lang, text):
    assert role_triples(extract(text, lang)) == {(NOVAK, "foreign-minister", "czech-republic")}


@pytest.mark.parametrize("lang,text", [
    # a dash inside a sentence is no list item's
    ("en", "The sanctions – Karel Novak said on Monday – will hit Czech foreign minister Jan Hus's staff."),
    # a name after a bullet with a dash and no role
    ("en", "The ban names:\n\n  • Karel Novak – a writer from Prague\n"),
])
def test_guard_no_role_from_a_dash_that_opens_no_list_item(extract, lang, text):
    assert not {t for t in role_triples(extract(text, lang)) if t[0] == NOVAK}


@pytest.mark.parametrize("lang,text,published,key,role,state", [
    ("en", "On Friday Seoul called in Tokyo's ambassador, Taro Yamada, over the textbooks.", None,
     "new:Person:taro yamada", "ambassador", "japan"),
    ("de", "Tokios Botschafter Taro Yamada wurde am Montag einbestellt.", None,
     "new:Person:taro yamada", "ambassador", "japan"),
    ("en", "President George W. Bush defended the step. Bush's spokesman Ari Jansen said so.", "2001-03-22",
     "new:Person:ari jansen", "spokesperson", "united-states"),
    ("de", "Präsident George W. Bush lobte den Plan. Bushs Sprecher Ari Jansen sagte am Abend mehr dazu.", "2001-03-22",
     "new:Person:ari jansen", "spokesperson", "united-states"),
])
def test_a_capital_or_a_known_person_in_the_possessive_gives_the_role_its_state(
        extract, lang, text, published, key, role, state):
    assert (key, role, state) in role_triples(extract(text, lang, published))


@pytest.mark.parametrize("lang,text", [
    # a capital not in the possessive is the post's place, no state of its own
    ("en", "The ambassador in Tokyo, Taro Yamada, was summoned on Monday."),
    # a city that is no capital gives no state
    ("en", "Osaka's envoy Taro Yamada was summoned on Monday."),
])
def test_guard_no_state_from_a_place_that_is_no_possessive_capital(extract, lang, text):
    assert not {t for t in role_triples(extract(text, lang)) if t[2] == "japan"}


@pytest.mark.parametrize("lang,text", [
    ("en", "EU foreign policy chief Anna Lind said sanctions would follow."),
    ("de", "Die EU-Außenbeauftragte Anna Lind sagte, Sanktionen würden folgen."),
])
def test_the_eus_foreign_policy_chief_is_its_foreign_minister(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("new:Person:anna lind", "foreign-minister", "european-union")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida was welcomed by Peru's foreign minister Bruno Alvarez Credit: AP\n\nHe then went on."),
    ("de", "Empfangen wurde er von Perus Außenminister Bruno Alvarez Foto: dpa\n\nDann ging er weiter."),
])
def test_a_pictures_credit_label_is_no_part_of_a_name(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("new:Person:bruno alvarez", "foreign-minister", "peru")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Moldova's interim Foreign Minister Jo Beispiel met the envoy."),
    ("en", "The envoy met Jo Beispiel, an interim Moldovan foreign minister, on Monday."),
    ("de", "Der Gesandte traf Jo Beispiel, den kommissarischen moldauischen Außenminister, am Montag."),
])
def test_an_interim_holder_holds_the_role_of_the_state(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("new:Person:jo beispiel", "foreign-minister", "moldova")}
