"""Days told by the day before them, in both languages, with sentences written for this test:
"the same day", "the next day", "the previous day", "am Tag darauf", "am selben Tag",
"tags zuvor", "hours earlier", "Stunden zuvor" are the day the text named last before them, or
the day after or before it; without such a day they keep their words and take no date (not the
publication's)."""
from __future__ import annotations

import pytest

from diplograph.extract.anchoring import day_anaphors
from diplograph.extract.dates import TimeValue, find_dates

PUB = "2019-03-27"       # a Wednesday


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "They met on March 3, 2019. Talks followed the next day.", "2019-03-04"),
    ("en", "They met on March 3, 2019. Talks had come the previous day.", "2019-03-02"),
    ("en", "They met on March 3, 2019. Others met earlier the same day.", "2019-03-03"),
    ("de", "Sie trafen sich am 3. März 2019. Am Tag darauf folgten Gespräche.", "2019-03-04"),
    ("de", "Sie trafen sich am 3. März 2019. Tags zuvor hatte es Gespräche gegeben.", "2019-03-02"),
    ("de", "Sie trafen sich am 3. März 2019. Am selben Tag sprachen andere.", "2019-03-03"),
    ("en", "They met on March 3, 2019. Hours earlier, others had talked.", "2019-03-03"),
    ("en", "They met on March 3, 2019. A few hours later the talks began.", "2019-03-03"),
    ("de", "Sie trafen sich am 3. März 2019. Andere hatten Stunden zuvor gesprochen.", "2019-03-03"),
    ("de", "Sie trafen sich am 3. März 2019. Wenige Stunden später begannen Gespräche.", "2019-03-03"),
])
def test_a_day_anaphor_is_counted_from_the_day_named_before(lang, text, iso):
    found = day_anaphors(find_dates(text, lang), lang)
    assert [m.value.iso for m in found] == ["2019-03-03", iso]


def test_a_day_anaphor_with_no_day_before_has_no_value():
    found = day_anaphors(find_dates("Talks followed the next day.", "en", TimeValue(PUB, "day")), "en")
    assert [(m.text, m.value) for m in found] == [("the next day", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Macron met on March 3. Scholz and Sunak held talks the following day."),
    ("de", "Trudeau und Macron trafen sich am 3. März. Scholz und Sunak trafen sich am Tag darauf."),
])
def test_a_meeting_the_next_day_is_dated_after_the_one_before(extract, lang, text):
    events = extract(text, lang, published=PUB).events
    assert sorted((e.date.iso, tuple(sorted(e.actors))) for e in events) == [
        ("2019-03-03", ("emmanuel-macron", "justin-trudeau")), ("2019-03-04", ("olaf-scholz", "rishi-sunak"))]


def test_a_meeting_earlier_the_same_day_is_that_day(extract):
    text = "Trudeau and Macron met on Saturday. Scholz and Sunak met earlier the same day."
    assert [e.date.iso for e in extract(text, "en", published=PUB).events] == ["2019-03-23", "2019-03-23"]


def test_a_meeting_the_next_day_with_no_day_before_takes_no_date(extract):
    [ev] = extract("Scholz and Sunak held talks the following day.", "en", published=PUB).events
    assert (ev.date, ev.relative_date) == (None, "the following day")


def test_the_same_day_as_a_planned_saturday_is_that_coming_saturday(extract):
    text = ("Präsident Jair Bolsonaro empfängt am Samstag in Brasília Außenministerin Chrystia Freeland. Am selben Tag "
            "trifft auch Außenminister Ernesto Araújo mit seiner kanadischen Amtskollegin zusammen.")
    events = extract(text, "de", published="2019-01-25").events      # a Friday
    assert [(e.status, e.date.iso) for e in events] == [("Planned", "2019-01-26"), ("Planned", "2019-01-26")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile launched another rocket on Wednesday evening. Hours earlier, Chile had launched two rockets "
           "toward the Pacific Ocean."),
    ("de", "Chile feuerte am Mittwochabend eine weitere Rakete ab. Chile hatte Stunden zuvor zwei Raketen über "
           "dem Pazifik abgefeuert."),
])
def test_launches_told_hours_before_the_dated_one_are_of_its_day(extract, lang, text):
    launches = [ev for ev in extract(text, lang, published="2006-07-06").events if ev.kind == "MissileLaunch"]
    assert [(ev.date.iso, len(ev.sents)) for ev in launches] == [("2006-07-05", 2)]


@pytest.mark.parametrize("text", [
    "Scholz said he would meet Trudeau next Tuesday. Hours earlier, Trudeau had called Lula.",   # a plan's day
    "Scholz met Lula in Brasilia. A few hours later, Lula met Trudeau.",                        # no day named
    "Scholz met Lula on Monday in Brasilia. Scholz also spoke with Trudeau by phone. Just hours earlier, Lula "
    "met Trudeau.",                                                                              # two back
])
def test_guard_hours_before_a_plan_or_no_day_give_no_date_of_their_own(extract, text):
    events = extract(text, "en", published="2021-06-04").events
    assert not any(ev.status == "Happened" and ev.date and ev.date.iso > "2021-06-04" for ev in events)
    assert not [ev for ev in events if ev.kind == "Meeting" and "justin-trudeau" in ev.actors
                and ev.date and ev.date.iso < "2021-06-04"]
