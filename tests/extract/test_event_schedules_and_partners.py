"""Schedules, own partners and venues: sentences written for this test, in both languages
where the language has the form.

- "X is due to meet Y on Friday": a schedule, not a cause ("due to the war");
- "X told journalists after talks with his counterpart", "erklärte X ... nach Gesprächen
  mit seinem Amtskollegen": X held the talks (his partner's side is the counterpart's);
- a German zu-infinitive with any separable particle ("teilzunehmen", "durchzuführen",
  "durchzuführen") hangs on the verb before it: "beabsichtigt, ... teilzunehmen" is a plan;
- a relative clause after such a clause places the event ("..., das in Spanien abgehalten
  wird"), a country as well as a city, but not a place that a visit named in the
  same predicate had ("fanden kurz nach dem Besuch ... in Bolivien statt");
- a "Gipfeltreffen" is a summit, not a meeting.
"""
from __future__ import annotations

import pytest

DAY = "2023-10-18"          # a Wednesday


@pytest.mark.parametrize("text", [
    "Macron is due to meet Chancellor Scholz in Berlin on Friday.",
    "Paris hopes for progress on trade as President Emmanuel Macron is due to meet Chancellor Olaf Scholz "
    "on Friday, an aide said.",
])
def test_due_to_meet_is_a_schedule(extract, text):
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Planned", "2023-10-20")
    assert {"emmanuel-macron", "olaf-scholz"} <= set(ev.actors)


def test_due_to_a_cause_stays_a_cause(extract):
    [ev] = extract("Scholz cancelled the talks with Macron due to rising tensions in Paris.", "en",
                   published=DAY).events
    assert (ev.kind, ev.status, ev.place) == ("Talks", "Cancelled", None)


@pytest.mark.parametrize("lang,text", [
    ("en", '"Trade is growing," Scholz told journalists in Ottawa after talks with his French counterpart.'),
    ("en", "Scholz briefed journalists once more after talks with his French counterpart."),
    ("de", "„Der Handel wächst“, erklärte Scholz vor Journalisten in Ottawa nach Gesprächen mit seinem "
           "französischen Amtskollegen."),
])
def test_who_speaks_after_talks_with_his_counterpart_held_them(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert ev.actors[:2] == ["olaf-scholz", "france"]


def test_a_person_the_talks_hold_already_takes_no_second_one(extract):
    text = ("Macron and Lula plan a trip to Rio in June, Chancellor Olaf Scholz told journalists in Ottawa "
            "after talks with his French counterpart Emmanuel Macron.")
    [talks] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Talks"]
    assert "luiz-inacio-lula-da-silva" not in talks.actors
    assert {"olaf-scholz", "emmanuel-macron"} <= set(talks.actors)


@pytest.mark.parametrize("text,kind,place", [
    ("Scholz beabsichtigt, im Juni in Madrid an einem Gipfeltreffen teilzunehmen.", "Summit", "madrid"),
    ("Kanada plant, im Juni in der Ostsee mit Brasilien ein Manöver durchzuführen.", "MilitaryExercise",
     "baltic-sea"),
])
def test_a_zu_infinitive_of_any_particle_verb_is_a_plan(extract, text, kind, place):
    [ev] = extract(text, "de", published="2024-05-06").events
    assert (ev.kind, ev.status, ev.place, ev.date.iso) == (kind, "Planned", place, "2024-06")


def test_a_plans_relative_clause_places_it(extract):
    text = "Scholz beabsichtigt, im Juni an einem Gipfeltreffen teilzunehmen, das in Spanien abgehalten wird."
    [ev] = extract(text, "de", published="2024-05-06").events
    assert (ev.kind, ev.status, ev.place) == ("Summit", "Planned", "spain")
    assert "spain" not in ev.actors


def test_a_country_a_relative_clause_names_is_the_venue(extract):
    [ev] = extract("Im Mai hat Scholz an einem Gipfeltreffen teilgenommen, das in Spanien stattfand.", "de",
                   published="2024-06-03").events
    assert (ev.kind, ev.status, ev.place, ev.date.iso) == ("Summit", "Happened", "spain", "2024-05")


def test_a_visits_place_in_the_venue_predicate_is_the_visits(extract):
    text = ("Brasilien und Kanada hielten im Mai ein Manöver ab. Die Manöver der brasilianischen Marine fanden "
            "kurz nach dem Besuch von Kanzler Scholz in Bolivien statt.")
    drills = [e for e in extract(text, "de", published="2024-06-03").events if e.kind == "MilitaryExercise"]
    assert drills and all(e.place != "bolivia" for e in drills)


@pytest.mark.parametrize("word", ["Gipfeltreffen", "NATO-Gipfeltreffen"])
def test_a_gipfeltreffen_is_a_summit(extract, word):
    [ev] = extract(f"Scholz und Macron trafen sich am Montag zu einem {word} in Madrid.", "de",
                   published=DAY).events
    assert (ev.kind, ev.place) == ("Summit", "madrid")


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz was in Paris on Monday. The chancellor spoke after talks with his French counterpart "
           "Emmanuel Macron."),
    ("de", "Olaf Scholz war am Montag in Paris. Der Kanzler äußerte sich nach einem Treffen mit seinem "
           "französischen Amtskollegen Emmanuel Macron zufrieden."),
])
def test_a_named_counterpart_does_not_stand_for_the_one_whose_counterpart_he_is(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert {"olaf-scholz", "emmanuel-macron"} <= set(ev.actors)
