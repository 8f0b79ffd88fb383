"""Names that only say whose a place is, or where a place lies: sentences written for this
test, in both languages.

- "one of the islands disputed between Canada and Mexico", "auf einer der zwischen Kanada
  und Mexiko seit langem umstrittenen Inseln": the disputants are no party of the visit;
  "Gespräche zwischen X und Y über die besetzten Gebiete" still has X and Y;
- "aus Jakarta (Indonesien) ... auf der Insel X": the bracketed country says where the city
  lies; it ends no clause, so the island after it is the visit's place, and neither the city
  nor the country is a party; a city after an origin preposition ("from", "aus") is where
  someone came from, not the event's place, except for diplomats expelled from it.
"""
from __future__ import annotations

import pytest

DAY = "2010-11-02"


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors), ev.place) for ev in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("de", "Anlass war am Montag ein Besuch von Kanzler Olaf Scholz auf einer der zwischen Kanada und Mexiko seit "
           "langem umstrittenen Inseln."),
    ("en", "Chancellor Olaf Scholz paid a visit on Monday to one of the islands disputed between Canada and Mexico."),
])
def test_who_disputes_an_island_takes_no_part_in_a_visit(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors) == ("Visit", ["olaf-scholz"])


def test_talks_between_two_states_about_held_land_keep_both(extract):
    facts = extract("Die Gespräche zwischen Kanada und Mexiko über die besetzten Gebiete fanden am Montag statt.",
                    "de", published=DAY)
    assert _events(facts) == [("Talks", ["canada", "mexico"], None)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz machte auf dem Heimflug aus Jakarta (Indonesien) einen kurzen Besuch auf der Insel Kunashiri."),
    ("en", "Scholz flew from Jakarta (Indonesia) to the island of Kunashiri for a short visit on Monday."),
    ("de", "Trotz Warnungen aus Paris besuchte Scholz am Montag die Insel Kunashiri."),
])
def test_a_bracketed_country_or_an_origin_only_locates_a_city(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [("Visit", ["olaf-scholz"], "kunashir")]


def test_diplomats_are_expelled_from_where_they_served(extract):
    [ev] = extract("Am Montag wurden 40 kanadische Diplomaten aus Berlin ausgewiesen.", "de", published=DAY).events
    assert (ev.kind, ev.place) == ("Expulsion", "berlin")


def test_talks_held_between_two_states_keep_both(extract):
    facts = extract("Talks held between Canada and Mexico ended on Monday.", "en", published=DAY)
    assert _events(facts) == [("Talks", ["canada", "mexico"], None)]


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Ohne Fortschritte im Streit über die Kurilen ging der dreitägige Besuch von Macron in Brasilien "
           "zu Ende.", "brazil"),
    ("en", "Amid their quarrel over the Kuril Islands, Macron met Lula in Ottawa on Monday.", "ottawa"),
    ("de", "Kanadisch-brasilianischer Gipfel ohne Kompromiss über die Kurilen beendet", None),
])
def test_a_place_a_dispute_or_a_compromise_is_over_is_its_topic(extract, lang, text, place):
    """"im Streit über X", "the dispute over X", "ohne Kompromiss über X": what it is about,
    not where the visit or meeting is."""
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place == place


@pytest.mark.parametrize("text,kind", [
    ("Kanadisch-brasilianischer Gipfel ohne Ergebnis beendet", "Summit"),
    ("Die Gespräche zwischen Kanada und Brasilien sind am Montag in Ottawa beendet worden.", "Talks"),
    ("Kanada hat die Gespräche mit Brasilien am Montag beendet.", "Suspension"),      # guard: X ended them
])
def test_a_german_gathering_that_ended_is_no_suspension(extract, text, kind):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == (kind, ["brazil", "canada"])
