"""The cue words around an event mention, on docs of the real pipeline (sentences written
for this test)."""
from __future__ import annotations

import pytest

from diplograph.extract.components.columns import columns
from diplograph.extract.mention_cues import described, latest_named
from diplograph.extract.pipeline import get_pipeline


def _cols_and_index(text: str, lang: str, word: str):
    cols = columns(get_pipeline(lang)(text))
    return cols, cols.text.index(word)


@pytest.mark.parametrize("lang,text,word,expected", [
    ("en", "After the latest meeting, Trudeau flew home.", "meeting", True),
    ("de", "Nach dem jüngsten Treffen flog Trudeau heim.", "Treffen", True),
    ("en", "After the meeting, Trudeau flew home.", "meeting", False),
])
def test_latest_named(lang, text, word, expected):
    cols, k = _cols_and_index(text, lang, word)
    assert latest_named(cols, lang, k) is expected


@pytest.mark.parametrize("lang,text,word,expected", [
    ("en", "Scholz had called the meeting in Paris important.", "meeting", True),
    ("de", "Scholz hatte das Treffen in Paris als wichtig bezeichnet.", "Treffen", True),
    ("de", "Scholz hatte das Treffen in Paris vorbereitet.", "Treffen", False),
    ("en", "Scholz attended the meeting in Paris.", "meeting", False),
])
def test_described(lang, text, word, expected):
    cols, k = _cols_and_index(text, lang, word)
    assert described(cols, lang, k) is expected
