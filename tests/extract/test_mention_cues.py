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


@pytest.mark.parametrize("cue,lang,text,word,expected", [
    (latest_named, "en", "After the latest meeting, Trudeau flew home.", "meeting", True),
    (latest_named, "de", "Nach dem jüngsten Treffen flog Trudeau heim.", "Treffen", True),
    (latest_named, "en", "After the meeting, Trudeau flew home.", "meeting", False),
    (described, "en", "Scholz had called the meeting in Paris important.", "meeting", True),
    (described, "de", "Scholz hatte das Treffen in Paris als wichtig bezeichnet.", "Treffen", True),
    (described, "de", "Scholz hatte das Treffen in Paris vorbereitet.", "Treffen", False),
    (described, "en", "Scholz attended the meeting in Paris.", "meeting", False),
])
def test_cue(cue, lang, text, word, expected):
    cols, k = _cols_and_index(text, lang, word)
    assert cue(cols, lang, k) is expected
