"""The news act keeps its own time: sentences written for this test, in both languages.

- "Iran fired a missile that flew over Turkey on Tuesday. Before this, Iran has fired rockets
  over Turkey in 2001 and 2005.": the earlier launches are acts of the past; the news launch
  does not take their year (the article's day dates it);
- "Another target of the sanctions is X, head of the commission from 2016 to 2019": the years
  are the term of X's office, not the sanctions' date;
- "fired a missile that flew over Turkey ... on Monday", "eine Rakete abgefeuert, die am
  Montag über die Türkei flog": the day of the missile's flight is the launch's.
"""
from __future__ import annotations

import pytest

DAY = "2017-08-29"          # a Tuesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran fires missile over Turkey amid tension\nIran fired a missile that flew over Turkey on Tuesday. "
           "Before this, Iran has fired rockets over Turkey in 2001 and 2005."),
    ("de", "Iran feuert Rakete über die Türkei\nIran hat eine Rakete abgefeuert, die am Dienstag über die Türkei "
           "flog. Schon 2001 und 2005 hat Iran Raketen über die Türkei abgefeuert."),
])
def test_the_news_launch_does_not_take_the_year_of_earlier_ones(extract, lang, text):
    dates = [ev.date.iso for ev in extract(text, lang, published=DAY).events if ev.kind == "MissileLaunch"]
    assert dates[0] == DAY and "2001" not in dates[:1]


@pytest.mark.parametrize("lang,text", [
    ("en", "The EU imposed sanctions on four officials on Monday. Another target of the sanctions is Li Wei, head "
           "of the regional security commission from 2016 to 2019."),
    ("de", "Die EU hat am Montag Sanktionen gegen vier Funktionäre verhängt. Ziel der Sanktionen ist auch Li Wei, "
           "Chef der regionalen Sicherheitskommission von 2016 bis 2019."),
])
def test_the_term_of_an_apposed_office_is_not_the_acts_date(extract, lang, text):
    events = extract(text, lang).events          # no publication date: nothing else dates them
    assert [ev.kind for ev in events] in ([], ["Sanction"])
    assert all(ev.date is None or ev.date.iso[:4] != "2016" for ev in events)


def test_a_role_apposed_before_the_date_leaves_the_date_to_the_act(extract):
    text = "The EU imposed sanctions on Li Wei, the head of the regional security commission, on Monday."
    [ev] = extract(text, "en", published="2021-03-23").events
    assert ev.date.iso == "2021-03-22"


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran fired a missile over Turkey on Tuesday. Before this, Iran has fired rockets over Turkey in 2001."),
    ("en", "Iran fired a missile over Turkey on Tuesday. Previously, Iran has fired rockets over Turkey in 2001."),
    ("de", "Iran hat am Dienstag eine Rakete über die Türkei abgefeuert. Zuvor hat Iran im Jahr 2001 Raketen über die "
           "Türkei abgefeuert."),
])
def test_an_act_a_sentence_opens_as_before_is_told_as_past(extract, lang, text):
    found = [(ev.date.iso, ev.prior) for ev in extract(text, lang, published=DAY).events]
    assert found == [(DAY, False), ("2001", True)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran fired a missile that flew over Turkey and crashed into the sea off Cyprus on Monday."),
    ("de", "Iran hat eine Rakete abgefeuert, die am Montag über die Türkei flog und vor Zypern ins Meer stürzte."),
])
def test_the_day_of_a_missiles_flight_is_its_launchs(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("MissileLaunch", "2017-08-28")


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran fired a missile on Monday that had been shown at a parade in February."),
    ("de", "Iran hat am Montag eine Rakete abgefeuert, die im Februar bei einer Parade gezeigt worden war."),
])
def test_the_day_a_missile_was_shown_is_not_its_launchs(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.date.iso == "2017-08-28"


def test_a_plan_told_after_before_that_is_a_plan(extract):
    text = "Before that, the Kremlin said Putin would meet Macron in Moscow next week."
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.status, ev.prior) == ("Meeting", "Planned", False)
