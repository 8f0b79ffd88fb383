"""A list of names each with its country's possessive is one list: "Canada's Justin Trudeau,
France's Emmanuel Macron Meet ..." (headline style, a comma for "and") names both leaders;
the comma before the second possessive ended the first's clause. Sentences written for this
test."""
from __future__ import annotations

import pytest

DAY = "2024-07-10"
BOTH = ["canada", "emmanuel-macron", "france", "justin-trudeau"]


@pytest.mark.parametrize("text", [
    "Canada's Justin Trudeau, France's Emmanuel Macron Meet at G7 Summit\n"
    "The leaders of Canada and France met on Wednesday in Ottawa.",
    "Canada's Justin Trudeau, France's Emmanuel Macron hold talks\nThe leaders met on Wednesday in Ottawa.",
])
def test_names_with_possessives_joined_by_a_comma_are_one_list(extract, text):
    events = extract(text, "en", published=DAY).events
    assert [sorted(ev.actors) for ev in events] == [BOTH]


def test_a_possessive_name_after_a_clause_comma_starts_no_list(extract):
    text = "After the talks in Ottawa on Wednesday, France's Emmanuel Macron left for Paris."
    events = extract(text, "en", published=DAY).events
    assert all("canada" not in ev.actors for ev in events)
