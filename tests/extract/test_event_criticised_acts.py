"""An act told inside what a criticism is about ("voiced concern over remarks X made during
his visit to Paris", "äußerte Sorge über Äußerungen von X während seines Besuchs in Paris")
is the act of the people that topic names, in the place it names; the critic takes no part
in it. A criticism voiced at a gathering still has its critic there ("criticised Brazil at
the summit"; a guard). Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada on Thursday voiced concern over remarks Trudeau made during his recent visit to Paris."),
    ("en", "Canada voiced concern on Thursday over remarks made during the visit of Trudeau to Paris."),
    ("de", "Kanada äußerte am Donnerstag Sorge über Äußerungen von Trudeau während seines jüngsten Besuchs in Paris."),
])
def test_an_act_in_the_topic_of_a_criticism_is_not_the_critics(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Visit", ["justin-trudeau"], "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau criticised Brazil at the summit in Ottawa on Monday."),
    ("de", "Trudeau kritisierte Brasilien beim Gipfel in Ottawa am Montag."),
])
def test_a_criticism_voiced_at_a_gathering_keeps_its_critic_there(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Summit", ["justin-trudeau"], "ottawa")
