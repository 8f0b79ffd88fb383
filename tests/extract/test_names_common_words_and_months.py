"""Names made of ordinary words or months, through the real pipeline (sentences written for
this test):

- in English running text, two capitalised words after a title are a name even when both
  are ordinary words ("Defense Secretary Mark Hunt"); a headline's title case is not;
- a month's name or short form before another capitalised word is a given name ("Jan
  Lipka", "May Lin"), in both languages;
- a month a date names ("in May", "seit Mai") is no later mention of a person of that
  surname ("Theresa May");
- a German compound title ("Grünen-Politiker") before a name is no part of it.
"""
from __future__ import annotations

import pytest


def person_keys(facts) -> list:
    return sorted(k for k, e in facts.entities.items() if e.kind == "Person")


@pytest.mark.parametrize("text,key", [
    ("Defense Secretary Mark Hunt visited the base on Monday.", "new:Person:mark hunt"),
    ("Government spokesman Martin Wolf said so in Berlin.", "new:Person:martin wolf"),
    ("Ambassador Rose Smith was summoned on Monday.", "new:Person:rose smith"),
])
def test_ordinary_words_after_a_title_in_running_text_are_a_name(extract, text, key):
    assert person_keys(extract(text, "en")) == [key]


def test_guard_a_headline_in_title_case_names_nobody_after_a_title(extract):
    assert person_keys(extract("PM Holds Phone Call With Leaders Of Asia", "en")) == []


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Foreign Minister Jan Lipka met his counterpart.", "new:Person:jan lipka"),
    ("en", "President May Lin met the envoy on Monday.", "new:Person:may lin"),
    ("en", "Jan Kowalski, Poland's ambassador, was summoned.", "new:Person:jan kowalski"),
    ("de", "Jan Kowalski, der polnische Botschafter, wurde einbestellt.", "new:Person:jan kowalski"),
])
def test_a_month_before_another_capitalised_word_is_a_given_name(extract, lang, text, key):
    assert person_keys(extract(text, lang)) == [key]


@pytest.mark.parametrize("lang,text", [
    ("en", "In May Japan and Russia met in Tokyo."),
    ("de", "Im Mai trafen sich Japan und Russland in Tokio."),
])
def test_guard_a_month_before_a_place_is_no_name(extract, lang, text):
    assert person_keys(extract(text, lang)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Theresa May met the envoy in May."),
    ("en", "Theresa May met the envoy. Talks have stalled since May 5."),
])
def test_a_month_a_date_names_is_no_later_mention_of_the_surname(extract, lang, text):
    facts = extract(text, lang, "2019-06-01")
    assert [m.text for m in facts.mentions if m.key == "theresa-may"] == ["Theresa May"]


@pytest.mark.parametrize("text,key", [
    ("Der Grünen-Politiker Paul Vogt warnte am Montag vor Eile.", "new:Person:paul vogt"),
    ("Die Grünen-Politikerin Lena Vogt warnte am Montag vor Eile.", "new:Person:lena vogt"),
    ("Der Kreml-Kritiker Paul Vogt warnte am Montag vor Eile.", "new:Person:paul vogt"),
])
def test_a_german_compound_title_before_a_name_is_no_part_of_it(extract, text, key):
    assert person_keys(extract(text, "de")) == [key]


@pytest.mark.parametrize("lang,text,key", [
    ("de", "Belgiens Außenminister Jean-Luc Le Blanc erläuterte am Montag seinen Plan.", "new:Person:jean-luc le blanc"),
    ("en", "French Foreign Minister Jean-Marc De Vries announced the decision.", "new:Person:jean-marc de vries"),
])
def test_a_hyphen_in_a_given_name_counts_no_word_of_the_name(extract, lang, text, key):
    assert person_keys(extract(text, lang)) == [key]


def test_guard_until_may_meets_is_the_person(extract):
    facts = extract("Theresa May met the envoy on Monday. Until May meets Juncker, no deal is possible.", "en",
                    "2019-06-01")
    assert [m.text for m in facts.mentions if m.key == "theresa-may"] == ["Theresa May", "May"]
