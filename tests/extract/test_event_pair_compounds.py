"""A pair of countries joined by a hyphen that modifies a noun ("in India-China relations") is
what the noun is about: neither the place of the event nor its parties. Sentences written for
this test."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

PUB = "2024-10-24"              # a Thursday


@pytest.mark.parametrize("text", [
    "The meeting between Scholz and Trudeau is a turning point in Germany-Canada relations.",
    "The talks between Scholz and Trudeau marked a new chapter in Germany-Canada-France ties.",
])
def test_the_pair_of_a_relation_is_neither_place_nor_party(text):
    [ev] = run(text, "en", published=PUB).events
    assert sorted(ev.actors) == ["justin-trudeau", "olaf-scholz"] and ev.place in (None, "ottawa")


@pytest.mark.parametrize("text, place, parties", [
    ("Scholz and Trudeau met in Canada on Wednesday.", "canada", {"olaf-scholz", "justin-trudeau"}),
    ("Scholz held Germany-Canada talks in Ottawa on Wednesday.", "ottawa", {"germany", "canada"}),
])
def test_guard_a_country_met_in_or_a_pair_before_the_event_noun_stays(text, place, parties):
    [ev] = run(text, "en", published=PUB).events
    assert ev.place == place and parties <= set(ev.actors)
