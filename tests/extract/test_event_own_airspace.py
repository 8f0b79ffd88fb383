"""The state that says a violated airspace or the firing jets were its own takes part:
sentences written for this test, in both languages.

- "X's Defense Ministry on Tuesday said its fighter jets fired warning shots after Y's
  planes entered the country's national airspace": X fired and X's airspace was entered; the
  violation the shots answered is the news of that day, not an act before it;
- "X meldete am Dienstag, Y-Flugzeuge seien in seinen Luftraum eingedrungen": the same with a
  possessive before the German noun.
"""
from __future__ import annotations

DAY = "2019-07-23"          # a Tuesday


def test_the_sayer_owns_the_jets_and_the_airspace(extract):
    text = ("Brazil's Defense Ministry on Tuesday said its fighter jets fired warning shots after Argentine planes "
            "entered the country's national airspace.")
    found = sorted((ev.kind, sorted(ev.actors), ev.date.iso, ev.prior) for ev in extract(text, "en", published=DAY).events)
    assert found == [("AirspaceViolation", ["argentina", "brazil"], DAY, False),
                     ("Interception", ["argentina", "brazil"], DAY, False)]


def test_the_sayer_owns_the_airspace_named_by_a_german_possessive(extract):
    text = "Brasilien meldete am Dienstag, argentinische Flugzeuge seien in seinen Luftraum eingedrungen."
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("AirspaceViolation", ["argentina", "brazil"], DAY)
