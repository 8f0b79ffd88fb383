"""A nuclear test is an event of its own kind (``dg:NuclearTest``), done by the state that
tests: "detonated its sixth nuclear test", "den Test einer Wasserstoffbombe", "der sechste
Atomwaffentest Nordkoreas"; a test site or a test-ban treaty is none. Sentences written for
this test."""
from __future__ import annotations

import pytest

DAY = "2017-09-05"          # a Tuesday


def _tests(extract, text, lang):
    return [(sorted(e.actors), e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
            if e.kind == "NuclearTest"]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea detonated its sixth and most powerful nuclear test on Sunday."),
    ("en", "North Korea conducted a hydrogen bomb test on Sunday, Japan said."),
    ("de", "Nordkorea hat am Sonntag den erfolgreichen Test einer Wasserstoffbombe gemeldet."),
    ("de", "Nordkorea hat am Sonntag seinen sechsten Atomwaffentest durchgeführt."),
])
def test_a_nuclear_test_is_the_testing_states(extract, lang, text):
    assert _tests(extract, text, lang) == [(["north-korea"], "2017-09-03")]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea is preparing the Punggye-ri nuclear test site, Japan said on Sunday."),
    ("en", "Japan and Canada called on Sunday for a nuclear test ban."),
    ("de", "Japan und Kanada forderten am Sonntag ein Atomtestverbot."),
    ("de", "Japan und Kanada forderten am Sonntag einen Atomtest-Stopp."),
])
def test_a_test_site_or_a_ban_is_no_test(extract, lang, text):
    assert _tests(extract, text, lang) == []


def test_the_kind_is_in_the_ontology_as_material_conflict():
    from diplograph.ontology.namespace import DG
    from diplograph.graph.analysis.colours import kind_colour, FALLBACK_COLOUR
    assert str(DG.NuclearTest).endswith("#NuclearTest") and kind_colour("NuclearTest") != FALLBACK_COLOUR


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe hat am Montag den nordkoreanischen Atomtest als unverzeihlich bezeichnet."),
    ("en", "Japan condemned North Korea's nuclear test on Sunday."),
    ("de", "Japan hat den Atomtest Nordkoreas am Sonntag scharf verurteilt."),
])
def test_who_judges_an_owned_test_takes_no_part_in_it(extract, lang, text):
    for actors, _ in _tests(extract, text, lang):
        assert actors == ["north-korea"]
