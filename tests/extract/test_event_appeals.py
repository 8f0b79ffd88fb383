"""What one side calls on another to do is a call, no occurrence: "called on Putin to hold
talks", "urged Chile to impose sanctions", "forderte Putin auf, die Gespräche auszusetzen".
Drills the call asks to stop are held, by whom it asks, not by the caller ("asked Peru to stop
its drills", "hat Peru gebeten, seine Übung zu stoppen"); one's own wish ("wants to hold
talks") stays a plan, and an order is carried out. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2024-11-16"          # a Saturday


def _events(extract, text, lang):
    return [(e.kind, e.status) for e in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz called on Putin on Friday to hold talks with Zelensky."),
    ("en", "Scholz urged Putin on Friday to suspend the talks with Kyiv."),
    ("en", "Macron urged Chile to impose new sanctions on Peru."),
    ("de", "Scholz forderte Putin am Freitag auf, die Gespräche mit Kiew auszusetzen."),
    ("de", "Macron forderte Chile auf, neue Sanktionen gegen Peru zu verhängen."),
    ("de", "Scholz bat Putin am Freitag, Gespräche mit Selenskyj zu führen."),
    # the addressee named by role words or a pronoun only
    ("en", "Scholz urged the Russian leader on Friday to open a direct dialogue with Kyiv."),
    ("en", "Chile asked them on Friday to hold talks with Peru."),
])
def test_an_act_one_calls_on_another_to_do_is_no_event(extract, lang, text):
    assert _events(extract, text, lang) == []


@pytest.mark.parametrize("text", [
    "Scholz forderte den russischen Präsidenten am Freitag auf, Gespräche mit Kiew aufzunehmen.",
    "Scholz forderte ihn auf, Gespräche mit Selenskyj zu führen.",
])
def test_guard_a_german_call_on_an_unnamed_addressee_is_no_event(extract, text):
    assert _events(extract, text, "de") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile asked Peru on Friday to stop its naval drills near the islands."),
    ("de", "Chile hat Peru am Freitag gebeten, seine Marineübung bei den Inseln zu stoppen."),
])
def test_drills_a_call_asks_to_stop_are_held_by_whom_it_asks(extract, lang, text):
    drills = [(e.status, e.actors) for e in extract(text, lang, published=DAY).events if e.kind == "MilitaryExercise"]
    assert drills == [("Happened", ["peru"])]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Chile wants to hold talks with Peru in December.", ("Talks", "Planned")),
    ("de", "Chile will im Dezember Gespräche mit Peru führen.", ("Talks", "Planned")),
])
def test_ones_own_wish_stays_a_plan(extract, lang, text, expected):
    assert _events(extract, text, lang) == [expected]


def test_an_act_the_call_only_speaks_of_stays(extract):
    """"Calls on Chile to reconsider its decision to suspend ...": what is called for is the
    reconsidering; the suspension was decided."""
    text = "Macron calls on Chile to reconsider its decision to suspend its part in the fishing treaty with Peru."
    assert "Suspension" in [kind for kind, _ in _events(extract, text, "en")]


@pytest.mark.parametrize("text", [
    "Macron met Xi in Beijing on Monday and urged him to hold talks with Zelensky.",
    "Macron met Xi in Beijing on Monday and asked him to visit Kyiv.",
])
def test_guard_names_in_what_an_appeal_asks_are_no_party_of_the_meeting(extract, text):
    [meeting] = [ev for ev in extract(text, "en", published=DAY).events if ev.kind == "Meeting"]
    assert sorted(meeting.actors) == ["emmanuel-macron", "xi-jinping"]
