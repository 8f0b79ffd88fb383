"""A subject relative clause after a comma tells what the word before the comma did
(sentences written for these tests): "angered Moon Jae-in, who met Xi Jinping in Seoul" —
Moon met Xi, even as what the main clause angered; "surprised European allies, who had
gathered in Paris" — the allies gathered, and no name of the main clause (Trump) did.
"""
from __future__ import annotations

import pytest

DAY = "2025-02-18"        # a Tuesday


@pytest.mark.parametrize("lang, text", [
    ("en", "The move angered Moon Jae-in, who met Xi Jinping in Seoul on Monday."),
    ("de", "Der Schritt verärgerte Moon Jae-in, der am Montag in Seoul Xi Jinping traf."),
])
def test_a_named_antecedent_of_who_takes_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert set(ev.actors) == {"moon-jae-in", "xi-jinping"} and ev.date.iso == "2025-02-17"


@pytest.mark.parametrize("lang, text", [
    ("en", "Biden's remarks startled the allies, who had met in Rome two days earlier."),
    ("en", "Putin's remarks alarmed the diplomats, who met in Vienna on Monday."),
    ("de", "Putins Äußerungen alarmierten die Diplomaten, die sich am Montag in Wien trafen."),
])
def test_a_common_noun_antecedent_leaves_the_main_clauses_names_out(extract, lang, text):
    assert not [ev for ev in extract(text, lang, published=DAY).events if ev.actors]


def test_a_subject_with_an_aside_of_who_still_acts(extract):            # guard
    [ev] = extract("Abe, who met Putin in Moscow on Monday, said the talks went well.", "en", published=DAY).events
    assert set(ev.actors) == {"shinzo-abe", "vladimir-putin"}


def test_a_speaker_who_tells_of_the_act_takes_no_part(extract):     # guard
    [ev] = extract("Putin met Xi in Beijing on Monday, according to Dmitry Peskov, who said the talks lasted hours.",
                   "en", published=DAY).events
    assert set(ev.actors) == {"vladimir-putin", "xi-jinping"}
