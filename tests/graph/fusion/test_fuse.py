"""diplograph.graph.fusion.fuse on hand-made reports: one node per occasion, whether a report
names its people or not, and for acts told by an article that gives no date at all."""
from __future__ import annotations

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse

KINDS = {"shinzo-abe": "Person", "nato": "Organization", "japan": "Country", "russia": "Country",
         "china": "Country", "madrid": "Place", "vilnius": "Place", "sea-of-japan": "Place",
         "pacific-ocean": "Place"}


def report(article_id, kind, actors, place=None, date=None, published=None, status="Happened"):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue(*published) if published else None))
    for key in actors + ([place] if place else []):
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    facts.events = [Event(kind, actors, place, TimeValue(*date) if date else None, "", status, [], [], [])]
    return facts


def clusters(*reports):
    return sorted((tuple(e.sources), e.place) for e in fuse(list(reports)).events)


def test_a_summit_told_without_its_people_joins_the_one_told_with_them():
    with_people = report("a", "Summit", ["shinzo-abe", "japan", "nato"], "madrid", ("2023-07-11", "day"))
    without = report("b", "Summit", ["nato"], "madrid", ("2023-07", "month"))
    assert clusters(with_people, without) == [(("a", "b"), "madrid")]


def test_a_summit_elsewhere_or_undated_stays_apart():
    with_people = report("a", "Summit", ["shinzo-abe", "japan", "nato"], "madrid", ("2023-07-11", "day"))
    elsewhere = report("b", "Summit", ["nato"], "vilnius", ("2023-07", "month"))
    undated = report("c", "Summit", ["nato"], "madrid")
    assert len(clusters(with_people, elsewhere, undated)) == 3


def test_a_patrol_from_an_article_without_any_date_joins_the_dated_one():
    dated = report("a", "MilitaryExercise", ["russia", "china"], "pacific-ocean", ("2019-07-23", "day"),
                   published=("2019-07-25", "day"))
    undated = report("b", "MilitaryExercise", ["russia", "china"], "sea-of-japan")
    assert [c[0] for c in clusters(dated, undated)] == [("a", "b")]


def test_an_undated_act_of_a_dated_article_stays_apart_from_a_later_one():
    dated = report("a", "MilitaryExercise", ["russia", "china"], None, ("2019-07-23", "day"),
                   published=("2019-07-25", "day"))
    background = report("b", "MilitaryExercise", ["russia", "china"], published=("2022-05-01", "day"))
    assert len(clusters(dated, background)) == 2


def test_an_undated_act_joins_only_identical_parties():
    dated = report("a", "MilitaryExercise", ["russia", "china"], None, ("2019-07-23", "day"),
                   published=("2019-07-25", "day"))
    more = report("b", "MilitaryExercise", ["russia", "china", "japan"])
    assert len(clusters(dated, more)) == 2
