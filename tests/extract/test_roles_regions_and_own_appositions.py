"""Offices of a region and holders with a role of their own: sentences written for this
test, in both languages.

- "die schottische Regierungschefin X", "the Scottish first minister X": a region's office,
  not the head of government of the state the holder belongs to;
- "Außenminister A und B, früherer Bürgermeister von Y", "Foreign Secretary A and B, a
  former mayor of Y": B's apposition says what B is; the title is A's alone.
"""
from __future__ import annotations

import pytest


def _roles(facts) -> set:
    return {(r.person, r.role, r.org) for r in facts.roles}


def test_a_regional_office_is_no_state_office(extract):
    facts = extract("Betroffen ist auch die schottische Regierungschefin Theresa May.", "de",
                    published="2019-05-15")
    assert _roles(facts) == set()


def test_guard_a_state_office_stays(extract):
    facts = extract("Betroffen ist auch die britische Regierungschefin Theresa May.", "de", published="2019-05-15")
    assert _roles(facts) == {("theresa-may", "prime-minister", "united-kingdom")}


@pytest.mark.parametrize("lang,text,holder", [
    ("de", "Außenminister Heiko Maas und Olaf Scholz, früherer Bürgermeister von Hamburg, reisten nach Paris.",
     ("heiko-maas", "foreign-minister", "germany")),
    ("en", "Those affected include Foreign Secretary Jeremy Hunt and Boris Johnson, a former mayor of London.",
     ("jeremy-hunt", "foreign-minister", "united-kingdom")),
])
def test_a_holder_with_an_apposition_of_his_own_shares_no_title(extract, lang, text, holder):
    assert _roles(extract(text, lang, published="2019-05-15")) == {holder}


def test_guard_two_holders_of_one_title_share_it(extract):
    facts = extract("Die Außenminister Heiko Maas und Sergej Lawrow trafen sich in Moskau.", "de",
                    published="2019-05-15")
    assert _roles(facts) == {("heiko-maas", "foreign-minister", "germany"),
                             ("sergey-lavrov", "foreign-minister", "russia")}
