"""What an event answers is no party of it: sentences written for this test, in both
languages.

- "to counter mounting threats from Mexico" / "um der Bedrohung durch Mexiko zu begegnen":
  Mexico is what the accord answers, not a signatory.
- A visit and a hosting told of the same two people with no place named ("In visit with
  X, Y ...", "Y is hosting X for the weekend") are one trip.
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


@pytest.mark.parametrize("lang,text", [
    ("en", "In visit with Canadian prime minister, Macron stresses friendship\n\n"
           "President Emmanuel Macron is hosting Justin Trudeau at his country residence for the weekend.\n\n"
           "During a news conference alongside Prime Minister Justin Trudeau at the Elysee Palace, Macron "
           "called the friendship a cornerstone."),
    ("de", "Beim Besuch des kanadischen Premierministers betont Macron die Freundschaft\n\n"
           "Präsident Emmanuel Macron empfängt Justin Trudeau über das Wochenende auf seinem Landsitz.\n\n"
           "Auf einer Pressekonferenz mit Justin Trudeau im Schlossgarten nannte Macron die Freundschaft "
           "einen Eckpfeiler."),
])
def test_a_visit_and_a_hosting_of_the_same_two_people_are_one_trip(extract, lang, text):
    rows = event_rows(extract(text, lang, published=DAY))
    assert len(rows) == 1 and set(rows[0][2]) == {"emmanuel-macron", "justin-trudeau"}
