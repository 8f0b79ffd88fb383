"""Air incidents and the acts a protest is about, in both languages, with sentences written
for this test: warning shots and flights into an air defence identification zone are acts;
an intrusion repeated within minutes or during one flight is one incident, a tally over a
year is none; what a question asks or a denial denies is not told as happened, while the
other side's account of it is; the act a protest is about keeps its own time, not the
protest's; "Canadian diplomats from Brazil" are Canada's people sent out of Brazil."""
from __future__ import annotations

import pytest

DAY = "2019-07-23"          # a Tuesday


def kinds(facts) -> list[tuple]:
    return sorted((e.kind, e.status, e.date.iso if e.date else None) for e in facts.events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canadian warplanes fired hundreds of warning shots at a Brazilian military aircraft on Tuesday."),
    ("de", "Kanadische Kampfjets gaben am Dienstag Warnschüsse auf ein brasilianisches Militärflugzeug ab."),
])
def test_warning_shots_at_an_aircraft_are_an_interception(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso, ev.actors) == ("Interception", DAY, ["canada", "brazil"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Brazilian bombers and two Chilean bombers entered the Canadian air defence identification "
           "zone together on Tuesday."),
    ("de", "Zwei brasilianische Bomber sind am Dienstag gemeinsam mit zwei chilenischen Bombern in die "
           "kanadische Luftverteidigungszone eingedrungen."),
])
def test_bombers_entering_an_air_defence_zone_fly_a_mission(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "MilitaryExercise" and {"brazil", "chile"} <= set(ev.actors) and ev.date.iso == DAY


@pytest.mark.parametrize("lang,text", [
    ("en", "A Brazilian reconnaissance aircraft later twice violated Canadian airspace."),
    ("en", "A Brazilian aircraft violated Canadian airspace three times during its five-hour flight."),
    ("de", "Ein brasilianisches Flugzeug sei zweimal innerhalb kurzer Zeit in den Luftraum Kanadas eingedrungen."),
    ("de", "Ein brasilianisches Flugzeug ist dreimal binnen weniger Minuten in den kanadischen Luftraum eingedrungen."),
])
def test_an_intrusion_repeated_within_one_flight_is_one_incident(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "AirspaceViolation" and set(ev.actors) == {"brazil", "canada"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian warplanes violated Canadian airspace three times this year."),
    ("de", "Brasilianische Kampfjets drangen in diesem Jahr dreimal in den Luftraum Kanadas ein."),
])
def test_a_tally_of_intrusions_is_no_incident(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Warning shots at Brazilian jets? Brasilia says it knows nothing of them."),
    ("de", "Warnschüsse auf brasilianische Militärflugzeuge? Brasilia will davon nichts wissen."),
    ("en", "Did Lula meet Trudeau in Ottawa on Tuesday?"),
    ("de", "Hat Lula am Dienstag in Ottawa Trudeau getroffen?"),
])
def test_what_a_question_asks_is_not_told(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil denied that its aircraft had entered Canadian airspace on Tuesday."),
    ("en", "Brazil denies violating Canadian airspace on Tuesday."),
    ("de", "Brasilien hat bestritten, dass eines seiner Flugzeuge am Dienstag in den kanadischen Luftraum "
           "eingedrungen sei."),
    ("de", "Brasilien dementierte, dass Lula am Dienstag Trudeau getroffen habe."),
])
def test_what_a_denial_denies_is_not_told_as_happened(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil denied that one of its military aircraft had entered Canadian airspace. Canada's defence "
           "ministry had earlier said that a Brazilian aircraft twice violated Canadian airspace within minutes."),
    ("de", "Brasilien hat bestritten, dass eines seiner Militärflugzeuge in den kanadischen Luftraum "
           "eingedrungen sei. Das kanadische Verteidigungsministerium hatte zuvor erklärt, ein brasilianisches "
           "Flugzeug sei zweimal innerhalb kurzer Zeit in den Luftraum Kanadas eingedrungen."),
    ("en", "Brazil denied the charges, and Brazilian jets violated Canadian airspace on Tuesday."),
])
def test_the_other_sides_account_of_a_denied_act_stands(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "AirspaceViolation" and set(ev.actors) == {"brazil", "canada"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa on Wednesday lodged a protest with Brazil over military exercises on disputed islands. "
           "The Brazilian military started the drills on Tuesday."),
    ("de", "Kanada protestierte am Mittwoch gegen brasilianische Manöver auf umstrittenen Inseln. Die "
           "brasilianische Armee hatte die Übungen am Dienstag begonnen."),
])
def test_the_drills_a_protest_is_about_keep_their_own_day(extract, lang, text):
    facts = extract(text, lang, published="2014-08-13")
    assert kinds(facts) == [("MilitaryExercise", "Happened", "2014-08-12"), ("Protest", "Happened", "2014-08-13")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa on Wednesday lodged a protest with Brazil over Brazilian military exercises near Halifax."),
    ("de", "Kanada legte am Mittwoch Protest gegen brasilianische Manöver nahe Halifax ein."),
])
def test_the_protests_day_is_not_the_drills(extract, lang, text):
    facts = extract(text, lang)             # no publication day: the lead's news takes none either
    [drills] = [e for e in facts.events if e.kind == "MilitaryExercise"]
    [protest] = [e for e in facts.events if e.kind == "Protest"]
    assert drills.actors == ["brazil"] and (drills.date, drills.relative_date) == (None, "")
    assert protest.relative_date.lower().endswith("mittwoch") or protest.relative_date == "on Wednesday"


def test_diplomats_of_one_country_sent_out_of_another_are_the_firsts(extract):
    text = ("Canada protested against the expulsion of eight Canadian diplomats from Brazil. Canada had "
            "expelled eight Brazilian diplomats on April 8.")
    facts = extract(text, "en", published="2022-04-28")
    expulsions = sorted((e.targets, e.date.iso) for e in facts.events if e.kind == "Expulsion")
    assert expulsions == [(["brazil"], "2022-04-08"), (["canada"], "2022-04-28")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled eight diplomats from Brazil on Monday."),
    ("de", "Kanada wies am Montag acht Diplomaten aus Brasilien aus."),
])
def test_diplomats_from_a_country_are_its_people(extract, lang, text):
    [ev] = extract(text, lang, published="2022-04-28").events
    assert ev.targets == ["brazil"]


@pytest.mark.parametrize("lang,text", [
    ("en", "A Brazilian aircraft violated South Korean airspace over Dokdo on Tuesday."),
    ("en", "A Brazilian aircraft violated South Korean airspace near the Takeshima islands on Tuesday."),
])
def test_the_disputed_islets_are_one_place_under_either_name(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place == "liancourt-rocks"
