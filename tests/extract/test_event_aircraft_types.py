"""Aircraft named by type point to the state that flies them, as a demonym does:
sentences written for this test, in both languages ("Tu-95", "H-6K" from
``extract/data/vehicle_models.json``)."""
from __future__ import annotations

import pytest

from diplograph.extract.components.demonyms import vehicle_models
from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Thursday the 4th, Sunday the 7th


@pytest.mark.parametrize("lang,text,kind,state", [
    ("en", "On Thursday, the Canadian Defence Ministry said that two Tu-95 bombers violated Canadian airspace.",
     "AirspaceViolation", "russia"),
    ("de", "Kanada ließ am Donnerstag Kampfjets aufsteigen, nachdem zwei Bomber vom Typ Tu-95 in den Luftraum "
           "eingedrungen waren.", "AirspaceViolation", "russia"),
    ("en", "Canada scrambled jets on Sunday against an H-6K bomber and a Y-9 plane.", "Interception", "china"),
    ("de", "Kanada schickte am Sonntag Abfangjäger gegen einen Bomber des Typs H-6K.", "Interception", "china"),
])
def test_an_aircraft_type_names_its_state(extract, lang, text, kind, state):
    rows = event_rows(extract(text, lang, published=DAY))
    assert any(row[0] == kind and state in row[2] for row in rows)


@pytest.mark.parametrize("text", ["Route H-61 was closed.", "The Y-80 motorway", "Tuesday's Il-2 exhibit"])
def test_other_names_with_the_same_letters_are_no_type(text):
    rx, _ = vehicle_models()
    assert rx.search(text) is None
