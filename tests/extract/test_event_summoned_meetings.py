"""A meeting that is the summons of its day: sentences written for this test, in both
languages.

- "X summoned Y's ambassador on Thursday" and "the ambassador met X's foreign minister at the
  ministry on Thursday" tell one occasion: the summons (a protest), which takes the meeting's
  place, people and sentence;
- not a meeting of another day, nor one with a person of a third state.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

PUB = "2014-07-11"              # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Germany summoned the Canadian ambassador, Peter Lindqvist, on Thursday over the spying allegations. "
           "Lindqvist met Foreign Minister Frank-Walter Steinmeier at the ministry in Berlin on Thursday."),
    ("de", "Deutschland bestellte am Donnerstag den kanadischen Botschafter Peter Lindqvist ein. Lindqvist traf "
           "Außenminister Frank-Walter Steinmeier am Donnerstag in Berlin."),
])
def test_the_meeting_of_the_summoned_envoy_is_the_summons(lang, text):
    [ev] = run(text, lang, published=PUB).events
    assert ev.kind == "Protest" and ev.status == "Happened" and len(ev.sents) == 2
    assert {"germany", "canada", "frank-walter-steinmeier"} <= set(ev.actors)
    assert (ev.place, ev.date.iso) == ("berlin", "2014-07-10")


@pytest.mark.parametrize("lang,text", [
    ("en", "Germany summoned the Canadian ambassador, Peter Lindqvist, on Thursday. On Friday, Steinmeier met "
           "Lindqvist in Berlin."),
    ("en", "Germany summoned the Canadian ambassador, Peter Lindqvist, on Thursday. Steinmeier met Antony Blinken "
           "in Berlin on Thursday."),
    ("de", "Deutschland bestellte am Donnerstag den kanadischen Botschafter Peter Lindqvist ein. Am Freitag traf "
           "Steinmeier Lindqvist in Berlin."),
    ("en", "Germany summoned the Canadian ambassador, Peter Lindqvist, on Thursday. Steinmeier met Justin Trudeau "
           "in Ottawa on Thursday to discuss trade."),        # others of the two states, elsewhere
])
def test_guard_a_meeting_of_another_day_or_with_a_third_state_stays_a_meeting(lang, text):
    kinds = sorted(ev.kind for ev in run(text, lang, published=PUB).events)
    assert kinds == ["Meeting", "Protest"]
