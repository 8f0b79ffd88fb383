"""Acts that are arranged, proposed, ordered or asked for, and acts denied far from their
noun: sentences written for this test, in both languages.

- a German verb of arranging that ends the clause ("hat ein Treffen ... angekündigt") makes
  the meeting a plan with the time before it, and the announcing is no second event;
- a meeting in a that-clause of a verb of arranging ("proposed that they hold a summit") or
  in an infinitive hanging on one ("schlug vor, ein Treffen abzuhalten") is a plan;
- an act ordered or asked for ("ordered the deployment of", "um die Stationierung
  gebeten", "a request for talks", "einen Antrag auf ein Treffen") is not done yet, and the
  day of the asking is not its day; a request refused ("rejected Mexico's request to hold a
  meeting", "lehnte die Bitte Mexikos um ein Treffen ab") holds none;
- a plan announced in the pluperfect ("had announced the trip in late April", "hatte die
  Reise Ende April angekündigt") takes no date from it: the announcing's month, before the
  news; "für"/"for" still sets the plan's;
- "for September", "für September" is a month; "set for" tells a plan, "due to their
  claims" does not;
- a gathering whose own day follows "for"/"für" ("hat für Freitag eine Sitzung einberufen",
  "called a meeting for Friday", "das für Ende Mai geplante Treffen") is set for that coming day;
- a German sentence-initial subject's verb, however far, tells its status ("Ein Treffen ...
  soll ... stattfinden");
- "met condemnation from" meets no one;
- a bracketed acronym ends no clause ("the Economic Forum (EF) in Paris");
- a German present-tense headline verb before the airspace ("verletzen ... Luftraum") tells
  a violation;
- a negation before a long name of a treaty denies it ("never signed a post-war border
  treaty").
"""
from __future__ import annotations

import pytest

DAY = "2023-05-20"          # a Saturday


def kinds(facts):
    return sorted((e.kind, e.status) for e in facts.events)


@pytest.mark.parametrize("lang,text,date", [
    ("de", "Scholz hat ein Treffen mit Macron im September angekündigt.", "2023-09"),
    ("de", "Scholz hat ein Treffen mit Macron für September angekündigt.", "2023-09"),
    ("de", "Scholz hat ein Treffen mit Macron für den 3. September angekündigt.", "2023-09-03"),
    ("en", "Scholz has announced a meeting with Macron for September.", "2023-09"),
])
def test_an_announced_meeting_is_a_plan_with_its_own_time(extract, lang, text, date):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Planned", date)
    assert ev.actors == ["olaf-scholz", "emmanuel-macron"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz proposed to Macron that they hold a summit in Paris in November."),
    ("de", "Scholz hat Macron vorgeschlagen, im November ein Gipfeltreffen in Paris abzuhalten."),
    ("de", "Scholz hat Macron vorgeschlagen, im November ein Gipfeltreffen in Paris zu halten."),
])
def test_a_proposed_summit_is_no_summit_held(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert all(e.status == "Planned" for e in events)
    assert all(e.date.iso == "2023-11" for e in events if e.date)
    assert events or lang == "en"        # English: a proposal alone tells no occurrence


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz ordered the deployment of more soldiers to Lithuania."),
    ("de", "Scholz hat die Stationierung weiterer Truppen in Litauen angeordnet."),
    ("de", "Scholz ordnete die Stationierung weiterer Truppen in Litauen an."),
])
def test_a_deployment_ordered_or_asked_for_is_not_done(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status) == ("Deployment", "Planned")


@pytest.mark.parametrize("lang,text", [
    ("en", "Bolivia and Peru had asked for a deployment of Canadian soldiers."),
    ("de", "Bolivien und Peru hatten Kanada um die Stationierung von Soldaten gebeten."),
])
def test_a_request_of_states_alone_is_no_event(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("text,status", [
    ("A meeting of Scholz with Macron was set for September.", "Planned"),
    ("In 2021, the talks between Scholz and Macron began late due to a quarrel about fishing.", "Happened"),
])
def test_set_for_tells_a_plan_and_due_to_a_cause(extract, text, status):
    [ev] = extract(text, "en", published=DAY).events
    assert ev.status == status


def test_a_distant_modal_verb_of_a_german_subject_tells_a_plan(extract):
    text = "Ein Treffen von Scholz mit Macron im November beim Gipfel in Brasilien soll nach Angaben aus Berlin stattfinden."
    events = extract(text, "de", published=DAY).events
    assert [(e.status, e.date.iso) for e in events] == [("Planned", "2023-11")]


@pytest.mark.parametrize("text", [
    "Brazil met condemnation from Canada and France for its actions.",
    "The plan met with criticism from Canada.",
])
def test_meeting_condemnation_meets_no_one(extract, text):
    assert extract(text, "en", published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz wolle sich mit Macron während des Forums Europäische Wirtschaft (FEW) in Paris treffen."),
    ("en", "The Canadian Air Force (RCAF) scrambled two jets on Friday to intercept Brazilian bombers."),
])
def test_a_bracketed_acronym_ends_no_clause(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    if lang == "de":
        assert (ev.status, ev.place) == ("Planned", "paris")
    else:
        assert (ev.kind, sorted(ev.actors)) == ("Interception", ["brazil", "canada"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Brasilianische Bomber verletzen kanadischen Luftraum"),
    ("de", "Brasilien verletzte am Freitag erneut den Luftraum Kanadas."),
    ("en", "Brazilian bombers violate Canadian airspace"),
])
def test_a_verb_before_the_airspace_tells_a_violation(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("AirspaceViolation", ["brazil", "canada"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil still have not concluded a formal post-Cold War border treaty."),
    ("de", "Kanada und Brasilien haben nie einen förmlichen Nachkriegs-Friedensvertrag unterzeichnet."),
])
def test_a_negation_before_a_long_treaty_name_denies_it(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


def test_the_time_of_what_was_agreed_at_a_meeting_is_not_the_meetings(extract):
    text = ("Beim Treffen der Verteidigungsminister in Brüssel einigten sich Kanada und Brasilien darauf, "
            "im kommenden Jahr Truppen nach Bolivien zu schicken.")
    events = extract(text, "de", published=DAY).events
    assert [(e.kind, e.status, e.place, e.date.iso) for e in events] == [("Meeting", "Happened", "brussels", DAY)]


@pytest.mark.parametrize("text", [
    "Canada and Brazil consented to holding a yearly security forum in Ottawa in June.",
    "Canada and Brazil agreed to hosting a yearly security forum in Ottawa in June.",
])
def test_agreeing_or_consenting_to_holding_a_gathering_plans_it(extract, text):
    [ev] = [e for e in extract(text, "en", published="2024-05-10").events if e.kind == "Meeting"]
    assert (ev.status, ev.place, ev.date.iso) == ("Planned", "ottawa", "2024-06")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada hat für Freitag eine Dringlichkeitssitzung mit Mexiko einberufen."),
    ("en", "Canada called an emergency meeting with Mexico for Friday."),
])
def test_a_gathering_set_for_a_day_is_still_to_come(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert (ev.status, ev.date.iso) == ("Planned", "2023-05-26")


def test_a_meeting_planned_for_a_coming_month_is_that_month(extract):
    text = "Mit Blick auf das für Ende Juni geplante Treffen zwischen Kanada und Mexiko sagte der Minister, es gebe Fortschritte."
    [ev] = [e for e in extract(text, "de", published=DAY).events if e.kind == "Meeting"]
    assert (ev.status, ev.date.iso) == ("Planned", "2023-06")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada und Mexiko trafen sich am Freitag für zwei Stunden in Ottawa."),
    ("en", "Canada and Mexico met on Friday for two hours in Ottawa."),
])
def test_a_day_the_meeting_was_held_stays_past(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert (ev.status, ev.date.iso) == ("Happened", "2023-05-19")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada thanked Mexico for Friday's talks in Ottawa."),
    ("de", "Das für Freitag geplante Treffen zwischen Kanada und Mexiko fand wie vorgesehen in Ottawa statt."),
])
def test_a_day_one_thanks_for_or_that_was_held_is_past(extract, lang, text):
    found = [(e.status, e.date.iso) for e in extract(text, lang, published=DAY).events
             if e.kind in ("Talks", "Meeting")]
    assert found == [("Happened", "2023-05-19")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada had rejected a Mexican request to hold an urgent meeting of the council."),
    ("en", "Canada refused Mexico's request for talks on Monday."),
    ("de", "Kanada hatte einen mexikanischen Antrag auf eine Sondersitzung des Rates abgelehnt."),
    ("de", "Kanada lehnte die Bitte Mexikos um ein Treffen am Montag ab."),
])
def test_a_refused_request_holds_no_meeting(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday Lula made a request for a meeting with Trudeau in Ottawa."),
    ("de", "Lula stellte am Donnerstag einen Antrag auf ein Treffen mit Trudeau in Ottawa."),
])
def test_a_meeting_asked_for_is_a_plan_without_the_asking_day(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date, ev.place) == ("Meeting", "Planned", None, "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz wiederholte seine Forderung auf dem Gipfel am Donnerstag in Brüssel."),
    ("de", "Macron unterbreitete den Vorschlag auf dem Treffen der Außenminister am Donnerstag in Brüssel."),
])
def test_guard_a_demand_made_at_a_gathering_asks_for_none(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.status, ev.date.iso, ev.place) == ("Happened", "2023-05-18", "brussels")


@pytest.mark.parametrize("text", [
    "Lula made a request for a meeting with Trudeau in Ottawa on Thursday.",
    "The bid for a meeting with Trudeau in Ottawa failed, but Lula spoke with Macron on Thursday.",
])
def test_a_requested_meeting_takes_no_day_of_the_asking_nor_of_another_clause(extract, text):
    [ev] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Meeting"]
    assert (ev.status, ev.date) == ("Planned", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula had announced the trip to Ottawa with Trudeau in late April."),
    ("de", "Lula hatte die Reise nach Ottawa zu Trudeau bereits Ende April angekündigt."),
    ("de", "Lula hatte die Reise nach Ottawa zu Trudeau Ende April angekündigt und damit Mexiko verärgert."),
])
def test_a_plans_pluperfect_announcing_gives_it_no_date(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.place, ev.date) == ("Visit", "Planned", "ottawa", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula had announced a trip to Ottawa with Trudeau for late June."),
    ("de", "Lula hatte für Ende Juni eine Reise nach Ottawa zu Trudeau angekündigt."),
])
def test_guard_a_pluperfect_announcing_keeps_a_date_set_for_the_plan(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.status, ev.date.iso) == ("Planned", "2023-06")

