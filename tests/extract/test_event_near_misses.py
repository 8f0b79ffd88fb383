"""Near misses of this stop's rules, found by a review with sentences written for it: each
must stay as it was before the rule (or better).

- street protests after a place name ("Paris protests against X continued") are no state protest;
- "capital controls" and "capital markets" name no capital;
- "through" a sea places only a movement, not a call about gas flowing through it;
- an office in the agent phrase of a ban ("announced by the Canadian prime minister") is not its target;
- withdrawing troops ahead of talks suspends no talks;
- a German relative pronoun before a name ("..., die Akie Abe ...") is no article;
- "had talks on May 13, 2024" is the news, not its past; a scramble answers no flight of
  another day; "prompted calls for X to meet" is no meeting; "discuss" in running text is no
  headline's talks; jets transferred to another state are no deployment; a person who
  protested loudly is no state; "2000 der 5000 Soldaten" is no year.
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


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Scholz had talks in Ottawa on May 13, 2024."),
    ("de", "Trudeau und Scholz hatten am 13. Mai 2024 ein Treffen in Ottawa."),
])
def test_had_talks_on_a_dated_day_is_the_news_not_its_past(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.prior, ev.place, ev.date.iso) == (False, "ottawa", "2024-05-13")


def test_a_scramble_answers_no_flight_of_another_day(extract):
    text = "Russian bombers flew near Hokkaido in 2022. Japan scrambled fighter jets on Monday."
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Interception"]
    assert (ev.actors, ev.targets) == (["japan"], [])


def test_calls_for_someone_to_meet_are_no_meeting(extract):
    assert extract("The move prompted calls for Kishida to meet Putin.", "en", published=DAY).events == []


@pytest.mark.parametrize("text", [
    "Japan and Russia negotiate fishing quotas every year.",
    "In the interview, Putin and Lavrov discuss the war.",
])
def test_discuss_in_running_text_is_no_headline_talks(extract, text):
    assert [e.kind for e in extract(text, "en", published=DAY).events if e.kind == "Talks"] == []


def test_jets_transferred_to_another_state_are_no_deployment(extract):
    assert extract("Norway transferred fighter jets to Ukraine on Monday.", "en", published=DAY).events == []


def test_a_person_who_protested_loudly_at_a_summit_is_no_state_protest(extract):
    kinds = [e.kind for e in extract("Macron protested loudly during the summit in Brussels.", "en",
                                     published=DAY).events]
    assert kinds == ["Summit"]


def test_a_german_count_before_an_article_and_a_number_is_no_year(extract):
    [ev] = extract("An dem Manöver in Kanada nahmen am Montag 2000 der 5000 Soldaten teil.", "de",
                   published=DAY).events
    assert ev.date.iso == "2024-05-13"
