"""diplograph.graph.fusion.fuse on hand-made reports of talks told once in a city and once
in its country ("talks in Saudi Arabia", "Gespräche in Riad"), one with the delegations'
people and one with their states: one occasion on the same days; another country's talks
stay apart. A ministry named beside its state is that state's side."""
from __future__ import annotations

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse

KINDS = {"marco-rubio": "Person", "sergey-lavrov": "Person", "russia": "Country", "united-states": "Country",
         "saudi-arabia": "Country", "riyadh": "Place", "turkey": "Country", "ukraine": "Country",
         "us-department-of-state": "Organization", "russia-ministry-of-foreign-affairs": "Organization"}


def report(article_id, actors, place, date):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue(date[0][:7], "month")))
    for key in actors + [place]:
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    facts.events = [Event("Talks", actors, place, TimeValue(*date), "", "Happened", [], [], [])]
    return facts


def sources(*reports):
    return sorted(tuple(e.sources) for e in fuse(list(reports)).events)


def test_talks_in_a_city_and_in_its_country_are_one():
    city = report("a", ["marco-rubio", "sergey-lavrov", "united-states", "russia"], "riyadh", ("2025-02", "month"))
    country = report("b", ["united-states", "russia"], "saudi-arabia", ("2025-02-18", "day"))
    assert sources(city, country) == [("a", "b")]


def test_talks_in_another_country_stay_apart():                         # guard
    city = report("a", ["marco-rubio", "sergey-lavrov", "united-states", "russia"], "riyadh", ("2025-02", "month"))
    other = report("b", ["united-states", "russia"], "turkey", ("2025-02-18", "day"))
    assert sources(city, other) == [("a",), ("b",)]


def test_talks_of_other_states_in_the_country_stay_apart():            # guard
    city = report("a", ["marco-rubio", "sergey-lavrov", "united-states", "russia"], "riyadh", ("2025-02", "month"))
    other = report("b", ["united-states", "ukraine"], "saudi-arabia", ("2025-02-25", "day"))
    assert sources(city, other) == [("a",), ("b",)]


def test_a_ministry_beside_its_state_is_that_states_side():
    city = report("a", ["marco-rubio", "sergey-lavrov", "united-states", "russia", "us-department-of-state"],
                  "riyadh", ("2025-02", "month"))
    country = report("b", ["united-states", "russia", "russia-ministry-of-foreign-affairs"], "saudi-arabia",
                     ("2025-02-18", "day"))
    assert sources(city, country) == [("a", "b")]
