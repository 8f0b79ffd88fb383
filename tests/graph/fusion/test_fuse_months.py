"""diplograph.graph.fusion.fuse on hand-made reports of one gathering told once by the two
states on its day ("Japan and China held talks in Tokyo on Friday") and once by
its two people in the lead of an article dated only by its month: one occasion when the
people's countries are the states and the day lies in that month; else two. The same holds
when both reports name only the states ("the meeting of the two sides", told in the lead
of an article of that month), and for one state's act ("the US suspends the treaty", told
on its day and in the lead of an article of that month)."""
from __future__ import annotations

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse

KINDS = {"yoshimasa-hayashi": "Person", "wang-yi": "Person", "annalena-baerbock": "Person",
         "japan": "Country", "china": "Country", "germany": "Country", "tokyo": "Place"}


def report(article_id, actors, date, published, place=None, lead_dated=False, kind="Talks"):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue(*published)))
    for key in actors + ([place] if place else []):
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    ev = Event(kind, actors, place, TimeValue(*date), "", "Happened", [], [], [])
    ev.lead, ev.lead_dated = True, lead_dated
    facts.events = [ev]
    return facts


def sources(*reports):
    return sorted(tuple(e.sources) for e in fuse(list(reports)).events)


DAY = ("2023-04-14", "day")
MONTH = ("2023-04", "month")


def test_the_states_day_and_the_peoples_month_are_one_occasion():
    states = report("a", ["japan", "china"], DAY, DAY, "tokyo")
    people = report("b", ["yoshimasa-hayashi", "wang-yi"], MONTH, MONTH, lead_dated=True)
    assert sources(states, people) == [("a", "b")]


def test_a_month_the_text_itself_gives_stays_apart():                # guard
    states = report("a", ["japan", "china"], DAY, DAY, "tokyo")
    people = report("b", ["yoshimasa-hayashi", "wang-yi"], MONTH, ("2023-05-03", "day"))
    assert sources(states, people) == [("a",), ("b",)]


def test_other_states_or_another_month_stay_apart():                 # guard
    states = report("a", ["japan", "china"], DAY, DAY, "tokyo")
    others = report("b", ["yoshimasa-hayashi", "annalena-baerbock"], MONTH, MONTH, lead_dated=True)
    later = report("c", ["yoshimasa-hayashi", "wang-yi"], ("2023-05", "month"), ("2023-05", "month"),
                   lead_dated=True)
    assert sources(states, others, later) == [("a",), ("b",), ("c",)]


def test_the_states_day_and_the_states_month_are_one_occasion():
    day = report("a", ["japan", "china"], DAY, DAY, "tokyo")
    month = report("b", ["japan", "china"], MONTH, MONTH, lead_dated=True)
    assert sources(day, month) == [("a", "b")]


def test_the_states_month_the_text_gives_or_other_states_stay_apart():     # guard
    day = report("a", ["japan", "china"], DAY, DAY, "tokyo")
    told = report("b", ["japan", "china"], MONTH, MONTH)
    others = report("c", ["germany", "china"], MONTH, MONTH, lead_dated=True)
    assert sources(day, told, others) == [("a",), ("b",), ("c",)]


def test_one_states_act_on_its_day_and_in_a_months_lead_is_one_act():
    day = report("a", ["japan"], DAY, DAY, kind="Suspension")
    month = report("b", ["japan"], MONTH, MONTH, lead_dated=True, kind="Suspension")
    assert sources(day, month) == [("a", "b")]


def test_one_states_act_in_a_month_the_text_gives_stays_apart():      # guard
    day = report("a", ["japan"], DAY, DAY, kind="Suspension")
    told = report("b", ["japan"], MONTH, MONTH, kind="Suspension")
    other = report("c", ["china"], MONTH, MONTH, lead_dated=True, kind="Suspension")
    assert sources(day, told, other) == [("a",), ("b",), ("c",)]


def test_a_months_lead_and_two_acts_of_that_month_stay_apart():      # guard
    first = report("a", ["japan"], DAY, DAY, kind="Suspension")
    second = report("b", ["japan"], ("2023-04-27", "day"), ("2023-04-27", "day"), kind="Suspension")
    month = report("c", ["japan"], MONTH, MONTH, lead_dated=True, kind="Suspension")
    assert sources(first, second, month) == [("a",), ("b",), ("c",)]
