"""Former states in the knowledge base (``ontology/kb/states-former.ttl``): Yugoslavia under its
English and German names and demonym, the State Union of Serbia and Montenegro, and the offices
that tell whose "President Milošević" an article means by its date (``offices.ttl``). Real KB
loader and real extraction pipeline; the sentences are made up for these tests."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline
from diplograph.ontology.kb import load_kb
from diplograph.ontology.offices import held_on
from tests.extract.extract_helpers import role_triples, run


def test_yugoslavia_is_one_former_state_under_the_names_of_both_federations():
    kb = load_kb()
    state = kb.entity("yugoslavia")
    assert (state.kind, state.labels["en"], state.labels["de"]) == ("Country", "Yugoslavia", "Jugoslawien")
    assert {"Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia", "FRY"} <= set(state.names("en"))
    assert {"Sozialistische Föderative Republik Jugoslawien", "Bundesrepublik Jugoslawien"} <= set(state.names("de"))
    assert kb.is_country("yugoslavia") and kb.country_slug("belgrade") == "serbia"


@pytest.mark.parametrize("lang,text", [
    ("en", "Yugoslavia expelled two diplomats on Monday."),
    ("de", "Jugoslawien wies am Montag zwei Diplomaten aus."),
    ("en", "The Federal Republic of Yugoslavia expelled two diplomats on Monday."),
    ("de", "Die Bundesrepublik Jugoslawien wies am Montag zwei Diplomaten aus."),
])
def test_the_state_is_linked_and_acts_under_each_name(lang, text):
    facts = run(text, lang, "1999-03-01")
    assert facts.entities["yugoslavia"].known and "germany" not in facts.entities
    assert [ev.actors for ev in facts.events if ev.kind == "Expulsion"] == [["yugoslavia"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "The Yugoslav army withdrew on Monday."),
    ("de", "Die jugoslawische Armee zog am Montag ab."),
])
def test_the_demonym_points_to_yugoslavia(lang, text):
    assert get_pipeline(lang)(text)._.dg_demonyms == [(1, 2, "yugoslavia")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The Yugoslav foreign minister met Albright in Geneva on Monday."),
    ("de", "Der jugoslawische Außenminister traf am Montag in Genf Albright."),
])
def test_a_minister_named_by_the_demonym_makes_yugoslavia_a_party(lang, text):
    meeting = run(text, lang, "1998-03-02")
    assert [sorted(ev.actors) for ev in meeting.events] == [["madeleine-albright", "yugoslavia"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Milosevic met the envoy in Belgrade on Tuesday."),
    ("de", "Präsident Milošević empfing am Dienstag den Gesandten in Belgrad."),
])
def test_president_milosevic_is_yugoslavias_in_1999_and_serbias_in_1995(lang, text):
    by_date = {day: role_triples(run(text, lang, day)) for day in ("1999-05-04", "1995-05-09")}
    assert by_date == {"1999-05-04": {("slobodan-milosevic", "president", "yugoslavia")},
                       "1995-05-09": {("slobodan-milosevic", "president", "serbia")}}


def test_the_offices_hand_over_on_the_day_the_sources_give():
    def offices(person, when):
        return [(o.role, o.org) for o in held_on(person, when)]
    assert offices("slobodan-milosevic", "1990") == [("president", "serbia")]
    assert offices("slobodan-milosevic", "1997-07-22") == [("president", "serbia")]
    assert offices("slobodan-milosevic", "1997-07-24") == [("president", "yugoslavia")]
    assert offices("slobodan-milosevic", "2000-10-08") == []
    assert offices("vojislav-kostunica", "2002") == [("president", "yugoslavia")]


def test_president_kostunica_is_yugoslavias_in_2001():
    facts = run("President Kostunica met the envoy in Belgrade on Tuesday.", "en", "2001-05-08")
    assert role_triples(facts) == {("vojislav-kostunica", "president", "yugoslavia")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The State Union of Serbia and Montenegro applied on Monday to join."),
    ("de", "Der Staatenbund Serbien und Montenegro beantragte am Montag die Aufnahme."),
    ("de", "Serbien-Montenegro beantragte am Montag in Brüssel die Aufnahme."),
])
def test_the_state_union_is_linked_by_its_own_names_and_the_bare_pair_stays_two_states(lang, text):
    assert {"serbia-and-montenegro"} == {k for k, e in run(text, lang, "2004-03-01").entities.items()
                                         if e.kind == "Country"}
    pair = {"en": "The presidents of Serbia and Montenegro met in Belgrade on Monday.",
            "de": "Die Präsidenten von Serbien und Montenegro trafen sich am Montag in Belgrad."}[lang]
    assert [sorted(ev.actors) for ev in run(pair, lang, "2004-03-01").events] == [["montenegro", "serbia"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Greece and the former Yugoslav Republic of Macedonia signed an accord in New York on Monday."),
    ("de", "Griechenland und die ehemalige jugoslawische Republik Mazedonien unterzeichneten am Montag "
           "in New York ein Abkommen."),
])
def test_macedonias_provisional_name_is_macedonia_not_yugoslavia(lang, text):
    facts = run(text, lang, "1995-09-13")
    assert "yugoslavia" not in facts.entities
    assert [sorted(ev.actors) for ev in facts.events] == [["greece", "north-macedonia"]]
