"""What a clause is said in, and what the talk is about: sentences written for this test.

- "X expressed concern ... in a meeting with Y", "X äußerte bei einem Treffen mit Y ...":
  X took part, as with a phone call (a verb of saying must come between, so not "told
  reporters during a trip that talks must go on").
- "concern about Russian ships in a meeting", "Sorge über russische Schiffe": the country of
  the ships talked about is no party of the meeting (of a drill it is).
- "During a news conference on Tuesday, X said": X held it.
- Navy ships that "entered the Caribbean Sea through the Yucatan Channel" transit, as ships
  that passed through it do.
- "X talks to reporters" is no talks (English; German says "spricht mit Journalisten").
- a joint press conference of a guest and the host after the visit is the visit's occasion.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


DUPONT_MEETS = {"new:Person:jean dupont", "new:Person:bill blair"}


@pytest.mark.parametrize("lang,text,people", [
    ("en", "Defense Minister Jean Dupont expressed concern about Brazilian warships in a meeting with Canadian "
           "Defense Minister Bill Blair on Monday.", DUPONT_MEETS),
    ("de", "Verteidigungsminister Jean Dupont äußerte am Montag bei einem Treffen mit dem kanadischen "
           "Verteidigungsminister Bill Blair seine Sorge über brasilianische Kriegsschiffe.", DUPONT_MEETS),
])
def test_who_speaks_in_a_meeting_is_in_it_and_the_ships_are_its_topic(lang, text, people):
    [ev] = run(text, lang, published="2024-05-08").events
    assert set(ev.actors) == people


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian warships held drills with Canadian frigates off Halifax on Monday."),
])
def test_the_ships_of_a_drill_are_its_parties(lang, text):
    # guard: only talk is about ships; a drill is done by them
    [ev] = run(text, lang, published="2024-05-08").events
    assert {"brazil", "canada"} <= set(ev.actors)


def test_what_is_told_during_a_trip_is_no_setting_of_talks():
    # guard: "talks" after "that" are what he said, not where he said it
    facts = run("Justin Trudeau arrived in Rome. He told reporters during the trip that talks with Brazil "
                "must go on.", "en", published="2024-05-08")
    assert not [ev for ev in facts.events if ev.kind == "Talks"]


@pytest.mark.parametrize("lang,text", [
    ("en", "During a news conference on Tuesday, Macron said that Canada was a reliable partner."),
    ("de", "Bei einer Pressekonferenz am Dienstag sagte Macron, Kanada sei ein verlässlicher Partner."),
])
def test_who_speaks_during_a_news_conference_holds_it(lang, text):
    [ev] = run(text, lang, published="2024-05-08").events
    assert (ev.kind, ev.actors[:1], ev.date.iso) == ("PressConference", ["emmanuel-macron"], "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "Four Brazilian Navy ships entered the Caribbean Sea through the Yucatan Channel on Sunday."),
    ("en", "On Sunday four Brazilian navy ships passed the Yucatan Channel and sailed through it."),
])
def test_navy_ships_entering_a_sea_through_a_strait_transit(lang, text):
    [ev] = run(text, lang, published="2024-05-08").events
    assert (ev.kind, ev.actors, ev.date.iso) == ("MilitaryExercise", ["brazil"], "2024-05-05")


@pytest.mark.parametrize("text", [
    "Foreign Minister Jean Dupont talks to reporters in Rome on Friday.",
    "Jean Dupont talks with journalists in Paris on Monday.",
])
def test_talking_to_the_press_is_no_talks(text):
    assert [ev.kind for ev in run(text, "en", published="2024-05-08").events if ev.kind == "Talks"] == []


def test_talks_with_a_country_stay_talks():
    # guard: "talks with" a party
    [ev] = run("Dupont held talks with Canada in Rome on Friday.", "en", published="2024-05-08").events
    assert ev.kind == "Talks"



@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz paid a state visit to Macron in Paris on Monday. \"We stand together,\" Scholz told a joint "
           "press conference with Macron."),
    ("de", "Scholz ist am Montag zu einem Staatsbesuch bei Macron in Paris eingetroffen. \"Wir stehen zusammen\", "
           "sagte Scholz auf einer gemeinsamen Pressekonferenz mit Macron."),
])
def test_the_joint_press_conference_of_a_visit_is_the_visits_occasion(lang, text):
    """A guest's press conference with the host, told after the visit without a date, is the
    visit's (it stood apart, undated, and could join the pair's meeting of another year)."""
    [ev] = run(text, lang, published="2024-05-08").events
    assert (ev.kind, ev.place, ev.date.iso) == ("Visit", "paris", "2024-05-06")
    assert {"olaf-scholz", "emmanuel-macron"} <= set(ev.actors)
