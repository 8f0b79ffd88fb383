"""Diplomats who must leave (sentences written for these tests): "X said Y's diplomats must
leave", "will have to leave", "X teilte mit, Y-Diplomaten müssten das Land verlassen",
"X hat bekannt gegeben, dass ... verlassen müssen" are X's expulsion of them, its speaker
the side that expels; not diplomats who will leave for the holidays, had to leave a war,
or want to leave, nor a body's own staff told to leave, nor an order that holds only on a
condition.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-16"        # a Tuesday


def _events(extract, text, lang):
    return [(ev.kind, set(ev.actors)) for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Canada said on Tuesday that five Russian diplomats must leave the country."),
    ("en", "Canada said five Russian diplomats will have to leave the country within a week."),
    ("de", "Kanada teilte am Dienstag mit, fünf russische Diplomaten müssten das Land binnen einer Woche verlassen."),
    ("de", "Kanada hat am Dienstag bekannt gegeben, dass fünf Russland-Diplomaten das Land verlassen müssen."),
    ("de", "Kanada gab am Dienstag bekannt, dass fünf russische Diplomaten das Land verlassen müssen."),
])
def test_diplomats_a_state_says_must_leave_are_expelled_by_it(extract, lang, text):
    assert _events(extract, text, lang) == [("Expulsion", {"canada", "russia"})]


@pytest.mark.parametrize("lang, text", [
    ("en", "Many Canadian diplomats will leave Ottawa for the holidays, he said on Tuesday."),
    ("en", "Canadian diplomats had to leave Kyiv after the invasion, Ottawa said on Tuesday."),
    ("de", "Viele kanadische Diplomaten wollen das Land verlassen, sagte er am Dienstag."),
])
def test_diplomats_who_leave_of_their_own_are_not_expelled(extract, lang, text):      # guard
    assert _events(extract, text, lang) == []


@pytest.mark.parametrize("text", [
    "The UN said its diplomats must leave Sudan by Tuesday because of the fighting.",
    "Lavrov warned that Canadian diplomats must leave if Ottawa expels Russian envoys.",
])
def test_own_staff_or_a_condition_is_no_expulsion_done(extract, text):      # guard
    assert [(kind, ev_status) for kind, ev_status in
            ((ev.kind, ev.status) for ev in extract(text, "en", published=DAY).events)
            if ev_status == "Happened"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Canada said on Tuesday that five Russian diplomats must leave the country, even if Moscow protests."),
    ("en", "Canada said five Russian diplomats must leave the country, and reporters asked if more would follow."),
    ("de", "Kanada teilte am Dienstag mit, fünf russische Diplomaten müssten das Land verlassen, auch wenn Moskau protestiere."),
])
def test_an_if_that_sets_no_condition_keeps_the_order(extract, lang, text):
    assert _events(extract, text, lang) == [("Expulsion", {"canada", "russia"})]


def test_a_german_order_on_a_condition_is_no_expulsion_done(extract):      # guard
    text = "Lawrow warnte, kanadische Diplomaten müssten das Land verlassen, wenn Ottawa russische Diplomaten ausweise."
    assert "Happened" not in [ev.status for ev in extract(text, "de", published=DAY).events if ev.kind == "Expulsion"]
