"""Two people who share a surname stay two people; a bare surname follows the person the
article named in full, not a famous namesake of the knowledge base."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Ehefrau des früheren Premierministers, Frau Akie Abe, besuchte Moskau. "
           "Abe sagte, die Reise sei privat."),
    ("en", "Former first lady Mrs. Akie Abe visited Moscow. Abe said the trip was private."),
])
def test_bare_surname_is_the_person_named_in_full(extract, lang, text):
    facts = extract(text, lang)
    assert "shinzo-abe" not in facts.entities
    assert [s.speaker for s in facts.statements] == ["new:Person:akie abe"]
    assert facts.entities["new:Person:akie abe"].surface == {"Akie Abe", "Abe"}


def test_the_famous_namesake_named_in_full_keeps_the_surname(extract):
    facts = extract("Premierminister Shinzo Abe empfing Frau Akie Abe. Abe sagte, das Treffen sei gut "
                    "gewesen.", "de")
    assert {"shinzo-abe", "new:Person:akie abe"} <= set(facts.entities)
    assert [s.speaker for s in facts.statements] == ["shinzo-abe"]


def test_two_unknown_namesakes_stay_apart_across_articles(tmp_path):
    from diplograph.graph.build import build
    (tmp_path / "a.txt").write_text("Botschafter Kenji Tanabe traf in Moskau den russischen Vize-"
                                    "Außenminister. Tanabe sagte, die Gespräche seien offen gewesen.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fisheries official Mr. Hiroshi Tanabe met Russian negotiators in "
                                    "Moscow. Tanabe said the talks had been frank.", encoding="utf-8")
    result = build([tmp_path], tmp_path / "out", views=False)
    people = {k for f in result.fusion.articles for k, e in f.entities.items() if e.kind == "Person"}
    assert people == {"new:Person:Kenji Tanabe", "new:Person:Hiroshi Tanabe"}


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO is expanding its ties with Asia. Secretary General Jens Stoltenberg met Japanese "
           "Prime Minister Fumio Kishida in Brussels."),
    ("de", "Die NATO baut ihre Beziehungen nach Asien aus. Generalsekretär Jens Stoltenberg traf "
           "Japans Premierminister Fumio Kishida in Brüssel."),
])
def test_a_secretary_general_serves_the_organisation_not_his_nationality(extract, lang, text):
    roles = {(r.person, r.role, r.org) for r in extract(text, lang).roles}
    assert ("jens-stoltenberg", "secretary-general", "nato") in roles
    assert not any(org == "norway" for _, _, org in roles)


def test_dateline_is_not_part_of_a_statement(extract):
    text = ("TOKYO, Oct 23, 2021 (Reuters) - Japan's Defense Ministry said Russian and Chinese "
            "warships had sailed through the Tsugaru Strait.")
    [st] = extract(text, "en").statements
    assert st.text.startswith("Japan's Defense Ministry said") and st.speaker == "japan-ministry-of-defense"
    assert text[st.start:st.end].strip() == st.text


def test_cause_before_the_trigger_is_no_actor(extract):
    [ev] = extract("Japan hat wegen der Ukraine-Krise neue Sanktionen gegen Russland verhängt.", "de").events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["japan", "russia"])
