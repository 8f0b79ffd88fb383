"""Talks quit, boycotted or ended (sentences written for these tests): a state that quits or
boycotts talks suspends them, and one that says it will is doing so; two sides that end
their own talks held them ("X and Y ended their talks early"), unlike one side
that ends its talks with another; a plan overrun in a sentence told in the past ("earlier
than planned", "länger als geplant") is no plan; a negation of another noun ("made no progress at the talks")
denies no talks; what talks were about is no party to what was agreed in them.
"""
from __future__ import annotations

import pytest

DAY = "2019-03-12"        # a Tuesday


def _events(extract, text, lang):
    return [(ev.kind, set(ev.actors), ev.status, ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Iran quit the nuclear talks with the European Union on Tuesday.", {"iran", "european-union"}),
    ("en", "Iran boycotted the nuclear talks with the European Union on Tuesday.", {"iran", "european-union"}),
    ("de", "Der Iran boykottierte am Dienstag die Atomgespräche mit der EU.", {"iran", "european-union"}),
])
def test_quitting_or_boycotting_talks_suspends_them(extract, lang, text, actors):
    assert _events(extract, text, lang) == [("Suspension", actors, "Happened", DAY)]


@pytest.mark.parametrize("text", [
    "Iran will boycott the nuclear talks, its foreign ministry said on Tuesday.",
    "Iran will pull out of the nuclear talks, it said on Tuesday.",
])
def test_a_state_that_says_it_will_leave_talks_leaves_them(extract, text):
    [(kind, _, status, date)] = _events(extract, text, "en")
    assert (kind, status, date) == ("Suspension", "Happened", DAY)


@pytest.mark.parametrize("text", [
    "Iran will quit the talks if new sanctions are imposed, it said on Tuesday.",
    "Fans boycotted the match on Tuesday.",
    "Activists called for a boycott of the Olympics on Tuesday.",
])
def test_no_suspension_under_a_condition_or_of_no_talks(extract, text):        # guard
    assert [ev for ev in _events(extract, text, "en") if ev[0] == "Suspension"] == []


def test_a_suspension_with_its_own_time_ahead_stays_a_plan(extract):           # guard
    [(kind, _, status, date)] = _events(
        extract, "Seoul will suspend the joint drills next month, the ministry said on Tuesday.", "en")
    assert (kind, status, date) == ("Suspension", "Planned", "2019-04")


def test_quitting_a_treaty_still_suspends_it(extract):                          # guard
    assert _events(extract, "Japan quit the whaling treaty on Tuesday.", "en") == \
        [("Suspension", {"japan"}, "Happened", DAY)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Baerbock and Wang Yi ended their talks in Berlin early on Tuesday."),
    ("de", "Baerbock und Wang Yi haben ihr Krisengespräch in Berlin am Dienstag vorzeitig beendet."),
])
def test_two_sides_that_end_their_own_talks_held_them(extract, lang, text):
    assert _events(extract, text, lang) == [("Talks", {"annalena-baerbock", "wang-yi"}, "Happened", DAY)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia ended its talks with Japan on the peace treaty on Tuesday."),
    ("de", "Russland beendete am Dienstag seine Gespräche mit Japan über einen Friedensvertrag."),
])
def test_one_side_that_ends_its_talks_with_another_suspends_them(extract, lang, text):   # guard
    assert _events(extract, text, lang) == [("Suspension", {"russia", "japan"}, "Happened", DAY)]


def test_talks_longer_than_planned_were_held(extract):
    assert _events(extract, "Baerbock und Wang Yi haben am Dienstag in Berlin länger als geplant Gespräche "
                            "geführt.", "de") == [("Talks", {"annalena-baerbock", "wang-yi"}, "Happened", DAY)]


def test_a_meeting_to_come_earlier_than_planned_is_still_to_come(extract):      # guard
    [(kind, _, status, _)] = _events(extract, "Das Treffen zwischen Scholz und Macron findet früher als geplant "
                                              "am Freitag in Paris statt.", "de")
    assert (kind, status) == ("Meeting", "Planned")


def test_no_progress_at_talks_denies_no_talks(extract):
    assert _events(extract, "France and China made no progress at talks in Vienna on Tuesday.", "en") == [("Talks", {"france", "china"}, "Happened", DAY)]


@pytest.mark.parametrize("lang, text", [
    ("en", "France and China did not hold talks on Tuesday."),
    ("en", "There were no talks between France and China on Tuesday."),
    ("de", "Frankreich und China führten am Dienstag keine Gespräche."),
])
def test_talks_denied_stay_denied(extract, lang, text):                        # guard
    assert _events(extract, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "France and China made no progress at talks on Taiwan on Tuesday but agreed to hold another round."),
    ("en", "France and China failed to narrow their differences in talks on Taiwan on Tuesday but agreed to "
           "meet again in May."),
])
def test_the_topic_of_talks_is_no_party_to_what_was_agreed(extract, lang, text):
    events = _events(extract, text, lang)      # the talks, and a meeting agreed for May
    assert events[0][:2] == ("Talks", {"france", "china"}) and all(actors == {"france", "china"}
                                                                   for _, actors, _, _ in events)
