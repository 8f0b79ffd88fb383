"""A person named in apposition after the words that describe them: "his Japanese
counterpart, Taro Kono", "seinen japanischen Amtskollegen, Taro Kono", "the NATO chief, Jens
Stoltenberg" take part, whether the apposition ends the sentence or goes on; "welcomed his
Japanese counterpart" is a meeting with him.
"""
from __future__ import annotations

import pytest

DAY = "2019-01-14"        # a Monday


@pytest.mark.parametrize("lang, text", [
    ("en", "On Monday, Lavrov held talks in Moscow with his visiting Japanese counterpart, Taro Kono."),
    ("en", "On Monday, Lavrov held talks in Moscow with his Japanese counterpart, Taro Kono."),
    ("en", "Lavrov met his visiting Japanese counterpart, Taro Kono, in Moscow on Monday."),
    ("de", "Lawrow traf am Montag in Moskau seinen japanischen Amtskollegen, Taro Kono."),
])
def test_a_counterpart_named_in_apposition_takes_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert {"sergey-lavrov", "taro-kono"} <= set(ev.actors)
    assert (ev.place, ev.date.iso) == ("moscow", DAY)


def test_an_apposition_before_a_closing_quote_mark_takes_part(extract):
    text = 'On Monday, Lavrov held talks in Moscow with his Japanese counterpart, Taro Kono. "We talked."'
    [ev] = [e for e in extract(text, "en", published=DAY).events]
    assert "taro-kono" in ev.actors


def test_an_organisations_head_named_in_apposition_takes_part(extract):
    [ev] = extract("Kishida held talks in Tokyo on Monday with the NATO chief, Jens Stoltenberg.", "en",
                   published=DAY).events
    assert {"fumio-kishida", "jens-stoltenberg"} <= set(ev.actors)


@pytest.mark.parametrize("text", [
    "Sunak welcomed his Japanese counterpart, Fumio Kishida, to London for a working visit.",
    "Sunak welcomed his Japanese counterpart Fumio Kishida to London on Wednesday.",
])
def test_welcoming_a_counterpart_is_a_meeting_with_him(extract, text):
    [ev] = extract(text, "en", published="2023-01-11").events
    assert (ev.kind, ev.place) == ("Meeting", "london")
    assert {"rishi-sunak", "fumio-kishida"} <= set(ev.actors)
