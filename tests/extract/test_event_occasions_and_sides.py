"""Occasions named with a preposition of setting, and the sides of an act: sentences
written for this test.

- A summit of a named body that a meeting is held "at" or "during" ("during the G20
  summit in Rio", "beim G20-Gipfel in Rio") is its occasion, as "on the sidelines of" is:
  the meeting is a meeting of its people, held there. Not "at their summit" or "at a summit
  in Ottawa" (no body: as likely their own), nor a meeting "at a meeting".
- A summit named only as an occasion is no event, unless the article names the summit again
  ("invited to the G7 summit"): then it keeps the occasion's place.
- "both nations" are those of the people the sentence names (before, those of the gathering
  told before it).
- German inversion: "Dies betonte am Freitag Staatschef X nach seinem Gespräch mit Y": X
  took part.
- "the ban on nine French citizens, including X, from entering Canada": Canada bans.
- Summoning representatives of an embassy is a summons.
- "..., the French spokesman said": the name before the comma is no spokesman (English;
  German puts the verb first, "sagte der Sprecher").
- "Ottawa, which hosted a G7 summit": the hosting city is the summit's place (English).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Justin Trudeau during the G20 summit in Rio on Friday."),
    ("en", "Macron held talks with Justin Trudeau at the G20 summit in Rio on Friday."),
    ("de", "Macron traf Justin Trudeau während des G20-Gipfels in Rio am Freitag."),
    ("de", "Beim G20-Gipfel in Rio traf Macron am Freitag Justin Trudeau."),
])
def test_a_meeting_at_a_bodys_summit_is_a_meeting_held_there(lang, text):
    [ev] = run(text, lang, published="2024-11-18").events
    assert (ev.kind in ("Meeting", "Talks"), set(ev.actors), ev.place, ev.date.iso) == (
        True, {"emmanuel-macron", "justin-trudeau"}, "new:Place:rio", "2024-11-15")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau talked trade at their summit in Ottawa on Friday."),
    ("en", "Macron met Trudeau at a summit in Ottawa on Friday."),
    ("de", "Macron und Trudeau sprachen am Freitag bei ihrem Gipfel in Ottawa über den Handel."),
])
def test_a_summit_without_a_body_stays_the_summit(lang, text):
    [ev] = run(text, lang, published="2024-11-18").events
    assert (ev.kind, ev.place) == ("Summit", "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau held talks on the margins of the two-day G7 summit in Rome. "
           "Lula also came to the G7 summit as a guest."),
    ("de", "Macron und Trudeau trafen sich am Rande des dreitägigen G7-Gipfels in Rom. "
           "Lula war als Gast zum G7-Gipfel eingeladen."),
])
def test_a_summit_named_again_keeps_the_occasions_place(lang, text):
    facts = run(text, lang, published="2024-06-15")
    # the summit, and the meeting held there
    assert sorted((ev.kind == "Summit", ev.place) for ev in facts.events) == [(False, "rome"), (True, "rome")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Trudeau on the margins of the two-day G7 summit in Rome on Friday."),
    ("de", "Macron traf Trudeau am Freitag am Rande des dreitägigen G7-Gipfels in Rom."),
])
def test_a_summit_named_only_as_the_occasion_is_no_event(lang, text):
    assert [ev.kind for ev in run(text, lang, published="2024-06-15").events] == ["Meeting"]


def test_both_nations_are_those_of_the_people_the_sentence_names():
    facts = run("Macron met Trudeau in Ottawa on Monday. Xi warmly received Putin in Beijing on a trip both "
                "nations call historic.", "en", published="2024-05-02")
    [meeting] = [ev for ev in facts.events if "xi-jinping" in ev.actors]
    assert {"canada", "france"}.isdisjoint(meeting.actors) and {"china", "russia"} <= set(meeting.actors)


@pytest.mark.parametrize("lang,text", [
    ("de", "Dies betonte am Freitag Frankreichs Staatschef Emmanuel Macron nach seinem Gespräch mit "
           "Justin Trudeau in London."),
    ("en", "So said French President Emmanuel Macron on Thursday after his meeting with Justin Trudeau in London."),
])
def test_the_speaker_after_the_verb_took_part(lang, text):
    [ev] = run(text, lang, published="2024-05-03").events
    assert set(ev.actors) == {"emmanuel-macron", "justin-trudeau"}


def test_a_speaker_before_his_verb_is_no_part_of_what_he_reports():
    # guard: the subject of another clause ("Trudeau sagte, ...") is not taken
    facts = run("Trudeau sagte, Macron habe nach seinem Treffen mit Olaf Scholz in London gelächelt.", "de",
                published="2024-05-03")
    assert all("justin-trudeau" not in ev.actors for ev in facts.events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Paris protested against the ban on nine French citizens, including Foreign Minister Jean Dupont, "
           "from entering Canada."),
    ("de", "Neun französischen Bürgern wurde die Einreise nach Kanada verboten."),
])
def test_the_country_whose_entry_is_barred_bars_it(lang, text):
    [ban] = [ev for ev in run(text, lang, published="2024-05-03").events if ev.kind == "EntryBan"]
    assert ban.actors[0] == "canada" and "france" in ban.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Paris summoned two representatives of the Canadian Embassy on Monday over an exhibition in Ottawa."),
    ("de", "Das französische Außenministerium bestellte einen Vertreter der kanadischen Botschaft ein."),
])
def test_summoning_an_embassys_representative_is_a_summons(lang, text):
    [ev] = run(text, lang, published="2024-05-02").events
    assert ev.kind == "Protest" and "canada" in ev.actors


def test_a_name_before_a_spokesman_who_speaks_is_no_spokesman():
    facts = run("Macron would like to meet Canadian Prime Minister Justin Trudeau, the French spokesman said.", "en")
    assert {(r.person, r.role) for r in facts.roles} == {("justin-trudeau", "prime-minister")}


@pytest.mark.parametrize("text", [
    "Macron spoke to reporters in Ottawa, which hosted a G7 summit this week.",
    "Ottawa will host the G7 summit next month, the government said.",
])
def test_the_city_that_hosts_a_summit_is_its_place(text):
    # English only: German puts the verb last ("Ottawa, das den Gipfel ausrichtete")
    summits = [ev for ev in run(text, "en", published="2023-07-12").events if ev.kind == "Summit"]
    assert [ev.place for ev in summits] == ["ottawa"]
