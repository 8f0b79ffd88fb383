"""A place named by a bearing from it: sentences written for this test, in both languages.

- "east of the island of Gotland", "östlich der Insel Gotland", "east of Hokkaido": the act
  was by that place, which is its place (before a sea named after it);
- "some 200 kilometers east of Hokkaido", "rund 200 Kilometer östlich der Insel Hokkaido":
  a distance away, not there;
- "a strait north of Canada": a country a bearing is taken from stays neither place nor party;
- "the islands north of Hokkaido": the bearing says where the islands are, not the act.
"""
from __future__ import annotations

import pytest

DAY = "2022-03-03"          # a Thursday


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Four Russian fighter jets violated Swedish airspace east of the island of Gotland in the Baltic Sea "
           "on Wednesday.", "new:Place:gotland"),
    ("de", "Vier russische Kampfjets sind am Mittwoch östlich der Insel Gotland in den schwedischen Luftraum "
           "eingedrungen.", "new:Place:gotland"),
    ("en", "Russian warships held drills east of Hokkaido on Wednesday.", "hokkaido"),
    ("de", "Russische Kriegsschiffe hielten am Mittwoch östlich der japanischen Insel Hokkaido ein Manöver ab.",
     "hokkaido"),
])
def test_a_place_a_bearing_is_taken_from_is_the_acts_place(extract, lang, text, place):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.place, ev.date.iso) == (place, "2022-03-02")
    assert ev.actors[0] == "russia"


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian warships held drills some 200 kilometers east of Hokkaido on Wednesday."),
    ("de", "Russische Kriegsschiffe hielten am Mittwoch rund 200 Kilometer östlich der japanischen Insel Hokkaido "
           "ein Manöver ab."),
])
def test_a_place_some_distance_away_is_not_the_acts_place(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.actors) == ("MilitaryExercise", None, ["russia"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Ten Brazilian warships passed through a strait north of Canada on Wednesday."),
    ("de", "Zehn brasilianische Kriegsschiffe passierten am Mittwoch eine Meerenge nördlich von Kanada."),
])
def test_a_country_a_bearing_is_taken_from_is_neither_place_nor_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place != "canada" and "canada" not in ev.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida and Putin agreed on Wednesday to hold talks on fishing around the disputed islands "
           "north of Hokkaido."),
    ("en", "Russian warships held drills near the islands north of Hokkaido on Wednesday."),
])
def test_a_bearing_that_locates_a_place_noun_gives_the_act_no_place(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert events and all(ev.place != "hokkaido" for ev in events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia test-launched a new missile from the Kapustin cosmodrome on Wednesday."),
    ("de", "Russland hat am Mittwoch vom Kosmodrom Kapustin eine neue Rakete getestet."),
])
def test_the_site_a_missile_is_launched_from_is_its_place(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("MissileLaunch", ["russia"], "new:Place:kapustin")
