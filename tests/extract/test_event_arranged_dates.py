"""Gatherings arranged in German, and the gatherings they were arranged at: sentences written
for this test.

"haben am Montag ein Treffen im September vereinbart": the meeting is in September, the
agreeing on Monday; "hat für September ein Treffen angekündigt" plans it for September;
"hat am Montag ein Treffen angekündigt" gives the meeting no day. "bei dessen Besuch in Paris
vereinbart": the visit is where it was agreed, held, not arranged.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th
BOTH = ["emmanuel-macron", "justin-trudeau"]


def test_the_arranged_meeting_s_month_and_the_arranging_s_day(extract):
    rows = event_rows(extract("Macron und Trudeau haben am Montag ein Treffen im September vereinbart.", "de",
                              published=DAY))
    assert rows == [("Meeting", "Planned", BOTH, "2024-09"), ("Agreement", "Happened", BOTH, "2024-07-08")]


@pytest.mark.parametrize("text,rows", [
    ("Macron hat für September ein Treffen mit Trudeau angekündigt.", [("Meeting", "Planned", BOTH, "2024-09")]),
    ("Macron hat ein Treffen mit Trudeau für September angekündigt.", [("Meeting", "Planned", BOTH, "2024-09")]),
    ("Macron hat am Montag ein Treffen mit Trudeau angekündigt.", []),
])
def test_a_day_before_the_noun_is_the_announcing_s_unless_it_is_for(extract, text, rows):
    assert event_rows(extract(text, "de", published=DAY)) == rows


def test_a_visit_at_which_something_was_agreed_was_held(extract):
    facts = extract("Präsident Emmanuel Macron sagte, er habe dies mit dem kanadischen Premier Justin Trudeau bei "
                    "dessen Besuch in Paris vereinbart.", "de", published=DAY)
    visits = [(ev.status, ev.place) for ev in facts.events if ev.kind == "Visit"]
    assert visits == [("Happened", "paris")]
