"""The weekday a lead's speaker names, in an article known by its month only: sentences written
for this test, in both languages.

- "X has tested a missile. ..., the agency said on Wednesday" / "..., teilte die Agentur am
  Mittwoch mit": the news keeps the month and takes the weekday beside it (fusion finds the
  day among the reports that date it);
- not when the article's day is known, nor when the weekday is no speaker's ("soll am Mittwoch
  vorgestellt werden"), nor for the visit a protest is about;
- "tested a missile" is a launch, "tested its missile defence system" none.
"""
from __future__ import annotations

import pytest

MONTH = "2022-04"


@pytest.mark.parametrize("lang,text,weekday", [
    ("en", "North Korea has tested a new long-range missile. The missile can reach any target, state news "
           "agency KCNA said on Wednesday. Experts doubt that.", "on Wednesday"),
    ("de", "Nordkorea hat eine neue Langstreckenrakete getestet. Die Rakete könne jedes Ziel erreichen, teilte "
           "die Staatsagentur KCNA am Mittwoch mit. Experten zweifeln daran.", "am Mittwoch"),
])
def test_the_news_of_a_month_takes_the_weekday_its_speaker_names(extract, lang, text, weekday):
    [ev] = extract(text, lang, published=MONTH).events
    assert (ev.kind, ev.date.iso, ev.relative_date) == ("MissileLaunch", MONTH, weekday)


@pytest.mark.parametrize("lang,text,published", [
    ("en", "North Korea has tested a new long-range missile. The missile can reach any target, state news "
           "agency KCNA said on Wednesday.", "2022-04-21"),
    ("de", "Nordkorea hat eine neue Langstreckenrakete getestet. Die Rakete soll am Mittwoch vorgestellt werden.",
     MONTH),
])
def test_a_known_day_or_a_weekday_of_no_speaker_adds_none(extract, lang, text, published):
    [ev] = extract(text, lang, published=published).events
    assert (ev.kind, ev.date.iso, ev.relative_date) == ("MissileLaunch", published, "")


def test_the_visit_a_protest_is_about_takes_no_weekday(extract):
    text = ("Japan hat gegen einen Besuch von Regierungschef Michail Mischustin auf der Insel Iturup Protest "
            "eingelegt. Das teilte Regierungssprecher Katsunobu Kato am Montag in Tokio mit.")
    events = extract(text, "de", published="2021-07").events
    [visit] = [e for e in events if e.kind == "Visit"]
    assert (visit.date.iso, visit.relative_date) == ("2021-07", "")
    assert any(e.kind == "Protest" and e.relative_date == "am Montag" for e in events)


@pytest.mark.parametrize("text,actor", [
    ("Russia has tested its new intercontinental missile, the defence ministry said.", "russia"),
    ("North Korea tested two ballistic missiles on Tuesday.", "north-korea"),
])
def test_tested_missiles_are_launches(extract, text, actor):
    [ev] = extract(text, "en", published="2022-04-20").events
    assert (ev.kind, ev.actors, ev.status) == ("MissileLaunch", [actor], "Happened")



@pytest.mark.parametrize("text", [
    "Japan tested its missile defence system on Tuesday.",
    "Russia fired its missile defence systems at drones on Tuesday.",
    "Japan is testing new missile interceptors, officials said.",
    "The US tested a missile warning radar in Japan on Tuesday.",
])
def test_a_missile_word_that_modifies_another_noun_is_no_launch(extract, text):
    assert extract(text, "en", published="2022-04-20").events == []


def test_a_projectile_launched_with_missile_technology_is_a_launch(extract):
    [ev] = extract("North Korea launched a projectile using ballistic missile technology on Tuesday.", "en",
                   published="2022-04-20").events
    assert (ev.kind, ev.actors, ev.date.iso) == ("MissileLaunch", ["north-korea"], "2022-04-19")
