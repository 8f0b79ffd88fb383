"""Who voices opposition or outrage over a visit is no party of it ("Beijing voiced strong
opposition to X's visit to Japan", "Chinas Empörung über den Besuch von X"), as with other
words of criticism (sentences written for this test, through the real pipeline)."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("lang,text", [
    ("en", "Beijing voiced strong opposition to Tsai Ing-wen's visit to Japan on Tuesday."),
    ("de", "Chinas Empörung über den Besuch von Präsidentin Tsai Ing-wen in Japan war groß."),
])
def test_the_opposer_of_a_visit_is_no_party_of_it(extract, lang, text):
    rows = event_rows(extract(text, lang, "2022-08-05"))
    assert [row[:3] for row in rows] == [("Visit", "Happened", ["japan", "tsai-ing-wen"])]


def test_guard_an_opposition_leaders_visit_is_his(extract):
    rows = event_rows(extract("Opposition leader Jo Beispiel visited Japan on Tuesday.", "en", "2022-08-05"))
    assert [row[:3] for row in rows] == [("Visit", "Happened", ["japan", "new:Person:jo beispiel"])]
