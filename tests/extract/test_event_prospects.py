"""Prospects: a gathering only judged likely, possible or unlikely has not happened.

Sentences written for this test, in both languages. A noun trigger whose predicate is a
word of ``likelihood_words`` after a copula ("is now unlikely", "was not very likely to
be held", "gilt als unwahrscheinlich", "dass ein Treffen ... unwahrscheinlich sei") is a
prospect: planned, at the day it was set for; after a past copula only when a speech verb
reports it. Guards: the word modifying a noun ("possible progress", "wahrscheinlich das
letzte"), a judgement of what a held meeting caused or of its effect ("unlikely to change"),
one in a relative clause, a trigger inside a phrase ("after the talks") and a past
judgement the sentence overturns leave the gathering held.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, the coming Friday the 12th
PAIR = ["emmanuel-macron", "justin-trudeau"]


def _events(facts) -> list:
    return [(ev.kind, ev.status, sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "A meeting between Trudeau and Macron in Ottawa on Friday is now unlikely, officials said.", "Meeting"),
    ("en", "Officials said a summit of Trudeau and Macron in Ottawa was not very likely to be held on Friday.",
     "Summit"),
    ("en", "Talks between Trudeau and Macron in Ottawa on Friday seem increasingly unlikely.", "Talks"),
    ("de", "Ein Treffen von Trudeau und Macron am Freitag in Ottawa gilt als unwahrscheinlich.", "Meeting"),
    ("de", "Ein Gipfel von Trudeau und Macron am Freitag in Ottawa sei kaum denkbar.", "Summit"),
    ("de", "Beamte sagten, dass ein Treffen von Trudeau und Macron am Freitag unwahrscheinlich sei.", "Meeting"),
])
def test_a_gathering_judged_likely_or_unlikely_is_a_prospect(extract, lang, text, kind):
    assert _events(extract(text, lang, published=DAY)) == [(kind, "Planned", PAIR, "2024-07-12")]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "The talks between Trudeau and Macron in Ottawa on Monday were seen as possible progress.", "Talks"),
    ("en", "The meeting of Trudeau and Macron in Ottawa on Monday made a deal possible.", "Meeting"),
    ("en", "Trudeau met Macron in Ottawa on Monday, which is likely to anger Mexico.", "Meeting"),
    ("de", "Das Treffen von Trudeau und Macron am Montag in Ottawa war wahrscheinlich das letzte.", "Meeting"),
    # review guards: an effect judged, a relative clause, the trigger in a phrase, a past judgement
    ("en", "The visit of Trudeau and Macron to Ottawa on Monday was unlikely to change the balance, experts said.",
     "Visit"),
    ("en", "Macron held talks with Trudeau in Ottawa on Monday, which is likely to anger critics.", "Talks"),
    ("en", "A truce after the talks between Trudeau and Macron in Ottawa on Monday is possible.", "Talks"),
    ("de", "Das Treffen von Trudeau und Macron am Montag in Ottawa galt als unwahrscheinlich, fand aber statt.",
     "Meeting"),
    ("de", "Beamte sagten, dass nach dem Treffen von Trudeau und Macron am Montag eine Einigung möglich sei.",
     "Meeting"),
])
def test_guard_a_likelihood_word_about_something_else_leaves_the_gathering_held(extract, lang, text, kind):
    events = _events(extract(text, lang, published=DAY))
    assert (kind, "Happened", PAIR, "2024-07-08") in events


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau announced the meeting with Macron in Ottawa a year ago."),
    ("de", "Trudeau hatte das Treffen mit Macron in Ottawa vor einem Jahr angekündigt."),
])
def test_guard_a_plan_takes_no_time_ago_it_is_when_it_was_announced(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Meeting", "Planned", PAIR, None)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Trudeau stellte ein Gespräch mit Macron noch in diesem Jahr in Aussicht."),
    ("en", "Trudeau held out the prospect of talks with Macron later this year."),
])
def test_talks_held_out_as_a_prospect_are_planned(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Talks", "Planned", PAIR, "2024")]
