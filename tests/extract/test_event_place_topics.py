"""A place named as what something is about is not where it happens: sentences written for
this test.

- "the summit with Putin will be meaningful for efforts to address Korean Peninsula issues":
  the peninsula modifies "issues"; the summit stays the one held in Vladivostok;
- "discussed Korean Peninsula issues in Paris": the talks were in Paris;
- "withdraw all of Paris's export curbs": the capital's possessive is its government's (France
  takes part, Paris is no place); "at Paris's Orly airport" is where.

German names such a topic with a compound or a genitive ("Fragen der koreanischen
Halbinsel"), which the place rules already leave alone; the guard below shows it.
"""
from __future__ import annotations

import pytest

DAY = "2019-04-26"          # a Friday


def test_a_place_that_modifies_a_topic_noun_is_no_place(extract):
    text = ("Macron and Putin met in Vladivostok on Thursday. In his opening remarks, Macron said that the summit "
            "with Putin will be meaningful for joint efforts to address Korean Peninsula issues.")
    events = extract(text, "en", published=DAY).events
    assert [(ev.place, ev.date.iso) for ev in events] == [("vladivostok", "2019-04-25")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Macron discussed Korean Peninsula issues in Paris on Thursday."),
    ("de", "Putin und Macron besprachen am Donnerstag in Paris Fragen der koreanischen Halbinsel."),
])
def test_talks_about_a_place_are_where_they_were_held(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place == "paris"


def test_a_place_before_a_topic_word_and_an_area_noun_is_where(extract):
    text = "Russia and China held naval drills in the East China Sea security zone on Thursday."
    [ev] = extract(text, "en", published=DAY).events
    assert ev.place == "east-china-sea"


@pytest.mark.parametrize("text,place", [
    ("Lula called on Macron to withdraw all of Paris's export curbs against Brasília on Thursday.", None),
    ("Lula met Macron at Paris's Orly airport on Thursday.", "paris"),
])
def test_a_capitals_possessive_is_its_government_unless_a_site_follows(extract, text, place):
    [ev] = extract(text, "en", published=DAY).events
    assert ev.place == place and (place or "france" in ev.actors)
