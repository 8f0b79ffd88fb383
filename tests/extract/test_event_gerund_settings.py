"""A preposition that governs a gerund does not point to the gathering after it: sentences
written for this test, in both languages.

- "The two leaders posed for photographers before taking their seats for the opening meeting
  of their two days of talks": "before" is the photo's time before taking seats; the meeting
  and the talks are the summit told before, one event, not a second one the photo came before;
- "met Scholz on Friday before the NATO summit": the summit is another event ("after
  attending the summit", a gerund of attending, is tested in test_event_councils_and_schedules).
"""
from __future__ import annotations

import pytest

DAY = "2023-05-20"          # a Saturday


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Scholz met in Paris on Friday for a two-day summit. The two leaders posed for photographers "
           "before taking their seats for the opening meeting of their two days of talks."),
    ("de", "Macron und Scholz trafen sich am Freitag in Paris zu einem zweitägigen Gipfel. Die beiden posierten für "
           "Fotografen, bevor sie sich zum ersten Treffen ihrer zweitägigen Gespräche setzten."),
])
def test_a_meeting_after_a_gerund_is_the_summit_told_before(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert [(ev.kind, ev.place, ev.date.iso) for ev in events] == [("Summit", "paris", "2023-05-19")]


def test_a_summit_a_meeting_came_before_is_another_event(extract):
    events = extract("Macron met Scholz in Paris on Friday before the NATO summit.", "en", published=DAY).events
    assert sorted(ev.kind for ev in events) == ["Meeting", "Summit"]


def test_a_gerund_that_takes_the_gathering_still_points_to_it(extract):
    facts = extract("Before holding talks with Macron in Paris on Monday, Scholz met his cabinet.", "en",
                    published=DAY)
    assert any(ev.kind == "Talks" and "olaf-scholz" in ev.actors for ev in facts.events)
    facts = extract("Scholz and Macron signed a defence pact in Paris on Friday after holding talks.", "en",
                    published=DAY)
    assert "Talks" in [ev.kind for ev in facts.events]
