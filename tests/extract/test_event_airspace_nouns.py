"""Airspace violations told as a noun with "of"/"into", and whose airspace "its" means:
sentences written for this test, in both languages.

- "a violation of its airspace by Brazil", "an incursion into Canadian airspace", "eine
  Verletzung seines Luftraums", "die Verletzung des kanadischen Luftraums":
  airspace violations;
- "Canada said ... violated its airspace", "Kanada meldete die Verletzung seines Luftraums":
  the state that says so owns the airspace and is a party.
"""
from __future__ import annotations

import pytest

DAY = "2023-10-31"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada reported a violation of its airspace by Brazil on Monday."),
    ("en", "The incursion into Canadian airspace by Brazilian bombers on Monday drew a protest."),
    ("de", "Kanada meldete am Montag eine Verletzung seines Luftraums über dem Atlantik durch Brasilien."),
    ("de", "Die Verletzung des kanadischen Luftraums durch brasilianische Bomber am Montag sorgte für Protest."),
    ("en", "Canada said on Monday that Brazilian bombers had violated its airspace."),
])
def test_an_airspace_violation_named_by_a_noun_or_owned_by_its_teller(extract, lang, text):
    violations = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "AirspaceViolation"]
    assert [(sorted(ev.actors), ev.date.iso) for ev in violations] == [(["brazil", "canada"], "2023-10-30")]


def test_another_states_airspace_is_not_the_tellers(extract):
    facts = extract("Canada said on Monday that Brazilian bombers had violated Mexico's airspace.", "en",
                    published=DAY)
    assert [sorted(ev.actors) for ev in facts.events] == [["brazil", "mexico"]]
