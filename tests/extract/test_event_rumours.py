"""An act only spoken of is no event: sentences written for this test, in both languages.

- "There has been talk of a deal between Brazil and Chile", "many talks of uncertainties",
  "There is speculation about a meeting between X and Y in Lima", "Es gibt Spekulationen über
  ein Treffen ...", "Gerüchte um ein Abkommen ...": nothing happened or is planned;
- "Talks of the foreign ministers of Brazil and Chile took place in Lima": talks held.
"""
from __future__ import annotations

import pytest

DAY = "2017-02-10"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "There has been talk of a deal between Brazil and Chile."),
    ("en", "Markets rose even though there have been many talks of uncertainties in the trade between Brazil and "
           "Chile."),
    ("en", "There is speculation about a meeting between Macron and Lula in Lima."),
    ("de", "Es gibt Spekulationen über ein Treffen zwischen Macron und Lula in Lima."),
    ("de", "Gerüchte um ein Abkommen zwischen Brasilien und Chile machen die Runde."),
])
def test_an_act_only_spoken_of_is_no_event(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks of the foreign ministers of Brazil and Chile took place in Lima on Friday."),
    ("de", "Gespräche der Außenminister Brasiliens und Chiles fanden am Freitag in Lima statt."),
])
def test_talks_of_named_sides_are_held(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Talks", ["brazil", "chile"], "lima")
