"""A personal pronoun does not stand for a person the article marks with the other gender
("first lady X", "his wife X", "Außenministerin X", "Herr X"), through the real pipeline
(sentences written for this test)."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import persons


@pytest.mark.parametrize("lang,text,who", [
    ("en", "Jo Beispiel arrived in Havana on Sunday with first lady Ana Beispiel. "
           "On Tuesday he will hold talks with Peru's president Luis Marrero.", "new:Person:jo beispiel"),
    ("en", "Jo Beispiel arrived in Havana on Sunday. His wife Ana Beispiel came too. "
           "On Wednesday he will hold talks with Luis Marrero, Peru's president.", "new:Person:jo beispiel"),
])
def test_he_is_not_the_woman_named_last(extract, lang, text, who):
    facts = extract(text, lang, "2016-03-20")
    talks = [ev for ev in facts.events if ev.kind == "Talks"]
    assert talks and all(who in persons(facts, ev) for ev in talks)
    women = {"new:Person:ana beispiel", "new:Person:anna berg"}
    assert not any(women & set(ev.actors) for ev in talks)


def test_guard_she_is_the_woman_named_last(extract):
    facts = extract("Kishida arrived in Canberra on Sunday. Foreign Minister Ms Ana Beispiel met him. "
                    "On Monday she held talks with Jo Smith.", "en", "2016-03-20")
    held = [ev for ev in facts.events if "new:Person:jo smith" in ev.actors]
    assert held and all("new:Person:ana beispiel" in ev.actors for ev in held)


def test_guard_er_after_a_feminine_title_is_still_the_man(extract):
    facts = extract("Kanzler Jo Beispiel traf in Tokio ein. Mit ihm reiste Außenministerin Anna Berg. "
                    "Am Montag führte er Gespräche mit Kishida.", "de", "2016-03-20")
    talks = [ev for ev in facts.events if ev.kind == "Talks"]
    assert talks and all("new:Person:jo beispiel" in ev.actors and "new:Person:anna berg" not in ev.actors
                         for ev in talks)
