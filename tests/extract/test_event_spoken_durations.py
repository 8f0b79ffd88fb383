"""Talks told by a verb of speaking with how long they lasted, what they were about, and a later
sentence that names them the call (sentences written for this test):

- "X spoke for 40 minutes with Y on Friday": talks of X and Y that day;
- "... according to a readout of the phone call": a phone call, also when that
  sentence gives the call an event of its own; a call the article tells before keeps them talks;
- "spoke with Y on Friday about China": China is what they spoke about, no party.
"""
from __future__ import annotations

import pytest

DAY = "2016-12-03"          # a Saturday


def _talks(facts):
    return [(ev.kind, sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events
            if ev.kind in ("Talks", "PhoneCall")]


@pytest.mark.parametrize("text", [
    "Donald Trump spoke for 40 minutes with Shinzo Abe on Friday.",
    "Donald Trump talked for about an hour with Shinzo Abe on Friday.",
])
def test_speaking_for_a_while_with_someone_is_talks(extract, text):
    assert _talks(extract(text, "en", published=DAY)) == [("Talks", ["donald-trump", "shinzo-abe"], "2016-12-02")]


def test_guard_german_speaking_for_a_while_with_someone_is_talks(extract):
    facts = extract("Donald Trump sprach am Freitag 40 Minuten lang mit Shinzo Abe.", "de", published=DAY)
    assert _talks(facts) == [("Talks", ["donald-trump", "shinzo-abe"], "2016-12-02")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Donald Trump spoke for 40 minutes with Shinzo Abe on Friday. Abe stood firm on trade, according "
           "to a White House summary of the telephone conversation."),
    ("en", "Donald Trump spoke with Shinzo Abe on Friday. Abe stood firm on trade, according to a White House "
           "readout of the phone call."),
    ("de", "Donald Trump sprach am Freitag mit Shinzo Abe. Abe sei hart geblieben, hieß es in einer "
           "Erklärung des Kreml zu dem Telefonat."),
])
def test_a_later_sentence_that_names_the_call_makes_the_talks_the_one_call(extract, lang, text):
    assert _talks(extract(text, lang, published=DAY)) == [("PhoneCall", ["donald-trump", "shinzo-abe"], "2016-12-02")]


def test_guard_a_call_the_article_tells_before_keeps_the_talks_talks(extract):
    text = ("Donald Trump spoke with Shinzo Abe on Friday. On Thursday, Trump had a phone call with "
            "Justin Trudeau. The call lasted an hour.")
    kinds = {tuple(row[1]): row[0] for row in _talks(extract(text, "en", published=DAY))}
    assert kinds[("donald-trump", "shinzo-abe")] == "Talks"


@pytest.mark.parametrize("lang,text", [
    ("en", "Donald Trump spoke with Shinzo Abe on Friday about China."),
    ("en", "Donald Trump talked to Shinzo Abe about Russia on Friday."),
])
def test_what_they_spoke_about_is_no_party(extract, lang, text):
    [(_, actors, _)] = _talks(extract(text, lang, published=DAY))
    assert actors == ["donald-trump", "shinzo-abe"]


def test_guard_german_what_they_spoke_about_is_no_party(extract):
    [(_, actors, _)] = _talks(extract("Donald Trump sprach am Freitag mit Shinzo Abe über China.", "de", published=DAY))
    assert actors == ["donald-trump", "shinzo-abe"]


def test_guard_a_call_of_others_the_later_sentence_tells_stays_apart(extract):
    text = ("Donald Trump spoke with Shinzo Abe on Friday. The call followed a phone call between "
            "Vladimir Putin and Xi Jinping the day before.")
    rows = {tuple(row[1]): row[0] for row in _talks(extract(text, "en", published=DAY))}
    assert rows[("donald-trump", "shinzo-abe")] == "Talks" and rows[("vladimir-putin", "xi-jinping")] == "PhoneCall"


def test_a_topic_after_the_day_and_the_partner_of_a_call_is_no_party(extract):
    facts = extract("Olaf Scholz telefonierte am Freitag mit Shinzo Abe über die Lage in Syrien.", "de", published=DAY)
    assert _talks(facts) == [("PhoneCall", ["olaf-scholz", "shinzo-abe"], "2016-12-02")]
