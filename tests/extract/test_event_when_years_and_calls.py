"""A year a "when" clause follows, and talks an article later calls a call (sentences written
for these tests):

- "since 1972, when X visited China", "seit 2014 eingefroren, als X Y traf": the clause tells
  what happened then, so its event has that year, not the article's day;
- "X spoke with Y on Friday. ... The call lasted ten minutes", "X sprach mit Y. ... Das
  Telefonat ...": a phone call, unless the article tells a call of its own;
- "spoke on Friday with X", "spoke with Japan's prime minister, X,": talks found past a day
  and a possessive title.
"""
from __future__ import annotations

import pytest

DAY = "2016-12-03"        # a Saturday


@pytest.mark.parametrize("lang, text, year", [
    ("en", "Ties have been frozen since 1972, when then-President Harold Beispiel visited China.", "1972"),
    ("en", "Relations have been frozen since 2014, when Putin met Merkel in Moscow.", "2014"),
    ("de", "Die Beziehungen sind seit 2014 eingefroren, als Putin Merkel in Moskau traf.", "2014"),
    ("de", "Seit 2014, als Putin Merkel in Moskau traf, gab es keinen Besuch.", "2014"),
])
def test_a_when_clause_after_a_year_happened_then(extract, lang, text, year):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.date is not None and ev.date.iso == year


def test_a_when_clause_after_a_day_keeps_its_own_time(extract):     # guard
    [ev] = extract("Putin met Abe in Nagato on Friday, when the leaders agreed on joint projects.", "en",
                   published=DAY).events
    assert ev.date.iso == "2016-12-02"


@pytest.mark.parametrize("lang, text", [
    ("en", "Donald Trump spoke with Tsai Ing-wen on Friday. The call lasted ten minutes."),
    ("en", "Donald Trump spoke on Friday with Tsai Ing-wen. The news spread fast. The call was the first "
           "such contact in decades."),
])
def test_talks_a_later_sentence_calls_the_call_are_a_phone_call(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "PhoneCall" and set(ev.actors) == {"donald-trump", "tsai-ing-wen"} and ev.date.iso == "2016-12-02"


@pytest.mark.parametrize("lang, text", [
    ("en", "Donald Trump spoke with Tsai Ing-wen on Friday. They agreed to stay in contact."),
    ("en", "The call came as a surprise. Donald Trump spoke with Tsai Ing-wen on Friday."),
])
def test_talks_no_later_sentence_calls_a_call_stay_talks(extract, lang, text):     # guard
    [ev] = [ev for ev in extract(text, lang, published=DAY).events if ev.actors]
    assert ev.kind == "Talks"


@pytest.mark.parametrize("text, actors", [
    ("Donald Trump spoke on Friday with Tsai Ing-wen.", {"donald-trump", "tsai-ing-wen"}),
    ("Donald Trump spoke with Japan's prime minister, Shinzo Abe, on Friday.", {"donald-trump", "shinzo-abe"}),
])
def test_speaking_with_past_a_day_or_a_possessive_title(extract, text, actors):
    [ev] = extract(text, "en", published=DAY).events
    assert ev.kind == "Talks" and actors <= set(ev.actors) and ev.date.iso == "2016-12-02"


def test_speaking_with_reporters_is_no_talks(extract):             # guard
    assert not extract("Donald Trump spoke with reporters, Shinzo Abe said on Friday.", "en", published=DAY).events


@pytest.mark.parametrize("text", [
    "Blinken spoke with Wang Yi on Saturday. The call for a ceasefire in Gaza dominated the conference.",
    "Blinken spoke with Wang Yi in Munich on Saturday. The call lasted an hour.",
])
def test_an_appeal_or_talks_with_a_place_stay_talks(extract, text):     # guard
    [ev] = [ev for ev in extract(text, "en", published=DAY).events if "wang-yi" in ev.actors]
    assert ev.kind == "Talks"


@pytest.mark.parametrize("text", [
    "Putin spoke with his generals, Dmitry Peskov said on Friday.",
    "Xi spoke with students, Wang Yi and other officials on Friday.",
])
def test_speaking_with_people_named_after_a_comma_of_no_title_is_no_talks(extract, text):     # guard
    assert not extract(text, "en", published=DAY).events
