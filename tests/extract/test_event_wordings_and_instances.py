"""Wordings of acts news uses that the triggers missed, and a second act of one kind told
after the first:

- "air space" in two words; jets scrambled with their types and numbers before them ("a
  number of F-16 and F-35 fighter jets"); German jets "alarmiert";
- German talks in the singular with a named partner ("sprach/beriet/verhandelte am Montag
  mit X"), not with whom one talks about someone ("mit Journalisten über X");
- people named by their nationality in the plural ("expelled eight Russians") are their
  country's;
- "Earlier on Friday, Japan also scrambled jets" after jets scrambled on the day a saying
  told is another scramble, with its own day.
"""
from __future__ import annotations

import pytest

DAY = "2024-03-05"        # a Tuesday


def test_air_space_in_two_words(extract):
    [ev] = extract("A Russian patrol plane entered Norway's air space on Monday.", "en", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("AirspaceViolation", ["norway", "russia"], "2024-03-04")


@pytest.mark.parametrize("lang, text", [
    ("en", "Norway scrambled a number of F-16 and F-35 fighter jets on Monday after Russian bombers approached."),
    ("de", "Norwegische Kampfjets wurden am Montag alarmiert, nachdem sich russische Bomber genähert hatten."),
])
def test_jets_scrambled_with_their_types_or_alerted(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("Interception", ["norway", "russia"], "2024-03-04")


@pytest.mark.parametrize("text", [
    "Kishida sprach am Montag in Tokio mit Biden über die Lage in der Ukraine.",
    "Kishida beriet am Montag in Tokio mit dem US-Präsidenten Joe Biden über die Lage in der Ukraine.",
    "Kishida verhandelte am Montag in Tokio mit Biden über Zölle.",
])
def test_german_talks_in_the_singular_with_a_named_partner(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Talks", ["fumio-kishida", "joe-biden"], "tokyo")


def test_talking_to_journalists_about_someone_is_no_talks_with_him(extract):
    assert extract("Kishida sprach am Montag mit Journalisten über Biden.", "de", published=DAY).events == []


def test_nationals_named_in_the_plural_are_the_target(extract):
    [ev] = extract("Norway expelled eight Russians on Monday.", "en", published=DAY).events
    assert (ev.kind, ev.targets) == ("Expulsion", ["russia"])


def test_an_earlier_act_told_with_also_is_another_act(extract):
    text = ("Norway's defence ministry said on Monday it scrambled fighter jets to monitor a Russian drone. "
            "Earlier on Friday, Norway also scrambled its air force jets to track two Russian bombers.")
    events = extract(text, "en", published="2023-08-28").events
    assert sorted((e.kind, e.date.iso) for e in events) == [("Interception", "2023-08-25"),
                                                           ("Interception", "2023-08-28")]


def test_a_flight_a_scramble_answers_in_its_sentence_is_the_news_and_one_with_its_later_report(extract):
    text = ("Japan scrambled fighter jets on Monday after a Russian military aircraft violated its airspace near "
            "Rebun Island. According to the ministry, the incident occurred at 11:29 a.m. when an Il-20 surveillance "
            "plane entered Japanese airspace for about two minutes.")
    events = extract(text, "en", published="2024-08-27").events
    assert sorted((e.kind, e.date.iso, e.place) for e in events) == [
        ("AirspaceViolation", "2024-08-26", "rebun-island"), ("Interception", "2024-08-26", "rebun-island")]



@pytest.mark.parametrize("text", [
    "Die russische Küstenwache nahm am Montag drei japanische Fischer fest.",
    "Drei japanische Seeleute wurden am Montag von der russischen Küstenwache festgenommen.",
])
def test_german_crews_detained_are_seized(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets) == ("Seizure", ["japan", "russia"], ["japan"])


def test_police_detaining_protesters_seize_no_crew(extract):
    assert extract("Die Polizei nahm am Montag zwei Demonstranten fest.", "de", published=DAY).events == []


@pytest.mark.parametrize("text", [
    "Japan hat die Entscheidung vor zwei Wochen getroffen.",
    "Die Entscheidung über die Ausweisung der Diplomaten wurde von Japan vor zwei Wochen getroffen.",
])
def test_a_decision_taken_is_no_meeting(extract, text):
    assert not any(e.kind == "Meeting" for e in extract(text, "de", published=DAY).events)
