"""Whose government or minister (sentences written for these tests):
"Obama administration officials", "Vertreter der Regierung Obama", "Obama's Secretary of
State", "Putins Sprecher" name a principal who is no party of what is done to them; the
government acting itself, or its members named before the act, keep its head's name.
"""
from __future__ import annotations

import pytest

DAY = "2021-01-21"        # a Thursday


def _actors(extract, text, lang, published=DAY):
    return [set(ev.actors) for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran sanctioned 12 Obama administration officials on Thursday."),
    ("en", "Iran sanctioned 12 members of the Obama administration on Thursday."),
    ("de", "Der Iran verhängte am Donnerstag Sanktionen gegen Vertreter der Regierung Obama."),
])
def test_the_head_of_a_government_whose_members_are_meant_is_no_party(extract, lang, text):
    assert _actors(extract, text, lang) == [{"iran"}]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "The Biden administration imposed sanctions on Russia on Thursday.", {"joe-biden", "russia"}),
    ("de", "Die Regierung Scholz verhängte am Donnerstag Sanktionen gegen Russland.", {"olaf-scholz", "russia"}),
    ("en", "Obama administration officials met Modi in New Delhi on Thursday.", {"barack-obama", "narendra-modi"}),
])
def test_a_government_acting_keeps_its_heads_name(extract, lang, text, actors):     # guard
    assert _actors(extract, text, lang) == [actors]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Obama's Secretary of State John Kerry held talks with Lavrov on Thursday.",
     {"john-kerry", "sergey-lavrov"}),
    ("de", "Merkels Außenminister Heiko Maas traf am Donnerstag Lawrow.", {"heiko-maas", "sergey-lavrov"}),
    ("de", "Putins Sprecher Peskow traf am Donnerstag Wang Yi.", {"dmitry-peskov", "wang-yi"}),
])
def test_the_principal_of_an_office_holder_is_no_party(extract, lang, text, actors):
    assert _actors(extract, text, lang) == [actors]
