"""Failed accords, causes with an adverb, speakers who say, and aircraft a relative clause
tells of: sentences written for this test, in both languages.

- "failed to reach an agreement with Y", "fell short of a deal", "Es ist X nicht
  gelungen, mit Y eine Vereinbarung ... zu erzielen": no agreement, but talks were held;
  "failed to meet" denies the meeting; a noun of failure ("the failure of X and Y to sign a
  treaty", "das Unvermögen beider Staaten, ... zu unterzeichnen") tells a state of affairs:
  neither an accord nor talks;
- "due largely to Y's blockade": Y is the cause, no party;
- "officials say ...": who says it takes no part;
- "jets shot flares at a Brazilian plane that violated ...", "auf ein brasilianisches
  Flugzeug ab, das ... verletzte": the plane's country violated the airspace.
"""
from __future__ import annotations

import pytest

DAY = "2023-10-05"


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors)) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada failed to reach an agreement with Brazil on fishing quotas this year."),
    ("en", "Canada and Brazil fell short of a deal about fishing quotas in Ottawa on Tuesday."),
    ("de", "Kanada ist es heuer nicht gelungen, mit Brasilien eine Vereinbarung über den Fischfang zu erzielen."),
])
def test_a_failed_agreement_tells_of_talks(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Talks", ["brazil", "canada"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "The failure of Canada and Brazil to sign a fisheries treaty still burdens their ties."),
    ("en", "Canada and Brazil have argued over quotas for years, which explains the failure of both "
           "governments to conclude a fisheries treaty."),
    ("en", "Canada's inability to meet Brazil has worried Mexico."),
    ("de", "Kanada und Brasilien zeigten ihre Unfähigkeit, ein Fischereiabkommen zu unterzeichnen."),
    ("de", "Das Unvermögen Kanadas und Brasiliens, ein Fischereiabkommen zu schließen, belastet die Beziehungen."),
])
def test_a_noun_of_failure_tells_no_act(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == []


def test_a_failed_meeting_is_no_meeting(extract):
    assert extract("Canada failed to meet Brazil on Tuesday.", "en", published=DAY).events == []


def test_a_cause_with_an_adverb_names_no_party(extract):
    facts = extract("Fishing talks between Canada and Mexico began on Monday after a delay due largely to Brazil's "
                    "blockade.", "en", published=DAY)
    assert _events(facts) == [("Talks", ["canada", "mexico"])]


def test_officials_who_say_take_no_part(extract):
    facts = extract("Canadian Defense Ministry officials say Brazilian and Mexican bombers jointly flew near Canada "
                    "on Friday.", "en", published=DAY)
    assert _events(facts) == [("MilitaryExercise", ["brazil", "mexico"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canadian jets shot flares at a Brazilian spy plane that violated Canada's airspace on Monday."),
    ("de", "Kanadische Kampfjets feuerten Leuchtraketen auf ein brasilianisches Aufklärungsflugzeug ab, das am "
           "Montag den kanadischen Luftraum verletzte."),
    ("en", "A Brazilian patrol plane violated Canada's airspace on Monday."),
])
def test_the_plane_a_relative_clause_tells_of_violated_the_airspace(extract, lang, text):
    violations = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "AirspaceViolation"]
    assert [sorted(ev.actors) for ev in violations] == [["brazil", "canada"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil's failure to cooperate with inspectors prompted Canada to impose new sanctions on Brazil on "
           "Monday."),
    ("en", "The failure to reach a compromise led Canada to impose sanctions on Brazil on Monday."),
])
def test_guard_a_failure_that_prompts_another_act_denies_none(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Sanction", ["brazil", "canada"])]
