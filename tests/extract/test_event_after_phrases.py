"""An event named after "after"/"nach" behind an act of its own clause came before that act:
sentences written for this test.

- "X met Y on Thursday after his visit to Z", "X traf Y am Donnerstag nach seinem Besuch in Z":
  the visit is told as before, without Thursday (its own phrase names no time);
- "held a press conference on Thursday after their talks": an outcome and the talks it came
  after are one occasion of that day (guard).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

PUB = "2021-03-19"              # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz met Justin Trudeau in Ottawa on Thursday, after his visit to Japan."),
    ("en", "Olaf Scholz met Justin Trudeau in Ottawa on Thursday following his visit to Japan."),
    ("de", "Olaf Scholz traf Justin Trudeau am Donnerstag in Ottawa, nach seinem Besuch in Japan."),
    ("en", "Olaf Scholz met Justin Trudeau in Ottawa on Thursday after Scholz's visit to Japan."),
])
def test_the_visit_after_which_they_met_came_before_without_their_day(lang, text):
    events = {ev.kind: ev for ev in run(text, lang, published=PUB).events}
    assert events["Meeting"].date.iso == "2021-03-18" and not events["Meeting"].prior
    assert events["Visit"].prior and events["Visit"].date is None
    assert sorted(events["Visit"].actors) == ["japan", "olaf-scholz"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz and Justin Trudeau held a joint press conference in Ottawa on Thursday after their talks."),
    ("de", "Olaf Scholz und Justin Trudeau gaben am Donnerstag in Ottawa nach ihren Gesprächen eine "
           "Pressekonferenz."),
])
def test_guard_the_talks_a_press_conference_followed_are_of_its_day(lang, text):
    [talks] = [ev for ev in run(text, lang, published=PUB).events if ev.kind == "Talks"]
    assert talks.date.iso == "2021-03-18" and not talks.prior


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Olaf Scholz left Ottawa on Thursday after his summit with Justin Trudeau.", "Summit"),
    ("de", "Olaf Scholz traf Justin Trudeau am Donnerstag nach seiner Ankunft in Ottawa.", "Visit"),
])
def test_guard_the_trip_a_departure_ends_or_an_arrival_begins_keeps_its_day(lang, text, kind):
    [ev] = [ev for ev in run(text, lang, published=PUB).events if ev.kind == kind]
    assert not ev.prior and ev.date.iso == "2021-03-18"


def test_guard_a_visit_a_plan_comes_after_stays_planned():
    events = {ev.kind: ev for ev in run("Olaf Scholz will meet Justin Trudeau in Ottawa on Thursday after "
                                        "Scholz's visit to Japan.", "en", published=PUB).events}
    assert events["Visit"].status == "Planned"
