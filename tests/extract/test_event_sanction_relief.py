"""Sanctions lifted or eased are no sanctions imposed: "lifted sanctions on Peru", "an easing
of sanctions", "die Aufhebung der Sanktionen", "hoben die Sanktionen auf", "wurden
gelockert"; sanctions imposed beside a relief of something else stay. Sentences written for
this test."""
from __future__ import annotations

import pytest

DAY = "2023-07-18"          # a Tuesday


def _sanctions(extract, text, lang):
    return [sorted(e.actors) for e in extract(text, lang, published=DAY).events if e.kind == "Sanction"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile lifted sanctions on Peru on Monday."),
    ("en", "Chile announced an easing of sanctions on Peru on Monday."),
    ("en", "The sanctions on Peru were lifted on Monday."),
    ("en", "Peru had demanded an easing of sanctions in connection with the deal."),
    ("de", "Chile hob am Montag die Sanktionen gegen Peru auf."),
    ("de", "Chile beschloss am Montag die Aufhebung der Sanktionen gegen Peru."),
    ("de", "Die Sanktionen gegen Peru wurden am Montag gelockert."),
])
def test_sanctions_lifted_or_eased_are_none_imposed(extract, lang, text):
    assert _sanctions(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile imposed new sanctions on Peru on Monday after lifting a travel ban."),
    ("de", "Chile verhängte am Montag neue Sanktionen gegen Peru."),
    ("de", "Chile nahm am Montag neue Sanktionen gegen Peru in sein Paket auf."),
])
def test_sanctions_imposed_stay(extract, lang, text):
    assert _sanctions(extract, text, lang) == [["chile", "peru"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Peru is hit by sweeping Chilean sanctions and needs Bolivia."),
    ("en", "Peru, hit by Chilean sanctions, needs Bolivia."),
    ("en", "Peru tried to evade the sanctions with help from Bolivia."),
    ("en", "Despite the sanctions, Peru's trade with Bolivia grew."),
    ("de", "Peru ist von weitreichenden Sanktionen Chiles betroffen und braucht Bolivien."),
    ("de", "Trotz der Sanktionen wuchs Perus Handel mit Bolivien."),
])
def test_sanctions_borne_are_a_state_not_an_act(extract, lang, text):
    assert _sanctions(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile imposed new sanctions on Peru on Monday despite protests from Lima."),
    ("en", "Peruvian firms hit by the new sanctions imposed by Chile on Monday include two banks."),
    ("de", "Betroffen von den neuen Sanktionen Chiles sind auch zwei peruanische Banken."),
    ("de", "Chile hat am Montag neue Sanktionen gegen Peru verhängt, die auch Banken betreffen."),
])
def test_sanctions_imposed_beside_a_word_of_bearing_stay(extract, lang, text):
    assert _sanctions(extract, text, lang) == [["chile", "peru"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Peru and Bolivia vetoed a Chilean bid to impose further sanctions on Ecuador on Monday."),
    ("de", "Peru und Bolivien blockierten am Montag einen Versuch Chiles, weitere Sanktionen gegen Ecuador "
           "zu verhängen."),
])
def test_sanctions_of_a_vetoed_bid_are_none_imposed(extract, lang, text):
    assert _sanctions(extract, text, lang) == []


def test_sanctions_imposed_after_a_rejected_proposal_stay(extract):
    text = "Chile imposed sanctions on Peru on Monday after Lima rejected a ceasefire proposal."
    assert _sanctions(extract, text, "en") == [["chile", "peru"]]
