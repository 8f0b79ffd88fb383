"""An aside on an event noun (", announced on Friday,", ", der im Mai vereinbart wurde,") is
not what says whether, when and where the event takes place: the predicate after it does, as
the predicate of an event noun told again ("The talks ... took place in Paris", "Das Treffen
... fand in Paris statt") says where it was. Sentences written for this test."""
from __future__ import annotations

import pytest

from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article
from diplograph.extract import extract_article


def facts_of(text: str, lang: str, published: str = "2023-03-17"):      # a Friday
    return extract_article(Article("t", text, lang, published=parse_iso(published)))


@pytest.mark.parametrize("lang,text,when", [
    ("en", "Olaf Scholz invited Emmanuel Macron to Germany. The visit of Emmanuel Macron, announced by both "
           "governments early on Friday, will take place in Berlin on Tuesday.", "2023-03-21"),
    ("en", "Olaf Scholz invited Emmanuel Macron to Germany. The visit of Emmanuel Macron, which both governments "
           "announced on Friday, is planned for next Tuesday in Berlin.", "2023-03-21"),
    ("de", "Olaf Scholz empfängt Emmanuel Macron. Der Besuch von Emmanuel Macron, der am Freitag angekündigt "
           "wurde, soll am kommenden Dienstag in Berlin stattfinden.", "2023-03-21"),
])
def test_the_predicate_after_the_aside_makes_the_event_planned_with_its_time_and_place(lang, text, when):
    visits = [e for e in facts_of(text, lang).events if e.kind == "Visit"]
    assert [(e.status, e.date.iso if e.date else None, e.place) for e in visits] == [("Planned", when, "berlin")]


def test_an_aside_with_its_own_day_leaves_the_event_its_predicates_day():
    text = ("The talks of Olaf Scholz and Emmanuel Macron, which were announced on Friday, took place in "
            "Paris on Monday.")
    talks = [e for e in facts_of(text, "en").events if e.kind == "Talks"]
    assert [(e.status, e.date.iso, e.place) for e in talks] == [("Happened", "2023-03-13", "paris")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz met Emmanuel Macron. The talks between the two leaders took place in Paris on Monday."),
    ("en", "Olaf Scholz met Emmanuel Macron. The talks between the two leaders were held in Paris on Monday."),
    ("de", "Olaf Scholz traf Emmanuel Macron. Das Treffen der beiden Politiker fand am Montag in Paris statt."),
])
def test_the_predicate_of_an_event_noun_names_where_it_took_place(lang, text):
    # and "Treffen", a noun, is no present tense that makes "am Montag" next Monday
    facts = facts_of(text, lang)
    assert [(e.kind, e.place, e.date.iso) for e in facts.events] == [("Meeting", "paris", "2023-03-13")]


def test_a_place_named_in_a_compound_word_is_no_venue():
    text = "Olaf Scholz met Emmanuel Macron. The talks concerned the French-held islands off Tokyo."
    assert [(e.kind, e.place) for e in facts_of(text, "en").events] == [("Meeting", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks between Olaf Scholz and Emmanuel Macron, held in Paris on Monday, ended without a deal."),
    ("en", "The talks between Olaf Scholz and Emmanuel Macron, which took place in Paris on Monday, ended "
           "without a deal."),
    ("de", "Das Treffen von Olaf Scholz und Emmanuel Macron, das am Montag in Paris stattfand, endete ohne "
           "Einigung."),
])
def test_an_aside_that_holds_the_event_names_its_place_and_day(lang, text):
    facts = facts_of(text, lang)
    assert [(e.place, e.date.iso) for e in facts.events] == [("paris", "2023-03-13")]


def test_an_aside_that_does_not_hold_the_event_names_no_place():
    text = "The talks between Olaf Scholz and Emmanuel Macron, which focused on trade with Paris, ended on Monday."
    assert [e.place for e in facts_of(text, "en").events if e.kind == "Talks"] == [None]
