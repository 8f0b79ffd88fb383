"""Leaving a treaty or an alliance is a suspension of it in German too: "Austritt aus dem
Abrüstungsvertrag", "Rückzug/Ausstieg aus dem Abkommen", "ist aus dem Vertrag ausgetreten", "trat aus dem Vertrag ... aus"; not
leaving a party, nor a threatened exit. An exit named after "nach" is the act before the
news and leaves the news's own suspension standing. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _suspensions(extract, text):
    return [(sorted(e.actors), e.date.iso if e.date else None) for e in extract(text, "de", published=DAY).events
            if e.kind == "Suspension"]


@pytest.mark.parametrize("text", [
    "Russland ist am Dienstag endgültig aus dem KSE-Vertrag ausgetreten.",
    "Russland trat am Dienstag aus dem Vertrag über konventionelle Streitkräfte aus.",
    "Russland hat am Dienstag den Austritt aus dem Abrüstungsvertrag vollzogen.",
    "Russland hat am Dienstag seinen Rückzug aus dem Abrüstungsvertrag angekündigt.",
    "Russland hat am Dienstag den Ausstieg aus dem Atomabkommen verkündet.",
])
def test_leaving_a_treaty_is_a_suspension(extract, text):
    assert _suspensions(extract, text) == [(["russia"], "2023-11-21")]


@pytest.mark.parametrize("text", [
    "Der Abgeordnete ist am Dienstag aus der Partei ausgetreten.",
    "Ungarn droht mit dem Austritt aus dem Abkommen.",
])
def test_leaving_a_party_or_threatening_to_leave_is_none(extract, text):
    assert _suspensions(extract, text) == []


def test_an_exit_after_nach_leaves_the_news_suspension_standing(extract):
    text = "Nach Russlands endgültigem Austritt aus dem Abrüstungsvertrag setzt die Nato den Vertrag aus."
    assert sorted(actors for actors, _ in _suspensions(extract, text)) == [["nato"], ["russia"]]


def test_an_earlier_suspension_told_in_the_pluperfect_is_an_act_of_its_own(extract):
    text = ("Nach Russlands endgültigem Austritt aus dem Abrüstungsvertrag hat die Nato das Abkommen am Dienstag "
            "ausgesetzt. Schon 2007 hatte Russland die Umsetzung des Vertrags ausgesetzt.")
    found = _suspensions(extract, text)
    assert (["nato"], "2023-11-21") in found and (["russia"], "2007") in found


@pytest.mark.parametrize("text", [
    "Die Nato legte am Dienstag ihre Beteiligung am Rüstungskontrollvertrag auf Eis.",
    "Die Nato hat am Dienstag ihre Teilnahme an dem Vertrag auf Eis gelegt.",
])
def test_putting_ones_part_in_a_treaty_on_ice_is_a_suspension(extract, text):
    assert _suspensions(extract, text) == [(["nato"], "2023-11-21")]


def test_putting_plans_on_ice_is_none(extract):
    assert _suspensions(extract, "Die Regierung legt die Pläne für den Flughafen auf Eis.") == []


def test_a_retreat_of_troops_is_no_treaty_exit(extract):            # guard
    assert not _suspensions(extract, "Der Rückzug der Truppen aus dem Gebiet begann am Dienstag.")


@pytest.mark.parametrize("text", [
    "Einen Ausstieg aus dem Atomabkommen schloss Iran am Dienstag aus.",
    "Iran schloss am Dienstag einen Austritt aus dem Atomabkommen aus.",
])
def test_an_exit_ruled_out_is_none(extract, text):
    assert not _suspensions(extract, text)


def test_a_second_verb_with_the_particle_is_not_ruled_out(extract):   # guard
    assert _suspensions(extract, "Russland schloss am Dienstag die Grenze zu Kanada und setzte die Gespräche aus.") \
        == [(["russia"], "2023-11-21")]


def test_a_meeting_in_a_clause_that_rules_talks_out_stays(extract):    # guard
    events = extract("Putin schloss nach seinem Treffen mit Xi am Dienstag in Peking Verhandlungen mit Kiew aus.",
                     "de", published=DAY).events
    assert [(ev.kind, ev.place) for ev in events if ev.kind == "Meeting"] == [("Meeting", "beijing")]
