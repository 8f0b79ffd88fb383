"""Calls held and told, starts announced, notices received, with sentences written for this
test:

- "X told Y on Tuesday ..., in their first phone call": a call both people of the main clause
  are on, on the day of the telling; "held a 20-minute call", "held a three-hour talk with";
- "announced the start of drills", "announced live-fire drills": the announcer holds them;
- "X was notified of / given notice of the drills": X was told, it does not drill;
- "border patrol authorities" are no military patrol;
- "die Runde des ... Dialogs fand statt": talks held.
"""
from __future__ import annotations

import pytest

DAY = "2020-09-30"      # a Wednesday


def _rows(facts, kind=None):
    return sorted((e.kind, tuple(sorted(e.actors)), e.date.iso if e.date else None)
                  for e in facts.events if kind is None or e.kind == kind)


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz told French President Emmanuel Macron on Tuesday that the dispute must end, in their first "
           "phone call."),
    ("en", "Chancellor Olaf Scholz told French President Emmanuel Macron on Tuesday he is eager to end the "
           "dispute, in their first phone talks since the German leader took office."),
    ("en", "Scholz told Macron on Tuesday that Merz would win, in their first phone call."),
    ("de", "Scholz sagte dem französischen Präsidenten Emmanuel Macron am Dienstag, der Streit müsse enden, in "
           "ihrem ersten Telefonat."),
])
def test_a_call_told_after_the_telling_is_the_tellers_and_the_told(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY), "PhoneCall") == [
        ("PhoneCall", ("emmanuel-macron", "olaf-scholz"), "2020-09-29")]


@pytest.mark.parametrize("text,kind", [
    ("Scholz and Macron held a 20-minute call on Tuesday evening.", "PhoneCall"),
    ("Scholz held a three-hour talk with French President Emmanuel Macron on Tuesday.", "Talks"),
])
def test_a_call_or_talk_held_is_one(extract, text, kind):
    assert _rows(extract(text, "en", published=DAY)) == [(kind, ("emmanuel-macron", "olaf-scholz"), "2020-09-29")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil announced the start of naval exercises near the coast on Tuesday."),
    ("de", "Brasilien kündigte am Dienstag den Beginn von Marineübungen vor der Küste an."),
    ("en", "Brazil announced live-fire exercises near the coast on Tuesday."),
])
def test_who_announces_the_start_of_drills_holds_them(extract, lang, text):
    assert _rows(extract(text, lang, published=DAY)) == [("MilitaryExercise", ("brazil",), "2020-09-29")]


@pytest.mark.parametrize("text", [
    "Canada was notified of the drills on Thursday.",
    "Canada was given advance notice of the drills on Thursday.",
])
def test_who_was_told_of_drills_does_not_drill(extract, text):
    assert _rows(extract(text, "en", published=DAY), "MilitaryExercise") == []


def test_who_notifies_of_drills_drills(extract):
    assert _rows(extract("Brazil notified Canada of the drills on Tuesday.", "en", published=DAY)) == [
        ("MilitaryExercise", ("brazil",), "2020-09-29")]


def test_border_patrol_authorities_are_no_patrol(extract):
    text = "Two Canadian boats were detained by Brazilian border patrol authorities on Tuesday."
    assert [e.kind for e in extract(text, "en", published=DAY).events] == ["Seizure"]


@pytest.mark.parametrize("text", [
    "Die 15. Runde des kanadisch-französischen strategischen Dialogs fand am Dienstag in Ottawa statt.",
    "Der kanadisch-französische Dialog fand am Dienstag in Ottawa statt.",
])
def test_a_round_of_a_dialogue_held_is_talks(extract, text):
    assert [(e.kind, sorted(e.actors), e.place, e.date.iso) for e in extract(text, "de", published=DAY).events] == [
        ("Talks", ["canada", "france"], "ottawa", "2020-09-29")]


def test_a_name_in_what_was_told_is_no_party_of_the_call(extract):
    text = "Scholz told the parliament on Tuesday that he trusts Macron, in their first phone call of the year."
    assert "emmanuel-macron" not in [a for e in extract(text, "en", published=DAY).events for a in e.actors]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau had rejected calls by Macron for a ceasefire on Tuesday."),
    ("en", "The Canadian parliament held a roll call vote on Tuesday."),
    ("de", "Kanada verlegt die Übung mit den Truppen aus Frankreich auf Juni."),
    ("de", "Macron schickte am Dienstag einen Brief an die Soldaten in Kanada."),
])
def test_calls_for_votes_letters_and_moved_drills_are_no_call_or_deployment(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events if e.kind in ("PhoneCall", "Deployment")] == []


def test_the_next_day_after_a_meeting_is_a_day_that_came(extract):
    text = "Trudeau met Scholz in Ottawa on Monday. The next day Trudeau travelled to Brazil."
    visit = [e for e in extract(text, "en", published=DAY).events if e.kind == "Visit"][0]
    assert (visit.status, visit.date.iso) == ("Happened", "2020-09-29")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau called Macron on Tuesday, his office said."),
    ("en", "Trudeau called Macron to congratulate him on the election."),
    ("de", "Trudeau rief Macron am Dienstag an."),
    ("de", "Am Dienstag rief Trudeau Macron an, um über Zölle zu sprechen."),
])
def test_calling_a_person_is_a_phone_call(extract, lang, text):
    calls = [sorted(ev.actors) for ev in extract(text, lang, published="2024-07-10").events if ev.kind == "PhoneCall"]
    assert calls == [["emmanuel-macron", "justin-trudeau"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau called Macron a reliable partner in an interview."),
    ("en", "Trudeau called Macron's remarks unhelpful."),
    ("de", "Trudeau rief Macron zu mehr Unterstützung für die Ukraine auf."),
])
def test_calling_a_person_something_or_calling_on_them_is_no_call(extract, lang, text):
    assert not [ev for ev in extract(text, lang, published="2024-07-10").events if ev.kind == "PhoneCall"]
