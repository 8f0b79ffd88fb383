"""A gathering German talks were about is no occurrence (sentences written for these tests):
"Bei den Gesprächen ging es um ein Treffen zwischen X und Y", "sei es um die Voraussetzungen
für ein Treffen ... gegangen" — as "the talks focused on a meeting between X and Y" in
English; a meeting that happened and whose talks were about something else stays.
"""
from __future__ import annotations

import pytest

DAY = "2025-02-19"        # a Wednesday


@pytest.mark.parametrize("text", [
    "Bei den Gesprächen ging es um ein Treffen zwischen Trump und Putin.",
    "Dabei sei es um die Bedingungen für ein Treffen der Präsidenten Trump und Putin gegangen.",
])
def test_a_meeting_talks_were_about_is_none(extract, text):
    assert not extract(text, "de", published=DAY).events


def test_a_meeting_about_something_else_stays(extract):                # guard
    [ev] = extract("Trump und Putin trafen sich am Dienstag in Moskau, es ging um die Ukraine.", "de",
                   published=DAY).events
    assert ev.kind == "Meeting" and ev.place == "moscow"


def test_a_gathering_a_relative_clause_tells_stays(extract):           # guard
    [ev] = extract("Es geht um einen Gipfel zwischen Biden und Xi, der am Dienstag in Moskau stattfand.", "de",
                   published=DAY).events
    assert ev.kind == "Summit" and ev.place == "moscow"
