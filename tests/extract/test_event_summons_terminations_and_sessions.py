"""Kinds news tells in words the triggers missed, with sentences written for this test:

- an envoy "was summoned" (passive, object first): a protest against the envoy's state;
- a pact scrapped, ditched or terminated ("scrap", "termination of", "gekündigt",
  "die Kündigung des Abkommens"): a suspension; "kündigte ... an" announces;
- a call named by a compound ("Antrittstelefonat");
- a projectile fired ("ein Geschoss abgefeuert"): a launch;
- a session convened ("berief eine Sitzung ... ein", "Dringlichkeitssitzung einberufen"): a
  meeting, and a "National Security Council" is a country's own, not the UN's.
"""
from __future__ import annotations

import pytest

DAY = "2019-08-23"          # a Friday


def _events(extract, text, lang, kind):
    return [(sorted(e.actors), sorted(e.targets), e.date.iso if e.date else None)
            for e in extract(text, lang, published=DAY).events if e.kind == kind]


@pytest.mark.parametrize("text,actors", [
    ("Brazil's charge d'affaires had been summoned in protest, the ministry said on Thursday.", ["brazil"]),
    ("The Brazilian ambassador, Pedro Almeida, was summoned to the foreign ministry on Thursday.",
     ["brazil", "new:Person:pedro almeida"]),
])
def test_an_envoy_who_was_summoned_is_a_protest_against_his_state(extract, text, actors):
    assert _events(extract, text, "en", "Protest") == [(actors, ["brazil"], "2019-08-22")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada decided on Thursday to scrap its intelligence-sharing pact with Brazil."),
    ("en", "The termination of the pact with Brazil was announced on Thursday by Canada."),
    ("de", "Kanada hat am Donnerstag das Militärabkommen mit Brasilien gekündigt."),
    ("de", "Die Kündigung des Abkommens mit Brasilien durch Kanada belastet die Beziehungen."),
])
def test_a_pact_terminated_is_a_suspension(extract, lang, text):
    assert [a for a, _, _ in _events(extract, text, lang, "Suspension")] == [["brazil", "canada"]]


def test_an_announcement_is_no_termination(extract):
    text = "Kanada kündigte am Donnerstag neue Gespräche mit Brasilien an."
    assert _events(extract, text, "de", "Suspension") == []


def test_a_call_named_by_a_compound(extract):
    text = "Olaf Scholz hat am Donnerstag mit Emmanuel Macron ein Antrittstelefonat geführt."
    assert _events(extract, text, "de", "PhoneCall") == [(["emmanuel-macron", "olaf-scholz"], [], "2019-08-22")]


def test_a_projectile_fired_is_a_launch(extract):
    text = "Nordkorea hat am Donnerstag ein Geschoss über Japan hinweg abgefeuert."
    assert _events(extract, text, "de", "MissileLaunch") == [(["north-korea"], [], "2019-08-22")]


@pytest.mark.parametrize("text", [
    "Präsident Moon Jae-in berief am Donnerstag eine Sitzung des Nationalen Sicherheitsrats ein.",
    "Südkorea hat am Donnerstag eine Dringlichkeitssitzung des Nationalen Sicherheitsrats einberufen.",
])
def test_a_session_convened_is_a_meeting_of_the_national_council(extract, text):
    facts = extract(text, "de", published=DAY)
    [ev] = [e for e in facts.events if e.kind == "Meeting"]
    assert "un-security-council" not in ev.actors and ev.date.iso == "2019-08-22"
    assert [(m.key, m.text) for m in facts.mentions if "Sicherheitsrat" in m.text] == [
        ("new:Organization:nationalen sicherheitsrats", "Nationalen Sicherheitsrats")]


def test_the_un_security_council_stays_the_uns(extract):
    facts = extract("Der Sicherheitsrat hat am Donnerstag eine Dringlichkeitssitzung einberufen.", "de", published=DAY)
    [ev] = [e for e in facts.events if e.kind == "Meeting"]
    assert ev.actors == ["un-security-council"]


@pytest.mark.parametrize("text", [
    "The Canadian ambassador to Brazil was summoned to Ottawa for consultations on Thursday.",
    "Canada's ambassador to Brazil was summoned home by Ottawa.",
    "The Brazilian ambassador was summoned to the White House for a briefing.",
    "Brazilian diplomats were summoned to appear in a Canadian court.",
])
def test_an_envoy_called_home_or_to_a_briefing_is_no_protest_against_his_state(extract, text):
    assert [t for _, t, _ in _events(extract, text, "en", "Protest")] in ([], [[]])


@pytest.mark.parametrize("lang,text", [
    ("en", "The termination of employment of 300 workers at the Canadian embassy was announced on Thursday."),
    ("en", "Canadian scrap metal exports to Brazil rose on Thursday."),
    ("en", "Canada and Brazil held last-ditch talks on Thursday."),
    ("de", "Die Kündigung des Mietvertrags der kanadischen Botschaft in Brasilien wurde am Donnerstag bekannt."),
    ("de", "Die Bank hat das Konto der kanadischen Botschaft in Brasilien gekündigt."),
])
def test_a_job_a_lease_or_scrap_is_no_suspension(extract, lang, text):
    assert _events(extract, text, lang, "Suspension") == []


@pytest.mark.parametrize("text", [
    "Über Telefonate mit Emmanuel Macron sprach Olaf Scholz am Donnerstag nicht.",
    "Die Telefonate zwischen Olaf Scholz und Emmanuel Macron wurden 2022 eingestellt.",
])
def test_calls_in_the_plural_are_no_call(extract, text):
    assert [a for a, _, _ in _events(extract, text, "de", "PhoneCall")] == []


def test_artillery_shells_are_no_launch(extract):
    text = "Russland feuerte am Donnerstag Artilleriegeschosse auf Cherson ab."
    assert _events(extract, text, "de", "MissileLaunch") == []


def test_a_country_s_security_council_is_its_own(extract):
    facts = extract("Der Kreml berief am Donnerstag eine Sitzung des russischen Sicherheitsrats ein.", "de",
                    published=DAY)
    [ev] = [e for e in facts.events if e.kind == "Meeting"]
    assert "un-security-council" not in ev.actors


def test_a_session_before_another_clause_s_verb_is_not_convened(extract):
    text = "Nach einer Sitzung des Sicherheitsrats hat Russland am Donnerstag 300.000 Reservisten einberufen."
    assert _events(extract, text, "de", "Meeting") == []


@pytest.mark.parametrize("text", [
    "The Brazilian ambassador was summoned by Ottawa on Thursday.",
    "The Brazilian ambassador was summoned on Thursday to the ministry.",
    "The Brazilian ambassador was summoned for the second time on Thursday.",
])
def test_an_envoy_summoned_without_a_recall_cue_is_a_protest(extract, text):
    assert [t for _, t, _ in _events(extract, text, "en", "Protest")] == [["brazil"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada decided on Thursday to scrap the planned summit with Brazil."),
    ("de", "Kanada kündigt den Abrüstungsvertrag mit Brasilien, sagte die Regierung am Donnerstag."),
])
def test_a_summit_scrapped_or_a_treaty_terminated_verb_first(extract, lang, text):
    assert [a for a, _, _ in _events(extract, text, lang, "Suspension")] == [["brazil", "canada"]]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada drohte am Donnerstag mit der Kündigung des Fischereiabkommens mit Brasilien."),
    ("en", "Canada threatened on Thursday with the suspension of talks with Brazil."),
    ("en", "Canada on Thursday threatened the termination of the fisheries agreement with Brazil."),
])
def test_a_threatened_termination_is_no_done_suspension(extract, lang, text):
    assert [e.status for e in extract(text, lang, published=DAY).events
            if e.kind == "Suspension" and e.status == "Happened"] == []
