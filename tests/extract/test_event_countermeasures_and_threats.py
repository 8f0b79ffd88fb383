"""Countermeasures and threatened measures, in both languages, with sentences written for this
test: "countermeasures against X", "Gegenmaßnahmen gegen X" a government decides or announces
are sanctions against X; a measure a government threatens ("threatened sanctions", "drohte
mit Sanktionen") is not imposed; measures a clash or dispute is about ("a clash over export
controls", "Streit um Exportbeschränkungen") are its topic, no act."""
from __future__ import annotations

import pytest

MONDAY = "2025-09-08"


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil announced countermeasures against Canada on Monday."),
    ("de", "Brasilien hat am Montag beschlossen, Gegenmaßnahmen gegen Kanada zu ergreifen."),
])
def test_countermeasures_against_a_country_are_sanctions(extract, lang, text):
    [ev] = extract(text, lang, published=MONDAY).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.targets, ev.date.iso) == (
        "Sanction", "Happened", ["brazil", "canada"], ["canada"], MONDAY)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil threatened new sanctions against Canada on Monday."),
    ("en", "Brazil threatened Canada with countermeasures on Monday."),
    ("de", "Brasilien drohte am Montag mit neuen Sanktionen gegen Kanada."),
    ("de", "Brasilien drohte Kanada am Montag mit Gegenmaßnahmen."),
])
def test_threatened_measures_are_not_imposed(extract, lang, text):
    assert [e.status for e in extract(text, lang, published=MONDAY).events if e.kind == "Sanction"] in ([], ["Planned"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil imposed sanctions on Canada on Monday after it threatened retaliation."),
    ("de", "Brasilien verhängte am Montag Sanktionen gegen Kanada, nachdem es mit Vergeltung gedroht hatte."),
])
def test_a_measure_imposed_after_a_threat_is_imposed(extract, lang, text):
    [ev] = extract(text, lang, published=MONDAY).events
    assert (ev.kind, ev.status) == ("Sanction", "Happened")


def test_countermeasures_in_general_are_no_sanctions(extract):
    assert extract("Brazil is studying countermeasures.", "en", published=MONDAY).events == []


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "The threatened sanctions against Canada took effect on Monday.", "Sanction"),
    ("en", "Brazil threatened and then expelled two Canadian diplomats on Monday.", "Expulsion"),
    ("en", "Brazil threatened Canada with fresh sanctions on Friday and imposed them on Monday.", "Sanction"),
    ("de", "Brasilien drohte und wies dann am Montag zwei kanadische Diplomaten aus.", "Expulsion"),
    ("de", "Brasilien drohte Kanada mit Sanktionen und verhängte sie am Montag.", "Sanction"),
])
def test_a_threat_the_sentence_goes_on_to_carry_out_is_carried_out(extract, lang, text, kind):
    [ev] = [e for e in extract(text, lang, published=MONDAY).events if e.kind == kind]
    assert ev.status == "Happened"


def test_countermeasures_dated_before_their_target_are_sanctions(extract):
    [ev] = extract("Brazil imposed countermeasures on Monday against 30 Canadian officials.", "en",
                   published=MONDAY).events
    assert (ev.kind, ev.status, sorted(ev.actors)) == ("Sanction", "Happened", ["brazil", "canada"])


def test_countermeasures_by_someone_as_a_prospect_are_no_sanctions(extract):
    facts = extract("Canada said any countermeasure by Brazil against it would be unacceptable.", "en",
                    published=MONDAY)
    assert [e for e in facts.events if e.kind == "Sanction"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida-Yoon phone call sparks clash over Japanese export controls"),
    ("de", "Telefonat von Kishida und Yoon: Streit um japanische Exportbeschränkungen"),
])
def test_measures_a_clash_is_about_are_no_act(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=MONDAY).events] == ["PhoneCall"]


def test_a_measure_imposed_amid_a_dispute_is_imposed(extract):
    events = extract("Brazil imposed export controls on Canada on Monday amid a dispute over fishing rights.", "en",
                     published=MONDAY).events
    assert [(ev.kind, sorted(ev.actors)) for ev in events] == [("Sanction", ["brazil", "canada"])]


@pytest.mark.parametrize("lang,text", [
    ("de", "Im Streit um Taiwan verhängt China Sanktionen gegen kanadische Rüstungsfirmen."),
    ("en", "Amid the dispute over fishing rights Brazil imposed sanctions on Canada on Monday."),
])
def test_measures_imposed_or_agreed_during_a_dispute_are_sanctions(extract, lang, text):
    assert "Sanction" in [ev.kind for ev in extract(text, lang, published=MONDAY).events]


def test_sanctions_imposed_in_the_perfect_during_a_dispute_are_sanctions(extract):
    text = "Im Streit um Taiwan hat Brasilien Sanktionen gegen kanadische Rüstungsfirmen verhängt."
    assert "Sanction" in [ev.kind for ev in extract(text, "de", published=MONDAY).events]


def test_talks_with_no_progress_on_sanctions_stay_talks(extract):
    text = "There was no progress on sanctions relief at the talks between Brazil and Canada in Ottawa on Monday."
    assert [ev.kind for ev in extract(text, "en", published=MONDAY).events] == ["Talks"]


@pytest.mark.parametrize("lang,text,kinds", [
    ("de", "Die EU-Staaten erzielten am Montag eine Einigung über neue Sanktionen gegen Kanada.", ["Sanction"]),
    ("en", "Brazil reaches compromise on new sanctions against Canada.", ["Sanction"]),
    ("de", "Ein Kompromiss über die Sanktionen gegen Kanada scheiterte am Widerstand Chiles.", []),
])
def test_sanctions_a_compromise_settles_are_sanctions_unless_it_failed(extract, lang, text, kinds):
    assert [ev.kind for ev in extract(text, lang, published=MONDAY).events] == kinds
