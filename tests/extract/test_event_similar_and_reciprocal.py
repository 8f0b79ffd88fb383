"""Other instances, practices and headline plans: sentences written for this test, in both
languages where the language has the form.

- "had staged a similar meeting in 2021" / "ein ähnliches Abkommen unterzeichnet": another
  instance, told as what came before.
- "by means of reciprocal visits of army chiefs" / "gegenseitige Besuche": a practice, no
  visit; a name holding the word ("the Reciprocal Access Agreement") leaves the meeting.
- "is hoping to visit": a plan.
- "..., becoming the first leader to take part in a NATO summit": a record (English); the
  gathering it names is no event of its own.
- "Canada, Brazil to stage '3-plus-3' talks", "... to hold 3rd round of talks": headline
  plans with quotes and ordinals in the verb phrase.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows, run

DAY = "2022-10-11"        # a Tuesday: Monday is the 10th


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa and Brasilia had staged a similar meeting by video in 2021."),
    ("de", "Schon im Sommer hatte Kanada mit Brasilien ein ähnliches Abkommen unterzeichnet."),
])
def test_a_similar_event_is_an_earlier_one(lang, text):
    [ev] = run(text, lang, published=DAY).events
    assert ev.prior is True


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministers want closer ties by means of reciprocal visits of army chiefs."),
    ("de", "Beide Seiten vereinbarten gegenseitige Besuche der Verteidigungsminister."),
])
def test_reciprocal_visits_are_a_practice(extract, lang, text):
    assert [row for row in event_rows(extract(text, lang, published=DAY)) if row[0] == "Visit"] == []


def test_a_name_holding_the_word_leaves_the_meeting(extract):
    rows = event_rows(extract("On Monday, Canada and Brazil backed the Reciprocal Access Agreement at a virtual "
                              "meeting.", "en", published=DAY))
    assert rows == [("Meeting", "Happened", ["brazil", "canada"], "2022-10-10")]


def test_hoping_to_visit_is_a_plan(extract):
    [row] = event_rows(extract("Macron is hoping to travel to Germany in November for a gathering of G7 "
                               "foreign ministers.", "en", published=DAY))
    assert row[1] == "Planned" and row[3] == "2022-11"


@pytest.mark.parametrize("text,actors,date", [
    ("Macron, Trudeau to stage '3-plus-3' defence talks in Ottawa", ["emmanuel-macron", "justin-trudeau"], None),
    ("Canada, Brazil to hold 3rd round of defence talks in November", ["brazil", "canada"], "2022-11"),
])
def test_a_headline_plan_with_quotes_or_ordinals(extract, text, actors, date):
    [row] = event_rows(extract(text, "en", published=DAY))
    assert row == ("Talks", "Planned", actors, date)


@pytest.mark.parametrize("text", [
    "Justin Trudeau plans to go to the alliance's summit in Madrid from June 28 to 30, becoming the first "
    "Canadian leader ever to take part in a NATO summit.",
    "Justin Trudeau will travel to the alliance summit in Madrid later this month, making him the first "
    "Canadian head of government at a meeting of the bloc.",
])
def test_a_record_first_names_no_gathering_of_its_own(extract, text):
    rows = event_rows(extract(text, "en", published="2022-06-15"))
    assert [row[1] for row in rows] == ["Planned"]


def test_a_record_first_leaves_the_act_it_tells(extract):
    rows = event_rows(extract("Obama visited Hiroshima on Friday, becoming the first US leader in office to come "
                              "to the city.", "en", published="2016-05-28"))
    assert rows == [("Visit", "Happened", ["barack-obama"], "2016-05-27")]
