"""A visit noun that names its destination in a German compound (sentences written for
these tests): "Putins Chinabesuch", "eine Japan-Reise": the visit goes to China, to Japan.
"""
from __future__ import annotations

import pytest

DAY = "2014-05-22"        # a Thursday


@pytest.mark.parametrize("text, place", [
    ("Putins Chinabesuch begann am Dienstag.", "china"),
    ("Scholz ist am Dienstag zu einer Japan-Reise aufgebrochen.", "japan"),
    ("Abes Russlandbesuch endete am Dienstag in Moskau.", "moscow"),
])
def test_a_german_visit_compound_names_its_destination(extract, text, place):
    [ev] = [ev for ev in extract(text, "de", published=DAY).events if ev.kind == "Visit"]
    assert ev.place == place


def test_a_visit_compound_of_no_known_name_has_no_place(extract):           # guard
    [ev] = extract("Putins Arbeitsbesuch begann am Dienstag.", "de", published=DAY).events
    assert ev.place is None


def test_a_visit_compound_of_nobody_is_no_visit(extract):     # guard
    events = extract("Vor seiner Chinareise telefonierte Scholz am Montag mit Biden.", "de", published=DAY).events
    assert [ev.kind for ev in events] == ["PhoneCall"]
