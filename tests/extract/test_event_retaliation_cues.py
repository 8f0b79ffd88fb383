"""An act done as a retaliatory measure for another keeps that other act's place and
parties out: sentences written for this test, in both languages.

- "would expel 20 Canadian diplomats as a retaliatory measure for the mass expulsion of
  Brazilian embassy staff from Ottawa", "als Vergeltungsmaßnahme für die Ausweisung
  brasilianischer Diplomaten aus Ottawa": Brazil expels Canadians; Ottawa is where the other
  expulsion was, and Brazil is no target.
"""
from __future__ import annotations

import pytest

DAY = "2023-04-22"          # a Saturday


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil said on Saturday it would expel 20 Canadian diplomats as a retaliatory measure for the mass "
           "expulsion of Brazilian embassy staff from Ottawa."),
    ("en", "Brazil expelled 20 Canadian diplomats on Saturday as retaliation for the expulsion of Brazilian embassy "
           "staff from Ottawa."),
    ("de", "Brasilien weist als Vergeltungsmaßnahme für die Ausweisung brasilianischer Diplomaten aus Ottawa 20 "
           "kanadische Diplomaten aus."),
])
def test_a_retaliation_keeps_the_other_acts_place_and_parties_out(extract, lang, text):
    news = [ev for ev in extract(text, lang, published=DAY).events if not ev.prior]
    assert [(ev.kind, ev.actors[0], ev.targets, ev.place) for ev in news] == [("Expulsion", "brazil", ["canada"], None)]
