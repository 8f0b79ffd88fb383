"""A meeting a since-phrase names ("the first call since their meeting in May", "seit ihrem
Treffen in Indien im Februar") began the period: its time is the meeting's, not the
call's; a verb or auxiliary after it ends the phrase ("Seit dem Gipfel im November haben sich
X und Y am Montag getroffen"). A meeting told with a time of its own ("the conference held in
February") is not the undated call of the sentence before. Sentences written for this test."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article


def events(text: str, lang: str, published: str = "2024-04-03") -> list[tuple]:
    facts = extract_article(Article("t", text, lang, published=parse_iso(published)))
    return sorted((e.kind, e.date.iso if e.date else None) for e in facts.events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanzler Olaf Scholz und Indiens Premierminister Narendra Modi haben zum ersten Mal seit ihrem Treffen "
           "in Indien im Februar wieder telefoniert."),
    ("en", "Olaf Scholz and Narendra Modi held a phone call on Wednesday for the first time since their meeting in "
           "India in February."),
])
def test_the_time_of_a_meeting_in_a_since_phrase_does_not_date_the_call(lang, text):
    assert ("PhoneCall", "2024-04-03") in events(text, lang)


def test_the_meeting_a_since_phrase_names_keeps_its_own_time():
    text = ("Olaf Scholz and Narendra Modi held a phone call for the first time since their meeting in India "
            "in February.")
    assert ("Meeting", "2024-02") in events(text, "en")


def test_a_verb_ends_the_since_phrase_before_the_acts_own_day():
    text = "Seit dem Gipfel im November haben sich Scholz und Kishida am Montag in Berlin getroffen."
    assert events(text, "de") == [("Meeting", "2024-04-01")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Fumio Kishida held a phone call with Volodymyr Zelensky. Zelensky thanked Japan for the conference "
           "held in February."),
    ("de", "Fumio Kishida hat mit Wolodymyr Selenskyj telefoniert. Selenskyj dankte Japan für die Konferenz im "
           "Februar."),
])
def test_a_meeting_told_with_its_own_time_is_not_the_undated_call(lang, text):
    assert events(text, lang) == [("Meeting", "2024-02"), ("PhoneCall", "2024-04-03")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Telefonat zwischen Scholz und Selenskyj. Scholz und Selenskyj sprachen am Montag über Waffenlieferungen."),
    ("en", "Phone call between Scholz and Zelensky. Scholz and Zelensky discussed arms deliveries on Monday."),
])
def test_the_talks_a_call_headline_names_are_the_call(lang, text):
    assert events(text, lang) == [("PhoneCall", "2024-04-01")]
