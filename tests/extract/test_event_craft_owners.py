"""An airspace violation told of "the plane", "der Jet" or "it" is by the state of the craft
named before it with a demonym, in its sentence or the sentences before ("a Brazilian
fighter jet ... The plane flew into Canadian airspace"): the state whose airspace it is
stays a side, the craft's state is the violator. "shot down" reaches a craft behind a type
name ("shot down a Brazilian Su-24 fighter jet"). Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2024-03-14"          # a Thursday


def _violations(extract, text, lang):
    return [sorted(e.actors) for e in extract(text, lang, published=DAY).events if e.kind == "AirspaceViolation"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canadian jets intercepted a Brazilian reconnaissance plane on Tuesday. The plane flew into Canadian "
           "airspace, the ministry said."),
    ("en", "Canada shot down a Brazilian Su-24 bomber on Monday, saying the plane had entered Canadian airspace."),
    ("de", "Kanada hat am Dienstag einen brasilianischen Kampfjet abgeschossen. Der Jet habe den kanadischen Luftraum verletzt."),
])
def test_the_craft_told_again_is_the_earlier_craft_s_state(extract, lang, text):
    assert _violations(extract, text, lang) == [["brazil", "canada"]]


def test_a_pronoun_after_a_verb_of_saying_is_the_speaker_not_a_craft(extract):
    text = ("Canadian jets intercepted a Brazilian reconnaissance plane on Tuesday. "
            "Mexico said it had violated Canadian airspace in 2019.")
    assert all("brazil" not in actors for actors in _violations(extract, text, "en"))


def test_shot_down_reaches_the_craft_behind_its_type_name(extract):
    text = "Canadian F-16s shot down a Brazilian Su-24 fighter jet on Tuesday."
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Interception"]
    assert sorted(ev.actors) == ["brazil", "canada"] and ev.date.iso == "2024-03-12"


def test_the_craft_told_again_is_the_one_with_the_same_noun(extract):
    text = ("A Brazilian drone was shadowed by a Mexican reconnaissance plane on Tuesday. "
            "The drone entered Canadian airspace.")
    assert _violations(extract, text, "en") == [["brazil", "canada"]]
