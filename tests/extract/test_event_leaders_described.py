"""A country's head described by a generic title is the one the article named: sentences
written for this test, in both languages.

- "German Chancellor Olaf Scholz arrived in Beijing on Friday. The German leader is also due
  to hold talks with Premier Li Keqiang", "Der deutsche Regierungschef will ... Gespräche mit
  ... Li Keqiang führen": the leader, the head of government, is the chancellor named before;
- "the Brazilian leader" with no Brazilian head named stays the country.
"""
from __future__ import annotations

import pytest

DAY = "2022-11-04"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "German Chancellor Olaf Scholz arrived in Beijing on Friday. The German leader is also due to hold talks "
           "with Premier Li Keqiang on Friday."),
    ("de", "Bundeskanzler Olaf Scholz ist am Freitag in Peking eingetroffen. Der deutsche Regierungschef will am "
           "Freitag auch Gespräche mit Ministerpräsident Li Keqiang führen."),
])
def test_a_generic_head_is_the_one_named_before(extract, lang, text):
    [talks] = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Talks"]
    assert {"olaf-scholz", "li-keqiang"} <= set(talks.actors)


def test_a_generic_head_of_a_country_whose_head_is_not_named_stays_the_country(extract):
    text = "The Brazilian leader is due to hold talks with Premier Li Keqiang in Beijing on Friday."
    [talks] = extract(text, "en", published=DAY).events
    assert "brazil" in talks.actors and not [a for a in talks.actors if a.startswith("new:Person")]
