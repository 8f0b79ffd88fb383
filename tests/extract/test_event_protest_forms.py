"""More ways of protesting: sentences written for this test, in both languages.

"handed X a protest note", "delivered a protest note to X", "expressed strong protest to X",
"brachte seinen Protest gegen ... zum Ausdruck", "übermittelte X seinen Protest".
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada handed Brazil a protest note on Monday."),
    ("en", "Canada delivered a protest note to Brazil on Monday."),
    ("en", "Canada expressed strong protest to Brazil on Monday over the drills."),
    ("de", "Kanada brachte am Montag seinen scharfen Protest gegen die Manöver Brasiliens zum Ausdruck."),
    ("de", "Kanada übermittelte Brasilien am Montag seinen Protest."),
])
def test_a_protest_delivered_or_expressed(extract, lang, text):
    protests = [(sorted(ev.actors), ev.date.iso) for ev in extract(text, lang, published=DAY).events
                if ev.kind == "Protest"]
    assert protests == [(["brazil", "canada"], "2024-07-08")]
