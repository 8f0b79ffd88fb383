"""What an event answers is no party of it: sentences written for this test, in both
languages.

- "to counter mounting threats from Mexico" / "um der Bedrohung durch Mexiko zu begegnen":
  Mexico is what the accord answers, not a signatory.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil plan to sign a defence pact on Friday so as to counter the growing threats from Mexico."),
    ("de", "Kanada und Brasilien wollen diese Woche einen Verteidigungspakt unterzeichnen, um den wachsenden "
           "Bedrohungen durch Mexiko zu begegnen."),
])
def test_the_source_of_a_threat_is_no_party(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "Agreement" and row[2] == ["brazil", "canada"]
