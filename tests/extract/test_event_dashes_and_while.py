"""A dash between words and an English "while" end a clause (sentences written for these
tests): "hielten ein Manöver ab - zur selben Zeit trafen sich die Regierungschefs ...", "bombers
flew near Japan while US President Joe Biden was visiting Tokyo" — the names of the second
clause are its own event's, not the first's, and the other way round; a hyphen inside a
compound ("US-Zerstörer") ends nothing.
"""
from __future__ import annotations

import pytest

DAY = "2022-05-25"        # a Wednesday


def _by_kind(extract, text, lang):
    return {ev.kind: set(ev.actors) for ev in extract(text, lang, published=DAY).events}


def test_a_dash_between_words_ends_a_clause(extract):
    kinds = _by_kind(extract, "Chinesische und russische Kriegsschiffe haben am Dienstag ein gemeinsames Manöver "
                              "abgehalten - zur selben Zeit trafen sich die Regierungschefs der USA und Indiens.", "de")
    assert kinds["MilitaryExercise"] == {"china", "russia"}


def test_while_ends_a_clause(extract):
    kinds = _by_kind(extract, "Chinese and Russian bombers flew near Japan on Tuesday while US President Joe Biden "
                              "was visiting Tokyo.", "en")
    assert kinds["MilitaryExercise"] == {"china", "russia"} and kinds["Visit"] == {"joe-biden"}


def test_two_acts_joined_by_while_keep_their_own_people(extract):
    kinds = _by_kind(extract, "Biden met Kishida on Tuesday while Blinken held talks with Hayashi.", "en")
    assert kinds == {"Meeting": {"joe-biden", "fumio-kishida"}, "Talks": {"antony-blinken", "yoshimasa-hayashi"}}


@pytest.mark.parametrize("lang, text, actors", [
    ("de", "Ein Zerstörer der US-Marine war am Dienstag bis in die Zwölf-Meilen-Zone eines Atolls gefahren.",
     {"us-navy", "united-states"}),      # the navy, a body of its state, as the KB's other armed forces
    ("de", "Moskau/Peking (dpa) - Putin und Xi haben sich am Dienstag getroffen.", {"vladimir-putin", "xi-jinping"}),
])
def test_a_hyphen_in_a_compound_or_after_a_dateline_keeps_the_act(extract, lang, text, actors):     # guard
    [ev] = extract(text, lang, published=DAY).events
    assert set(ev.actors) == actors
