"""Who protests, to whom, and about what, in both languages, with sentences written for this
test: a ministry acts for its state; a summons and the counter-summons of one sentence are
two protests, each made to the other side's envoy; the people of the act a protest is made
against are not its parties; drills a protest is about and later named with their islands
are one act held there."""
from __future__ import annotations

import pytest

DAY = "2021-07-27"          # a Tuesday


@pytest.mark.parametrize("lang,text,ministry,state", [
    ("en", "The Japanese foreign ministry summoned the Brazilian ambassador on Monday.",
     "japan-ministry-of-foreign-affairs", "japan"),
    ("de", "Das russische Außenministerium bestellte am Montag den brasilianischen Botschafter ein.",
     "russia-ministry-of-foreign-affairs", "russia"),
])
def test_a_ministry_acts_for_its_state(extract, lang, text, ministry, state):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "Protest" and {ministry, state, "brazil"} == set(ev.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Russian foreign ministry held talks."),
    ("de", "Das russische Außenministerium führte Gespräche."),
])
def test_a_ministry_and_its_state_are_one_side_alone(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa summoned the Brazilian ambassador on Monday; Brazil for its part protested to the Canadian "
           "ambassador."),
    ("de", "Kanada bestellte am Montag den brasilianischen Botschafter ein; Brasilien protestierte seinerseits "
           "beim kanadischen Botschafter."),
])
def test_a_summons_and_its_answer_are_two_protests(extract, lang, text):
    protests = [e for e in extract(text, lang, published=DAY).events if e.kind == "Protest"]
    assert sorted((e.actors[0], e.targets) for e in protests) == [("brazil", ["canada"]), ("canada", ["brazil"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada lodged a protest against a visit by Prime Minister Hanna Beispiel to Sable Island."),
    ("de", "Kanada protestierte scharf gegen den Besuch von Regierungschefin Hanna Quastenberg auf der Insel "
           "Sable."),
])
def test_whose_visit_is_protested_takes_no_part_in_the_protest(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    [protest] = [e for e in events if e.kind == "Protest"]
    [visit] = [e for e in events if e.kind == "Visit"]
    person = "new:Person:hanna " + ("beispiel" if lang == "en" else "quastenberg")
    assert protest.actors == ["canada"] and visit.actors == [person]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada protests Brazil's naval manoeuvres near contested islands\n\nThe manoeuvres on the islands of "
           "Etorofu and Kunashiri are a provocation, the prime minister said."),
    ("de", "Kanada wendet sich gegen brasilianische Manöver nahe umstrittener Inseln\n\nDie Manöver auf den "
           "Inseln Iturup und Kunaschir seien eine Provokation, sagte der Regierungschef."),
])
def test_drills_protested_then_named_with_their_islands_are_held_there(extract, lang, text):
    [drills] = [e for e in extract(text, lang, published=DAY).events if e.kind == "MilitaryExercise"]
    assert "brazil" in drills.actors and drills.place == "iturup"


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil summoned Canada's ambassador over remarks Canadian Prime Minister Hanna Beispiel made "
           "about Chile."),
    ("de", "Wegen Äußerungen der kanadischen Premierministerin Hanna Quastenberg über Chile bestellte Brasilien "
           "den kanadischen Botschafter ein."),
])
def test_who_made_the_remarks_and_what_they_were_about_are_no_parties(extract, lang, text):
    [protest] = extract(text, lang, published=DAY).events
    assert (sorted(protest.actors), protest.targets) == (["brazil", "canada"], ["canada"])
