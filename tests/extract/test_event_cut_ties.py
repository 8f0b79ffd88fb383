"""Cutting ties is a suspension of relations (sentences written for this test, through the
real pipeline): "cut (diplomatic) ties with", "severed relations", "broke off relations",
"kappte alle Verbindungen zu", "hat die Beziehungen gekappt"."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "Morocco cut diplomatic ties with Iran on Monday.", ["iran", "morocco"]),
    ("en", "Morocco, Algeria and Egypt severed relations with Iran on Monday.",
     ["algeria", "egypt", "iran", "morocco"]),
    ("en", "Morocco broke off relations with Iran on Monday.", ["iran", "morocco"]),
    ("de", "Marokko kappte am Montag alle Verbindungen zum Iran.", ["iran", "morocco"]),
    ("de", "Marokko hat am Montag alle diplomatischen Beziehungen zum Iran gekappt.", ["iran", "morocco"]),
])
def test_cutting_ties_is_a_suspension(extract, lang, text, actors):
    assert event_rows(extract(text, lang, "2017-06-06")) == [("Suspension", "Happened", actors, "2017-06-05")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia cut gas supplies to Poland on Monday."),
    ("de", "Die Firma kappte am Montag die Preise in Marokko."),
])
def test_guard_cutting_other_things_is_no_suspension_of_ties(extract, lang, text):
    assert [row[0] for row in event_rows(extract(text, lang, "2017-06-06"))] == []
