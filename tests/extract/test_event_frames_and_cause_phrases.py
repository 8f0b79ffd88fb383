"""German verb frames around an event noun, through the real pipeline (sentences written
for this test):

- "kamen ... zu einem Gipfel zusammen": a coming together for a summit is the summit;
- a cause phrase inside the words of a protest ("legte wegen der Boje Protest bei X ein")
  ends before the protest's noun, so whom it goes to stays its party.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("text,status,date", [
    ("Die Regierungschefs Japans und Südkoreas kamen am Donnerstag in Tokio zu einem Gipfel zusammen.",
     "Happened", "2023-03-16"),
    ("Die Regierungschefs Japans und Südkoreas kommen am 20. März in Tokio zu ihrem Gipfeltreffen zusammen.",
     "Planned", "2023-03-20"),
])
def test_coming_together_for_a_summit_is_the_summit(extract, text, status, date):
    facts = extract(text, "de", "2023-03-17")
    assert event_rows(facts) == [("Summit", status, ["japan", "south-korea"], date)]
    assert facts.events[0].place == "tokyo"


def test_guard_coming_together_alone_is_a_meeting(extract):
    rows = event_rows(extract("Putin und Xi kamen am Montag in Moskau zusammen.", "de", "2023-03-17"))
    assert rows == [("Meeting", "Happened", ["vladimir-putin", "xi-jinping"], "2023-03-13")]


@pytest.mark.parametrize("text,date", [
    ("Japan legte wegen der Boje Protest bei China ein.", "2023-04-14"),
    ("Japan legte am Mittwoch wegen der Boje Protest bei China ein.", "2023-04-12"),
])
def test_a_cause_phrase_inside_a_protest_ends_before_its_noun(extract, text, date):
    assert event_rows(extract(text, "de", "2023-04-14")) == [("Protest", "Happened", ["china", "japan"], date)]


def test_guard_coming_together_for_dinner_at_a_summit_is_a_meeting(extract):
    rows = event_rows(extract("Putin und Erdogan kamen am Montag zum Abendessen beim Gipfel in Minsk zusammen.",
                              "de", "2023-03-17"))
    assert [row[:3] for row in rows] == [("Meeting", "Happened", ["recep-tayyip-erdogan", "vladimir-putin"])]
