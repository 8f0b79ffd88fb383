"""Two event nouns in one sentence, each with its own setting, in both languages, with
sentences written for this test: a date right before a noun ("their Dec. 15 summit") and a
place right after one ("the meeting in Lyon") are that noun's, not the other's; a place after
a forum on whose sidelines people meet is still their meeting's."""
from __future__ import annotations

import pytest

PUBLISHED = "2016-12-03"


def by_kind(facts) -> dict:
    return {e.kind: (e.status, e.place, e.date.iso if e.date else None) for e in facts.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz handed Macron a letter during the meeting in Lyon and asked for help with their "
           "planned Dec. 15 summit in Germany."),
    ("de", "Scholz übergab Macron beim Treffen in Lyon einen Brief und bat um Hilfe für ihren "
           "Gipfel am 15. Dezember in Deutschland."),
])
def test_each_noun_keeps_its_own_place_and_date(extract, lang, text):
    found = by_kind(extract(text, lang, published=PUBLISHED))
    assert found["Meeting"][1] == "new:Place:lyon" and found["Meeting"][2] != "2016-12-15"
    assert found["Summit"] == ("Planned", "germany", "2016-12-15")   # a host country is its place


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron held talks on Friday on the sidelines of a trade forum in Lyon."),
    ("de", "Scholz und Macron führten am Freitag am Rande eines Wirtschaftsforums in Lyon Gespräche."),
])
def test_the_place_of_a_forum_on_whose_sidelines_they_met_is_theirs(extract, lang, text):
    facts = extract(text, lang, published=PUBLISHED)
    assert {e.place for e in facts.events} == {"new:Place:lyon"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil signed a defence accord on Monday, a deal seen as a check on Mexico's rising "
           "power in the Pacific region."),
    ("de", "Kanada und Brasilien unterzeichneten ein Abkommen zur Sicherheit, einen Pakt gegen den wachsenden "
           "Einfluss Mexikos im Pazifik."),
])
def test_an_accord_noun_in_apposition_renames_the_accord(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, sorted(ev.actors)) == ("Agreement", ["brazil", "canada"])


def test_a_noun_in_apposition_has_the_status_of_the_clause_it_renames(extract):
    text = "Scholz und Macron werden wahrscheinlich ein neues Dokument ausarbeiten, das sogenannte Partnerschaftsprogramm."
    [ev] = extract(text, "de", published=PUBLISHED).events
    assert (ev.kind, ev.status) == ("Agreement", "Planned")
