"""An event told as a reference keeps a date its own phrase gives: sentences written for this
test.

"flew to Vilnius on Monday after a meeting with X in Paris on June 28": the meeting was on
June 28, not on the Monday of the arrival; so too "after attending a meeting ... on June 28".
German "nach einem Treffen ... am 28. Juni" already did (a guard).
"""
from __future__ import annotations

import pytest

DAY = "2023-07-11"        # a Tuesday: Monday is the 10th


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau flew to Vilnius on Monday after a meeting with Macron in Paris on June 28."),
    ("en", "Trudeau reached Vilnius on Monday after attending a meeting with Macron in Paris on June 28."),
    ("de", "Trudeau flog am Montag nach Vilnius, nach einem Treffen mit Macron in Paris am 28. Juni."),
])
def test_a_reference_with_its_own_date_keeps_it(extract, lang, text):
    meetings = [(ev.place, ev.date.iso) for ev in extract(text, lang, published=DAY).events if ev.kind == "Meeting"]
    assert meetings == [("paris", "2023-06-28")]
