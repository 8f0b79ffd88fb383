"""An agreement and the plan it makes, and the phrases that open a sentence before its subject.

- "agreed on Monday to hold a meeting next year": the agreeing is done on its Monday; the
  plan's "next year" is the meeting's, not the agreement's (the words after an infinitive
  "to" belong to the act it names);
- "Amid tensions over Taiwan, Kishida met Biden": the comma ends the opening phrase; the
  subject after it is no item of a list of what the tensions are about;
- what the sides talked or agreed about ("the role of Iranian troops", "the wars in X, Y
  and Z") names no party;
- what two leaders agreed in the talks their sentence opens with, or signed during a dated
  visit, was done on that occasion's day; the visit an agreement was made at was held, unless
  the main verb plans it; "the groundwork for a visit" plans it;
- "keeping X from signing" signs nothing;
- "einigten sich auf einen Besuch", "verständigten sich auf Gespräche" arrange them, as
  "agreed on a visit" does: planned, not held.
"""
from __future__ import annotations

import pytest

DAY = "2024-03-05"          # a Tuesday


def _kinds(facts):
    return sorted((e.kind, e.status) for e in facts.events)


@pytest.mark.parametrize("text", [
    "Norway and Vietnam on Monday agreed to hold a ministerial meeting early next year.",
    "Norway and Vietnam agreed on Monday to hold a ministerial meeting next year.",
])
def test_the_agreeing_is_done_on_its_day_and_the_meeting_is_next_year(extract, text):
    events = {e.kind: e for e in extract(text, "en", published=DAY).events}
    assert (events["Agreement"].status, events["Agreement"].date.iso) == ("Happened", "2024-03-04")
    assert (events["Meeting"].status, events["Meeting"].date.iso) == ("Planned", "2025")


def test_the_agreeing_keeps_its_day_before_talks_next_month(extract):
    events = {e.kind: e for e in extract("Norway and Vietnam agreed on Monday to hold talks next month.",
                                         "en", published=DAY).events}
    assert (events["Agreement"].status, events["Agreement"].date.iso) == ("Happened", "2024-03-04")
    assert (events["Talks"].status, events["Talks"].date.iso) == ("Planned", "2024-04")


def test_a_meeting_held_to_prepare_next_years_summit_was_held(extract):
    facts = extract("The Norwegian minister met his Vietnamese counterpart on Monday to prepare "
                    "next year's summit.", "en", published=DAY)
    meeting = next(e for e in facts.events if e.kind == "Meeting")
    assert (meeting.status, meeting.date.iso) == ("Happened", "2024-03-04")


def test_german_agreement_on_a_meeting_next_spring(extract):
    events = {e.kind: e for e in extract("Norwegen und Vietnam vereinbarten am Montag, im nächsten Frühjahr "
                                         "ein Ministertreffen abzuhalten.", "de", published=DAY).events}
    assert (events["Agreement"].status, events["Agreement"].date.iso) == ("Happened", "2024-03-04")
    assert (events["Meeting"].status, events["Meeting"].date.iso) == ("Planned", "2025")


@pytest.mark.parametrize("text", [
    "Amid tensions over Taiwan, Kishida met Biden in Washington.",
    "Amid the war in Ukraine, Fumio Kishida met Joe Biden in Washington.",
])
def test_the_subject_after_an_opening_phrase_takes_part(extract, text):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Meeting", ["fumio-kishida", "joe-biden"], "washington")


@pytest.mark.parametrize("lang, text", [
    ("en", "The summit in Rome on Monday dealt with the wars in Ukraine, Syria and Yemen."),
    ("de", "Der Gipfel in Rom befasste sich am Montag mit den Kriegen in der Ukraine, Syrien und Jemen."),
])
def test_a_list_of_wars_names_no_party(extract, lang, text):
    assert not any("syria" in e.actors for e in extract(text, lang, published=DAY).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "The two leaders exchanged views on the situation in Syria, including the role of Iranian troops, "
           "and agreed to continue coordinating closely."),
    ("de", "Die beiden Minister sprachen über die Lage in Syrien, darunter die Rolle iranischer Truppen, "
           "und vereinbarten eine engere Abstimmung."),
])
def test_troops_and_situations_talked_about_are_no_parties(extract, lang, text):
    assert not any({"iran", "syria"} & set(e.actors) for e in extract(text, lang, published=DAY).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kato held a phone call with Yoon Suk Yeol on Monday. In their first talks since Kato took office, "
           "the two leaders agreed to continue coordinating closely. In May, Japan and South Korea signed an "
           "agreement on data exchange."),
])
def test_an_agreement_set_in_the_talks_the_sentence_opens_with_has_their_day(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert sorted((e.kind, e.date.iso) for e in events) == [
        ("Agreement", "2023-05"), ("Agreement", "2024-03-04"), ("PhoneCall", "2024-03-04")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Lee and Kato signed a trade pact during the prime minister's visit to Seoul in April 2019."),
    ("de", "Lee und Kato unterzeichneten während des Besuchs des Premiers in Seoul im April 2019 ein "
           "Handelsabkommen."),
])
def test_an_act_during_a_dated_visit_has_the_visits_time(extract, lang, text):
    events = {e.kind: e for e in extract(text, lang, published=DAY).events}
    assert (events["Agreement"].status, events["Agreement"].date.iso) == ("Happened", "2019-04")
    assert (events["Visit"].status, events["Visit"].date.iso) == ("Happened", "2019-04")


def test_the_visit_an_agreement_to_seek_a_solution_was_made_at_was_held(extract):
    events = {e.kind: e for e in extract("Abe and Putin agreed to seek a solution during the prime minister's "
                                         "visit to Russia in April 2013.", "en", published="2016-04-15").events}
    assert (events["Visit"].status, events["Visit"].date.iso) == ("Happened", "2013-04")
    assert (events["Agreement"].status, events["Agreement"].date.iso) == ("Happened", "2013-04")


@pytest.mark.parametrize("text", [
    "Putin will sign a pact during his visit to Tokyo.",
    "Putin plans to sign a pact during his visit to Tokyo.",
])
def test_a_plan_of_the_main_verb_still_plans_the_visit(extract, text):
    assert {e.kind: e.status for e in extract(text, "en", published=DAY).events}["Visit"] == "Planned"


@pytest.mark.parametrize("lang, text", [
    ("en", "They agreed to lay the groundwork for a visit to Norway by Prime Minister Kato."),
    ("en", "They agreed to pave the way for a visit to Norway by Prime Minister Kato."),
    ("de", "Die Minister legten am Montag den Grundstein für einen Besuch von Premier Kato in Norwegen."),
])
def test_a_visit_the_groundwork_is_laid_for_is_to_come(extract, lang, text):
    [visit] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Visit"]
    assert (visit.status, visit.date) == ("Planned", None)


@pytest.mark.parametrize("text", [
    "The dispute lingered, keeping Oslo and Hanoi from signing a peace treaty.",
    "The dispute lingered, preventing Oslo and Hanoi from signing a peace treaty.",
])
def test_kept_from_signing_signs_nothing(extract, text):
    assert extract(text, "en", published=DAY).events == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Putin and Abe held a meeting in Osaka on Saturday. Last year, the two leaders agreed to step up "
           "the negotiations on a peace treaty. During the meeting, the two leaders discussed economic projects."),
    ("de", "Putin und Abe trafen sich am Samstag in Osaka. Im vergangenen Jahr hatten beide mehr Gespräche "
           "vereinbart. Bei dem Treffen sprachen die beiden Politiker über Wirtschaftsprojekte."),
])
def test_talks_set_in_the_meeting_the_sentence_opens_with_are_that_meeting(extract, lang, text):
    events = extract(text, lang, published="2019-06-29").events
    meeting = next(e for e in events if e.kind == "Meeting")
    assert (meeting.place, meeting.date.iso) == ("osaka", "2019-06-29")
    assert len(meeting.sents) == 2 and not any(e.date and e.date.iso == "2018" and len(e.sents) > 1 for e in events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außenminister einigten sich auf einen Besuch von Wang Yi in Tokio."),
    ("de", "Japan und China einigen sich auf Besuch von Wang Yi in Tokio"),
    ("de", "Die Minister verständigten sich auf einen Besuch von Wang Yi in Tokio."),
    ("en", "The ministers agreed on a visit by Wang Yi to Tokyo."),
])
def test_a_visit_agreed_on_is_planned(extract, lang, text):
    visits = [e for e in extract(text, lang, published=DAY).events if e.kind == "Visit"]
    assert [(e.status, e.place, e.date) for e in visits] == [("Planned", "tokyo", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Norway and Vietnam agreed to resume a security dialogue."),
    ("de", "Norwegen und Vietnam vereinbarten, den Sicherheitsdialog wieder aufzunehmen."),
])
def test_a_dialogue_agreed_to_be_resumed_is_planned(extract, lang, text):
    assert [e.status for e in extract(text, lang, published=DAY).events if e.kind == "Talks"] in ([], ["Planned"])
