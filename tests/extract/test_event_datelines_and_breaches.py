"""A dateline's country and an accord that is broken (sentences written for these tests):

- a story filed under a dateline in a later time zone ("SINGAPORE —", "TOKYO (Reuters) -")
  and dated the day before an act it tells by its weekday reports that act on the day
  after its date, not six days before it;
- a gathering of the lead with no place of its own took place where a city state's dateline
  filed the story ("SINGAPORE — X concluded a meeting with Y");
- a dateline that lost its dash ("BRUSSELS The ministers ...", "BRÜSSEL/BERLIN taz ■ ...")
  names where the story was filed: its city stands for no state taking part;
- an accord named as what is violated or kept ("accused X of violating the 1987 treaty",
  "Verstoß gegen das 1987 mit X geschlossene Abkommen") is a document, not its making.
"""
from __future__ import annotations

import pytest

DAY = "2018-06-11"        # a Monday


@pytest.mark.parametrize("dateline, place", [
    ("SINGAPORE — ", "singapore"),
    ("TOKYO (Reuters) - ", "tokyo"),
])
def test_a_later_zones_dateline_dates_the_weekday_after_the_stamp(extract, dateline, place):
    [ev] = extract(dateline + "President Trump held a historic summit with Kim Jong Un on Tuesday.", "en",
                   published=DAY).events
    assert (ev.date.iso, ev.place) == ("2018-06-12", place)


def test_an_earlier_zones_dateline_keeps_the_last_weekday(extract):       # guard
    [ev] = extract("WASHINGTON — President Trump concluded a meeting with Kim Jong Un on Tuesday.", "en",
                   published=DAY).events
    assert ev.date.iso == "2018-06-05"


@pytest.mark.parametrize("lang, text", [
    ("en", "The United States accuses Russia of violating the 1987 treaty."),
    ("en", "Washington accused Moscow of a breach of the 1987 treaty on Friday."),
    ("de", "Washington sieht im Vorgehen Moskaus einen Verstoß gegen den 1987 mit der Sowjetunion geschlossenen Vertrag."),
    ("de", "Die USA werfen Russland die Verletzung des 1987 geschlossenen Vertrags vor."),
])
def test_an_accord_that_is_violated_is_no_agreement(extract, lang, text):
    assert not [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Agreement"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia and China signed a treaty in Moscow on Friday that bans breaches of the border."),
    ("de", "Russland hat am Freitag das Abkommen über Grenzverletzungen mit China unterzeichnet."),
])
def test_an_accord_about_violations_is_signed(extract, lang, text):       # guard
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "Agreement" and {"russia", "china"} <= set(ev.actors)


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran's breach prompted a new agreement between the US and Israel on Monday."),
    ("de", "Irans Verstoß veranlasste ein neues Abkommen zwischen den USA und Israel am Montag."),
])
def test_an_accord_after_a_verb_that_follows_a_breach_is_made(extract, lang, text):     # guard
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "Agreement" and set(ev.actors) == {"united-states", "israel"}


def test_a_country_and_a_demonym_opening_a_headline_give_no_place(extract):     # guard
    [ev] = extract("UK, French leaders meet on Tuesday.", "en", published=DAY).events
    assert ev.place is None


@pytest.mark.parametrize("lang, text", [
    ("en", "OTTAWA The European Union imposed sanctions on Belarus on Monday."),
    ("en", "BRUSSELS/WARSAW The European Union imposed sanctions on Belarus on Monday."),
    ("de", "OTTAWA Die Europäische Union verhängte am Montag Sanktionen gegen Belarus."),
    ("de", "BRÜSSEL/OTTAWA dpa ■ Die Europäische Union verhängte am Montag Sanktionen gegen Belarus."),
])
def test_a_dateline_without_its_dash_gives_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["belarus", "european-union"])


@pytest.mark.parametrize("lang, text, party", [
    ("en", "Ottawa imposed sanctions on Belarus on Monday.", "canada"),
    ("en", "UK Prime Minister Boris Johnson imposed sanctions on Belarus on Monday.", "boris-johnson"),
])
def test_guard_a_city_in_title_case_or_a_state_abbreviation_is_no_bare_dateline(extract, lang, text, party):
    [ev] = extract(text, lang, published=DAY).events
    assert party in ev.actors


def test_guard_states_joined_by_a_slash_are_no_dateline(extract):
    [ev] = extract("UK/US envoys met Brazilian officials in Ottawa on Monday.", "en", published=DAY).events
    assert {"united-kingdom", "united-states"} <= set(ev.actors)
