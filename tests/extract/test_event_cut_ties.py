"""Cutting ties is a suspension of relations (sentences written for this test, through the
real pipeline): "cut (diplomatic) ties with", "severed relations", "broke off relations",
"kappte alle Verbindungen zu", "hat die Beziehungen gekappt"."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "Saudi Arabia cut diplomatic ties with Qatar on Monday.", ["qatar", "saudi-arabia"]),
    ("en", "Saudi Arabia, Bahrain and Egypt severed relations with Qatar on Monday.",
     ["bahrain", "egypt", "qatar", "saudi-arabia"]),
    ("en", "Saudi Arabia broke off relations with Qatar on Monday.", ["qatar", "saudi-arabia"]),
    ("de", "Saudi-Arabien kappte am Montag alle Verbindungen zu Katar.", ["qatar", "saudi-arabia"]),
    ("de", "Saudi-Arabien hat am Montag alle diplomatischen Beziehungen zu Katar gekappt.", ["qatar", "saudi-arabia"]),
])
def test_cutting_ties_is_a_suspension(extract, lang, text, actors):
    assert event_rows(extract(text, lang, "2017-06-06")) == [("Suspension", "Happened", actors, "2017-06-05")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia cut gas supplies to Poland on Monday."),
    ("de", "Die Firma kappte am Montag die Preise in Katar."),
])
def test_guard_cutting_other_things_is_no_suspension_of_ties(extract, lang, text):
    assert [row[0] for row in event_rows(extract(text, lang, "2017-06-06"))] == []
