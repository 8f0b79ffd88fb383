"""The time of a meeting a since-phrase names (sentences written for these tests): "spoke on
Tuesday for the first time since their meeting in Paris in February" — the meeting was in
February, not on Tuesday; "seit ihrem Treffen in Neu-Delhi im Februar" — a hyphen in the
place's name does not end the phrase, so February stays the meeting's, not the call's.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-14"        # a Tuesday


def _dates(extract, text, lang):
    return {ev.kind: ev.date.iso if ev.date else None for ev in extract(text, lang, published=DAY).events}


@pytest.mark.parametrize("lang, text", [
    ("en", "Scholz and Modi spoke by phone on Tuesday for the first time since their meeting in Paris in February."),
    ("de", "Scholz und Modi haben am Dienstag erstmals seit ihrem Treffen in Rom im Februar miteinander telefoniert."),
    ("de", "Scholz und Modi haben erstmals seit ihrem Treffen in Neu-Delhi im Februar miteinander telefoniert."),
])
def test_the_meeting_a_since_phrase_names_keeps_its_own_time(extract, lang, text):
    assert _dates(extract, text, lang) == {"Meeting": "2024-02", "PhoneCall": DAY}


def test_a_since_date_alone_dates_nothing(extract):                              # guard
    assert _dates(extract, "Scholz and Modi spoke by phone on Tuesday for the first time since February.",
                  "en") == {"PhoneCall": DAY}
