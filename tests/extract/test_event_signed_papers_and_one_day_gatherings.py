"""Signatures that seal no accord, launch sites that launch nothing, and one gathering told
twice in one article (sentences written for these tests): "signs the visitors' book",
"signed a letter to X", "unterzeichnete das Gästebuch" are no agreements; "a rocket launch
site" is a place, no launch; a headline's "X and Y meet in Z region" and a later sentence
of the same day that names them and a third person at a place in that region's country are one
event, which keeps the region rather than the country; so is a plan with no time of its own
("X and Y were due to hold talks in Z") beside the meeting held.
"""
from __future__ import annotations

import pytest

DAY = "2023-09-13"        # a Wednesday


def _kinds(extract, text, lang):
    return [ev.kind for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Scholz signs the visitors book during his visit to Paris on Wednesday."),
    ("en", "Scholz signed a letter to Macron on Wednesday."),
    ("de", "Scholz unterzeichnete am Mittwoch in Paris das Gästebuch."),
])
def test_a_signed_paper_is_no_agreement(extract, lang, text):
    assert "Agreement" not in _kinds(extract, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Scholz and Macron signed a trade deal on Wednesday."),
    ("de", "Scholz und Macron unterzeichneten am Mittwoch in Paris ein Abkommen über neue Regeln für den Handel."),
])
def test_a_signed_accord_stays_an_agreement(extract, lang, text):               # guard
    assert _kinds(extract, text, lang) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Modi showed Xi Jinping around India's newest rocket launch site on Wednesday.",
    "Xi Jinping toured the missile launch facility on Wednesday.",
])
def test_a_launch_site_launches_nothing(extract, text):
    assert "MissileLaunch" not in _kinds(extract, text, "en")


def test_a_launch_stays_a_launch(extract):                                      # guard
    assert _kinds(extract, "North Korea conducted a missile launch on Wednesday.", "en") == ["MissileLaunch"]


def test_one_gathering_told_twice_on_one_day_is_one_event(extract):
    text = ("Modi and Xi meet in Primorsky Krai\n\n"
            "Xi showed Modi around the space centre on Wednesday.\n\n"
            "Modi poses next to his minister Ravi Kumar at the space centre in Russia, where he met with "
            "China's President Xi Jinping on Wednesday.")
    facts = extract(text, "en", published=DAY)
    gatherings = [ev for ev in facts.events if ev.kind in ("Meeting", "Talks", "Summit")]
    assert len(gatherings) == 1 and gatherings[0].place == "primorsky-krai"


def test_a_plan_with_no_time_of_its_own_is_the_meeting_held(extract):
    text = "Modi met Xi Jinping in Kazan on Wednesday.\n\nModi and Xi Jinping were due to hold talks in Kazan."
    assert [(ev.status, ev.date.iso) for ev in extract(text, "en", published=DAY).events] == [("Happened", DAY)]


def test_a_meeting_to_come_again_stays_a_plan_of_its_own(extract):               # guard
    text = "Modi met Xi Jinping in Kazan on Wednesday.\n\nModi and Xi Jinping plan to meet again in Beijing."
    assert [ev.status for ev in extract(text, "en", published=DAY).events] == ["Happened", "Planned"]
