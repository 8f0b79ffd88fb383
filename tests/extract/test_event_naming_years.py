"""A year between an article and its noun names the thing ("the 2010 treaty", "das 2015
geschlossene Abkommen"): an act on that thing (suspending, scrapping, terminating it) keeps
its own time, not the thing's year. The setting of a gathering ("at the 2018 summit") and an
agreement's own noun keep the year. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2024-05-20"          # a Monday


def _dated(extract, text, lang, kind):
    return [(e.status, e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
            if e.kind == kind]


def test_a_treaty_suspended_keeps_the_suspension_s_year(extract):
    text = "Canada suspended the 2010 Atlantic Fisheries Treaty with Brazil in 2023."
    assert _dated(extract, text, "en", "Suspension") == [("Happened", "2023")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said on Friday it would scrap the 2015 agreement with Brazil next month."),
    ("de", "Kanada will das 2015 geschlossene Abkommen mit Brasilien im Juni kündigen."),
])
def test_a_planned_termination_is_not_dated_by_the_pact_s_year(extract, lang, text):
    assert _dated(extract, text, lang, "Suspension") == [("Planned", "2024-06")]


def test_the_setting_s_year_is_the_gathering_s(extract):
    text = "The prime minister of Canada met the president of Brazil at the 2018 summit in Lima."
    assert _dated(extract, text, "en", "Summit") + _dated(extract, text, "en", "Meeting") == [("Happened", "2018")]


@pytest.mark.parametrize("text", [
    "The 2018 Canada-Brazil summit was held in Lima.",
    "Officials recalled the 2018 Canada-Brazil summit in Lima.",
])
def test_names_between_a_year_and_its_gathering_keep_the_year(extract, text):
    assert [d for _, d in _dated(extract, text, "en", "Summit")] == ["2018"]
