"""Near misses of this stop's rules, found by a review with sentences written for it: each
must stay as it was before the rule (or better).

- street protests after a place name ("Paris protests against X continued") are no state protest;
- "capital controls" and "capital markets" name no capital;
- "through" a sea places only a movement, not a call about gas flowing through it;
- an office in the agent phrase of a ban ("announced by the Canadian prime minister") is not its target;
- withdrawing troops ahead of talks suspends no talks;
- a German relative pronoun before a name ("..., die Akie Abe ...") is no article.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-15"


@pytest.mark.parametrize("text", [
    "Brazil protests over fuel prices turned violent on Monday.",
    "Paris protests against the pension reform continued on Monday.",
    "Tokyo protests at the US base drew thousands on Sunday.",
])
def test_street_protests_after_a_place_name_are_no_state_protest(extract, text):
    assert [e.kind for e in extract(text, "en", published=DAY).events if e.kind == "Protest"] == []


@pytest.mark.parametrize("text", [
    "Norway and Canada held talks on Monday on Russia's capital controls.",
    "Norway and Canada held talks on Monday on the French capital markets.",
])
def test_capital_controls_and_markets_name_no_city(extract, text):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.place) == ("Talks", None)


def test_a_call_about_gas_flowing_through_a_sea_is_not_at_sea(extract):
    [ev] = extract("Putin and Scholz spoke by phone on Monday about gas flows through the Baltic Sea.", "en",
                   published=DAY).events
    assert (ev.kind, ev.place) == ("PhoneCall", None)


def test_the_office_that_announces_a_ban_is_not_its_target(extract):
    [ev] = extract("An entry ban on Russian oligarchs was announced by the Canadian prime minister on Monday.", "en",
                   published=DAY).events
    assert (ev.kind, ev.targets) == ("EntryBan", ["russia"])


@pytest.mark.parametrize("text", [
    "Russia has withdrawn its troops ahead of talks with Norway on Friday.",
    "Japan announced the withdrawal of its troops after talks with Russia on Monday.",
])
def test_withdrawing_troops_near_talks_suspends_no_talks(extract, text):
    assert [e.kind for e in extract(text, "en", published=DAY).events if e.kind == "Suspension"] == []


@pytest.mark.parametrize("text,key", [
    ("Putin empfing am Montag im Kreml die Delegation, die Akie Abe nach Moskau begleitet hatte.",
     "new:Person:akie abe"),
    ("Scholz sprach am Montag über das Interview, das Justine Trudeau einer Zeitung gegeben hatte.",
     "new:Person:justine trudeau"),
])
def test_a_german_relative_pronoun_before_a_name_is_no_article(extract, text, key):
    assert key in extract(text, "de", published=DAY).entities
