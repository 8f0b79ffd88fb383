"""Leaving a treaty or an alliance is a suspension of it in German too: "Austritt aus dem
Abrüstungsvertrag", "ist aus dem Vertrag ausgetreten", "trat aus dem Vertrag ... aus"; not
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
