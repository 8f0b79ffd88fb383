"""A German refusal told in the perfect ("hatte sich geweigert, X zu treffen") is no event,
as "weigerte sich" was not; threats a visit is made despite ("Allen Drohungen aus Peking zum
Trotz") are a reaction, their source no party; a name after a country's compound title
("die US-Politikerin Marta Kowalczyk") is the person, without the title's noun.
"""
from __future__ import annotations

import pytest

DAY = "2022-08-03"        # a Wednesday


@pytest.mark.parametrize("text", [
    "Die Präsidentin Park Geun Hye hatte sich lange geweigert, Abe zu bilateralen Gesprächen zu treffen.",
    "Park Geun Hye hat sich geweigert, Sanktionen gegen Japan zu verhängen.",
])
def test_a_refusal_in_the_perfect_is_no_event(extract, text):
    assert extract(text, "de", published=DAY).events == []


@pytest.mark.parametrize("text", [
    "Die US-Politikerin Marta Kowalczyk besuchte am Dienstag Taiwan.",
    "Allen Drohungen aus China zum Trotz ist die US-Spitzenpolitikerin Marta Kowalczyk am Dienstag zu einem "
    "Besuch in Taiwan eingetroffen.",
])
def test_the_name_after_a_compound_title_visits_and_threats_despite_which_it_happens_take_no_part(extract, text):
    facts = extract(text, "de", published=DAY)
    [visit] = facts.events
    person = "new:Person:marta kowalczyk"
    assert person in facts.entities and person in visit.actors
    assert "china" not in visit.actors and "beijing" not in visit.actors
    assert (visit.place, visit.date.iso) == ("taiwan", "2022-08-02")


@pytest.mark.parametrize("text", [
    "Der US-Sender Fox News berichtete am Montag, die Gespräche seien gescheitert.",
    "Der US-Hersteller Lockheed Martin soll Taiwan neue Kampfjets liefern.",
])
def test_a_company_or_broadcaster_after_a_compound_noun_is_no_person(extract, text):
    assert not [k for k in extract(text, "de", published=DAY).entities if k.startswith("new:Person:")]


@pytest.mark.parametrize("text", [
    "Trotz der Drohungen Chinas besuchte Kishida am Sonntag Taiwan.",
    "Trotz der Kritik Chinas besuchte Kishida am Sonntag Taiwan.",
])
def test_threats_named_by_a_genitive_name_take_no_part(extract, text):
    [visit] = extract(text, "de", published=DAY).events
    assert "china" not in visit.actors and "fumio-kishida" in visit.actors
    assert visit.place == "taiwan"
