"""Guards from the review of this change (sentences written for these tests): what the
rules on quitting talks, drills a state says it holds, denied talks, arrivals, taking part,
letters of intent and ended talks must not catch.
"""
from __future__ import annotations

import pytest

DAY = "2022-03-15"        # a Tuesday


def _events(extract, text, lang="en"):
    return [(ev.kind, set(ev.actors)) for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("text", [
    "Iran is not going to quit the talks in Vienna, officials said on Monday.",
    "Iran refused on Monday to boycott the talks in Vienna.",
    "Iran rejected calls to boycott the talks in Vienna on Monday.",
    "Iran has considered boycotting the talks in Vienna, officials said on Monday.",
    "Venezuela threatened on Monday to boycott the talks with the opposition.",
])
def test_an_exit_threatened_refused_or_considered_is_none(extract, text):        # guard
    assert [kind for kind, _ in _events(extract, text)] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan said it was closely watching the drills China began on Monday."),
    ("de", "Japan erklärte, es beobachte Manöver, die China nahe Okinawa begonnen habe."),
])
def test_the_watcher_who_speaks_holds_no_drills(extract, lang, text):             # guard
    assert _events(extract, text, lang) == [("MilitaryExercise", {"china"})]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia sees no basis for talks with Ukraine, Peskov said on Tuesday."),
    ("de", "Frankreich sieht keinen Anlass für Gespräche mit China in Wien."),
])
def test_no_basis_for_talks_still_denies_them(extract, lang, text):               # guard
    assert _events(extract, text, lang) == []


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "The Indian frigate INS Tabar arrived in Colombo on Monday for a port call.", {"india"}),
    ("de", "Russische Kriegsschiffe sind am Montag in Havanna eingetroffen.", {"russia"}),
])
def test_ships_that_arrive_make_a_port_call(extract, lang, text, actors):          # guard
    assert _events(extract, text, lang) == [("Visit", actors)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia and Belarus began military drills on Monday. China will not participate in the drills."),
    ("en", "Russia and Belarus began military drills on Monday. India was invited to join the drills."),
    ("de", "Russland und Belarus haben am Montag ein Manöver begonnen. Indien lehnte es ab, an dem Manöver "
           "teilzunehmen."),
])
def test_a_state_that_does_not_take_part_is_no_party(extract, lang, text):        # guard
    assert _events(extract, text, lang) == [("MilitaryExercise", {"russia", "belarus"})]


def test_a_letter_of_intent_is_an_agreement(extract):                              # guard
    assert [kind for kind, _ in _events(extract, "Scholz and Macron signed a letter of intent on energy in "
                                                  "Paris on Monday.")] == ["Agreement"]


def test_two_sides_ending_talks_with_a_third_suspend_them(extract):                # guard
    assert _events(extract, "Japan and South Korea ended their talks with China on Monday.") == \
        [("Suspension", {"japan", "south-korea", "china"})]
