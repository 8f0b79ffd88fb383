"""Texts longer than spaCy's ``max_length``: tokenized in chunks, one doc, every fact kept,
offsets into the whole text."""
from __future__ import annotations

import pytest

from diplograph.extract.dates import TimeValue, find_dates
from diplograph.extract.pipeline import get_pipeline


PARAGRAPH = ("Olaf Scholz traf am 2. März 2015 in Berlin Emmanuel Macron. Die beiden sprachen über "
             "den Handel.\n\n")
FILLER = "Über das Wetter wurde an diesem Tag nicht gesprochen, und auch nicht über Fußball.\n\n"


@pytest.fixture
def short_limit():
    nlp = get_pipeline("de")
    was, nlp.max_length = nlp.max_length, 2_000
    yield nlp.max_length
    nlp.max_length = was


def test_a_text_over_the_limit_keeps_the_facts_of_its_last_chunk(extract, short_limit):
    text = FILLER * 60 + PARAGRAPH            # about 5,000 characters: three chunks
    assert len(text) > 2 * short_limit
    facts = extract(text, "de")
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert (meeting.place, meeting.date.iso) == ("berlin", "2015-03-02")
    scholz = [m for m in facts.mentions if m.key == "olaf-scholz"]
    assert [text[m.start:m.end] for m in scholz] == ["Olaf Scholz"]


def test_a_text_without_paragraphs_is_cut_at_spaces(extract, short_limit):
    text = FILLER.replace("\n\n", " ") * 60 + PARAGRAPH
    facts = extract(text, "de")
    assert [e.place for e in facts.events if e.kind == "Meeting"] == ["berlin"]


def test_dates_of_a_long_text_are_each_found_once():
    unit = "Am 2. November 2013 trafen sie sich, am Montag auch. "
    text = unit * 4_000                       # 200 KB: overlapping candidates at every date
    found = find_dates(text, "de", TimeValue("2013-11-06", "day"))
    assert len(found) == 8_000
    assert {m.value.iso for m in found} == {"2013-11-02", "2013-11-04"}
