"""Gatherings told by their number, and datelines: sentences written for this test.

- An article whose news is "the second meeting" of two leaders tells "their first summit in
  Lima" as an earlier one: it keeps its own place and does not lend it to the news; "his
  second summit with X" is another pair's and makes nobody's first summit earlier.
- "[OTTAWA] ..." in square brackets is a dateline; a dateline after a headline, a byline and
  a share button still places the lead's gathering.
- A country named right after another gathering noun is that one's place ("build on their
  first summit in Peru").
"""
from __future__ import annotations

import pytest

DAY = "2019-02-28"          # a Thursday


def _gatherings(extract, text, lang):
    return [(e.kind, e.place, e.prior) for e in extract(text, lang, published=DAY).events
            if e.kind in ("Meeting", "Summit", "Talks")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau and Andrés Manuel López Obrador met in Ottawa on Thursday. The second meeting between the "
           "two leaders was supposed to build on their historic first summit in Lima."),
    ("de", "Justin Trudeau und Andrés Manuel López Obrador trafen sich am Donnerstag in Ottawa. Das zweite Treffen "
           "der beiden sollte an ihren ersten Gipfel in Lima anknüpfen."),
])
def test_the_first_summit_is_an_earlier_one_where_the_second_is_the_news(extract, lang, text):
    found = _gatherings(extract, text, lang)
    assert ("Meeting", "ottawa", False) in found and all(place != "lima" for _, place, prior in found if not prior)


def test_another_pair_s_second_summit_makes_no_first_one_earlier(extract):
    text = ("Justin Trudeau and Andrés Manuel López Obrador held their first summit in Ottawa on Thursday. "
            "It followed his second summit with Emmanuel Macron in January.")
    found = [e for e in extract(text, "en", published=DAY).events if e.kind == "Summit" and e.place == "ottawa"]
    assert [e.prior for e in found] == [False]


@pytest.mark.parametrize("text", [
    "[OTTAWA] Justin Trudeau said his summit with Mexico's president ended without an agreement.",
    "Trudeau summit ends\n\nPublished Thu, Feb 28, 2019 · 07:44 AM\nShare this article.\n\n"
    "OTTAWA (AP) - Justin Trudeau said his summit with Mexico's president ended without an agreement.",
])
def test_a_dateline_places_the_lead_s_gathering(extract, text):
    assert [place for kind, place, _ in _gatherings(extract, text, "en") if kind == "Summit"][:1] == ["ottawa"]


def test_a_country_after_another_gathering_noun_is_that_one_s_place(extract):
    text = "The second meeting between Canada and Mexico on Thursday was supposed to build on their first summit in Peru."
    assert [(kind, place) for kind, place, prior in _gatherings(extract, text, "en") if not prior] == [("Meeting", None)]
