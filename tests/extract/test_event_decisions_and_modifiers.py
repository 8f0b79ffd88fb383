"""Decisions, obstacles, stances and anaphors: sentences written for this test, in both
languages where the language has the form.

- "decided to suspend", "beschloss, ... auszusetzen", "agreed to suspend": the suspension
  happened; so does the expulsion of "the decision to expel" ("Entscheidung, ... auszuweisen"); an agreement that something must make another side halt stays an agreement
  and keeps its day;
- what stands in the way of a treaty ("the chief obstacle before X can sign a treaty", "das
  größte Hindernis für einen Grenzvertrag") and a pending treaty that is negotiated are no accord;
- a name after "pro-" or "anti-" ("pro-Kremlin campaigns") is a modifier, no actor;
- "in connection with X's trip" is what a protest is about: its place and parties are the
  protest's, and the trip takes none of them;
- whom support is for ("its support for Mexico", "Unterstützung für Mexiko") takes no part;
- "there" and "where he met" point back to a gathering or trip, not to a protest told
  between.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada decided in April to suspend its military cooperation with Brazil."),
    ("en", "Canada and Brazil agreed in April to suspend the trade talks with Mexico."),
    ("de", "Kanada beschloss im April, die Gespräche mit Brasilien auszusetzen."),
    ("de", "Kanada beschloss im April, die Gespräche mit Brasilien zu beenden."),
])
def test_deciding_to_suspend_suspends(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Suspension", "Happened", "2024-04")
    assert {"canada", "brazil"} <= set(ev.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa's decision to expel two Brazilian diplomats angered Brasilia."),
    ("de", "Ottawas Entscheidung, zwei brasilianische Diplomaten auszuweisen, verärgerte Brasilia."),
])
def test_a_decision_to_expel_expels(extract, lang, text):
    # the noun "decision" does the act as the verb "decided" does; no mere intention
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.targets) == ("Expulsion", "Happened", ["brazil"])


def test_agreeing_that_another_side_must_halt_is_an_agreement(extract):
    text = "Scholz and Macron agreed Tuesday that Brazil must be pushed to halt its missile tests."
    [ev] = extract("Ottawa watched. " * 3 + text, "en", published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Agreement", "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "The quarrel over the reefs stands as the chief obstacle before Canada and Brazil can sign a border "
           "treaty."),
    ("de", "Der Streit um die Riffe bleibt das größte Hindernis für einen Grenzvertrag zwischen Kanada und "
           "Brasilien."),
    ("en", "Canada and Brazil have been negotiating a still pending border treaty for decades."),
    ("en", "The dispute remains the main hurdle for better ties between Canada and Brazil and the signing of a "
           "border treaty."),
    ("de", "Der Streit bleibt die größte Hürde für bessere Beziehungen zwischen Kanada und Brasilien und die "
           "Unterzeichnung eines Grenzvertrags."),
])
def test_an_obstacle_or_a_pending_treaty_is_no_accord(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The new pact names disinformation spread by pro-Brazil and pro-Kremlin accounts as a threat."),
    ("de", "Kanada und Mexiko unterzeichneten am Montag ein Abkommen gegen anti-brasilianische Kampagnen."),
])
def test_a_stance_prefix_makes_no_actor(extract, lang, text):
    for ev in extract(text, lang, published=DAY).events:
        assert not {"brazil", "kremlin"} & set(ev.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa lodged a formal protest with the French Embassy in Canada in connection with Macron's trip."),
    ("de", "Kanada schickte der französischen Botschaft im Zusammenhang mit Macrons Reise eine Protestnote."),
])
def test_a_trip_a_protest_is_about_takes_none_of_its_parties(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert [(e.kind, sorted(e.actors)) for e in events] == [("Protest", ["canada", "france"])]


def test_where_he_met_points_back_to_the_trip_not_to_the_protest(extract):
    text = ("Canada condemns Macron's visit to Nunavut\n\nOttawa lodged a formal protest with the French Embassy "
            "in Canada in connection with Macron's trip. Macron arrived in Iqaluit, where he held a meeting about "
            "northern towns.")
    events = extract(text, "en", published=DAY).events
    assert ("Protest", ["canada", "france"]) in [(e.kind, sorted(e.actors)) for e in events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz praised Canada's sanctions on Brazil and its steady support for Mexico."),
    ("de", "Kanada verhängte am Montag neue Sanktionen gegen Brasilien und bekräftigte seine Unterstützung für "
           "Mexiko."),
    ("en", "Canada imposed new sanctions on Brazil on Monday and promised security guarantees for Mexico City."),
    ("de", "Kanada verhängte am Montag neue Sanktionen gegen Brasilien und versprach Sicherheitsgarantien für "
           "Mexiko."),
])
def test_whom_support_is_for_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["brazil", "canada"])
