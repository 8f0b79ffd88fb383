"""Gatherings a clause is said or promised in: sentences written for this test, in both
languages where the language has the form.

- "promised to expand trade at a meeting on Tuesday" / "versprachen, ... bei einem Treffen am
  Dienstag ... zu vertiefen": the meeting is where the promise was made, held, not planned.
- "he said at talks with X on Thursday" / "sagte er am Donnerstag bei Gesprächen mit X": the
  speaker a pronoun stands for is at the talks.
- German "bei einem Gespräch mit X" (a person or a country): talks held (English says "at
  talks", already a trigger); not "bei einem Gespräch mit Journalisten".
- "die Krim-Frage": a place in a German compound names a topic, not where the event was.
- "said after the meeting in Ottawa" / "nach dem Treffen in Ottawa": the place of a meeting
  told before without one.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, Tuesday the 9th, Thursday the 4th


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Justin Trudeau and President Emmanuel Macron promised to expand trade between "
           "both countries at a meeting in Ottawa on Tuesday."),
    ("de", "Trudeau und Macron versprachen, ihre Zusammenarbeit bei einem Treffen in Ottawa am Dienstag "
           "weiter zu vertiefen."),
])
def test_a_meeting_a_promise_is_made_at_was_held(extract, lang, text):
    [(kind, status, actors, date)] = event_rows(extract(text, lang, published=DAY))
    # "both countries" are those of the two people the sentence names (the English form)
    assert (kind, status, date) == ("Meeting", "Happened", "2024-07-09")
    assert set(actors) - {"canada", "france"} == {"emmanuel-macron", "justin-trudeau"}


def test_a_promise_to_act_stays_a_plan(extract):
    rows = event_rows(extract("Trudeau vowed to impose sanctions on Brazil.", "en", published=DAY))
    assert [(kind, status) for kind, status, _, _ in rows] == [("Sanction", "Planned")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Emmanuel Macron expects trade to grow, he said at negotiations with Prime Minister Justin "
           "Trudeau on Tuesday."),
    ("de", "Emmanuel Macron hofft auf mehr Handel, sagte er am Dienstag bei Verhandlungen mit "
           "Premierminister Justin Trudeau."),
])
def test_a_pronoun_speaking_at_talks_is_at_them(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == [
        ("Talks", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-09")]


@pytest.mark.parametrize("text", [
    "Präsident Emmanuel Macron erzielte bei einem Gespräch mit Premierminister Justin Trudeau am Montag kaum "
    "Fortschritte.",
    "Macron hat beim ersten Gespräch mit Trudeau am Montag Fortschritte erzielt.",
])
def test_a_german_conversation_as_setting_is_talks(extract, text):
    assert event_rows(extract(text, "de", published=DAY)) == [
        ("Talks", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-08")]


def test_a_conversation_with_the_press_is_no_talks(extract):
    assert event_rows(extract("Macron sagte beim Gespräch mit Journalisten, er sei zufrieden.", "de",
                              published=DAY)) == []


def test_a_place_in_a_compound_is_a_topic(extract):
    [talks] = extract("Über die Krim-Frage hinaus sprachen Macron und Trudeau am Montag über den Handel.",
                      "de", published=DAY).events
    assert talks.kind == "Talks" and talks.place is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Trudeau on Monday. Macron said after the meeting in Ottawa that France would help."),
    ("de", "Macron traf Trudeau am Montag. Nach dem Treffen in Ottawa sagte Macron, Frankreich werde helfen."),
])
def test_the_place_of_a_meeting_told_after_it(extract, lang, text):
    [meeting] = extract(text, lang, published=DAY).events
    assert (meeting.kind, meeting.place, meeting.date.iso) == ("Meeting", "ottawa", "2024-07-08")
