"""Ordering a diplomat to leave is an expulsion ("ordered two Brazilian diplomats to leave
the country", "forderte einen brasilianischen Konsul auf, das Land ... zu verlassen"): the
one who orders expels, the diplomats' country is the target. Ordering others to leave
expels nobody. Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada on Tuesday ordered two Brazilian diplomats to leave Canada within seven days."),
    ("de", "Kanada forderte am Dienstag zwei brasilianische Diplomaten auf, das Land binnen einer Woche zu "
           "verlassen."),
])
def test_ordering_diplomats_to_leave_expels_them(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.targets, ev.date.iso) == ("Expulsion", ["canada", "brazil"], ["brazil"],
                                                             "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "The Canadian police ordered the crowd to leave the square on Tuesday."),
    ("de", "Die kanadische Polizei forderte die Menge am Dienstag auf, den Platz zu verlassen."),
])
def test_ordering_others_to_leave_is_no_expulsion(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada told its diplomats to leave Brazil because of security concerns."),
    ("en", "Mexico told Brazilian diplomats to leave the building after a bomb threat."),
    ("de", "Kanada forderte seine Diplomaten auf, Brasilien zu verlassen."),
])
def test_recalling_own_diplomats_or_clearing_a_building_is_no_expulsion(extract, lang, text):
    assert "Expulsion" not in [ev.kind for ev in extract(text, lang, published=DAY).events]


def test_a_separable_expel_verb_with_a_long_middle_field_expels(extract):
    text = ("Die kanadische Regierung weist nach dem Angriff auf einen Journalisten in Ottawa zwei brasilianische "
            "Diplomaten aus.")
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, set(ev.actors) >= {"canada", "brazil"}, ev.targets) == ("Expulsion", True, ["brazil"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled two Brazilian diplomats on Tuesday after the killing of a Chilean man in Ottawa."),
    ("de", "Kanada wies nach dem Mord an einem chilenischen Mann zwei brasilianische Diplomaten aus."),
])
def test_the_country_of_a_private_victim_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Expulsion", ["brazil", "canada"])
