"""An act told done in a reporting clause after it came by the day that clause gives:
sentences written for this test, in both languages.

- ", as reported by the press service on March 20", ", wie der Pressedienst am 20. März
  mitteilte": the meeting has no time of its own and takes the report's day, not the
  article's;
- an act with a day of its own keeps it.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-22"          # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "An informal meeting between Putin and Macron began in the Kremlin, as reported by the press service "
           "of the Russian leader on March 20."),
    ("de", "Ein informelles Treffen zwischen Putin und Macron hat im Kreml begonnen, wie der Pressedienst des "
           "Kremls am 20. März mitteilte."),
])
def test_an_act_takes_the_day_of_the_report_after_it(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("Meeting", "moscow", "2023-03-20")


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Macron met in the Kremlin on March 19, as reported by the press service on March 20."),
    ("de", "Putin und Macron trafen sich am 19. März im Kreml, wie der Pressedienst am 20. März mitteilte."),
])
def test_an_act_with_a_day_of_its_own_keeps_it(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.date.iso == "2023-03-19"


def test_the_teller_of_an_act_with_no_other_actor_does_it(extract):
    text = "Das Manöver in der Ostsee wurde beendet, wie die Nato am Sonntag mitteilte."
    assert any(ev.kind == "MilitaryExercise" and ev.actors == ["nato"] for ev in extract(text, "de", published=DAY).events)


def test_a_trailing_wie_clause_names_who_tells_the_sentence(extract):
    text = "Scholz empfing Macron am Montag in Berlin, wie Regierungssprecher Steffen Hebestreit mitteilte."
    assert [s.speaker for s in extract(text, "de", published=DAY).statements] == ["new:Person:steffen hebestreit"]
    text = "Wie der Pressedienst am 20. März mitteilte, traf Putin Xi im Kreml."
    assert [s.speaker for s in extract(text, "de", published=DAY).statements if s.speaker] == []
