"""Refused gatherings, measures that take effect later, possessive capitals, nouns that look
like verbs, through the real pipeline (sentences written for this test):

- a gathering a verb of refusal takes as its object was not held ("refused summits with X",
  "verweigerte Gespräche mit X");
- the day a measure is to take effect is not the day it was decided ("due to take effect
  on July 1", "tritt am 1. Juli in Kraft"), but the day it took effect is its day;
- a capital in the possessive after "in" owns something of its government's, no place
  ("in Washington's ties with Cuba", "in Washingtons Beziehungen"), unless a site follows;
- "gathered by" is no gathering, and "hosts" after a possessive is a noun.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("lang,text", [
    ("en", "Vietnam and the Philippines refused summits with Jo Beispiel over his remarks."),
    ("en", "Moscow rejected any talks with Kyiv on Monday."),
    ("de", "Peking verweigerte am Montag Gespräche mit Tokio."),
])
def test_a_refused_gathering_was_not_held(extract, lang, text):
    assert event_rows(extract(text, lang, "2006-10-08")) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "China rejected the proposal at talks with Japan in Beijing on Monday."),
    ("de", "China lehnte den Vorschlag bei Gesprächen mit Japan am Montag in Peking ab."),
])
def test_guard_a_refusal_of_something_else_leaves_the_gathering(extract, lang, text):
    assert [row[:3] for row in event_rows(extract(text, lang, "2006-10-08"))] == [
        ("Talks", "Happened", ["china", "japan"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "The EU imposed an oil embargo on Iran which comes into force on July 1."),
    ("en", "The EU imposed a steel embargo on Iran which enters into force on July 1."),
    ("de", "Die EU-Sanktionen gegen Iran treten am 1. Juli in Kraft."),
    ("de", "Das Ölembargo der EU gegen Iran soll am 1. Juli in Kraft treten."),
])
def test_the_day_a_measure_is_to_take_effect_is_not_its_day(extract, lang, text):
    rows = event_rows(extract(text, lang, "2012-01-25"))
    assert [row[0] for row in rows] == ["Sanction"]
    assert rows[0][3] != "2011-07-01"


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan's sanctions on Russia took effect on Thursday."),
    ("de", "Die EU-Sanktionen gegen Iran traten am Donnerstag in Kraft."),
])
def test_guard_the_day_a_measure_took_effect_is_its_day(extract, lang, text):
    rows = event_rows(extract(text, lang, "2012-01-25"))
    assert [(row[0], row[3]) for row in rows] == [("Sanction", "2012-01-19")]


def place_of(facts, kind):
    return [ev.place for ev in facts.events if ev.kind == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "The trip, a turning point in Washington's ties with Cuba, had long been planned."),
    ("de", "Die Reise von Obama nach Kuba markiert ein neues Kapitel in Washingtons Beziehungen zu Havanna."),
])
def test_a_capital_in_the_possessive_after_in_is_no_place(extract, lang, text):
    facts = extract(text, lang, "2016-03-20")
    assert place_of(facts, "Visit") == [None]
    assert "united-states" in facts.events[0].actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Abe met Xi in Beijing's Great Hall of the People on Monday."),
    ("en", "Abe and Xi met in Beijing's old town hall on Monday."),
    ("de", "Abe und Xi trafen sich am Montag in Pekings Großer Halle des Volkes."),
])
def test_guard_a_capital_owning_a_site_is_the_place(extract, lang, text):
    assert place_of(extract(text, lang, "2016-03-20"), "Meeting") == ["beijing"]


def test_intelligence_gathered_by_a_state_is_no_gathering(extract):
    facts = extract("Evidence gathered by Japan points to Russian hackers behind the attack, the police "
                    "said.", "en", "2001-03-21")
    assert event_rows(facts) == []


def test_guard_leaders_who_gathered_met(extract):
    rows = event_rows(extract("Leaders of Japan and Australia gathered in Canberra on Monday.", "en", "2001-03-21"))
    assert [row[:3] for row in rows] == [("Meeting", "Happened", ["australia", "japan"])]


def test_hosts_after_a_possessive_are_people_not_a_hosting(extract):
    facts = extract("Kishida held talks with Vietnamese leaders in Hanoi today, briefing his hosts on "
                    "Russia's war.", "en", "2023-10-08")
    assert [row[:3] for row in event_rows(facts)] == [("Talks", "Happened", ["fumio-kishida", "vietnam"])]


def test_guard_a_state_that_hosts_a_leader_meets_him(extract):
    rows = event_rows(extract("China hosts Japan's prime minister in Beijing today.", "en", "2006-10-08"))
    assert [row[:3] for row in rows] == [("Meeting", "Happened", ["china", "japan"])]


@pytest.mark.parametrize("lang,text,kind", [
    # a refused measure or a criticised gathering still took place
    ("en", "Russia rejected the new sanctions imposed by the EU on Monday.", "Sanction"),
    ("en", "Beijing rejected criticism of the summit with Putin in Moscow on Monday.", "Summit"),
    ("en", "The opposition rejected the summit deal Kishida struck with Yoon in Seoul on Thursday.", "Summit"),
    ("en", "Russia rejected the peace summit in Switzerland, which many states attended on Sunday.", "Summit"),
])
def test_guard_a_refusal_of_a_measure_or_of_criticism_leaves_the_event(extract, lang, text, kind):
    assert kind in [row[0] for row in event_rows(extract(text, lang, "2022-03-10"))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin met Xi in Moscow's outskirts on Tuesday."),
    ("de", "Putin und Xi trafen sich am Dienstag in Moskaus Vororten."),
])
def test_guard_a_capitals_site_after_in_is_the_place(extract, lang, text):
    assert place_of(extract(text, lang, "2019-05-10"), "Meeting") == ["moscow"]
