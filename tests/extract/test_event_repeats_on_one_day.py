"""An act repeated on one named day is one incident, not a series: "violated Canadian
airspace three times near Ottawa in the early hours of September 23", "drang am Montag
dreimal in den kanadischen Luftraum ein". Repeats over a year stay a series (a guard), and
so do visits "on several occasions", "bei mehreren Anlässen".
Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-09-25"


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "A Brazilian patrol aircraft violated Canadian airspace three times near Ottawa in the early "
           "hours of September 23.", "2024-09-23"),
    ("en", "Brazilian jets entered Canadian airspace twice on Monday.", "2024-09-23"),
    ("de", "Ein brasilianisches Flugzeug drang am Montag dreimal in den kanadischen Luftraum ein.", "2024-09-23"),
])
def test_repeats_on_one_day_are_one_incident(extract, lang, text, iso):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("AirspaceViolation", ["brazil", "canada"], iso)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian aircraft have violated Canadian airspace several times this year."),
    ("de", "Brasilianische Flugzeuge drangen in diesem Jahr mehrfach in den kanadischen Luftraum ein."),
    ("en", "Trudeau has visited Mexico on several occasions during his years as premier."),
    ("de", "Trudeau hat Mexiko seit seinem Amtsantritt 2015 bei mehreren Anlässen besucht."),
])
def test_repeats_over_a_year_are_a_series(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


def test_guard_opportunities_are_no_series(extract):
    events = extract("Trudeau traf Macron in Ottawa und sprach über Gelegenheiten für gemeinsame Manöver.", "de",
                     published=DAY).events
    assert [(ev.kind, ev.place) for ev in events] == [("Meeting", "ottawa")]


def test_a_day_after_the_clause_comma_counts_and_a_saying_day_does_not(extract):
    [ev] = extract("A Brazilian patrol aircraft violated Canadian airspace three times near Ottawa, on "
                   "the morning of September 23.", "en", published=DAY).events
    assert (ev.kind, ev.date.iso) == ("AirspaceViolation", "2024-09-23")
    assert extract("Brazil has violated Canadian airspace three times this year, Canada said on Monday.", "en",
                   published=DAY).events == []


@pytest.mark.parametrize("text", [
    "Brazilian planes violated Canadian airspace three times between September 21 and September 23.",
    "Brazilian planes violated Canadian airspace three times on Monday and Tuesday.",
])
def test_repeats_over_several_days_stay_a_series(extract, text):
    assert extract(text, "en", published=DAY).events == []
