"""Victims, times a since-phrase names, and demonyms after an era prefix: sentences written
for this test, in both languages.

- "the chief suspect in the poisoning of X", "nach der Vergiftung von X": whom the crime
  was done to is no party to the act that answers it;
- "the first such treaty since 1990, when X and Y created a partnership": the relative
  clause tells of that time, its people take no part in the news;
- "the first post-Soviet treaty": no Soviet party.
"""
from __future__ import annotations

import pytest

DAY = "2018-03-14"


def _actors(text: str, lang: str, extract) -> list:
    return [sorted(ev.actors) for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Britain expelled Russian diplomats on Wednesday over Moscow's refusal to surrender the chief suspect "
           "in the poisoning of Sergei Skripal."),
    ("en", "Britain expelled Russian diplomats on Wednesday after the poisoning of former Russian spy Sergei "
           "Skripal."),
    ("de", "Großbritannien wies am Mittwoch nach der Vergiftung von Sergej Skripal russische Diplomaten aus."),
    ("de", "Großbritannien wies nach dem Giftanschlag auf Sergej Skripal am Mittwoch 23 russische Diplomaten aus."),
])
def test_the_victim_of_a_crime_is_no_party_to_the_answer(extract, lang, text):
    assert _actors(text, lang, extract) == [["russia", "united-kingdom"]]


def test_guard_a_person_after_of_who_acts_stays(extract):
    assert _actors("The visit of Sergei Lavrov to Brazil began on Wednesday.", "en", extract) == [
        ["brazil", "sergey-lavrov"]]


def test_the_people_of_a_time_a_since_phrase_names_take_no_part(extract):
    text = ("Brazil and Chile signed a friendship pact on Monday. The pact is their first since 1990, when "
            "Helmut Kohl and Mikhail Gorbachev launched a German-Soviet partnership that later cooled.")
    assert _actors(text, "en", extract) == [["brazil", "chile"]]


def test_a_demonym_after_an_era_prefix_names_no_party(extract):
    assert _actors("Brazil and Chile signed a post-Soviet security pact on Monday.", "en",
                   extract) == [["brazil", "chile"]]
