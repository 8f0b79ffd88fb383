"""Meetings held on the sidelines of a gathering: sentences written for this test.

- The gathering is the meeting's occasion ("on the sidelines of the NATO summit", "am
  Rande des Gipfels"), not a gathering of the two people: the meeting is a meeting (not a
  summit), the summit keeps its own participants.
- A meeting whose sentence names no place or date takes those of the gathering the article
  reports; a planned one is then kept (before, a plan with neither was dropped as a mere
  intention).
- The occasion's body picks the gathering ("the NATO summit", not the G7's).
- The occasion is that of the meeting named nearest to it (in German the verb often
  follows: "soll am Rande des Gipfels mit Y zusammentreffen"), not of one in an aside.
- Without such a gathering in the article nothing is taken, and a planned meeting with
  neither place nor date stays out; nor is another meeting held there such a gathering.
- The summit named again with the two who met at it ("Earlier, X and Y attended the
  summit") is the summit, not their meeting: the two stay two events.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

SUMMIT = {
    "en": "NATO leaders gather in Vilnius on July 11 for their annual summit. ",
    "de": "Die Bündnisstaaten der NATO kommen am 11. Juli in Vilnius zu ihrem Gipfel zusammen. ",
}


@pytest.mark.parametrize("lang,text", [
    ("en", "French President Emmanuel Macron is scheduled to meet Justin Trudeau on the sidelines of the NATO summit."),
    ("en", "Macron will hold talks with Justin Trudeau on the margins of the summit."),
    ("de", "Der französische Staatschef Emmanuel Macron soll am Rande des NATO-Gipfels kurz mit Justin Trudeau "
           "zusammentreffen."),
    ("de", "Macron wird am Rande des Gipfels Gespräche mit Justin Trudeau führen."),
])
def test_a_planned_sideline_meeting_takes_the_summits_place_and_date(lang, text):
    facts = run(SUMMIT[lang] + text, lang, published="2023-07-03")
    [meeting] = [ev for ev in facts.events if "justin-trudeau" in ev.actors]
    assert meeting.kind in ("Meeting", "Talks") and meeting.status == "Planned"
    assert set(meeting.actors) == {"emmanuel-macron", "justin-trudeau"}
    assert (meeting.place, meeting.date.iso) == ("vilnius", "2023-07-11")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Justin Trudeau on the sidelines of the NATO summit."),
    ("de", "Macron traf Justin Trudeau am Rande des NATO-Gipfels."),
])
def test_a_held_sideline_meeting_is_no_part_of_the_summit(lang, text):
    facts = run(SUMMIT[lang] + text, lang, published="2023-07-12")
    [summit] = [ev for ev in facts.events if ev.kind == "Summit"]
    [meeting] = [ev for ev in facts.events if ev.kind != "Summit"]
    assert "justin-trudeau" not in summit.actors
    assert (meeting.kind, set(meeting.actors)) == ("Meeting", {"emmanuel-macron", "justin-trudeau"})
    assert (meeting.place, meeting.date.iso) == ("vilnius", "2023-07-11")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Justin Trudeau on the sidelines of Monday's G20 summit in Osaka."),
    ("de", "Macron traf Justin Trudeau am Montag am Rande des G20-Gipfels in Osaka."),
])
def test_a_meeting_at_a_summit_told_only_as_its_occasion_is_a_meeting(lang, text):
    [ev] = run(text, lang, published="2019-06-26").events
    assert (ev.kind, set(ev.actors), ev.place, ev.date.iso) == (
        "Meeting", {"emmanuel-macron", "justin-trudeau"}, "osaka", "2019-06-24")


@pytest.mark.parametrize("lang,text", [
    ("en", "G7 leaders met in Hiroshima on May 20. NATO leaders gather in Vilnius on July 11 for their summit. "
           "Macron is expected to meet Justin Trudeau on the sidelines of the NATO summit."),
    ("de", "Die G7-Staaten trafen sich am 20. Mai in Hiroshima. Die NATO kommt am 11. Juli in Vilnius zum Gipfel "
           "zusammen. Macron wird am Rande des NATO-Gipfels Gespräche mit Justin Trudeau führen."),
])
def test_the_occasions_body_names_the_gathering(lang, text):
    facts = run(text, lang, published="2023-07-03")
    [meeting] = [ev for ev in facts.events if "justin-trudeau" in ev.actors]
    assert (meeting.place, meeting.date.iso) == ("vilnius", "2023-07-11")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Canadian Prime Minister Justin Trudeau held talks on the sidelines of the G20 in "
           "Osaka on Monday, the Elysee said. Macron will also meet Brazilian President Lula on the sidelines of "
           "the summit."),
])
def test_a_meeting_held_there_gives_no_place_to_another(lang, text):
    # the gathering a planned meeting takes its place from is a summit the article reports,
    # not another meeting on its sidelines
    facts = run(text, lang, published="2019-06-26")
    assert [ev.place for ev in facts.events if "justin-trudeau" in ev.actors] == ["osaka"]
    assert not [ev for ev in facts.events if ev.status == "Planned"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron will meet Justin Trudeau on the sidelines of the summit."),
    ("de", "Macron wird am Rande des Gipfels mit Justin Trudeau zusammentreffen."),
])
def test_without_the_gathering_a_plan_with_no_setting_stays_out(lang, text):
    assert run(text, lang, published="2023-07-03").events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "On the sidelines of the NATO summit, Macron told reporters that Canada had been a loyal partner."),
    ("de", "Am Rande des NATO-Gipfels sagte Macron vor Journalisten, Kanada sei ein treuer Partner."),
])
def test_an_occasion_alone_is_the_gathering(lang, text):
    facts = run(SUMMIT[lang] + text, lang, published="2023-07-12")
    # one gathering, the summit: no second one for what was said on its sidelines
    assert [(ev.place, ev.date.iso) for ev in facts.events] == [("vilnius", "2023-07-11")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron, who will hold talks with EU leaders in Brussels on Friday, is scheduled to meet Justin "
           "Trudeau on the sidelines of the NATO summit."),
    ("de", "Macron, der am Freitag in Brüssel mit der EU verhandeln wird, soll am Rande des NATO-Gipfels zudem "
           "mit Justin Trudeau zusammentreffen."),
])
def test_the_occasion_is_that_of_the_meeting_named_nearest_to_it(lang, text):
    facts = run(SUMMIT[lang] + text, lang, published="2023-07-03")
    places = {ev.place for ev in facts.events if "justin-trudeau" in ev.actors}
    assert places == {"vilnius"}
    assert [ev.place for ev in facts.events if "european-union" in ev.actors] == ["brussels"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau met Emmanuel Macron in Kazan on Wednesday on the margins of the BRICS summit.\n\n"
           "Earlier, Trudeau and Macron attended the opening session of the BRICS summit."),
    ("en", "Justin Trudeau met Emmanuel Macron on the sidelines of the NATO summit in Vilnius on Wednesday.\n\n"
           "Both Trudeau and Macron attended the NATO summit."),
])
def test_a_summit_named_again_with_the_two_who_met_at_it_stays_apart_from_their_meeting(lang, text):
    events = run(text, lang, published="2024-10-24").events
    assert sorted((e.kind, tuple(sorted(e.actors))) for e in events) == [
        ("Meeting", ("emmanuel-macron", "justin-trudeau")),
        ("Summit", tuple(sorted({"emmanuel-macron", "justin-trudeau", "brics" if "BRICS" in text else "nato"})))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz, Macron and Trudeau met at the NATO summit in Vilnius on Wednesday. The NATO summit ended with a "
           "declaration signed by Scholz, Macron and Trudeau."),
])
def test_guard_those_who_met_at_the_summit_told_again_are_the_summit(lang, text):
    gatherings = [ev for ev in run(text, lang, published="2024-10-24").events if ev.kind in ("Summit", "Meeting")]
    assert [ev.kind for ev in gatherings] == ["Summit"]
