"""Deployments told by sending: "is sending troops to", "has sent 500 soldiers to",
"Entsendung von Truppen", "hat 500 Soldaten nach ... entsandt"; and who condemns one in a
headline's present tense ("X and Y condemn deployment of Z's troops", "X und Y
verurteilen die Entsendung ...") takes no part in it. Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text,rule", [
    ("en", "Brazil is sending troops to Bolivia, the ministry said on Friday.", "en.deploy.send"),
    ("en", "Brazil has sent 500 soldiers to Bolivia.", "en.deploy.sent"),
    ("de", "Die Entsendung brasilianischer Truppen nach Bolivien sorgt für Unruhe.", "de.deploy.send"),
    ("de", "Brasilien hat am Montag 500 Soldaten nach Bolivien entsandt.", "de.deploy.send_final"),
])
def test_sending_troops_is_a_deployment(extract, lang, text, rule):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.rules) == ("Deployment", ["brazil"], [rule])


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil sent a delegation to Bolivia."),
    ("en", "the crisis, now involving dispatched Brazilian troops"),
    ("de", "Brasilien entsandte eine Delegation nach Bolivien."),
])
def test_sending_no_troops_or_troops_sent_before_is_no_deployment_of_the_day(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Mexico condemn deployment of Brazilian troops to Bolivia"),
    ("de", "Kanada und Mexiko verurteilen die Stationierung brasilianischer Truppen in Bolivien"),
    ("en", "Canada and Mexico condemn deployment of Brazilian troops to Ukraine"),
])
def test_who_condemns_a_deployment_in_a_headline_takes_no_part(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    [ev] = [e for e in events if e.kind != "Protest"]
    assert (ev.kind, ev.actors) == ("Deployment", ["brazil"])
    assert [sorted(e.actors) for e in events if e.kind == "Protest"] == [["brazil", "canada", "mexico"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada warned Brazil against sending troops to Bolivia."),
    ("en", "Canada has sent a letter to Brazil warning it against sending troops to Bolivia."),
])
def test_sending_warned_against_is_no_deployment(extract, lang, text):
    assert "Deployment" not in [ev.kind for ev in extract(text, lang, published=DAY).events]
