"""German sources, wishes and hindrances, with sentences written for this test:

- "Kanada hat laut seinem Verteidigungsministerium ... abgefangen", "dem Ministerium
  zufolge": the source is no party, the clause's subject acts;
- "Trudeau wollte am Mittwoch ... treffen": a wish, planned, not held;
- "hält ... davon ab, einen Vertrag zu unterschreiben", "daran gehindert, ... zu
  unterzeichnen": no accord was signed.
"""
from __future__ import annotations

import pytest

DAY = "2019-01-30"       # a Wednesday


@pytest.mark.parametrize("text", [
    "Kanada hat laut seinem Verteidigungsministerium am Montag Kampfjets zum Abfangen brasilianischer Bomber "
    "aufsteigen lassen.",
    "Kanada hat dem Verteidigungsministerium zufolge am Montag brasilianische Bomber abgefangen.",
])
def test_who_acts_by_a_source_is_a_party_the_source_is_not(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("Interception", ["brazil", "canada"], "2019-01-28")


def test_a_meeting_someone_wanted_to_hold_is_planned(extract):
    [ev] = extract("Trudeau wollte am Mittwoch noch den Kanzler Olaf Scholz treffen.", "de", published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors)) == ("Meeting", "Planned", ["justin-trudeau", "olaf-scholz"])


@pytest.mark.parametrize("text", [
    "Der Konflikt hält Kanada und Brasilien bis heute davon ab, einen Friedensvertrag zu unterschreiben.",
    "Der Streit hat Kanada und Brasilien bisher daran gehindert, einen Friedensvertrag zu unterzeichnen.",
])
def test_an_accord_a_dispute_keeps_them_from_signing_is_none(extract, text):
    assert extract(text, "de", published=DAY).events == []


def test_an_accord_signed_is_one(extract):
    [ev] = extract("Kanada und Brasilien unterzeichneten am Montag einen Friedensvertrag.", "de", published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Agreement", "2019-01-28")
