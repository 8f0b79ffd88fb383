"""Straits and capitals as the places of events, and Japanese office holders of 2010 and 2025
the knowledge base now knows, with sentences written for this test:

- a passage "through" a strait ("durch die ...-Straße") is there; the straits around Japan
  are in the knowledge base under their English and German names;
- "the Peruvian capital", "the UK capital", "in der peruanischen Hauptstadt" are the capital,
  each for the act whose clause names it, not for another act of the sentence.
"""
from __future__ import annotations

import pytest

DAY = "2025-12-03"           # a Wednesday


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Two Russian warships sailed through the Soya Strait on Monday.", "la-perouse-strait"),
    ("de", "Zwei russische Kriegsschiffe fuhren am Montag durch die La-Pérouse-Straße.", "la-perouse-strait"),
    ("en", "Two Chinese destroyers passed through the Tsushima Strait on Monday.", "tsushima-strait"),
    ("de", "Zwei chinesische Zerstörer fuhren am Montag durch die Miyako-Straße.", "miyako-strait"),
])
def test_a_passage_through_a_strait_is_there(extract, lang, text, place):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("MilitaryExercise", place, "2025-12-01")


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin met Macron in the Peruvian capital on Monday."),
    ("de", "Putin traf Macron am Montag in der peruanischen Hauptstadt."),
])
def test_a_capital_named_by_its_country_is_that_city(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place) == ("Meeting", "lima")


def test_each_act_of_a_sentence_takes_its_own_capital(extract):
    text = "Macron met Scholz in the Peruvian capital last year and will attend the G20 summit in the UK capital in April."
    assert {e.kind: e.place for e in extract(text, "en", published=DAY).events} == {"Meeting": "lima",
                                                                                    "Summit": "london"}


@pytest.mark.parametrize("lang,text,slug", [
    ("de", "Takaichi telefonierte am Montag mit Mark Rutte.", "sanae-takaichi"),
    ("en", "Foreign Minister Seiji Maehara met Mark Rutte on Monday.", "seiji-maehara"),
])
def test_japanese_office_holders_of_2010_and_2025_are_known(extract, lang, text, slug):
    [ev] = extract(text, lang, published=DAY).events
    assert slug in ev.actors and "new:" not in " ".join(ev.actors)
