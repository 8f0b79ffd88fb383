"""Expelling an embassy's staff ("wies 18 Beschäftigte der russischen Botschaft aus",
"expelled three staff of the Russian embassy"): an expulsion whose target is the embassy's
state, in German also with compound staff nouns and a few words between the noun and
"aus"; the embassy's state is the target, so a counter-expulsion stays a second act.
Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _expulsions(extract, text, lang):
    return sorted((sorted(e.actors), sorted(e.targets)) for e in extract(text, lang, published=DAY).events
                  if e.kind == "Expulsion")


@pytest.mark.parametrize("text", [
    "Tschechien wies am Samstag 18 Beschäftigte der russischen Botschaft aus.",
    "Tschechien wies am Dienstag drei Mitarbeiterinnen der russischen Botschaft in Prag aus.",
    "Tschechien wies den Militärattaché der russischen Botschaft aus.",
])
def test_staff_of_an_embassy_are_expelled_from_its_state(extract, text):
    assert _expulsions(extract, text, "de") == [(["czech-republic", "russia"], ["russia"])]


@pytest.mark.parametrize("text", [
    "Die Regierung wies den Vorwurf der russischen Botschaft entschieden aus.",
    "Die Regierung wies Vorwürfe von Diplomaten aus Russland zurück.",
])
def test_rejecting_is_no_expulsion(extract, text):
    assert _expulsions(extract, text, "de") == []


def test_a_counter_expulsion_stays_a_second_act(extract):
    text = ("Tschechien wies am Samstag 18 Beschäftigte der russischen Botschaft aus. Am Sonntag kam die Antwort "
            "aus Moskau: 20 tschechische Botschaftsmitarbeiter müssen Russland bis Montag verlassen.")
    assert len(_expulsions(extract, text, "de")) == 2


def test_an_english_embassy_names_the_target_too(extract):
    text = "Poland expelled three staff members of the Russian embassy on Tuesday."
    assert _expulsions(extract, text, "en") == [(["poland", "russia"], ["russia"])]


@pytest.mark.parametrize("text", [
    "Tschechien wird wegen des Anschlags 18 russische Diplomaten ausweisen.",
    "Tschechien will 18 russische Diplomaten ausweisen.",
])
def test_an_expulsion_announced_in_the_lead_is_kept_as_planned(extract, text):
    """The news of a decision: kept though no day is set for it; the count after a cause
    ("wegen des Anschlags | 18 russische Diplomaten") opens the object."""
    events = [(e.status, sorted(e.actors)) for e in extract(text, "de", published=DAY).events if e.kind == "Expulsion"]
    assert events == [("Planned", ["czech-republic", "russia"])]
