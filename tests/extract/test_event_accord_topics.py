"""A bare noun phrase after an accord's topic preposition ("an agreement on visa-free
visits", "Vereinbarung über erleichterte Reisen und Besuche") names a kind of act the
accord is about, not one that took place. One with an article or a name ("agreed on a
visit by Trudeau") is left to the rules of arranged events (a guard). Sentences written for
this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil signed an agreement on visa-free visits to the islands on Monday."),
    ("en", "Canada protests Brazil's exit from an accord on simplified visits to Crimea"),
    ("de", "Kanada protestiert gegen Brasiliens Ausstieg aus Vereinbarung über vereinfachten Besuch der Krim"),
    ("de", "Kanada und Brasilien unterzeichneten am Montag ein Abkommen über visumfreie Reisen und Besuche "
           "auf der Inselgruppe."),
])
def test_visits_an_accord_is_about_are_no_visit(extract, lang, text):
    assert "Visit" not in [ev.kind for ev in extract(text, lang, published=DAY).events]


def test_a_visit_with_its_visitor_agreed_on_stays(extract):
    kinds = [ev.kind for ev in extract("Canada and Brazil agreed on a visit by Trudeau to Brasília in June.", "en",
                                       published=DAY).events]
    assert "Visit" in kinds
