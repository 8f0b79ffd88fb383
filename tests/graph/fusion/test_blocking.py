"""The blocking index: which clusters a report is compared with, and in what order."""
from types import SimpleNamespace

import numpy as np
import pytest

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.blocking import Blocks, buckets
from diplograph.graph.fusion.fuse import fuse

KEY = ("p", "gathering", "jean-trudo")


def cluster(order, date=None, written=()):
    return SimpleNamespace(order=order, date=TimeValue(date, "day") if date else None, written=list(written))


def report(date=None, status="Happened"):
    return SimpleNamespace(date=TimeValue(date, "day") if date else None, status=status, lead_dated=False)


@pytest.fixture
def blocks():
    found = Blocks()
    found.file(KEY, cluster(0, "2019-03-04"))                                    # 2019
    found.file(KEY, cluster(1, "2021-06-01"))                                    # 2021
    found.file(KEY, cluster(2, written=[("2020-01-01", "2021-12-31")]))          # w2020, w2021
    found.file(KEY, cluster(3))                                                  # ""
    found.file(("p", "gathering", "other"), cluster(4, "2021-06-01"))
    return found


def test_buckets_are_the_year_the_writing_years_or_none():
    assert buckets(cluster(0, "2019-03-04")) == ["2019"]
    assert buckets(cluster(0, written=[("2020-05-01", "2022-01-31")])) == ["w2020", "w2021", "w2022"]
    assert buckets(cluster(0)) == [""]


def test_a_dated_report_meets_its_year_the_undated_and_clusters_written_since_the_year_before(blocks):
    assert blocks.candidates([KEY], report("2021-06-02")).tolist() == [1, 2, 3]
    assert blocks.candidates([KEY], report("2019-03-04")).tolist() == [0, 2, 3]
    assert blocks.candidates([KEY], report("2023-01-01")).tolist() == [3]


def test_a_dated_plan_meets_clusters_written_in_any_year(blocks):
    assert blocks.candidates([KEY], report("2023-01-01", "Planned")).tolist() == [2, 3]


def test_an_undated_report_meets_the_years_around_its_writing(blocks):
    assert blocks.candidates([KEY], report(), ("2022-02-01", "2022-02-01")).tolist() == [1, 3]
    assert blocks.candidates([KEY], report(), ("2021-02-01", "2021-02-01")).tolist() == [1, 2, 3]
    assert blocks.candidates([KEY], report(), ("2018-02-01", "2018-02-01")).tolist() == [0, 3]
    assert blocks.candidates([KEY], report(), None).tolist() == [0, 1, 2, 3]        # nothing dates it
    assert blocks.candidates([KEY], report(status="Planned"), ("2018-02-01", "2018-02-01")).tolist() == [0, 1, 2, 3]


def test_candidates_of_several_keys_come_once_each_in_creation_order(blocks):
    blocks.file(("p", "gathering", "other"), cluster(1, "2021-06-01"))
    assert blocks.candidates([("p", "gathering", "other"), KEY], report("2021-06-02")).tolist() == [1, 2, 3, 4]
    assert blocks.candidates([("p", "gathering", "nobody")], report("2021-06-02")).tolist() == []


def test_filing_twice_under_one_key_files_once(blocks):
    blocks.file(KEY, cluster(0, "2019-03-04"))
    assert blocks.candidates([KEY], report("2019-03-04")).tolist() == [0, 2, 3]
    assert len(blocks._index[KEY]["2019"]) == 1


def timed(order, when=None, date=None, lead=False, bounds=None):
    return SimpleNamespace(order=order, when=when, date=TimeValue(date, "day" if len(date) == 10 else "month")
                           if date else None, lead_dated=lead, written_bounds=bounds)


def test_nearest_first_orders_by_days_to_the_span_then_by_number():
    blocks = Blocks()
    for order, when in enumerate([None, 50, 12, 15, 5, 25]):
        blocks.keep(timed(order, when))
    # gaps to [10, 20]: none, 30, 0, 0, 5, 5
    assert blocks.nearest_first(np.arange(6), 10, 20).tolist() == [2, 3, 4, 5, 1, 0]


def test_times_are_kept_beyond_the_first_thousand_clusters_and_can_change():
    blocks = Blocks()
    blocks.keep(timed(5000, 7))
    blocks.keep(timed(3, 100))
    blocks.keep(timed(3, 10))            # the cluster got a date nearer the span
    assert blocks.nearest_first(np.array([3, 5000]), 8, 8).tolist() == [5000, 3]
    blocks.keep(timed(5000, None))
    assert blocks.nearest_first(np.array([3, 5000]), 8, 8).tolist() == [3, 5000]


@pytest.fixture
def kept():
    blocks = Blocks()
    blocks.keep(timed(0, date="2022-05-10"))                                       # dated after the writing
    blocks.keep(timed(1, date="2022-05-02", lead=True))                           # a lead's day: from 04-25
    blocks.keep(timed(2, date="2022-04"))                                          # a month before
    blocks.keep(timed(3, bounds=("2022-03-01", "2022-03-01")))                    # undated, written in March
    blocks.keep(timed(4, bounds=("2022-04-20", "2022-12-31")))                    # undated, written since 04-20
    blocks.keep(timed(5, bounds=("2022-04", "2022-04")))                          # months: left to the check
    return blocks


def test_a_report_of_an_article_written_on_a_day_meets_no_cluster_dated_after_it(kept):
    written = ("2022-04-30", "2022-04-30")
    assert kept.in_time(np.arange(6), report("2022-04-24"), written).tolist() == [1, 2, 4, 5]
    assert kept.in_time(np.arange(6), report(), written).tolist() == [1, 2, 4, 5]     # nor one written in March
    assert kept.in_time(np.arange(6), report(status="Planned"), written).tolist() == list(range(6))


def test_a_dated_report_meets_no_cluster_whose_article_was_written_before_its_date(kept):
    assert kept.in_time(np.arange(6), report("2022-03-05"), None).tolist() == [0, 1, 2, 4, 5]
    assert kept.in_time(np.arange(6), report("2022-03-01"), None).tolist() == list(range(6))


def test_spans_not_to_the_day_exclude_nothing(kept):
    assert kept.in_time(np.arange(6), report(), ("2022-04", "2022-04")).tolist() == list(range(6))


def people(facts):
    for key in ("new:Person:jean-trudo", "new:Person:ada-marks"):
        facts.entities[key] = Entity(key, "Person", key.rsplit(":", 1)[1], False)
    return facts


def test_an_undated_report_joins_the_cluster_nearest_in_time_to_its_writing():
    """Two meetings of one pair, written nine months apart: an undated report of an article
    written a week after the second one joins the second, though the first was made first."""
    facts = []
    for name, day in (("a", "2021-06-01"), ("b", "2022-03-02")):
        f = ArticleFacts(Article(name, "", "en", published=TimeValue(day, "day")))
        f.events = [Event("Meeting", ["new:Person:jean-trudo", "new:Person:ada-marks"], None,
                          TimeValue(day, "day"), "", "Happened", [], [], [])]
        facts.append(people(f))
    late = ArticleFacts(Article("c", "", "en", published=TimeValue("2022-03-09", "day")))
    late.events = [Event("Meeting", ["new:Person:jean-trudo", "new:Person:ada-marks"], None, None, "",
                         "Happened", [], [], [])]
    fused = fuse(facts + [people(late)])
    assert sorted((e.date.iso, e.sources) for e in fused.events) == [("2021-06-01", ["a"]),
                                                                      ("2022-03-02", ["b", "c"])]
