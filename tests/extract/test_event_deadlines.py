"""A deadline ("must leave Canada by May 10", "bis zum 10. Mai") is when something must be done, not
when an event took place; an act told as what another answers ("in response to Brazil's
expulsions", "als Antwort auf die Ausweisung") keeps only the time of its own phrase.
Sentences written for this test."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article


def dated(text: str, lang: str) -> list[tuple]:
    facts = extract_article(Article("t", text, lang, published=parse_iso("2022-04-27")))    # a Wednesday
    return [(e.kind, e.date.iso if e.date else None) for e in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said the Brazilian diplomats must leave Canada by May 10, as a reciprocal answer to Brazil's "
           "expulsion of eight Canadian diplomats."),
    ("de", "Kanada teilte mit, die brasilianischen Diplomaten müssten bis zum 10. Mai das Land verlassen, "
           "als Antwort auf die Ausweisung kanadischer Diplomaten durch Brasilien."),
])
def test_a_deadline_dates_no_event(lang, text):
    # the order to leave is Canada's expulsion, of the day it was said (not May 10); Brazil's
    # expulsion it answers came before, with no day of its own
    assert [when for kind, when in dated(text, lang) if kind == "Expulsion"] == ["2022-04-27", None]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled eight Brazilian diplomats on Wednesday and told them to leave by May 10."),
    ("de", "Kanada wies am Mittwoch acht brasilianische Diplomaten aus und forderte sie auf, das Land "
           "bis zum 10. Mai zu verlassen."),
])
def test_an_act_with_a_deadline_keeps_its_own_day(lang, text):
    assert dated(text, lang) == [("Expulsion", "2022-04-27")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada on Wednesday imposed sanctions on Brazil in response to Brazil's expulsion of eight "
           "Canadian diplomats."),
    ("de", "Kanada verhängte am Mittwoch Sanktionen gegen Brasilien, als Antwort auf die Ausweisung "
           "kanadischer Diplomaten durch Brasilien."),
])
def test_the_act_an_answer_answers_keeps_its_parties_and_not_the_answers_day(lang, text):
    facts = extract_article(Article("t", text, lang, published=parse_iso("2022-04-27")))
    assert [(e.kind, set(e.actors), e.date.iso if e.date else None) for e in facts.events] == [
        ("Sanction", {"canada", "brazil"}, "2022-04-27"), ("Expulsion", {"canada", "brazil"}, None)]


def test_a_date_before_another_noun_is_that_nouns():
    text = ("Canada announced the expulsion of two Brazilian diplomats, citing a lack of co-operation "
            "with the investigation into the 23 April killing of a man in Ottawa.")
    assert [(kind, when) for kind, when in dated(text, "en") if kind == "Expulsion"] == [("Expulsion", "2022-04-27")]
