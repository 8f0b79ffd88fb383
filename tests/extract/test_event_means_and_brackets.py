"""Gerunds of means, regions before a city, bracketed years and expected talks: sentences
written for this test, in both languages.

- "X and Y called for peace by signing a treaty": the speakers sign; "ended years of
  tension by signing": the signing, no suspension;
- a region named before the act gives way to the city "in" heads after it;
- "Helmut Kohl (1930-2017)", "since the war (1950-53)": the years are the name's;
- "Canada expects further talks", "the expectation of further talks": none held yet (but
  talks that "exceeded expectations" were).
"""
from __future__ import annotations

import pytest

DAY = "2023-10-05"


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors)) for ev in facts.events]


def test_speakers_who_sign_as_their_means_are_the_parties(extract):
    facts = extract("With cameras rolling, Canada and Mexico called for calm after years of rivalry in Europe on "
                    "Tuesday by signing a fisheries treaty at a quiet ceremony in Ottawa.", "en", published=DAY)
    [ev] = facts.events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso) == ("Agreement", ["canada", "mexico"], "ottawa",
                                                                   "2023-10-03")


def test_ending_tension_by_signing_is_a_signing_in_the_city_after(extract):
    facts = extract("Canada and Mexico ended years of tension in Europe on Tuesday by signing a treaty at a ceremony "
                    "in Ottawa.", "en", published=DAY)
    assert [(ev.kind, sorted(ev.actors), ev.place) for ev in facts.events] == [
        ("Agreement", ["canada", "mexico"], "ottawa")]


def test_guard_a_means_in_what_a_speaker_says_is_not_the_speakers(extract):
    facts = extract("Brazil said Canada was provoking Mexico by holding drills near its coast.", "en", published=DAY)
    assert "brazil" not in [a for ev in facts.events for a in ev.actors]


def test_guard_a_region_named_with_the_act_stays_its_place(extract):
    facts = extract("Canada and Mexico signed a treaty in Europe on Tuesday, and later met in Ottawa.", "en",
                    published=DAY)
    assert [(ev.kind, ev.place) for ev in facts.events] == [("Agreement", "europe"), ("Meeting", "ottawa")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau met Helmut Kohl (1930-2017) in Bonn."),
    ("de", "Justin Trudeau traf Helmut Kohl (1930-2017) in Bonn."),
])
def test_guard_a_bracketed_life_span_dates_no_meeting(extract, lang, text):
    assert [ev.date and ev.date.iso for ev in extract(text, lang, published=DAY).events] == [DAY]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kim Jong Un, the first ruler of his state to step over the line since the Korean War (1950-53), came "
           "for the summit."),
    ("de", "Kim Jong Un kam als erster Machthaber seines Staates seit dem Koreakrieg (1950-53) über die Linie zum "
           "Gipfel."),
])
def test_a_bracketed_span_of_a_war_dates_no_summit(extract, lang, text):
    assert [ev.date.iso for ev in extract(text, lang, published=DAY).events if ev.date] in ([], [DAY])


@pytest.mark.parametrize("text", [
    "Canada expects further talks with Brazil.",
    "A professor wrote that Ottawa's expectation of new talks with Mexico looked naive.",
])
def test_talks_expected_are_not_held(extract, text):
    assert [ev for ev in extract(text, "en", published=DAY).events if ev.status == "Happened"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks between Canada and Brazil on Monday exceeded expectations."),
    ("de", "Entgegen allen Erwartungen trafen sich Lula und Trudeau am Montag in Ottawa."),
])
def test_guard_talks_that_exceeded_expectations_were_held(extract, lang, text):
    assert [ev.status for ev in extract(text, lang, published=DAY).events] == ["Happened"]


def test_a_signing_as_means_takes_the_day_its_sentence_opens_with(extract):
    facts = extract("While crowds watched yesterday, Canada and Mexico called for calm in the region by signing a "
                    "fisheries accord at a sober ceremony in Ottawa.", "en", published=DAY)
    assert [(ev.kind, ev.date.iso) for ev in facts.events] == [("Agreement", "2023-10-04")]
