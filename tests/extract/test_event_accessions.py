"""Joining an alliance is an event of its own kind (``dg:Accession``) of the state that
joins and the alliance: "joined NATO", "became the 31st member of NATO", "ist der Nato
beigetreten", "trat der Nato bei", "became NATO's 31st member", "hinterlegte die
Beitrittsurkunde", "ist nun offiziell Mitglied der Nato"; wanting or hoping to join is none,
being a member is none, a joined talk is no accession, and a party is no alliance. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-04-05"          # a Wednesday


def _accessions(extract, text, lang):
    return [(sorted(e.actors), e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
            if e.kind == "Accession"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Finland joined NATO on Tuesday, doubling the alliance's border with Russia."),
    ("en", "Finland became the 31st member of NATO on Tuesday."),
    ("de", "Finnland ist am Dienstag der Nato beigetreten."),
    ("de", "Finnland trat am Dienstag offiziell der Nato bei."),
])
def test_joining_nato_is_an_accession_of_the_state_and_the_alliance(extract, lang, text):
    assert _accessions(extract, text, lang) == [(["finland", "nato"], "2023-04-04")]


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Finland formally became NATO's 31st member on Tuesday.", ["finland", "nato"]),
    ("en", "Finland deposited its instrument of accession in Brussels on Tuesday.", ["finland"]),
    ("de", "Finnland hinterlegte am Dienstag in Brüssel die Beitrittsurkunde.", ["finland"]),
    ("de", "Finnland wurde am Dienstag das 31. Mitglied der Nato.", ["finland", "nato"]),
    ("de", "Finnland ist nun offiziell Mitglied der Nato.", ["finland", "nato"]),
])
def test_the_instrument_and_the_new_membership_tell_the_accession(extract, lang, text, parties):
    [(actors, _)] = _accessions(extract, text, lang)
    assert actors == parties


@pytest.mark.parametrize("lang,text", [
    ("de", "Deutschland ist seit 1955 Mitglied der Nato."),
    ("de", "Die Türkei ist Nato-Mitglied und blockierte den Beitritt lange."),
    ("de", "Die Ukraine will Mitglied der Nato werden."),
    ("en", "Turkey, a NATO member since 1952, had blocked the bid."),
    ("de", "Finnland ist seit April 2023 offiziell Mitglied der Nato."),
    ("en", "Turkey ratified Sweden's instrument of accession on Tuesday."),
    ("de", "Das türkische Parlament ratifizierte die Beitrittsurkunde Schwedens."),
])
def test_being_a_member_or_ratifying_is_no_accession(extract, lang, text):
    assert _accessions(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Schweden will der Nato beitreten."),
    ("en", "Sweden hopes to join NATO by the summer."),
    ("en", "Japan joined the alliance's talks on Tuesday."),
    ("de", "Der Abgeordnete ist am Dienstag der Partei beigetreten."),
])
def test_wishes_joined_talks_and_parties_are_no_accession(extract, lang, text):
    assert _accessions(extract, text, lang) == []
