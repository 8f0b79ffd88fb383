"""Jets scrambled, told in the passive or with a separable German verb: sentences written for
this test, in both languages.

"Brazilian fighter jets were scrambled", "Kanadische Kampfjets stiegen am Sonntag auf": an
interception by the jets' state of the planes the sentence names. Prices that "stiegen auf"
a record rose, and no jets flew. "fingen ... Bomber ... ab" intercepts across a long clause;
"fing die Kritik ab" intercepts no aircraft.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Sunday is the 7th


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors), ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian fighter jets were scrambled on Sunday after two Canadian patrol planes came close to "
           "the country's airspace."),
    ("de", "Brasilianische Kampfjets stiegen am Sonntag auf, nachdem sich zwei kanadische Bomber "
           "dem Luftraum des Landes genähert hatten."),
])
def test_jets_scrambled_in_the_passive_or_rising_intercept(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Interception", ["brazil", "canada"], "2024-07-07")]


def test_prices_rising_to_a_record_are_no_interception(extract):
    assert _events(extract("Die Preise stiegen am Sonntag in Kanada auf ein Rekordhoch.", "de", published=DAY)) == []


def test_a_long_separable_interception_needs_aircraft(extract):
    facts = extract("Kanadische Kampfjets fingen am Sonntag zwei brasilianische Bomber nördlich von Ottawa ab.", "de",
                    published=DAY)
    assert _events(facts) == [("Interception", ["brazil", "canada"], "2024-07-07")]
    facts = extract("Kanada fing am Sonntag die Kritik Brasiliens mit einem Kompromiss ab.", "de", published=DAY)
    assert _events(facts) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian jets were quickly scrambled on Sunday after two Canadian bombers came close."),
    ("de", "Am Sonntag stiegen brasilianische Kampfjets auf, nachdem sich zwei kanadische Bomber genähert hatten."),
])
def test_scrambles_with_an_adverb_or_the_verb_first(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Interception", ["brazil", "canada"], "2024-07-07")]
