"""Diplomats of a list of countries, visits from a place, and talks someone is "also due to"
hold: sentences written for this test, in both languages.

- "drei Diplomaten aus Frankreich, Italien und Spanien ausgewiesen", "forderte ... Diplomaten
  aus X, Y und Z zur Ausreise auf": the comma list of their countries does not hide the
  expulsion;
- "der Besuch aus Paris", "the visit from Paris": where the visitors came from, not where the
  visit was;
- "is also due to hold talks": a plan, even with a word between "is" and "due to".
"""
from __future__ import annotations

import pytest

DAY = "2021-02-06"          # a Saturday


@pytest.mark.parametrize("text", [
    "Brasilien hat am Freitag drei Diplomaten aus Frankreich, Italien und Spanien ausgewiesen.",
    "Brasilien forderte am Freitag drei Diplomaten aus Frankreich, Italien und Spanien zur Ausreise auf.",
])
def test_diplomats_of_a_comma_list_of_countries_are_expelled(extract, text):
    events = [ev for ev in extract(text, "de", published=DAY).events if ev.kind == "Expulsion"]
    assert [(ev.actors[0], sorted(ev.targets), ev.date.iso) for ev in events] == [
        ("brazil", ["france", "italy", "spain"], "2021-02-05")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Besuch aus Paris kam für Putin am Freitag gelegen, sagte Peskow in Moskau."),
    ("en", "The visit from Paris came at a good time for Putin on Friday, Peskov said in Moscow."),
])
def test_a_visit_from_a_place_was_not_there(extract, lang, text):
    assert all(ev.place != "paris" for ev in extract(text, lang, published=DAY).events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Besuch in Paris kam für Putin am Freitag gelegen."),
    ("en", "The visit to Paris came at a good time for Putin on Friday."),
])
def test_a_visit_to_a_place_was_there(extract, lang, text):
    assert [ev.place for ev in extract(text, lang, published=DAY).events] == ["paris"]


def test_talks_someone_is_also_due_to_hold_are_planned(extract):
    text = "Macron is also due to hold talks with Putin in Moscow on Monday."
    assert [(ev.kind, ev.status, ev.date.iso) for ev in extract(text, "en", published=DAY).events] == [
        ("Talks", "Planned", "2021-02-08")]
