"""What recurs is no one event: sentences written for this test, in both languages.

"went to every NATO summit in Europe", "nahm an jedem Nato-Gipfel in Europa teil": a
universal determiner before the noun, past the names that modify it; "every year they hold
talks", "jeden Sommer treffen sich", "annually", "jährlich": a period each time. Guards: a
recurrence told in a relative clause or after the act leaves the act of the day.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada's premier went to every NATO summit in Europe after 2019."),
    ("de", "Kanadas Regierungschef nahm an jedem Nato-Gipfel in Europa teil."),
    ("en", "Each G7 summit in Europe draws protests."),
    ("en", "Every year Canada and Brazil hold talks in Ottawa."),
    ("de", "Jeden Sommer treffen sich Kanada und Brasilien in Ottawa."),
    ("en", "Canada and Brazil annually hold talks in Ottawa."),
    ("de", "Kanada und Brasilien führen jährlich Gespräche in Ottawa."),
])
def test_what_recurs_is_no_event(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil held talks in Ottawa on Monday, as they do every year."),
    ("de", "Kanada und Brasilien führten am Montag in Ottawa Gespräche, wie jedes Jahr."),
])
def test_guard_a_recurrence_told_after_the_act_leaves_it(extract, lang, text):
    assert [(ev.kind, ev.date.iso) for ev in extract(text, lang, published=DAY).events] == [("Talks", "2024-07-08")]
