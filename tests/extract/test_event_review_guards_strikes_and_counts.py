"""Near misses of this round's rules, found by a probe review: sentences written for this test.

- a missile "launched by X" that struck a target is a strike, no launch; one that landed in
  an economic zone stays a launch;
- "the missile overflew / überflog Japan": Japan launched nothing;
- "an army captain" arrested is no crew seized; "berief X zum Vize-Außenminister" appoints;
- a video link to a summit is no call; concern "with a proposal" or voiced "gegenüber
  Journalisten" is no protest; "China Zeit geben" is no clock;
- "2000 beteiligten sich", "Auch 2000 russische Soldaten": counts, no years;
- "a delegation led by X": X leads the side that takes part.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-10"


def _events(extract, text, lang):
    return [(ev.kind, sorted(ev.actors), ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "A missile launched by Brazil struck an apartment building in Lima."),
    ("en", "Canada said a missile launched by Brazil hit targets in Peru."),
])
def test_a_missile_that_struck_is_no_launch(extract, lang, text):
    assert [e for e in _events(extract, text, lang) if e[0] == "MissileLaunch"] == []


def test_a_missile_that_landed_in_waters_is_a_launch(extract):
    text = "A missile launched by North Korea landed in Japan's exclusive economic zone on Tuesday."
    assert [e[:2] for e in _events(extract, text, "en") if e[0] == "MissileLaunch"] == [("MissileLaunch", ["north-korea"])]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Rakete überflog Kanada."),
    ("en", "The missile overflew Canada."),
])
def test_the_country_overflown_launched_nothing(extract, lang, text):
    assert all("canada" not in e[1] for e in _events(extract, text, lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada's police arrested an army captain accused of spying for Brazil."),
    ("de", "Putin berief den früheren Botschafter in Ottawa zum Vize-Außenminister."),
    ("de", "Selenskyj wurde per Video zum EU-Gipfel in Brüssel zugeschaltet."),
    ("en", "Kishida raised concerns with the proposal during a debate in parliament."),
    ("de", "Gegenüber Journalisten äußerte Außenminister Hayashi Besorgnis über die Manöver."),
])
def test_near_misses_of_the_new_triggers(extract, lang, text):
    kinds = {e[0] for e in _events(extract, text, lang)}
    assert not kinds & {"Seizure", "Protest", "PhoneCall"}


def test_a_country_given_time_is_no_clock(extract):
    assert ("Sanction", ["china", "european-union"]) in [
        e[:2] for e in _events(extract, "Die EU will China Zeit geben, bevor sie Sanktionen verhängt.", "de")]


@pytest.mark.parametrize("text", [
    "2000 beteiligten sich an dem gemeinsamen Manöver der chinesischen und russischen Marine.",
    "Auch 2000 russische Soldaten nahmen an dem Manöver Russlands teil.",
])
def test_a_fronted_count_is_no_year(extract, text):
    assert all(e[2] != "2000" for e in _events(extract, text, "de"))


@pytest.mark.parametrize("lang,text,person", [
    ("en", "A delegation led by Foreign Minister Wang Yi held talks with Russian officials in Moscow.", "wang-yi"),
    ("de", "Eine von Außenministerin Annalena Baerbock angeführte Delegation besuchte am Montag Kiew.",
     "annalena-baerbock"),
])
def test_who_leads_a_delegation_takes_part(extract, lang, text, person):
    assert any(person in e[1] for e in _events(extract, text, lang))


@pytest.mark.parametrize("lang,text,doer", [
    ("en", "Russia issues protest to Canada over new sanctions", "russia"),
    ("de", "Kanada äußerte gegenüber Brasilien Besorgnis über das Manöver.", "canada"),
    ("de", "Russland berief seinen Botschafter aus Kanada zu Konsultationen zurück.", "russia"),
])
def test_who_protests_stays_a_party(extract, lang, text, doer):
    """"issues" as a verb names no issue; the one who voices concern to a state protests; a
    recall told with "berief ... zurück" is one."""
    protests = [e for e in _events(extract, text, lang) if e[0] == "Protest"]
    assert len(protests) == 1 and doer in protests[0][1]


def test_a_fronted_year_before_a_reflexive_verb_and_its_subject(extract):
    text = "Kanada protestierte. 2018 trafen sich Scholz und Macron in Ottawa."
    assert ("Meeting", ["emmanuel-macron", "olaf-scholz"], "2018") in _events(extract, text, "de")
