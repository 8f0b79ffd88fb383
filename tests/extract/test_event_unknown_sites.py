"""A gathering told again at a site the knowledge base does not know is the one told at a
known city: sentences written for this test, in both languages.

- "met for their first summit in Vladivostok on Thursday. The two leaders met at a
  conference centre on Popov Island.": one summit, in Vladivostok, on Thursday;
- a meeting the same people will hold in another known city is another event.
"""
from __future__ import annotations

import pytest

DAY = "2019-04-26"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Macron met for their first summit in Vladivostok on Thursday. The two leaders met at a "
           "conference centre on Popov Island."),
    ("de", "Putin und Macron sind am Donnerstag in Wladiwostok zu ihrem ersten Gipfel zusammengetroffen. Die beiden "
           "trafen sich in einem Kongresszentrum auf der Insel Popow."),
])
def test_a_meeting_at_an_unknown_site_is_the_summit_in_the_city(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert [(ev.kind, ev.place, ev.date.iso) for ev in events] == [("Summit", "vladivostok", "2019-04-25")]


def test_a_meeting_in_another_known_city_is_another_event(extract):
    text = ("Putin and Macron met for their first summit in Vladivostok on Thursday. The two leaders will meet again "
            "in Paris in May.")
    assert sorted((ev.place, ev.status) for ev in extract(text, "en", published=DAY).events) == [
        ("paris", "Planned"), ("vladivostok", "Happened")]


@pytest.mark.parametrize("text", [
    "Putin and Macron met in Paris on Monday. Putin and Macron met in Strasbourg on Wednesday.",
    "Putin and Macron met for their first summit in Vladivostok on Thursday. The two leaders later met at a "
    "conference centre on Popov Island.",
    "Putin and Macron met for their first summit in Vladivostok on Thursday. The two leaders met at a conference "
    "centre on Popov Island in Brazil.",
])
def test_a_meeting_in_another_town_later_or_in_another_country_is_another(extract, text):
    assert len(extract(text, "en", published=DAY).events) == 2
