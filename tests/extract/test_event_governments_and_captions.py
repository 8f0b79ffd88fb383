"""Whose government or minister, and a picture's day (sentences written for these tests):
"Obama administration officials", "Vertreter der Regierung Obama", "Obama's Secretary of
State", "Putins Sprecher" name a principal who is no party; the government acting itself
keeps its head's name. A day a picture's caption names is no news day to resolve the
lead's weekday against.
"""
from __future__ import annotations

import pytest

DAY = "2021-01-21"        # a Thursday


def _actors(extract, text, lang, published=DAY):
    return [set(ev.actors) for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran sanctioned 12 Obama administration officials on Thursday."),
    ("en", "Iran sanctioned 12 members of the Obama administration on Thursday."),
    ("de", "Der Iran verhängte am Donnerstag Sanktionen gegen Vertreter der Regierung Obama."),
])
def test_the_head_of_a_government_whose_members_are_meant_is_no_party(extract, lang, text):
    assert _actors(extract, text, lang) == [{"iran"}]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "The Biden administration imposed sanctions on Russia on Thursday.", {"joe-biden", "russia"}),
    ("de", "Die Regierung Scholz verhängte am Donnerstag Sanktionen gegen Russland.", {"olaf-scholz", "russia"}),
])
def test_a_government_acting_keeps_its_heads_name(extract, lang, text, actors):     # guard
    assert _actors(extract, text, lang) == [actors]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Obama's Secretary of State John Kerry held talks with Lavrov on Thursday.",
     {"john-kerry", "sergey-lavrov"}),
    ("de", "Merkels Außenminister Heiko Maas traf am Donnerstag Lawrow.", {"heiko-maas", "sergey-lavrov"}),
    ("de", "Putins Sprecher Peskow traf am Donnerstag Wang Yi.", {"dmitry-peskov", "wang-yi"}),
])
def test_the_principal_of_an_office_holder_is_no_party(extract, lang, text, actors):
    assert _actors(extract, text, lang) == [actors]


def test_a_captions_day_is_no_news_day(extract):
    text = ("Tehran punishes Bolton\n\n"
            "John Bolton speaks at a hearing in Washington, March 5, 2020 (photo credit: A. Person)\n\n"
            "On Thursday, Iran imposed sanctions on John Bolton, the former US security adviser.")
    [ev] = extract(text, "en", published=None).events
    assert ev.kind == "Sanction" and ev.date is None


def test_a_datelines_day_still_dates_the_news(extract):                        # guard
    text = ("Tehran punishes Bolton\n\n"
            "TEHRAN, March 5, 2020 - On Thursday, Iran imposed sanctions on John Bolton, the former US security "
            "adviser.")
    [ev] = extract(text, "en", published=None).events
    assert ev.date is not None and ev.date.iso == "2020-03-05"
