"""Role references filled by the offices of the knowledge base: sentences written for this test.

An article that names "Vladimir Putin" without his title and then says "the Russian president
met X" speaks of Putin, because the KB knows he held that office when the article was
written. Only a person named before the reference fills it, only one, and only at the time
of the event ("in 2010 the Russian president ..." is not Putin, who was prime minister then).
"""
from __future__ import annotations

import pytest

DAY = "2019-05-10"        # a Friday: Monday is the 6th, Tuesday the 7th


def _meetings(facts) -> list:
    return [(sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events if ev.kind == "Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin arrived in Tokyo on Monday. The Russian president met Shinzo Abe on Tuesday."),
    ("de", "Wladimir Putin kam am Montag in Tokio an. Der russische Präsident traf am Dienstag Shinzo Abe."),
    ("en", "Vladimir Putin landed in Tokyo on Monday. The president met Shinzo Abe on Tuesday."),
])
def test_a_role_reference_is_the_one_named_person_holding_the_office(extract, lang, text):
    assert _meetings(extract(text, lang, published=DAY)) == [(["shinzo-abe", "vladimir-putin"], "2019-05-07")]


def test_guard_two_named_holders_leave_a_bare_title_open(extract):
    facts = extract("Joe Biden and Vladimir Putin spoke by phone on Monday. The president met Fumio Kishida "
                    "on Tuesday.", "en", published="2022-05-11")
    assert _meetings(facts) == [(["fumio-kishida"], "2022-05-10")]


def test_guard_a_holder_named_only_after_the_reference_is_not_it(extract):
    facts = extract("The Russian president met Shinzo Abe on Tuesday. Vladimir Putin later left for Beijing.",
                    "en", published=DAY)
    assert _meetings(facts) == [(["russia", "shinzo-abe"], "2019-05-07")]     # the office's state, not Putin


def test_a_dated_reference_needs_the_office_at_that_date(extract):
    facts = extract("Vladimir Putin arrived in Tokyo on Monday. In November 2010, the Russian president met "
                    "Naoto Kan in Yokohama.", "en", published=DAY)
    meeting = next(ev for ev in facts.events if ev.kind == "Meeting")
    assert "vladimir-putin" not in meeting.actors and meeting.date.iso == "2010-11"


def test_guard_an_article_without_a_time_resolves_nothing_by_office(extract):
    facts = extract("Vladimir Putin arrived in Tokyo. The Russian president met Shinzo Abe in Osaka.", "en")
    assert [sorted(ev.actors) for ev in facts.events if ev.kind == "Meeting"] == [["russia", "shinzo-abe"]]   # its state
