"""A plan for the day a report says it was held: sentences written for this test, in both
languages.

- "Scholz to meet Macron on Tuesday" (a headline) and "Scholz met Macron in Paris on Tuesday"
  in the lead: one meeting, held;
- a plan for another place or day, or to meet "again", stays apart, and a trip is not talks
  "scheduled" during it.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-09"          # a Tuesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz to meet Macron on Tuesday\n\nGerman Chancellor Olaf Scholz met French President Emmanuel "
           "Macron in Paris on Tuesday."),
    ("de", "Scholz will am Dienstag Macron treffen\n\nBundeskanzler Olaf Scholz hat am Dienstag in Paris den "
           "französischen Präsidenten Emmanuel Macron getroffen."),
])
def test_a_plan_for_the_day_a_meeting_was_held_is_that_meeting(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.place, ev.date.iso) == ("Meeting", "Happened", "paris", DAY)
    assert sorted(ev.actors) == ["emmanuel-macron", "olaf-scholz"]


@pytest.mark.parametrize("lang,text", [
    ("en", "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.\n\n"
           "Scholz is to meet Macron again on Tuesday at a dinner."),
    ("de", "Bundeskanzler Olaf Scholz hat am Dienstag in Paris den französischen Präsidenten Emmanuel Macron "
           "getroffen.\n\nAm Dienstagabend will Scholz Macron erneut treffen."),
])
def test_a_plan_to_meet_again_that_day_stays_apart(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert sorted(e.status for e in events) == ["Happened", "Planned"]


def test_a_plan_for_another_place_stays_apart(extract):
    text = ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.\n\n"
            "Scholz is due to meet Macron again in Berlin on Tuesday next week.")
    events = extract(text, "en", published=DAY).events
    assert sorted((e.status, e.place) for e in events) == [("Happened", "paris"), ("Planned", "berlin")]


def test_talks_scheduled_during_a_trip_are_not_held(extract):
    text = ("Japanese Foreign Minister Fumio Kishida travelled to Russia on Tuesday to prepare a summit.\n\n"
            "Kishida is scheduled to hold talks with Vladimir Putin on Tuesday afternoon in Moscow.")
    events = extract(text, "en", published=DAY).events
    assert not any(e.kind in ("Talks", "Meeting") and e.status == "Happened" for e in events)
