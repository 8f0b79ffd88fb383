"""Drills a state or its forces say they hold (sentences written for these tests): "China
said it had begun exercises", "X teilte mit, es habe mit einem Manöver begonnen" — the
pronoun is the speaker, who holds them; a quoted name of the drills and a bracketed date
or a part of the day after the speech verb ("said late Monday (June 3) that it would
hold the "Northern Shield" drills") hide no speaker; the watcher of drills still
takes no part in them.
"""
from __future__ import annotations

import pytest

DAY = "2024-06-03"        # a Monday


def _drills(extract, text, lang):
    return [(set(ev.actors), ev.status, ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=DAY).events if ev.kind == "MilitaryExercise"]


def test_the_state_that_says_it_holds_drills_holds_them(extract):
    assert _drills(extract, "China announced on Monday that it had begun military exercises near the Philippines.",
                   "en") == [({"china"}, "Happened", DAY)]


def test_the_state_that_says_it_holds_drills_holds_them_de(extract):         # guard
    assert _drills(extract, "China teilte am Montag mit, es habe mit einem Manöver nahe den Philippinen begonnen.",
                   "de") == [({"china"}, "Happened", DAY)]


def test_a_quoted_name_and_a_bracketed_date_hide_no_speaker(extract):
    text = ("OSLO — Norway's government said late Monday (June 3) that it would hold the \"Northern Shield\" naval "
            "drills with Denmark from Monday to Wednesday.")
    [(actors, _, date)] = _drills(extract, text, "en")
    assert actors == {"norway", "denmark"} and date.startswith("2024-06-03")


@pytest.mark.parametrize("text", [
    "Japan said on Monday it had spotted Chinese warships conducting drills near Okinawa.",
    "Tokyo said it was concerned about the Chinese drills near Okinawa.",
])
def test_the_watcher_of_drills_takes_no_part(extract, text):                    # guard
    assert [actors for actors, _, _ in _drills(extract, text, "en")] == [{"china"}]
