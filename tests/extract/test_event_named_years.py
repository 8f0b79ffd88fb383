"""A year before a named gathering dates it, unless the sentence names its day: sentences
written for this test.

"the 2018 Helsinki summit", "the 1945 Potsdam Conference", "the 1960 Santa Cruz Border
Treaty": the year of that gathering or document (not the publication day); "the 2022 Eastern Forum in X ... September 7, 2022": the day it names.
"""
from __future__ import annotations

import pytest

from diplograph.extract.dates import find_dates

DAY = "2021-12-02"


@pytest.mark.parametrize("text,year", [
    ("The 2018 Helsinki summit ended.", "2018"),
    ("At the 1945 Potsdam Conference, they agreed.", "1945"),
    ("the 2019 G20 summit", "2019"),
    ("under the 1960 Santa Cruz Border Treaty", "1960"),          # three names before the noun
])
def test_a_year_before_a_named_gathering_is_a_date(text, year):
    assert [d.value.iso for d in find_dates(text, "en", None)] == [year]


def test_a_year_before_a_name_and_no_gathering_is_no_date():
    assert find_dates("about 2018 Brazilian troops", "en", None) == []


@pytest.mark.parametrize("text,iso", [
    ("The 2018 Helsinki summit between Scholz and Macron ended without agreement.", "2018"),
    ("Macron gave a speech at the 2021 Paris Forum in Paris, France on September 7, 2021.",
     "2021-09-07"),
])
def test_a_named_gathering_takes_its_year_or_the_day_given(extract, text, iso):
    [ev] = [ev for ev in extract(text, "en", published=DAY).events if ev.kind in ("Summit", "Meeting")]
    assert ev.date.iso == iso


def test_a_finer_day_of_another_clause_is_not_taken(extract):
    facts = extract("Canada and Mexico held talks in 2023, and Scholz visited Ottawa on May 7, 2023.", "en",
                    published=DAY)
    [talks] = [ev for ev in facts.events if ev.kind == "Talks"]
    assert talks.date.iso == "2023"
