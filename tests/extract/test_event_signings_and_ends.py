"""Signings told in the passive and ends of what is no tie: sentences written for this test,
in both languages.

- "the treaty was signed between X and Y", "wurde 1998 zwischen X und Y unterzeichnet": X
  and Y are the accord's parties, and a year before "zwischen" dates it;
- "the 1998 accord ended the war", "das ... Abkommen beendete den Krieg": the accord is what
  ends, no decision to suspend anything; "ended decades of neutrality", "den Kriegszustand
  ... beenden": no tie ends; nor does "as the empire withdrew 50 years ago".
"""
from __future__ import annotations

import pytest

DAY = "2023-10-05"


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors)) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "The treaty was signed between Canada and Mexico in 1998."),
    ("en", "The ministers posed at the desk on which the fisheries accord had been signed between Canada and "
           "Mexico in 1998."),
    ("de", "Das Abkommen wurde 1998 zwischen Kanada und Mexiko unterzeichnet."),
])
def test_a_passive_signing_between_two_states_is_theirs(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("Agreement", ["canada", "mexico"], "1998")


@pytest.mark.parametrize("lang,text", [
    ("en", "The 1998 accord between Canada and Mexico ended the war."),
    ("de", "Das 1998 zwischen Kanada und Mexiko geschlossene Abkommen beendete den Krieg."),
])
def test_an_accord_that_ends_a_war_suspends_nothing(extract, lang, text):
    assert "Suspension" not in [kind for kind, _ in _events(extract(text, lang, published=DAY))]


@pytest.mark.parametrize("lang,text", [
    ("de", "Russland hat das Abkommen mit Japan ausgesetzt."),
    ("de", "Kanada und Mexiko einigten sich, die Gespräche auszusetzen."),
    ("en", "Canada and Mexico agreed to suspend the talks."),
])
def test_guard_an_accord_suspended_or_agreed_suspension_stays(extract, lang, text):
    assert [kind for kind, _ in _events(extract(text, lang, published=DAY))] == ["Suspension"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Norway's policy turn, which ended decades of neutrality at sea, upset Russia and Sweden."),
    ("en", "Canada and Mexico ended their long standoff over quotas on Monday."),
    ("de", "Kanada und Mexiko wollen den noch geltenden Kriegszustand an ihrer gemeinsamen Grenze im Dezember "
           "beenden."),
])
def test_an_end_of_what_is_no_tie_is_no_suspension(extract, lang, text):
    assert "Suspension" not in [kind for kind, _ in _events(extract(text, lang, published=DAY))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia ended the talks on the war with Ukraine on Monday."),
    ("de", "Russland hat die Gespräche über den Krieg mit der Ukraine am Montag beendet."),
])
def test_guard_talks_about_a_war_that_are_ended_are_suspended(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Suspension", ["russia", "ukraine"])]


@pytest.mark.parametrize("text", [
    "Canada and Mexico drifted apart when the Spanish crown withdrew 50 years ago.",
    "Canada and Mexico drifted apart after the Spanish crown withdrew in 1960.",
])
def test_a_withdrawal_from_nothing_named_is_no_suspension(extract, text):
    assert extract(text, "en", published=DAY).events == []


def test_guard_a_withdrawal_from_talks_is_a_suspension(extract):
    facts = extract("Russia withdrew from the talks with Japan on Monday.", "en", published=DAY)
    assert _events(facts) == [("Suspension", ["japan", "russia"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada ended its cooperation with Mexico amid tensions over fishing quotas."),
    ("de", "Kanada hat die Beziehungen zu Mexiko wegen der Krise um die Fangquoten beendet."),
])
def test_guard_ties_ended_over_a_crisis_are_suspended(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Suspension", ["canada", "mexico"])]


def test_guard_a_withdrawal_after_a_deal_named_is_a_suspension(extract):
    facts = extract("The fishing deal collapsed after Canada withdrew on Monday.", "en", published=DAY)
    assert _events(facts) == [("Suspension", ["canada"])]


def test_a_passive_signing_keeps_its_place(extract):
    [ev] = extract("A trade agreement was signed between Canada and Mexico in Ottawa on Monday.", "en",
                   published=DAY).events
    assert (sorted(ev.actors), ev.place) == (["canada", "mexico"], "ottawa")
