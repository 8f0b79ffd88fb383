"""A projectile's path is no visit ("launched a missile ..., traveling from the north", "the
missile traveled 1,000 kilometers"); who owns a norm an act breaks takes no part ("violate a
U.N. Security Council resolution", "Verstoß gegen Resolutionen des UN-Sicherheitsrates",
"Verletzung von UN-Resolutionen"); a capital named in another clause of the sentence is not
the event's place. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _events(extract, text, lang):
    return [(e.kind, sorted(e.actors), e.place) for e in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("text", [
    "Brazil launched a missile at around 10 p.m. on Tuesday, traveling from the northern part of the country.",
    "Brazil fired a missile on Tuesday. The missile reportedly traveled about 1,000 kilometers before falling into the sea.",
])
def test_a_projectile_s_path_is_no_visit(extract, text):
    assert [kind for kind, _, _ in _events(extract, text, "en")] == ["MissileLaunch"]


def test_experts_named_after_missiles_still_travel(extract):
    text = "The missile experts traveled to Ottawa on Tuesday with the president of Brazil."
    assert [kind for kind, _, _ in _events(extract, text, "en")] == ["Visit"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil fired a missile on Tuesday. Canada said such launches violate a U.N. Security Council resolution "
           "prohibiting Brazil from launching missiles."),
    ("de", "Brasilien feuerte am Dienstag eine Rakete ab. Der Start sei ein Verstoß gegen eine Resolution des "
           "UN-Sicherheitsrats, die Brasilien Raketenstarts verbietet."),
])
def test_the_owner_of_a_norm_takes_no_part(extract, lang, text):
    assert _events(extract, text, lang) == [("MissileLaunch", ["brazil"], None)]


def test_the_owner_of_a_norm_in_a_hyphened_compound_takes_no_part(extract):
    text = "Brasiliens Atomwaffentests stellten eine Verletzung zahlreicher UN-Resolutionen dar, sagte ein Sprecher."
    assert _events(extract, text, "de") == [("NuclearTest", ["brazil"], None)]


def test_a_capital_in_another_clause_is_not_the_protest_s_place(extract):
    text = ("The missiles were launched from near the Brazilian capital, said Canada's foreign ministry, "
            "which condemned the launch on Tuesday.")     # a guard: no protest was found before
    assert all(place != "brasilia" for kind, _, place in _events(extract, text, "en") if kind == "Protest")


def test_visiting_officials_after_a_launch_are_no_path(extract):
    text = "Brazil launched missiles on Tuesday, visiting Mexican officials watched."
    assert "Visit" in [kind for kind, _, _ in _events(extract, text, "en")]


def test_a_capital_of_the_first_conjunct_places_the_meeting(extract):
    text = "Justin Trudeau arrived in the Japanese capital on Tuesday and met Fumio Kishida."
    assert [place for kind, _, place in _events(extract, text, "en") if kind == "Meeting"] == ["tokyo"]
