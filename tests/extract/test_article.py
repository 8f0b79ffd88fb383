"""diplograph.extract.article: entity keys, surname repeats, role references, event coreference, evidence."""
from __future__ import annotations

import pytest

from diplograph.extract.article import MEETING_KINDS, rule_confidence
from tests.extract.extract_helpers import persons


@pytest.mark.parametrize("lang,text,labels", [
    ("de", "Sergej Lawrow traf Kishida Fumio in Moskau.",
     {"sergey-lavrov": "Sergej Lawrow", "fumio-kishida": "Fumio Kishida", "moscow": "Moskau"}),
    ("en", "Sergey Lavrov met Kishida Fumio in Moscow.",
     {"sergey-lavrov": "Sergey Lavrov", "fumio-kishida": "Fumio Kishida", "moscow": "Moscow"}),
])
def test_known_entities_get_kb_slugs_and_labels_in_article_language(extract, lang, text, labels):
    facts = extract(text, lang)
    assert {k: e.label for k, e in facts.entities.items()} == labels
    assert all(e.known for e in facts.entities.values())
    assert facts.entities["fumio-kishida"].surface == {"Kishida Fumio"}
    assert facts.entities["fumio-kishida"].kind == "Person"
    assert facts.entities["moscow"].kind == "Place"


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenminister Kishida traf Lawrow. Später flog Fumio Kishida nach Tokio, wo Kishida "
           "Japans Regierungschef traf."),
    ("en", "Japan's Foreign Minister Kishida met Lavrov. Later Fumio Kishida flew to Tokyo, where Kishida "
           "met Japan's prime minister."),
])
def test_surname_and_full_name_are_one_entity(extract, lang, text):
    facts = extract(text, lang)
    assert facts.entities["fumio-kishida"].surface == {"Kishida", "Fumio Kishida"}
    assert [m.key for m in facts.mentions if m.key.startswith("fumio")] == ["fumio-kishida"] * 3


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenministerin Hanae Ishikawa traf Lawrow. Frau Ishikawa sagte, es sei ein offenes Gespräch gewesen."),
    ("en", "Japan's Foreign Minister Hanae Ishikawa met Lavrov. Ms. Ishikawa said, it had been an open conversation."),
])
def test_titled_surname_repeat_of_unknown_person(extract, lang, text):
    facts = extract(text, lang)
    key = "new:Person:hanae ishikawa"
    assert facts.entities[key].surface == {"Hanae Ishikawa", "Ishikawa"}
    assert (facts.entities[key].known, facts.entities[key].label) == (False, "Hanae Ishikawa")
    assert [m.key for m in facts.mentions if "ishikawa" in m.key] == [key, key]
    assert {(r.person, r.role, r.org) for r in facts.roles} == {(key, "foreign-minister", "japan")}
    assert [s.speaker for s in facts.statements] == [key]


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenministerin Hanae Ishikawa traf Lawrow in Moskau. Ishikawa sagte, es sei ein "
           "offenes Gespräch gewesen."),
    ("en", "Japan's Foreign Minister Hanae Ishikawa met Lavrov in Moscow. Ishikawa said, it had been an "
           "open conversation."),
])
def test_bare_surname_repeat_of_unknown_person(extract, lang, text):
    facts = extract(text, lang)
    key = "new:Person:hanae ishikawa"
    assert [m.key for m in facts.mentions if "ishikawa" in m.key] == [key, key]
    assert [s.speaker for s in facts.statements] == [key]


def test_surname_of_a_known_person_that_is_also_a_word(extract):
    facts = extract("Abe met Theresa May in London. May said, the talks had been good.", "en")
    assert facts.entities["theresa-may"].surface == {"Theresa May", "May"}
    assert [s.speaker for s in facts.statements] == ["theresa-may"]


def test_different_unknown_people_keep_different_keys(extract):
    text = "Außenministerin Hanae Ishikawa traf Botschafter Kenji Tanabe in Tokio."
    facts = extract(text, "de")
    assert {k for k in facts.entities if k.startswith("new:")} == {"new:Person:hanae ishikawa",
                                                                   "new:Person:kenji tanabe"}


def test_roles_carry_rule_confidence_and_evidence(extract):
    text = "Gipfel in Moskau\nLawrow, russischer Außenminister, empfing Kishida."
    facts = extract(text, "de")
    [role] = facts.roles
    assert (role.rule, role.confidence) == ("roles.apposition", rule_confidence()["roles.apposition"])
    assert facts.sentence(role.sent) == "Lawrow, russischer Außenminister, empfing Kishida."


def test_rule_confidence_covers_every_event_kind():
    conf = rule_confidence()
    assert MEETING_KINDS <= {k.split(".", 1)[1] for k in conf if k.startswith("events.")}
    assert all(0 < v <= 1 for v in conf.values())


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenminister Taro Kono und Russlands Außenminister Sergej Lawrow landeten in Tokio. "
           "Die Außenminister beider Länder trafen sich am 2. November 2013."),
    ("en", "Japan's Foreign Minister Taro Kono and Russia's Foreign Minister Sergey Lavrov landed in Tokyo. "
           "The foreign ministers of both countries met on November 2, 2013."),
])
def test_participants_by_role_resolved_to_holders(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.kind, ev.date.iso) == ("Meeting", "2013-11-02")
    assert persons(facts, ev) == ["taro-kono", "sergey-lavrov"]


def test_event_evidence_spans_point_to_sentences(extract):
    text = ("Abe und Putin trafen sich am 5. September 2019 in Wladiwostok. "
            "Die Gespräche dauerten drei Stunden.")
    facts = extract(text, "de")
    [ev] = facts.events
    assert [facts.sentence(s) for s in ev.sents] == [
        "Abe und Putin trafen sich am 5. September 2019 in Wladiwostok.",
        "Die Gespräche dauerten drei Stunden."]
    assert ev.triggers == ["trafen", "Gespräche"]
    assert ev.rules == ["de.meet.verb", "de.talks.noun"]


def test_event_without_any_actor_is_dropped(extract):
    assert extract("Die Gespräche dauerten drei Stunden in Moskau.", "de").events == []
    assert extract("The talks lasted three hours in Moscow.", "en").events == []


def test_planned_event_with_date_but_no_person_is_kept(extract):
    facts = extract("Japan und Russland wollen im Mai 2020 in Moskau Gespräche führen.", "de")
    assert [(e.kind, e.actors, e.place, e.date.iso, e.status) for e in facts.events] == [
        ("Talks", ["japan", "russia"], "moscow", "2020-05", "Planned")]


def test_news_outlets_are_not_actors(extract):
    facts = extract("Abe und Putin trafen sich in Moskau, berichtete die Nachrichtenagentur Kyodo.", "de")
    [ev] = facts.events
    assert ev.actors == ["shinzo-abe", "vladimir-putin"]
    assert "kyodo-news" in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "The Canadian and Brazilian foreign ministers met in Berlin on Monday."),
    ("de", "Der kanadische und brasilianische Außenminister trafen sich am Montag in Berlin."),
])
def test_ministers_named_by_demonyms_alone_meet_for_their_states(extract, lang, text):
    # a state named only by a demonym of an office nobody holds in the KB is still an entity
    [ev] = extract(text, lang, published="2025-11-14").events
    assert (ev.kind, set(ev.actors), ev.place) == ("Meeting", {"canada", "brazil"}, "berlin")


def test_two_countries_before_an_office_need_a_joiner(extract):
    facts = extract("China bestellte nach Äußerungen über Chile Kanadas Botschafter ein.", "de",
                    published="2025-11-14")
    [protest] = facts.events
    assert (protest.actors, protest.targets) == (["china", "canada"], ["canada"])
