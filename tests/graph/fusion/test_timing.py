"""When an article without a date was written, and what fusion does with it: articles of our
own through the real pipeline, the real knowledge base's office periods and the real fusion."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article
from diplograph.graph.fusion.fuse import fuse
from diplograph.graph.fusion.timing import not_after, within_year_of, written_between


def facts(article_id, text, lang="en", published=None):
    return extract_article(Article(article_id, text, lang,
                                   published=parse_iso(published) if published else None))


def test_an_office_dates_the_article():
    span = written_between(facts("a", "Prime Minister Shigeru Ishiba said Japan would respond."))
    assert span is not None and span[0] == "2024-10-01"


def test_two_offices_narrow_it():
    one = written_between(facts("a", "Prime Minister Fumio Kishida spoke in Tokyo."))
    two = written_between(facts("b", "Defence Minister Minoru Kihara and Prime Minister Fumio Kishida "
                                     "spoke in Tokyo."))
    assert one[0] < two[0] and two[1] <= one[1]


@pytest.mark.parametrize("lang,text", [
    ("en", "Former Prime Minister Shinzo Abe spoke in Tokyo."),
    ("de", "Der ehemalige Ministerpräsident Shinzo Abe sprach in Tokio."),
])
def test_a_past_office_says_nothing(lang, text):
    assert written_between(facts("a", text, lang)) is None


def test_offices_of_different_times_say_nothing():
    text = "Prime Minister Shinzo Abe talked with Russia's leader. Prime Minister Shigeru Ishiba spoke."
    assert written_between(facts("a", text)) is None


def test_spans_and_dates():
    assert within_year_of(("2022-01-01", "2022-12-31"), ("2023-06-01", "2023-06-30"))
    assert not within_year_of(("2020-01-01", "2020-12-31"), ("2022-06-01", "2022-06-30"))
    assert not_after("2022-04", ("2022-04-08", "2022-04-08"))
    assert not not_after("2022-05-02", ("2022-04-08", "2022-04-08"))


KISHIDA = "Japan imposed new sanctions on Russia, Prime Minister Fumio Kishida confirmed."
SUGA = "Japan imposed new sanctions on Russia, Prime Minister Yoshihide Suga confirmed."
ISHIBA = "Japan imposed new sanctions on Russia, Prime Minister Shigeru Ishiba confirmed."


def sanction_sources(fusion) -> list[list[str]]:
    return sorted(c.sources for c in fusion.events if c.kind == "Sanction")


def test_undated_articles_written_years_apart_report_different_acts():
    assert sanction_sources(fuse([facts("a", SUGA), facts("b", ISHIBA)])) == [["a"], ["b"]]


def test_undated_articles_of_one_time_report_one_act():
    assert sanction_sources(fuse([facts("a", KISHIDA), facts("b", KISHIDA)])) == [["a", "b"]]


def test_an_undated_article_joins_a_dated_report_of_its_time_only():
    dated = facts("c", "Japan imposed new sanctions on Russia on Friday.", published="2022-04-08")
    assert sanction_sources(fuse([dated, facts("a", KISHIDA), facts("b", ISHIBA)])) == [["a", "c"], ["b"]]


def test_an_article_cannot_report_as_past_what_happened_after_it():
    early = facts("e", "Fumio Kishida met Joe Biden in Washington.", published="2021-11-01")
    late = facts("l", "Fumio Kishida met Joe Biden in Washington on Friday.", published="2023-01-13")
    fused = [c for c in fuse([early, late]).events if c.kind in ("Meeting", "Talks")]
    assert sorted(c.sources for c in fused) == [["e"], ["l"]]


DATED_BACKGROUND = ("Canadian jets intercepted a Brazilian plane on Monday. It came one day after a joint flotilla of "
                    "French and British warships sailed around Irish northern coasts.")
UNDATED_BACKGROUND = "Frankreich und Großbritannien hatten bereits gemeinsame Übungen vor der irischen Küste abgehalten."


def exercise_sources(fusion) -> list[list[str]]:
    return sorted(c.sources for c in fusion.events if c.kind == "MilitaryExercise")


def test_undated_background_of_an_undated_article_is_not_another_articles_background():
    a = facts("a", DATED_BACKGROUND, published="2024-09-23")
    b = facts("b", UNDATED_BACKGROUND, "de")
    assert [(e.kind, e.prior, e.date) for f in (a, b) for e in f.events if e.kind == "MilitaryExercise"] == [
        ("MilitaryExercise", True, None), ("MilitaryExercise", True, None)]
    assert exercise_sources(fuse([a, b])) == [["a"], ["b"]]


def test_undated_background_of_articles_written_the_same_day_is_one_act():
    a = facts("a", DATED_BACKGROUND, published="2024-09-23")
    b = facts("b", UNDATED_BACKGROUND, "de", published="2024-09-23")
    assert exercise_sources(fuse([a, b])) == [["a", "b"]]


def test_an_article_written_while_someone_is_still_in_office_can_tell_a_recent_act():
    still_in_office = ("2025-10-21", "9999-12-31")
    assert within_year_of(still_in_office, ("2025-11-05", "2025-11-05"))
    assert within_year_of(("2025-11-05", "2025-11-05"), still_in_office)
    assert not within_year_of(("2018-03-19", "2018-03-19"), still_in_office)
