"""Names and roles in list items, after possessives and past "Ex-", through the real pipeline
(sentences written for this test):

- German given and family names that spaCy's lemma table lists with a genitive ("Helmut":
  "Helmuts") are names after a title, not common nouns;
- "Ex-"/"ex-" between a state and a role word leaves the state the role's, and a holder
  set off by a comma stands before "a former", "the current", "den bisherigen" roles too;
- a name opening a list item, set off by a dash from its role ("• X – former Czech foreign
  minister"), is the role's holder, as with a comma ("X, a former ... minister");
- a capital or a known person in the possessive before role words gives the role its state
  ("Tokyo's ambassador", "Bushs Sprecher");
- the EU's "foreign policy chief" ("Außenbeauftragte") is its foreign minister.
"""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text,key", [
    ("Das sagte der amerikanische Präsident Bill Jansen während der Zeremonie.", "new:Person:bill jansen"),
    ("Der Vorschlag stammt von Bundeskanzler Helmut Berger, sagte ein Sprecher.", "new:Person:helmut berger"),
    ("Die Außenministerin Angela Brandt reiste am Montag ab.", "new:Person:angela brandt"),
])
def test_a_german_name_with_a_genitive_in_the_lemma_table_is_a_name_after_a_title(extract, text, key):
    facts = extract(text, "de")
    assert key in facts.entities
