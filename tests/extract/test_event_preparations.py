"""What is prepared is still to come: sentences written for this test, in both languages.

"talks ... during the run-up to their summit in Berlin", "preparations for the summit", "Gespräche
zur Vorbereitung des Gipfels in Berlin": the summit is planned, at its own place and with
no time of the talks; it is not the talks told again. "die Vorbereitung der Visite" after a
planned visit is that visit (its host prepares it).
"""
from __future__ import annotations

import pytest

DAY = "2016-12-05"


def _events(facts) -> list:
    return [(ev.kind, ev.status, ev.place, ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron held talks in Paris on December 3 during the run-up to their summit in Berlin."),
    ("de", "Scholz und Macron führten am 3. Dezember in Paris Gespräche zur Vorbereitung des Gipfels in Berlin."),
])
def test_a_summit_being_prepared_is_planned_at_its_own_place(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Talks", "Happened", "paris", "2016-12-03"),
                                                           ("Summit", "Planned", "berlin", None)]


def test_preparations_for_the_summit_are_not_the_talks_held(extract):
    facts = extract("Scholz and Macron held talks in Paris on December 3.\nThe chancellor asked him to press on "
                    "with preparations for the summit.", "en", published=DAY)
    assert [(ev.kind, ev.status) for ev in facts.events] == [("Talks", "Happened")]


def test_preparing_a_planned_visit_is_that_visit(extract):
    facts = extract("Macron wird Kanada vom 15. bis 16. Dezember besuchen.\nTrudeau sagte, er kümmere sich "
                    "persönlich um die Vorbereitung der Visite.", "de", published=DAY)
    assert [(ev.kind, ev.status, sorted(ev.actors)) for ev in facts.events] == [
        ("Visit", "Planned", ["canada", "emmanuel-macron", "justin-trudeau"])]


def test_a_hyphenated_pair_before_a_prepared_meeting_is_that_meetings(extract):
    facts = extract("Die Außenminister Kanadas und Brasiliens führten am Montag Gespräche zur Vorbereitung auf das "
                    "Scholz-Macron-Treffen im April.", "de", published=DAY)
    events = {ev.kind: ev for ev in facts.events}
    assert (events["Meeting"].status, sorted(events["Meeting"].actors)) == ("Planned", ["emmanuel-macron",
                                                                                       "olaf-scholz"])
    assert "olaf-scholz" not in events["Talks"].actors
