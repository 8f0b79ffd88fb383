"""diplograph.graph.fusion.parties: a meeting or a call whose reports together name one party
is no event of the graph; one that names two is, and so is a one-sided act (a protest), a
meeting of a body of states (NATO's) and a summit (its host may hold it for others unnamed)."""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from diplograph.extract import extract_article
from diplograph.extract.dates import TimeValue, parse_iso
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse
from diplograph.graph.fusion.parties import min_parties, parties
from diplograph.graph.rdf.dataset import to_dataset
from diplograph.ontology.namespace import DG, ENT, SEM

KINDS = {"shinzo-abe": "Person", "taro-kono": "Person", "vladimir-putin": "Person", "japan": "Country",
         "russia": "Country", "japan-ministry-of-foreign-affairs": "Organization", "nato": "Organization",
         "saudi-arabia": "Country"}


def report(article_id, kind, actors, date=("2022-05-04", "day")):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue("2022-05-05", "day")))
    for key in actors:
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    facts.events = [Event(kind, actors, None, TimeValue(*date), "", "Happened", [], [], [])]
    return facts


def kept(*reports):
    return sorted((e.kind, tuple(e.sources)) for e in fuse(list(reports)).events)


def test_the_ontology_gives_meetings_and_calls_two_parties():
    assert min_parties() == {"Meeting": 2, "PhoneCall": 2}


@pytest.mark.parametrize("actors, people, expected", [
    (["shinzo-abe", "japan"], {"shinzo-abe"}, ["shinzo-abe"]),                  # his own country
    (["japan-ministry-of-foreign-affairs", "japan"], set(), ["japan"]),        # a state's body
    (["shinzo-abe", "russia"], {"shinzo-abe"}, ["russia", "shinzo-abe"]),
    (["shinzo-abe", "taro-kono"], {"shinzo-abe", "taro-kono"}, ["shinzo-abe", "taro-kono"]),
    (["nato", "japan"], set(), ["japan", "nato"]),
])
def test_parties_count_a_person_with_their_country_and_a_body_with_its_state_once(actors, people, expected):
    assert sorted(parties(actors, people)) == expected


@pytest.mark.parametrize("kind, actors", [
    ("Meeting", ["shinzo-abe"]),
    ("Meeting", ["japan"]),
    ("PhoneCall", ["shinzo-abe", "japan"]),
    ("Meeting", ["japan-ministry-of-foreign-affairs", "japan"]),
])
def test_a_meeting_or_call_of_one_party_is_dropped_with_its_report(kind, actors):
    lone = report("a", kind, actors)
    fusion = fuse([lone])
    assert fusion.events == [] and lone.events == []


@pytest.mark.parametrize("kind, actors", [
    ("Meeting", ["shinzo-abe", "taro-kono"]),        # two people of one country
    ("PhoneCall", ["shinzo-abe", "russia"]),
    ("Protest", ["japan"]),                          # an act of one side
    ("Talks", ["japan"]),                            # no least number in the ontology
    ("Meeting", ["nato"]),                           # a body of no state gathers several
    ("Summit", ["saudi-arabia"]),                    # a summit its host holds for others unnamed
])
def test_events_with_the_parties_their_kind_takes_stay(kind, actors):
    assert kept(report("a", kind, actors)) == [(kind, ("a",))]


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Shinzo Abe held a meeting with business leaders in Osaka on Monday.\n\n"
           "Abe met Russian President Vladimir Putin in Tokyo on Tuesday."),
    ("de", "Der japanische Premier Shinzo Abe telefonierte am Montag.\n\n"
           "Am Dienstag traf Abe den russischen Präsidenten Wladimir Putin in Tokio."),
])
def test_the_graph_of_a_real_article_holds_only_the_two_party_meeting(lang, text):
    facts = extract_article(Article("x", text, lang, published=parse_iso("2016-11-16")))
    lone = [ev.kind for ev in facts.events if len(ev.actors) == 1]
    assert lone in (["Meeting"], ["PhoneCall"])            # the article tells it ...
    ds = to_dataset(fuse([facts]))
    events = {e for e, _, _, _ in ds.quads((None, SEM.hasActor, None, None))}
    kinds = {o for e in events for _, _, o, _ in ds.quads((e, RDF.type, None, None)) if o in (DG.Meeting, DG.PhoneCall)}
    assert len(events) == 1 and kinds == {DG.Meeting}        # ... the graph keeps the meeting of two
    assert {str(a) for _, _, a, _ in ds.quads((None, SEM.hasActor, None, None))} == \
        {str(ENT["shinzo-abe"]), str(ENT["vladimir-putin"])}
    assert len(facts.events) == 1 and sorted(facts.events[0].actors) == ["shinzo-abe", "vladimir-putin"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Olaf Scholz spoke by phone with the Turkish president on Wednesday."),
    ("de", "Der französische Präsident Emmanuel Macron empfing am Montag den chinesischen Außenminister in Paris."),
])
def test_a_side_named_by_an_office_no_holder_is_known_for_is_its_state_and_the_event_stays(lang, text):
    facts = extract_article(Article("x", text, lang, published=parse_iso("2023-03-10")))
    [ev] = fuse([facts]).events
    assert len(ev.actors) == 2 and ({"turkey", "china"} & set(ev.actors))
