"""Ordinary news sentences the rules of this round must leave alone (found by a review of
the round's change): sentences written for this test, in both languages where the
language has the form."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows, run

DAY = "2024-07-20"        # a Saturday: Monday is the 15th


@pytest.mark.parametrize("lang,text", [
    ("en", "Cargo ships passed through the Strait of Hormuz on Monday after Iran lifted its blockade."),
    ("de", "Russische Frachtschiffe passierten am Montag den Bosporus, nachdem die Türkei protestiert hatte."),
    ("en", "Canada's army chief was summoned to the cabinet office on Monday after the leak."),
])
def test_merchant_ships_and_domestic_summons_are_no_events(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks in January between Scholz and Macron yielded little."),
    ("de", "Die Gespräche im Januar zwischen Scholz und Macron brachten keinen Durchbruch."),
])
def test_a_bare_month_told_with_a_past_verb_is_the_last_one(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[1:] == ("Happened", ["emmanuel-macron", "olaf-scholz"], "2024-01")


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Trudeau met Macron at a ranch owned by his family on Monday.", "Meeting"),
    ("en", "Canada and Brazil came to agreement on fishing rights on Monday.", "Agreement"),
    ("en", "Macron and Trudeau held a first ever summit in Ottawa on Monday.", "Summit"),
    ("en", "The thaw allowed Macron to visit Canada on Monday.", "Visit"),
])
def test_acts_with_their_day_stay(extract, lang, text, kind):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert (row[0], row[1], row[3]) == (kind, "Happened", "2024-07-15")


def test_where_expelled_diplomats_land_did_not_expel_them():
    [ev] = run("Expelled Brazilian diplomats landed in Paris on Monday.", "en", published=DAY).events
    assert "france" not in ev.actors


def test_a_protest_lodged_by_someone_elsewhere_has_no_host():
    rows = event_rows(run("Kanadas Außenministerin sprach in Paris über die Krise und legte Protest bei Brasilien "
                          "ein.", "de", published=DAY))
    assert rows and all("france" not in row[2] for row in rows)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada's ambassador to France, Jonas Kettler, met Macron on Monday."),
    ("de", "Der kanadische Botschafter in Frankreich, Jonas Kettler, traf am Montag Macron."),
])
def test_the_country_of_an_envoys_post_is_no_party_of_his_meetings(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "Meeting" and "france" not in row[2]


def test_the_host_of_joint_drills_takes_part(extract):
    [row] = event_rows(extract("Joint drills in Belarus began on Monday, Moscow said.", "en", published=DAY))
    assert row[0] == "MilitaryExercise" and row[2] == ["belarus"]


def test_keeping_sanctions_is_no_saying(extract):
    [row] = event_rows(extract("Canada maintained sanctions on Russia on Monday.", "en", published=DAY))
    assert row[0] == "Sanction" and "canada" in row[2]


def test_an_aircraft_type_other_states_fly_points_to_none(extract):
    rows = event_rows(extract("India deployed two Il-38 aircraft near Sri Lanka on Monday.", "en", published=DAY))
    assert rows and all("russia" not in row[2] for row in rows)
