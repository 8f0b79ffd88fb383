"""Events denied after or around their noun, and a date apposition with no closing comma:
sentences written for this test, in both languages.

- "hadn't reached a peace treaty", "have not yet signed a formal peace treaty": the object
  of a negated verb, past its article and words, was not made.
- "a meeting ..., which never took place", "das aber nicht stattfand", "The meeting ...
  did not take place", "fand nicht statt": no meeting was held; a meeting at a summit that
  did not take place was held (a guard).
- "Canada on Monday, February 7 sent a protest note": the date apposition ends no clause,
  so Canada protests.
- "every Association of Southeast Asian Nations summit": a name of several words before a
  summit counts as one.
"""
from __future__ import annotations

import pytest

DAY = "2022-02-08"        # a Tuesday: Monday is the 7th


def _events(facts) -> list:
    return [(ev.kind, ev.status, sorted(ev.actors)) for ev in facts.events]


@pytest.mark.parametrize("text", [
    "Canada and Brazil hadn’t reached a peace treaty in Ottawa in 2019.",
    "Canada and Brazil have not yet signed a formal peace treaty in Ottawa.",
])
def test_the_object_of_a_negated_verb_was_not_made(extract, text):
    assert _events(extract(text, "en", published=DAY)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau had sought a meeting with Macron in Paris, which never took place."),
    ("en", "The meeting of Trudeau and Macron in Paris did not take place."),
    ("de", "Trudeau wollte in Paris ein Treffen mit Macron abhalten, das aber nicht stattfand."),
    ("de", "Das Treffen von Trudeau und Macron in Paris fand nicht statt."),
])
def test_a_gathering_that_did_not_take_place_is_cancelled(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [
        ("Meeting", "Cancelled", ["emmanuel-macron", "justin-trudeau"])]


def test_guard_a_meeting_at_a_summit_that_did_not_take_place_was_held(extract):
    facts = extract("Trudeau met Macron in Paris on Monday at a summit that did not take place in Berlin.", "en",
                    published=DAY)
    assert ("Meeting", "Happened", ["emmanuel-macron", "justin-trudeau"]) in _events(facts)


def test_a_date_apposition_without_a_closing_comma_keeps_the_subject(extract):
    facts = extract("Canada on Monday, February 7 sent Brazil a protest note over the drills.", "en",
                    published=DAY)
    assert [(kind, actors, ev.date.iso) for (kind, _, actors), ev in zip(_events(facts), facts.events)] == [
        ("Protest", ["brazil", "canada"], "2022-02-07")]


def test_a_universal_before_a_long_name_is_a_habit(extract):
    facts = extract("Canada's premier went to every Association of Southeast Asian Nations summit in Asia after 2019.", "en",
                    published=DAY)
    assert _events(facts) == []
