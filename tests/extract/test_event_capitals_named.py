"""A capital named after its country's capital word is where the act was, and its country
takes no part for it (sentences written for these tests): "in der japanischen Hauptstadt
Tokio", "in Saudi-Arabiens Hauptstadt Riad", "in the Saudi capital Riyadh"; a capital a
cause phrase's "for" heads stands for its state ("in retaliation for Ottawa agreeing to").
"""
from __future__ import annotations

import pytest

DAY = "2025-02-19"        # a Wednesday


@pytest.mark.parametrize("lang, text, place", [
    ("de", "Unterhändler Indiens und Pakistans trafen sich am Dienstag in der japanischen Hauptstadt Tokio.",
     "tokyo"),
    ("de", "Unterhändler Indiens und Pakistans trafen sich am Dienstag in der südkoreanischen Hauptstadt Seoul.",
     "seoul"),
    ("en", "Negotiators of India and Pakistan met in the Saudi capital Riyadh on Tuesday.", "riyadh"),
    ("de", "Indien und Pakistan berieten am Dienstag in Saudi-Arabiens Hauptstadt Riad über den Handel.",
     "riyadh"),
])
def test_a_capital_after_its_countrys_capital_word_is_the_place(extract, lang, text, place):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place == place and set(ev.actors) == {"india", "pakistan"}


def test_a_capital_after_a_cause_phrase_is_its_state(extract):
    # "in retaliation for Ottawa agreeing to ...": "for" heads the capital, not "in"
    [ev] = extract("Brazil cut its coffee exports in retaliation for Ottawa agreeing to impose sanctions on Brazil.",
                   "en", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.place) == ("Sanction", {"canada", "brazil"}, None)
