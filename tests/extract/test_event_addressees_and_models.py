"""Whom a protest goes to, the occasion a meeting is held at, and whom an act follows:
sentences written for this test, in both languages.

- "protested to Berlin", "lodged a protest with Berlin", "legte bei Berlin Protest ein",
  "bei der Regierung in Berlin": the capital's state is the protest's other side, not where
  it was made; "legt Protest ein" in a headline's present tense is a protest too;
- "on the sidelines of a session of the UN General Assembly", "am Rande einer Tagung
  der UN-Vollversammlung": the occasion, no party;
- "followed Mexico in announcing sanctions", "joined X in imposing": X acted on its
  own, no party of this act; so are the names a fronted "Nach"/"Wie"/"Like" heads when the
  doer acts "also" ("Nach Mexiko und der EU verhängte auch Kanada ...").
"""
from __future__ import annotations

import pytest

DAY = "2024-09-23"


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors), ev.place) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "France protested to Berlin on Monday."),
    ("en", "France lodged a strong protest with Berlin on Monday."),
    ("de", "Frankreich legte am Montag bei Berlin scharfen Protest ein."),
    ("de", "Frankreich legte bei der Regierung in Berlin scharfen Protest ein."),
])
def test_the_capital_a_protest_goes_to_is_its_state(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Protest", ["france", "germany"], None)]


def test_a_protest_in_a_headline_present(extract):
    facts = extract("Deutsches Flugzeug dringt in französischen Luftraum ein, Paris legt Protest ein", "de",
                    published=DAY)
    assert "Protest" in [ev.kind for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron on the sidelines of a session of the UN General Assembly on Monday."),
    ("de", "Scholz hat beim Treffen mit Macron am Rande einer Tagung der UN-Vollversammlung die Lage erörtert."),
])
def test_the_session_a_meeting_is_held_beside_is_no_party(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Meeting", ["emmanuel-macron", "olaf-scholz"], None)]


@pytest.mark.parametrize("text", [
    "On Tuesday Canada imposed new sanctions on Brazil as it followed Mexico and the European Union.",
    "Canada joined the United States in imposing sanctions on Brazil on Tuesday.",
])
def test_whom_an_act_follows_takes_no_part(extract, text):
    assert _events(extract(text, "en", published=DAY)) == [("Sanction", ["brazil", "canada"], None)]


def test_whom_one_joins_at_talks_takes_part(extract):
    facts = extract("Brazil joined Canada and Mexico in talks on Monday.", "en", published=DAY)
    assert _events(facts) == [("Talks", ["brazil", "canada", "mexico"], None)]


def test_a_demonym_before_the_protest_itself_is_the_protester(extract):
    facts = extract("Berlin rejected a Canadian protest against the drills on Monday.", "en", published=DAY)
    assert [(ev.kind, "canada" in ev.actors) for ev in facts.events if ev.kind == "Protest"] == [("Protest", True)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Nach Mexiko und Europa verhängte auch Kanada am Dienstag Sanktionen gegen Brasilien."),
    ("de", "OTTAWA (dpa) - Wie Mexiko hat am Dienstag auch Kanada Sanktionen gegen Brasilien verhängt."),
    ("en", "Like Mexico, Canada also imposed sanctions on Brazil on Tuesday."),
])
def test_whom_a_fronted_nach_or_wie_names_is_followed_not_a_party(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Sanction", ["brazil", "canada"], None)]


def test_guard_a_place_after_a_fronted_nach_is_still_where(extract):
    """Guard: "Nach Ottawa reiste auch X" names where X went."""
    [ev] = extract("Nach Ottawa reiste am Dienstag auch Scholz.", "de", published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Visit", ["olaf-scholz"], "ottawa")
