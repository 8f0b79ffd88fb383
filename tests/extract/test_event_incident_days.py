"""The day a report gives "the incident", in both languages, with sentences written for this
test: "The incident took place on Thursday", "Der Vorfall ereignete sich am Donnerstag" dates
the lead's scramble, violation or seizure that had only the day it was told or published; a
day the act names itself, a day after the report, or a sentence with two days leaves it."""
from __future__ import annotations

import pytest

FRIDAY = "2017-05-19"


def scramble(facts):
    [ev] = [e for e in facts.events if e.kind == "Interception"]
    return ev.date.iso if ev.date else None


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said Friday it scrambled fighter jets after a Brazilian vessel launched a drone near the "
           "islands. The incident took place on Thursday, the ministry said."),
    ("en", "Canada scrambled fighter jets after a Brazilian vessel launched a drone near the islands. "
           "The ministry said the incident occurred Thursday."),
    ("de", "Kanada hat Kampfjets aufsteigen lassen, nachdem ein brasilianisches Schiff eine Drohne gestartet "
           "hatte. Der Vorfall ereignete sich am Donnerstag."),
    ("de", "Kanada hat Kampfjets aufsteigen lassen, nachdem ein brasilianisches Schiff eine Drohne gestartet "
           "hatte. Nach Angaben des Ministeriums fand der Zwischenfall am Donnerstag statt."),
])
def test_the_day_of_the_incident_dates_the_reported_scramble(extract, lang, text):
    assert scramble(extract(text, lang, published=FRIDAY)) == "2017-05-18"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada scrambled fighter jets on Wednesday after a Brazilian drone flew near the islands. "
           "The incident took place on Thursday."),
    ("en", "Canada scrambled fighter jets after a Brazilian drone flew near the islands. A similar incident "
           "took place on Thursday and on Monday."),
    ("de", "Kanada ließ am Mittwoch Kampfjets aufsteigen, nachdem eine brasilianische Drohne nahe der Inseln "
           "flog. Der Vorfall ereignete sich am Donnerstag."),
])
def test_a_scramble_with_a_day_of_its_own_keeps_it(extract, lang, text):
    assert scramble(extract(text, lang, published=FRIDAY)) in ("2017-05-17", FRIDAY)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said on Friday it had scrambled fighter jets after a Brazilian drone flew near the islands. "
           "The incident happened days after a similar incident on Monday."),
    ("en", "Canada said on Friday it had scrambled fighter jets after a Brazilian drone flew near the islands. "
           "Brazil said the incident never happened on Wednesday."),
    ("de", "Kanada hat Kampfjets aufsteigen lassen, nachdem eine brasilianische Drohne nahe der Inseln flog. "
           "Der Vorfall ereignete sich einen Tag nach einem Treffen am Mittwoch."),
])
def test_a_day_the_incident_sentence_gives_something_else_leaves_the_scramble(extract, lang, text):
    assert scramble(extract(text, lang, published=FRIDAY)) == FRIDAY
