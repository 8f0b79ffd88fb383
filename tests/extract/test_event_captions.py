"""Photo captions say where the picture shows each person ("Scholz, left, and Macron ...",
"Scholz (links) und Macron ..."): the aside keeps the names around it in one clause, so both
take part, and so does the first of a list whose comma follows the bracket ("X (l.), Y (M.)
und Z"). Sentences written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "German Chancellor Olaf Scholz, left, and French President Emmanuel Macron hold talks in Paris, "
           "May 3, 2021"),
    ("en", "Olaf Scholz, second from left, and Emmanuel Macron hold talks in Paris on May 3, 2021."),
    ("en", "Olaf Scholz, front, and Emmanuel Macron met in Paris on May 3, 2021."),
    ("de", "Bundeskanzler Olaf Scholz (r.) und Frankreichs Präsident Emmanuel Macron bei Gesprächen in Paris "
           "am 3. Mai 2021."),
    ("de", "Olaf Scholz (links) und Emmanuel Macron trafen sich am 3. Mai 2021 in Paris."),
])
def test_both_people_of_a_caption_take_part(extract, lang, text):
    facts = extract(text, lang)
    assert [(set(e.actors), e.place, e.date.iso) for e in facts.events] == [
        ({"olaf-scholz", "emmanuel-macron"}, "paris", "2021-05-03")]


def test_a_position_word_that_is_no_aside_joins_nothing(extract):
    # "left" here is what Scholz did, not where a photo shows him
    facts = extract("Olaf Scholz left, and Emmanuel Macron held talks in Paris on May 3, 2021.", "en")
    assert [set(e.actors) for e in facts.events if e.kind == "Talks"] == [{"emmanuel-macron"}]


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz (left), Emmanuel Macron (centre) and Justin Trudeau at the summit in Osaka on May 3, 2021."),
    ("en", "Olaf Scholz (L), Emmanuel Macron and Justin Trudeau met in Osaka on May 3, 2021."),
    ("en", "Olaf Scholz (left), Emmanuel Macron (right) and Justin Trudeau met in Osaka on May 3, 2021."),
    ("de", "Bundeskanzler Olaf Scholz (l.), Frankreichs Präsident Emmanuel Macron (M.) und Justin Trudeau beim "
           "Brics-Gipfel in Osaka am 3. Mai 2021."),
])
def test_the_first_of_three_a_caption_places_with_a_bracket_takes_part(extract, lang, text):
    [ev] = extract(text, lang).events
    assert set(ev.actors) - {"brics"} == {"olaf-scholz", "emmanuel-macron", "justin-trudeau"}
    assert (ev.place, ev.date.iso) == ("osaka", "2021-05-03")
