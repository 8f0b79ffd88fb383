"""Forces named by where they come from, lists after other words, and sites named by a
demonym (sentences written for these tests):

- craft or troops "from" a list of states are those states' forces: every state of the list
  takes part ("Warships from Japan and France held ...", "Truppen aus X und Y");
- a list of names after a joiner that joined other words ("Warships and aircraft from the
  United States, Japan and ...") is one list: its first comma ends no clause;
- craft or troops that "gathered" hold no meeting;
- the states named before an attributive participle of holding ("eine von Japan und China
  beanspruchte Inselgruppe") only hold or claim what follows: no party;
- a demonym before a base ("at a North Korean air base") names where, neither a party nor
  a new place called "Korean".
"""
from __future__ import annotations

import pytest

DAY = "2024-11-14"        # a Thursday


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Warships from Japan and France held a joint exercise in the Pacific on Wednesday.", {"japan", "france"}),
    ("en", "Troops from Russia and Belarus began joint drills on Monday.", {"russia", "belarus"}),
    ("de", "Kriegsschiffe aus Japan und Frankreich haben am Mittwoch eine gemeinsame Übung im Pazifik begonnen.",
     {"japan", "france"}),
    ("de", "Truppen aus Russland und Belarus haben am Montag ein Manöver begonnen.", {"russia", "belarus"}),
    ("en", "Soldiers and tanks from Poland, Germany and Lithuania began an exercise on Monday.",
     {"poland", "germany", "lithuania"}),
    ("de", "Soldaten und Panzer aus Polen, Deutschland und Litauen haben am Montag ein Manöver begonnen.",
     {"poland", "germany", "lithuania"}),
])
def test_forces_from_a_list_of_states_are_each_states(extract, lang, text, actors):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "MilitaryExercise" and set(ev.actors) == actors


@pytest.mark.parametrize("lang, text", [
    ("en", "Frigates and jets from the United States, South Korea and Japan started combined drills "
           "on Wednesday in the East China Sea."),
    ("de", "Kriegsschiffe und Flugzeuge aus den USA, Japan und Südkorea haben am Mittwoch "
           "im Ostchinesischen Meer eine Übung abgehalten."),
])
def test_a_list_after_a_joiner_of_other_words_is_one_list(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert set(ev.actors) == {"united-states", "japan", "south-korea"} and ev.place == "east-china-sea"


def test_craft_that_gathered_hold_no_meeting(extract):
    facts = extract("Warships and aircraft from Japan and France gathered in the Pacific on Wednesday "
                    "to begin their exercise.", "en", published=DAY)
    assert [ev.kind for ev in facts.events] == ["MilitaryExercise"]


def test_leaders_who_gathered_met(extract):          # guard: people still meet
    [ev] = extract("Leaders of the G7 gathered in Hiroshima on Wednesday.", "en", published=DAY).events
    assert ev.kind == "Meeting" and ev.place == "hiroshima"


@pytest.mark.parametrize("text", [
    "Amerikanische Kampfjets haben am Mittwoch bei einer Übung eine von China und Japan beanspruchte "
    "Inselkette umkreist.",
    "Zwei amerikanische Bomber sind am Mittwoch während einer Übung über die von Japan, Taiwan und China "
    "beanspruchten Inseln geflogen.",
])
def test_claimants_before_an_attributive_participle_take_no_part(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert ev.actors == ["united-states"]


def test_claimants_after_a_participle_take_no_part(extract):      # guard: the English form
    [ev] = extract("Two American bombers flew during an exercise over islands claimed by Japan and China "
                   "on Wednesday.", "en", published=DAY).events
    assert ev.actors == ["united-states"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Donald Trump met Xi Jinping at a North Korean air base on Thursday."),
    ("en", "Donald Trump met Xi Jinping at a North Korean military base on Thursday."),
])
def test_a_demonym_before_a_base_names_no_party_and_no_place(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [ev] = facts.events
    assert set(ev.actors) == {"donald-trump", "xi-jinping"}
    assert not [key for key, ent in facts.entities.items() if ent.kind == "Place"]
