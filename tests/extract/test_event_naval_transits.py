"""Warships passing a strait, and who watched them: sentences written for this test, in
both languages.

- "Ten Brazilian warships passed through a strait north of Canada" / "Zehn brasilianische
  Kriegsschiffe passierten eine Meerenge nördlich von Kanada": a naval patrol of Brazil (a
  MilitaryExercise), not a visit; the country a bearing is taken from is neither party nor
  place.
- "naval drills near Canada" / "Marinemanöver vor Kanada": Canada takes no part ("in Canada":
  the drills' place and host).
- "... and were tracked heading south by the Canadian navy" / "von der kanadischen Marine
  beobachtet": the watcher took no part.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows, run

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, Tuesday the 9th


@pytest.mark.parametrize("lang,text", [
    ("en", "Ten Brazilian warships passed through a strait north of Canada on Monday, the Canadian navy said."),
    ("en", "Three Brazilian destroyers travelled between two Canadian islands on Monday."),
    ("de", "Zehn brasilianische Kriegsschiffe passierten am Montag eine Meerenge nördlich von Kanada."),
    ("de", "Drei brasilianische Fregatten fuhren am Montag durch eine Meerenge vor Kanada."),
])
def test_warships_passing_are_a_patrol_of_their_state(extract, lang, text):
    rows = event_rows(extract(text, lang, published=DAY))
    assert [(row[0], row[2], row[3]) for row in rows] == [("MilitaryExercise", ["brazil"], "2024-07-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Three Brazilian destroyers sailed between two islands on Tuesday and were tracked heading south "
           "by the Canadian navy."),
    ("de", "Drei brasilianische Zerstörer fuhren am Dienstag durch die Meerenge und wurden dabei von der "
           "kanadischen Marine beobachtet."),
])
def test_who_watched_them_took_no_part(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row == ("MilitaryExercise", "Happened", ["brazil"], "2024-07-09")


@pytest.mark.parametrize("lang,text,actors,place", [
    ("en", "Brazil and Mexico held naval drills near Canada on Monday.", ["brazil", "mexico"], None),
    ("en", "Brazil and Mexico held naval drills in Canada on Monday.", ["brazil", "mexico", "canada"], "canada"),
    ("de", "Brasilien und Mexiko hielten am Montag Marinemanöver vor Kanada ab.", ["brazil", "mexico"], None),
])
def test_a_country_drills_pass_by_takes_no_part(lang, text, actors, place):
    [ev] = run(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("MilitaryExercise", actors, place)
