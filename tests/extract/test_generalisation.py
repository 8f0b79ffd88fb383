"""Sentence shapes found in articles the samples do not have."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Toshimitsu Motegi and Defense Minister Taro Kono met their Russian "
           "counterparts, Sergei Lavrov and Sergei Shoigu, in Tokyo."),
    ("de", "Außenminister Toshimitsu Motegi und Verteidigungsminister Taro Kono trafen ihre russischen "
           "Amtskollegen, Sergej Lawrow und Sergej Schoigu, in Tokio."),
])
def test_counterparts_after_a_comma(extract, lang, text):
    roles = {(r.person, r.role, r.org) for r in extract(text, lang).roles}
    assert {("sergey-lavrov", "foreign-minister", "russia"),
            ("sergei-shoigu", "defence-minister", "russia")} <= roles


def test_received_is_a_meeting(extract):
    [ev] = extract("Russlands Präsident Wladimir Putin hat den japanischen Regierungschef Shinzo Abe am "
                   "Freitag in Sotschi empfangen.", "de", published="2016-05-06").events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso) == (
        "Meeting", ["shinzo-abe", "vladimir-putin"], "sochi", "2016-05-06")


@pytest.mark.parametrize("lang,text", [
    ("de", "Putin kündigte an, im Dezember nach Japan zu reisen."),
    ("en", "Putin announced he would travel to Japan in December."),
])
def test_an_announced_trip_is_the_speakers_plan(extract, lang, text):
    [ev] = extract(text, lang, published="2016-05-06").events
    assert (ev.kind, ev.status, ev.date.iso) == ("Visit", "Planned", "2016-12")
    assert "vladimir-putin" in ev.actors


def test_adopted_programme_is_an_agreement(extract):
    facts = extract("Japan and NATO on Wednesday adopted a new partnership programme covering cyber "
                    "defence.", "en", published="2023-07-12")
    [accord] = facts.accords
    assert (accord.parties, accord.status) == (["japan", "nato"], "Agreed")
    assert accord.event.date.iso == "2023-07-12"
