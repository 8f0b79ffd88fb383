"""Two people named before and a call's means, in both languages, with sentences written for
this test: "the two leaders", "die beiden Politiker" who hold talks, call or agree are the two
people the sentence before names (not three, and not the host of a visit they agree on);
"by telephone" after a protest is how the protest was made, not a call."""
from __future__ import annotations

import pytest

THURSDAY = "2016-12-08"
THANKED = {"en": "Canadian Prime Minister Justin Trudeau thanked French President Emmanuel Macron for his support. ",
           "de": "Der kanadische Premierminister Justin Trudeau dankte dem französischen Präsidenten Emmanuel Macron. "}


@pytest.mark.parametrize("lang,text", [
    ("en", "The two leaders held talks over the telephone on Tuesday."),
    ("de", "Die beiden Politiker telefonierten am Dienstag."),
])
def test_the_two_leaders_of_a_call_are_the_two_people_named_before(extract, lang, text):
    [call] = extract(THANKED[lang] + text, lang, published=THURSDAY).events
    assert call.kind == "PhoneCall" and call.date.iso == "2016-12-06"
    assert {"justin-trudeau", "emmanuel-macron"} <= set(call.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau, Macron and Scholz spoke on Monday. The two leaders held talks over the telephone on Tuesday."),
    ("de", "Trudeau, Macron und Scholz sprachen am Montag. Die beiden Politiker telefonierten am Dienstag."),
])
def test_two_leaders_after_three_people_stay_unnamed(extract, lang, text):
    calls = [e for e in extract(text, lang, published=THURSDAY).events if e.kind == "PhoneCall"]
    assert all(not {"justin-trudeau", "emmanuel-macron", "olaf-scholz"} & set(c.actors) for c in calls)


def test_the_two_leaders_who_agree_on_a_visit_are_not_its_visitors(extract):
    facts = extract(THANKED["en"] + "The two leaders agreed that Macron would visit Ottawa in May.", "en",
                    published=THURSDAY)
    found = {e.kind: sorted(e.actors) for e in facts.events}
    assert found["Agreement"] == ["emmanuel-macron", "justin-trudeau"]
    assert found["Visit"] == ["emmanuel-macron"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Macron held talks by phone on Tuesday. The two leaders agreed to expand trade."),
    ("de", "Trudeau und Macron telefonierten am Dienstag. Die beiden Regierungschefs vereinbarten, den Handel "
           "auszubauen."),
])
def test_what_the_two_agree_after_a_call_is_agreed_by_its_two_people(extract, lang, text):
    found = {e.kind: e for e in extract(text, lang, published=THURSDAY).events}
    assert {"justin-trudeau", "emmanuel-macron"} <= set(found["PhoneCall"].actors)
    assert {"justin-trudeau", "emmanuel-macron"} <= set(found["Agreement"].actors)


def test_a_protest_made_by_telephone_is_no_call(extract):
    [protest] = extract("Canada lodged a protest with France by telephone on Thursday.", "en",
                        published=THURSDAY).events
    assert (protest.kind, sorted(protest.actors)) == ("Protest", ["canada", "france"])


def test_someone_who_speaks_by_telephone_calls(extract):
    [call] = extract("Trudeau spoke with Macron by phone on Thursday.", "en", published=THURSDAY).events
    assert (call.kind, sorted(call.actors)) == ("PhoneCall", ["emmanuel-macron", "justin-trudeau"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Macron met in Paris on Monday. The two foreign ministers held talks on Tuesday."),
    ("de", "Trudeau und Macron trafen sich am Montag in Paris. Die beiden Außenminister führten am Dienstag "
           "Gespräche."),
    ("en", "Former leaders Justin Trudeau and Emmanuel Macron attended the ceremony. The two leaders of Brazil and "
           "Chile met afterwards."),
])
def test_two_named_before_who_hold_no_such_office_are_not_the_pair(extract, lang, text):
    later = [e for e in extract(text, lang, published=THURSDAY).events if e.sents[0][0] > 40]
    assert later and all(not {"justin-trudeau", "emmanuel-macron"} & set(e.actors) for e in later)


@pytest.mark.parametrize("text", [
    "Canada summoned the French ambassador and Trudeau spoke with Macron by phone.",
    "Trudeau and Macron discussed the sanctions by phone on Tuesday.",
])
def test_a_call_after_and_or_about_an_act_stays_a_call(extract, text):
    calls = [e for e in extract(text, "en", published=THURSDAY).events if e.kind == "PhoneCall"]
    assert len(calls) == 1 and {"justin-trudeau", "emmanuel-macron"} <= set(calls[0].actors)


@pytest.mark.parametrize("text", [
    "Speaking by phone with Emmanuel Macron on Thursday, Prime Minister Justin Trudeau confirmed close cooperation.",
    "Meeting with Emmanuel Macron in Paris on Thursday, Justin Trudeau pledged support.",
])
def test_the_subject_after_a_fronted_participle_takes_part(extract, text):
    [ev] = extract(text, "en", published=THURSDAY).events
    assert {"justin-trudeau", "emmanuel-macron"} <= set(ev.actors)


def test_the_subject_after_a_fronted_participle_is_no_party_of_an_act_after_it(extract):
    facts = extract("Speaking to reporters in Ottawa, Trudeau said the summit of Macron and Lula in Paris had been "
                    "useful.", "en", published=THURSDAY)
    assert all("justin-trudeau" not in e.actors for e in facts.events if e.kind == "Summit")


def test_a_fronted_participle_without_a_partner_adds_no_one(extract):
    facts = extract("Meeting before the opening of the G20 summit, Trudeau told Macron that trade would grow.", "en",
                    published=THURSDAY)
    assert all("justin-trudeau" not in e.actors for e in facts.events if e.kind == "Summit")
