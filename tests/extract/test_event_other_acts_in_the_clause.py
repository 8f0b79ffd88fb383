"""What a sentence tells of another act after the event's own clause is that act's (sentences
written for this test):

- "met X ... after a Berlin meeting set for May was called off": the calling off, or the plan,
  is the other meeting's; the meeting told first happened;
- "... in what analysts called a warning to Washington": a comment, whose names are no parties;
- "met with X to conclude the accord in the Japanese capital": the capital is where they met.
"""
from __future__ import annotations

import pytest

DAY = "2018-07-17"          # a Tuesday


def _rows(facts, kind):
    return [(ev.status, sorted(ev.actors), ev.place) for ev in facts.events if ev.kind == kind]


@pytest.mark.parametrize("text", [
    "Angela Merkel met Shinzo Abe in Tokyo on Tuesday after a Berlin meeting set for May was delayed by a strike.",
    "Angela Merkel met Shinzo Abe in Tokyo on Tuesday, weeks after a planned Berlin meeting was called off.",
])
def test_a_call_off_or_plan_of_another_meeting_after_the_trigger_is_not_this_ones(extract, text):
    assert _rows(extract(text, "en", published=DAY), "Meeting")[0] == ("Happened", ["angela-merkel", "shinzo-abe"], "tokyo")


@pytest.mark.parametrize("lang,text", [
    ("en", "The meeting of Angela Merkel and Shinzo Abe was postponed after the floods."),
    ("de", "Angela Merkel traf Shinzo Abe am Dienstag in Tokio, nachdem ein früheres Treffen abgesagt worden war."),
])
def test_guard_a_call_off_of_the_meeting_itself_still_counts(extract, lang, text):
    rows = _rows(extract(text, lang, published=DAY), "Meeting")
    assert rows[0][0] == ("Cancelled" if lang == "en" else "Happened")


def test_a_comment_in_what_follows_names_no_party(extract):
    text = ("Japan and India signed a trade pact in Tokyo on Monday in what analysts called a warning to "
            "the US government of Donald Trump.")
    assert _rows(extract(text, "en", published=DAY), "Agreement") == [("Happened", ["india", "japan"], "tokyo")]


def test_the_capital_past_a_purpose_is_where_they_met(extract):
    text = "Angela Merkel met with Shinzo Abe to conclude the accord in the Japanese capital."
    assert _rows(extract(text, "en", published=DAY), "Meeting") == [("Happened", ["angela-merkel", "shinzo-abe"], "tokyo")]


@pytest.mark.parametrize("text,status", [
    ("A meeting of Angela Merkel and Shinzo Abe after the G20 summit was cancelled.", "Cancelled"),
    ("Angela Merkel meets Shinzo Abe in Tokyo after the G20 summit next week.", "Planned"),
])
def test_guard_a_phrase_after_the_trigger_keeps_the_cue_the_events_own(extract, text, status):
    assert _rows(extract(text, "en", published=DAY), "Meeting")[0][0] == status


@pytest.mark.parametrize("text,kind", [
    ("Poland expelled what it said were 45 Russian diplomats.", "Expulsion"),
    ("The EU imposed sanctions on what it called Russia's shadow fleet.", "Sanction"),
])
def test_guard_what_opens_no_clause_of_its_own(extract, text, kind):
    facts = extract(text, "en", published=DAY)
    assert any(ev.kind == kind and "russia" in ev.actors for ev in facts.events)


def test_guard_a_capital_one_travels_to_next_is_not_where_they_met(extract):
    text = "Angela Merkel met Shinzo Abe on Monday to travel together to the Chinese capital."
    assert _rows(extract(text, "en", published=DAY), "Meeting")[0][2] is None
