"""A call told in a participle clause shares the main clause's subject and time: sentences
written for this test.

- "X, speaking on the phone with Y, said ...", "X said on Monday that ..., speaking by phone
  with Y": the call is X's and Y's, of the day X spoke;
- what the main clause tells (a planned visit) does not take the call's partner;
- the German forms say it in a phrase ("sagte am Montag in einem Telefonat mit Y"), tested with
  the settings of speaking (test_event_settings.py).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

PUB = "2021-06-08"              # a Tuesday


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz, speaking on the phone with Prime Minister Justin Trudeau, said on Monday that ties "
    "were strong.",
    "Chancellor Olaf Scholz said on Monday that ties would grow this year, speaking by phone with Prime Minister "
    "Justin Trudeau.",
    "Chancellor Olaf Scholz insisted Monday that he still intends to travel to Ottawa before the year is out, "
    "talking by telephone with Prime Minister Justin Trudeau.",
])
def test_a_call_in_a_participle_clause_is_the_main_subjects_of_the_day_spoken(text):
    [call] = [ev for ev in run(text, "en", published=PUB).events if ev.kind == "PhoneCall"]
    assert sorted(call.actors) == ["justin-trudeau", "olaf-scholz"] and call.date.iso == "2021-06-07"


def test_the_visit_of_the_main_clause_leaves_the_calls_partner_out():
    text = ("Chancellor Olaf Scholz said on Monday that he would visit Ottawa soon, speaking by phone with "
            "Prime Minister Justin Trudeau.")
    events = {ev.kind: ev for ev in run(text, "en", published=PUB).events}
    assert sorted(events) == ["PhoneCall", "Visit"]
    assert events["Visit"].actors == ["olaf-scholz"] and events["Visit"].status == "Planned"
