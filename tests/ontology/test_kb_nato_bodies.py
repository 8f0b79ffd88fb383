"""NATO's North Atlantic Council and the councils and commissions NATO holds with partner states,
and the capitals added last to places.ttl: their English and German names, the acronyms linked
only on evidence, the North Atlantic Council as an organ of NATO (and not the Washington think
tank "Atlantic Council"), and each capital as a place of its state. Real KB loader and real
extraction pipeline; the sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT
from tests.extract.extract_helpers import run

#: the NATO bodies added with this file's tests, each with its English and German label
BODIES = {"north-atlantic-council": ("North Atlantic Council", "Nordatlantikrat"),
          "nato-russia-council": ("NATO-Russia Council", "NATO-Russland-Rat"),
          "nato-ukraine-commission": ("NATO-Ukraine Commission", "NATO-Ukraine-Kommission"),
          "nato-ukraine-council": ("NATO-Ukraine Council", "NATO-Ukraine-Rat"),
          "nato-georgia-commission": ("NATO-Georgia Commission", "NATO-Georgien-Kommission"),
          "euro-atlantic-partnership-council": ("Euro-Atlantic Partnership Council",
                                                "Euro-Atlantischer Partnerschaftsrat")}

#: the capitals added with this file's tests, each with its state
CAPITALS = {"abuja": "nigeria", "astana": "kazakhstan", "naypyidaw": "myanmar", "bern": "switzerland",
            "pretoria": "south-africa", "taipei": "taiwan"}


def places(facts) -> set:
    return {ev.place for ev in facts.events}


# ---------------------------------------------------------------------------- NATO bodies

@pytest.mark.parametrize("slug", sorted(BODIES))
def test_a_nato_body_added_is_an_organisation_under_its_english_and_german_name(slug):
    body = load_kb().entity(slug)
    assert (body.kind, body.labels["en"], body.labels["de"]) == ("Organization", *BODIES[slug])
    assert load_kb().country_slug(slug) is None          # the body of no state


def test_the_north_atlantic_council_is_an_organ_of_nato_and_the_joint_forums_are_not():
    kb = load_kb()
    nac = kb.entity("north-atlantic-council")
    assert (nac.country, nac.seat, nac.wikidata) == (ENT["nato"], ENT["brussels"], None)
    assert "NAC" in nac.ambiguous_in("en") and "NAC" in nac.ambiguous_in("de")
    for slug in sorted(set(BODIES) - {"north-atlantic-council"}):
        assert kb.entity(slug).country is None, slug     # the Allies and partner states as members
    assert kb.entity("nato-russia-council").ambiguous_in("en") == frozenset({"NRC"})
    assert kb.entity("euro-atlantic-partnership-council").ambiguous_in("de") == frozenset({"EAPC", "EAPR"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Ambassadors of the North Atlantic Council met in Brussels on Tuesday after the drone attack on Poland."),
    ("de", "Die Botschafter des Nordatlantikrates trafen sich am Dienstag in Brüssel."),
])
def test_the_north_atlantic_council_meets_in_both_languages(lang, text):
    facts = run(text, lang)
    assert facts.entities["north-atlantic-council"].known
    assert not [k for k in facts.entities if "atlantic council" in k]      # no unknown "Atlantic Council"
    assert [(ev.kind, ev.actors, ev.place) for ev in facts.events] == \
        [("Meeting", ["north-atlantic-council"], "brussels")]


def test_the_north_atlantic_council_is_not_the_think_tank():
    nac = run("The North Atlantic Council condemned the missile strike on Tuesday.", "en").entities
    assert nac["north-atlantic-council"].surface == {"North Atlantic Council"}
    assert "new:Organization:atlantic council" not in nac
    tank = run("The Atlantic Council, a think tank in Washington, published a report on drones on Tuesday.",
               "en").entities
    assert "north-atlantic-council" not in tank and "new:Organization:atlantic council" in tank


@pytest.mark.parametrize("lang,text", [
    ("en", "The NATO-Russia Council met at ambassador level in Brussels on Wednesday."),
    ("de", "Der NATO-Russland-Rat tagte am Mittwoch auf Botschafterebene in Brüssel."),
])
def test_the_nato_russia_council_is_one_body_in_both_languages(lang, text):
    facts = run(text, lang)
    assert facts.entities["nato-russia-council"].known
    assert "nato" not in facts.entities and "russia" not in facts.entities    # not NATO and Russia
    assert facts.entities["brussels"].kind == "Place"


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Lavrov said on Wednesday that Moscow was ready for a meeting of the Russia-NATO Council.",
     "nato-russia-council"),
    ("en", "The Nato-Russia Council has not met since January.", "nato-russia-council"),
    ("de", "Lawrow sagte am Mittwoch, Moskau sei zu einem Treffen im Russland-Nato-Rat bereit.",
     "nato-russia-council"),
    ("de", "Der Nato-Russland-Rat tagte am Mittwoch in Brüssel.", "nato-russia-council"),
    ("de", "Der NATO-Rat kam am Dienstag zu einer Sondersitzung zusammen.", "north-atlantic-council"),
    ("en", "The NATO-Ukraine Council met on Thursday at the level of defence ministers.", "nato-ukraine-council"),
    ("de", "Der Nato-Ukraine-Rat tagte am Donnerstag auf Ebene der Verteidigungsminister.",
     "nato-ukraine-council"),
    ("de", "Die NATO-Ukraine-Kommission tagte im Jahr 2016 in Brüssel.", "nato-ukraine-commission"),
    ("en", "The NATO-Georgia Commission met in Tbilisi on Monday.", "nato-georgia-commission"),
    ("de", "Die NATO-Georgien-Kommission tagte am Montag in Tiflis.", "nato-georgia-commission"),
    ("en", "Ministers of the Euro-Atlantic Partnership Council met in Brussels on Friday.",
     "euro-atlantic-partnership-council"),
    ("de", "Die Außenminister des Euro-Atlantischen Partnerschaftsrates trafen sich am Freitag in Brüssel.",
     "euro-atlantic-partnership-council"),
])
def test_other_names_and_case_forms_are_linked(lang, text, slug):
    assert run(text, lang).entities[slug].known


def test_the_ukraine_commission_and_the_council_that_replaced_it_are_two_bodies():
    facts = run("The NATO-Ukraine Council, which replaced the NATO-Ukraine Commission, met on Thursday.", "en")
    assert facts.entities["nato-ukraine-council"].known and facts.entities["nato-ukraine-commission"].known


@pytest.mark.parametrize("with_evidence,slug,alone", [
    ("The North Atlantic Council met on Tuesday. The NAC approved the plan.", "north-atlantic-council",
     "The NAC approved the plan on Tuesday."),
    ("The NATO-Russia Council met on Monday. The NRC discussed Ukraine.", "nato-russia-council",
     "The NRC warned on Monday that aid deliveries had stopped."),
])
def test_an_acronym_is_linked_only_beside_the_full_name(with_evidence, slug, alone):
    assert [m.key for m in run(with_evidence, "en").mentions].count(slug) == 2
    assert slug not in run(alone, "en").entities


# ---------------------------------------------------------------------------- capitals

@pytest.mark.parametrize("slug", sorted(CAPITALS))
def test_a_capital_added_is_a_place_of_its_state(slug):
    kb = load_kb()
    capital = kb.entity(slug)
    assert (capital.kind, capital.capital_of) == ("Place", ENT[CAPITALS[slug]])
    assert kb.country_slug(slug) == CAPITALS[slug]


def test_other_names_of_the_capitals_and_a_disputed_capital_left_out():
    kb = load_kb()
    assert "Nur-Sultan" in kb.entity("astana").names("en") and "Nur-Sultan" in kb.entity("astana").names("de")
    assert "Nay Pyi Taw" in kb.entity("naypyidaw").names("en")
    assert "Berne" in kb.entity("bern").names("en") and "Berne" not in kb.entity("bern").names("de")
    assert not [e for e in kb.entities.values() if e.capital_of == ENT["israel"]]
    assert kb.entity("abuja").labels == {"en": "Abuja", "de": "Abuja"}


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Scholz flew to Abuja on Monday to meet Nigeria's president.", "abuja"),
    ("de", "Scholz reiste am Montag nach Abuja.", "abuja"),
    ("en", "Xi arrived in Astana on Tuesday for the summit.", "astana"),
    ("de", "Xi traf am Dienstag in Astana ein.", "astana"),
    ("en", "Putin arrived in Nur-Sultan on Tuesday.", "astana"),
    ("en", "The UN envoy met the junta leader in Naypyidaw on Friday.", "naypyidaw"),
    ("de", "Der UN-Gesandte traf am Freitag in Naypyidaw den Juntachef.", "naypyidaw"),
    ("en", "Ramaphosa received Modi in Pretoria on Thursday.", "pretoria"),
    ("de", "Ramaphosa empfing Modi am Donnerstag in Pretoria.", "pretoria"),
    ("en", "Blinken met the Swiss foreign minister in Bern on Monday.", "bern"),
    ("de", "Baerbock traf den Schweizer Außenminister am Montag in Bern.", "bern"),
])
def test_a_capital_is_the_place_of_an_event_in_both_languages(lang, text, slug):
    facts = run(text, lang, "2024-03-04")
    assert slug in places(facts)
    assert facts.entities[slug].kind == "Place"


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "Scholz arrived in the Nigerian capital on Monday and met Tinubu.", "abuja"),
    ("de", "Scholz traf am Montag in der kasachischen Hauptstadt Tokajew.", "astana"),
    ("en", "The US delegation arrived in the Taiwanese capital on Tuesday.", "taipei"),
])
def test_a_capital_phrase_is_resolved_through_the_capital_link(lang, text, slug):
    assert slug in places(run(text, lang, "2024-03-04"))
