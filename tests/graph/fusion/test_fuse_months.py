"""diplograph.graph.fusion.fuse on hand-made reports of one gathering told once by the two
states on its day ("Russia and the United States held talks in Geneva on Friday") and once by
its two people in the lead of an article dated only by its month: one occasion when the
people's countries are the states and the day lies in that month; else two."""
from __future__ import annotations

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse

KINDS = {"antony-blinken": "Person", "sergey-lavrov": "Person", "fumio-kishida": "Person",
         "united-states": "Country", "russia": "Country", "japan": "Country", "geneva": "Place"}


def report(article_id, actors, date, published, place=None, lead_dated=False):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue(*published)))
    for key in actors + ([place] if place else []):
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    ev = Event("Talks", actors, place, TimeValue(*date), "", "Happened", [], [], [])
    ev.lead, ev.lead_dated = True, lead_dated
    facts.events = [ev]
    return facts


def sources(*reports):
    return sorted(tuple(e.sources) for e in fuse(list(reports)).events)


DAY = ("2022-01-21", "day")
MONTH = ("2022-01", "month")


def test_the_states_day_and_the_peoples_month_are_one_occasion():
    states = report("a", ["united-states", "russia"], DAY, DAY, "geneva")
    people = report("b", ["antony-blinken", "sergey-lavrov"], MONTH, MONTH, lead_dated=True)
    assert sources(states, people) == [("a", "b")]


def test_a_month_the_text_itself_gives_stays_apart():                # guard
    states = report("a", ["united-states", "russia"], DAY, DAY, "geneva")
    people = report("b", ["antony-blinken", "sergey-lavrov"], MONTH, ("2022-02-03", "day"))
    assert sources(states, people) == [("a",), ("b",)]


def test_other_states_or_another_month_stay_apart():                 # guard
    states = report("a", ["united-states", "russia"], DAY, DAY, "geneva")
    others = report("b", ["antony-blinken", "fumio-kishida"], MONTH, MONTH, lead_dated=True)
    later = report("c", ["antony-blinken", "sergey-lavrov"], ("2022-02", "month"), ("2022-02", "month"),
                   lead_dated=True)
    assert sources(states, others, later) == [("a",), ("b",), ("c",)]
