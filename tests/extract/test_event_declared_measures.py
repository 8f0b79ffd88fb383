"""Measures a government announces are taken when it says so: "Norway to impose sanctions on
Chile", "Norway is to impose ...", "said on Tuesday it would slap sanctions on Chile", "kündigte an, Sanktionen ... zu
verhängen" report sanctions decided that day (a condition or a time of their own keeps them
a plan); German separable verbs of breaking off talks reach their particle across a long
middle field ("kündigte ... die ... Verhandlungen ... auf").
"""
from __future__ import annotations

import pytest

DAY = "2014-03-18"        # a Tuesday


def _sanctions(facts):
    return [(e.status, e.date.iso if e.date else None, sorted(e.targets)) for e in facts.events if e.kind == "Sanction"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Norway to impose sanctions against Chile over Patagonia"),
    ("en", "Norway is to impose sanctions against Chile over Patagonia."),
    ("en", "OSLO (Agency) - Norway on Tuesday said it would slap sanctions on Chile over its move."),
    ("de", "Norwegen kündigte am Dienstag an, Sanktionen gegen Chile zu verhängen."),
])
def test_announced_sanctions_are_decided_that_day(extract, lang, text):
    assert _sanctions(extract(text, lang, published=DAY)) == [("Happened", DAY, ["chile"])]


def test_a_plan_of_sanctions_dated_by_its_dateline_is_that_days_decision(extract):
    text = ("OSLO, April 8 (Agency) - Norway will impose additional sanctions on Chile, banning imports of "
            "wine, the prime minister said on Friday.")
    assert _sanctions(extract(text, "en", published="2022-04-09")) == [("Happened", "2022-04-08", ["chile"])]


def test_sanctions_with_a_time_of_their_own_stay_planned(extract):
    assert _sanctions(extract("Norway will impose sanctions on Chile next month.", "en", published=DAY)) == [
        ("Planned", "2014-04", ["chile"])]


def test_conditional_sanctions_are_not_decided(extract):
    facts = extract("Norway said on Tuesday it will impose sanctions on Chile if Chile annexes the islands.", "en",
                    published=DAY)
    assert [s for s in _sanctions(facts) if s[0] == "Happened"] == []


@pytest.mark.parametrize("text", [
    "Zudem kündigte Russland zu Wochenbeginn die jahrelangen Verhandlungen mit Oslo im Streit um die "
    "Pazifik-Inselgruppe der Nordkaps auf.",
    "Norwegen brach am Montag die seit Jahren laufenden Gespräche mit Chile über die Fischereirechte in der "
    "Antarktis ab.",
])
def test_breaking_off_talks_reaches_its_particle_across_a_long_middle_field(extract, text):
    assert [e.kind for e in extract(text, "de", published=DAY).events] == ["Suspension"]


def test_a_preposition_mid_clause_breaks_off_nothing(extract):
    facts = extract("Russland kündigte zu Wochenbeginn neue Manöver auf den Kurilen an.", "de", published=DAY)
    assert not any(e.kind == "Suspension" for e in facts.events)



def test_a_measure_from_a_day_past_a_comma_is_a_plan_of_that_day(extract):
    text = ("Japan will ban exports to Russia of large vehicles, including hybrid cars, from August 9, the "
            "minister said on Friday.")
    assert _sanctions(extract(text, "en", published="2023-07-28")) == [("Planned", "2023-08-09", [])]


@pytest.mark.parametrize("text", ["Japan verbietet ab dem 9. August den Export von Autos nach Russland.",
                                  "Japan stoppt den Import von russischer Kohle."])
def test_german_bans_of_exports_and_imports_are_sanctions(extract, text):
    assert [e.kind for e in extract(text, "de", published="2023-07-28").events] == ["Sanction"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil declared 40 Canadian diplomats personae non gratae on Monday."),
    ("de", "Brasilien erklärte am Montag einen kanadischen Diplomaten zur Persona non grata."),
])
def test_diplomats_declared_unwelcome_are_expelled_by_the_declaring_state(extract, lang, text):
    [ev] = extract(text, lang, published="2025-09-10").events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.targets) == ("Expulsion", "Happened", ["brazil", "canada"], ["canada"])


def test_an_export_the_state_has_banned_is_a_sanction(extract):
    [ev] = extract("Brasilien hat den Export von Gütern nach Kanada verboten.", "de", published="2025-09-10").events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["brazil", "canada"])


@pytest.mark.parametrize("lang, text", [
    ("en", "Norway on Monday ordered the expulsion of twelve Chilean diplomats."),
    ("en", "The Norwegian prime minister ordered sanctions against Chile on Monday."),
    ("de", "Norwegen ordnete am Montag die Ausweisung von zwölf chilenischen Diplomaten an."),
    ("de", "Norwegen hat am Montag Sanktionen gegen Chile angeordnet."),
])
def test_a_measure_ordered_is_taken_that_day(extract, lang, text):
    found = [(e.kind, e.status, e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
             if e.kind in ("Expulsion", "Sanction")]
    assert len(found) == 1 and found[0][1:] == ("Happened", "2014-03-17")


@pytest.mark.parametrize("lang, text", [
    ("en", "Norway demanded the expulsion of twelve Chilean diplomats."),
    ("en", "Norway called for sanctions against Chile."),
    ("de", "Norwegen forderte die Ausweisung von zwölf chilenischen Diplomaten."),
])
def test_a_measure_asked_for_stays_a_plan(extract, lang, text):
    assert [e.status for e in extract(text, lang, published=DAY).events if e.kind in ("Expulsion", "Sanction")] \
        in ([], ["Planned"])
