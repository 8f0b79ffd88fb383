"""Guards from a review of the occasion, side and name rules: invented sentences where an
earlier form of those rules misfired. Each case states what must stay true."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


def test_a_meeting_at_another_bodys_summit_keeps_no_setting_of_it():
    facts = run("Macron met Trudeau on the margins of the G7 summit. Scholz met Macron on the margins of the "
                "NATO summit in Washington on Tuesday.", "en", published="2024-06-15")
    [first] = [ev for ev in facts.events if "justin-trudeau" in ev.actors]
    assert first.place is None


def test_a_summit_told_after_another_clause_stays_its_own():
    # "days after they spoke at the G7 summit": no occasion of the meeting in Paris
    facts = run("Macron met Trudeau in Paris on Monday, days after they spoke at the G7 summit in Italy.", "en",
                published="2024-06-15")
    assert ("Summit", "italy") in [(ev.kind, ev.place) for ev in facts.events]


def test_both_sides_are_not_those_who_say_so():
    facts = run("Macron met Trudeau in Ottawa on Monday. Lula and Scholz later said both sides had agreed to cut "
                "tariffs.", "en", published="2024-06-15")
    assert all({"brazil", "germany"}.isdisjoint(ev.actors) for ev in facts.events)


@pytest.mark.parametrize("text", [
    "Macron summoned his ambassadors to Paris for their annual conference.",
    "Canada summoned its own envoys to a meeting in Ottawa.",
])
def test_summoning_ones_own_envoys_is_no_protest(text):
    assert "Protest" not in [ev.kind for ev in run(text, "en", published="2024-06-15").events]


def test_talks_with_lawmakers_stay_talks():
    [ev] = run("Macron held talks with Canadian lawmakers in Ottawa on Monday.", "en", published="2024-06-15").events
    assert ev.kind == "Talks"


def test_a_weekday_ahead_of_a_dated_act_is_not_counted_from_the_report():
    facts = run("Macron met Scholz in Paris on Tuesday ahead of talks with Trudeau on Wednesday.", "en",
                published="2024-06-14")
    [talks] = [ev for ev in facts.events if ev.kind == "Talks"]
    assert talks.date.iso == "2024-06-12"


def test_who_raised_it_in_a_meeting_is_in_it_not_who_reports_it():
    [ev] = run("Macron said Scholz had raised the issue in a meeting with Trudeau.", "en",
               published="2024-06-15").events
    assert set(ev.actors) == {"olaf-scholz", "justin-trudeau"}


def test_a_country_whose_entry_is_told_bars_nothing():
    facts = run("Canadian officials face an entry ban, the first since Canada's entry into the alliance, Lula said.",
                "en", published="2024-06-15")
    assert all("canada" not in ev.actors[:1] for ev in facts.events if ev.kind == "EntryBan")
