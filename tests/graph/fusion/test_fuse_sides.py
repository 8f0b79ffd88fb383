"""diplograph.graph.fusion.fuse on hand-made reports of a gathering told once with all its
people and once with one of them and the other side's state ("Blinken met Chinese officials
on Friday"): one occasion when both are dated, the dates meet and the states of the first
report's people are the second's; else two."""
from __future__ import annotations

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse

KINDS = {"antony-blinken": "Person", "jake-sullivan": "Person", "wang-yi": "Person", "yang-jiechi": "Person",
         "fumio-kishida": "Person", "china": "Country", "united-states": "Country", "japan": "Country",
         "anchorage": "Place"}
ALL = ["antony-blinken", "jake-sullivan", "yang-jiechi", "wang-yi"]


def report(article_id, actors, date=None, place=None):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue("2021-03-20", "day")))
    for key in actors + ([place] if place else []):
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    facts.events = [Event("Meeting", actors, place, TimeValue(*date) if date else None, "", "Happened", [], [], [])]
    return facts


def sources(*reports):
    return sorted(tuple(e.sources) for e in fuse(list(reports)).events)


def test_one_person_and_the_other_sides_state_join_the_whole_delegations():
    whole = report("a", ALL, ("2021-03", "month"), "anchorage")
    one = report("b", ["antony-blinken", "united-states", "china"], ("2021-03-19", "day"))
    assert sources(whole, one) == [("a", "b")]


def test_one_person_with_another_state_stays_apart():             # guard
    whole = report("a", ALL, ("2021-03", "month"), "anchorage")
    other = report("b", ["antony-blinken", "japan"], ("2021-03-19", "day"))
    assert sources(whole, other) == [("a",), ("b",)]


def test_an_undated_report_of_one_person_stays_apart():          # guard
    whole = report("a", ALL, ("2021-03", "month"), "anchorage")
    undated = report("b", ["antony-blinken", "united-states", "china"])
    assert sources(whole, undated) == [("a",), ("b",)]


def test_days_that_do_not_meet_stay_apart():                      # guard
    whole = report("a", ALL, ("2021-03-18", "day"), "anchorage")
    later = report("b", ["antony-blinken", "united-states", "china"], ("2021-03-25", "day"))
    assert sources(whole, later) == [("a",), ("b",)]
