"""Carriers and their passages, places named by what lies off them, and German genitive nouns
before a body:

- "the Chinese aircraft carrier sailed between X and Y", "der Flugzeugträger hat ... die
  Meerenge ... durchquert" are passages of a state's warship;
- "to discuss the islands off Hokkaido", "über die Inseln vor Hokkaido": where the islands lie
  is no place of the meeting (a passage "through waters off Hokkaido" is there);
- "des westlichen Militärbündnisses NATO": the alliance's noun is no name.
"""
from __future__ import annotations

import pytest

DAY = "2024-09-19"        # a Thursday


@pytest.mark.parametrize("lang, text", [
    ("en", "The Chinese aircraft carrier sailed between Yonaguni and Iriomote on Wednesday."),
    ("de", "Der chinesische Flugzeugträger hat am Mittwoch die Meerenge zwischen den Inseln Yonaguni und "
           "Iriomote durchquert."),
])
def test_a_carriers_passage(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.date.iso) == ("MilitaryExercise", ["china"], "2024-09-18")


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Abe and Putin met in Hanoi on Wednesday to discuss the islands off Hokkaido.", "hanoi"),
    ("en", "Abe and Putin met on Wednesday to discuss the islands off Hokkaido.", None),
    ("de", "Abe und Putin trafen sich am Mittwoch in Tokio, um über die Inseln vor Hokkaido zu sprechen.", "tokyo"),
])
def test_where_islands_lie_is_no_place_of_the_meeting(extract, lang, text, place):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place) == ("Meeting", place)


def test_a_passage_through_waters_off_an_island_is_there(extract):
    [ev] = extract("Russian warships sailed through waters off Hokkaido on Wednesday.", "en", published=DAY).events
    assert ev.place == "hokkaido"


def test_an_alliances_noun_before_its_name_is_no_name(extract):
    [ev] = extract("Inada traf am Mittwoch in Brüssel den Generalsekretär des westlichen Militärbündnisses NATO, "
                   "Jens Stoltenberg.", "de", published=DAY).events
    assert sorted(ev.actors) == ["jens-stoltenberg", "nato", "tomomi-inada"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Beim Treffen im argentinischen Buenos Aires sprachen Abe und Putin am Samstag über einen Friedensvertrag."),
    ("en", "Abe met Putin in the Vietnamese coastal city of Danang on Friday."),
])
def test_the_country_a_meeting_city_lies_in_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published="2018-12-01").events
    assert not {"argentina", "vietnam"} & set(ev.actors) and ev.place in ("buenos-aires", "da-nang")
