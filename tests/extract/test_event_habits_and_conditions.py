"""What a state does habitually, and what it makes a condition, is no event: sentences written
for this test, in both languages.

- "frequently imposes entry bans", "verhängt häufig Einreiseverbote", "have frequently
  violated", "am häufigsten ... verletzt": a practice, not one act on a day;
- "made the return of the reefs a condition for signing any treaty", "zur Bedingung für die
  Unterzeichnung": the signing has not happened;
- a habit told before the act of the day is dropped and the act kept; repeats on one named
  day stay one incident (a guard).
"""
from __future__ import annotations

import pytest

DAY = "2014-03-20"


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil frequently imposes entry bans on Mexican nationals regarding its operations in Argentina."),
    ("de", "Brasilien verhängt häufig Einreiseverbote gegen Bürger Mexikos wegen seiner Einsätze in Argentinien."),
    ("en", "Brazilian warplanes have frequently violated Mexican airspace."),
    ("de", "Brasilianische Militärflugzeuge haben am häufigsten den Luftraum Mexikos verletzt."),
    ("en", "Canada has long made the return of the reefs a condition for signing any peace treaty with Brazil."),
    ("de", "Kanada macht die Rückgabe der Riffe zur Bedingung für die Unterzeichnung eines Friedensvertrags "
           "mit Brasilien."),
])
def test_a_habit_or_a_condition_is_no_event(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada and Brazil regularly met in Ottawa, and on Monday they met in Paris.", "Meeting"),
    ("de", "Brasilien hat am Montag wiederholt den Luftraum Mexikos verletzt.", "AirspaceViolation"),
])
def test_the_act_of_the_day_stays(extract, lang, text, kind):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == (kind, "2014-03-17")
