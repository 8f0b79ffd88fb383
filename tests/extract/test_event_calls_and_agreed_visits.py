"""Calls a clause is said in, visits an accord arranges, and words that name no event of
their own: sentences written for this test, in both languages where the language has the
form.

- A phone call a clause is said in ("X told Y during the phone conversation", "X äußerte
  ..., in einem Telefonat mit Y") has the clause's subject on it, also when a pronoun
  stands for it, and is no topic of an accord noun before it.
- A visit an accord arranges ("agreed that X would visit Y in December", "vereinbarten
  einen Besuch ... im Dezember") is a planned visit of its own, and its month is not the
  accord's.
- An accord noun modifying another noun ("treaty allies") names no accord (English: German
  writes such words as one compound).
- A trailing "..., the ministry announced" / "..., gab das Ministerium bekannt" reports the
  news; it is no announcement event of its own.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Justin Trudeau spoke in Ottawa on Tuesday. He said he told Macron during their "
           "30-minute phone call that Canada stood ready to help."),
    ("de", "Bundeskanzler Justin Trudeau äußerte sich am Dienstag in Ottawa. Er sagte, er habe Macron bei "
           "einem Telefonat seine Unterstützung zugesagt."),
])
def test_the_teller_of_a_call_said_in_it_is_on_the_call(extract, lang, text):
    [call] = [row for row in event_rows(extract(text, lang, published=DAY)) if row[0] == "PhoneCall"]
    assert call[2] == ["emmanuel-macron", "justin-trudeau"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron repeated his wish for a security agreement with Canada, in a telephone conversation "
           "with Justin Trudeau."),
    ("de", "Macron bekräftigte seinen Wunsch nach einem Abkommen mit Kanada, in einem Telefonat mit "
           "Justin Trudeau."),
])
def test_a_call_after_an_accord_noun_is_the_setting_not_the_topic(extract, lang, text):
    rows = event_rows(extract(text, lang, published=DAY))
    assert ("PhoneCall", "Happened", ["emmanuel-macron", "justin-trudeau"], DAY) in rows


@pytest.mark.parametrize("lang,text", [
    ("en", "In March, Scholz and Macron agreed that Macron would visit Brazil in December."),
    ("de", "Im März vereinbarten Scholz und Macron einen Besuch Macrons in Brasilien im Dezember."),
])
def test_an_agreed_visit_is_planned_with_its_own_month(extract, lang, text):
    rows = event_rows(extract(text, lang, published=DAY))
    [visit] = [row for row in rows if row[0] == "Visit"]
    [accord] = [row for row in rows if row[0] == "Agreement"]
    assert visit[1] == "Planned" and visit[3] == "2024-12" and "emmanuel-macron" in visit[2]
    assert accord[3] == "2024-03"


def test_an_accord_noun_modifying_a_noun_names_no_accord(extract):
    rows = event_rows(extract("American treaty allies Canada and Brazil scrambled fighter jets on Monday "
                              "after Chinese bombers approached.", "en", published=DAY))
    assert [row[0] for row in rows] == ["Interception"]
    assert {"brazil", "canada"} <= set(rows[0][2])


def test_a_treaty_is_still_an_accord(extract):
    rows = event_rows(extract("Canada and Brazil signed a treaty in Ottawa on Monday.", "en", published=DAY))
    assert rows == [("Agreement", "Happened", ["brazil", "canada"], "2024-07-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "A Canadian diplomat is being expelled from Brazil, the Brazilian Foreign Ministry announced on Monday."),
    ("de", "Brasilien weist einen kanadischen Diplomaten aus, gab das Außenministerium in Brasilia am Montag bekannt."),
])
def test_a_trailing_announcement_reports_the_news(extract, lang, text):
    rows = event_rows(extract(text, lang, published=DAY))
    assert [row[0] for row in rows] == ["Expulsion"] and rows[0][3] == "2024-07-08"
