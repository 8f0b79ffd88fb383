"""An undated article takes the news day of its lead's event from the articles that date it:
articles of our own through the real pipeline and the real fusion."""
from __future__ import annotations

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article
from diplograph.graph.fusion.anchor import RULE
from diplograph.graph.fusion.fuse import fuse

DATED = ("Japan expels three Russian diplomats\n\nTOKYO - Japan expelled three Russian diplomats "
         "on Friday, the foreign ministry said.")          # published Friday 2019-03-15
UNDATED_DE = ("Japan weist russische Diplomaten aus\n\nJapan hat drei russische Diplomaten ausgewiesen. "
              "Russland hatte am Donnerstag ein Manöver auf den Kurilen begonnen. Außenminister Taro Kono "
              "will im Mai nach Moskau reisen. Russland verhängte heute Einreiseverbote gegen japanische "
              "Politiker.")


def facts(article_id, text, lang="en", published=None):
    return extract_article(Article(article_id, text, lang, published=parse_iso(published) if published else None))


def fused(*articles):
    return {c.kind: c for c in fuse(list(articles)).events}


def test_the_lead_event_dates_the_other_relative_dates():
    events = fused(facts("a", DATED, published="2019-03-15"), facts("b", UNDATED_DE, "de"))
    assert events["Expulsion"].sources == ["a", "b"]
    assert events["MilitaryExercise"].date.iso == "2019-03-14"      # the Thursday before
    assert events["Visit"].status == "Planned" and events["Visit"].date.iso == "2019-05"
    assert any(RULE in ev.rules for _, ev in events["MilitaryExercise"].reports)


def test_today_needs_the_publication_day_itself():
    events = fused(facts("a", DATED, published="2019-03-15"), facts("b", UNDATED_DE, "de"))
    assert events["EntryBan"].date is None


def test_without_a_dated_report_nothing_is_dated():
    events = fused(facts("b", UNDATED_DE, "de"))
    assert events["MilitaryExercise"].date is None and events["Visit"].date is None


def test_a_lead_that_names_another_day_leaves_the_article_undated():
    # the lead names another weekday than the day the dated report gives
    text = ("Japan weist russische Diplomaten aus\n\nJapan hat am Dienstag drei russische Diplomaten "
            "ausgewiesen. Russland hatte am Donnerstag ein Manöver auf den Kurilen begonnen.")
    events = fused(facts("a", DATED, published="2019-03-15"), facts("b", text, "de"))
    assert events["MilitaryExercise"].date is None


def test_a_weekday_the_lead_names_rightly_is_agreement():
    text = ("Japan weist russische Diplomaten aus\n\nJapan hat am Freitag drei russische Diplomaten "
            "ausgewiesen. Russland hatte am Donnerstag ein Manöver auf den Kurilen begonnen.")
    events = fused(facts("a", DATED, published="2019-03-15"), facts("b", text, "de"))
    assert events["MilitaryExercise"].date.iso == "2019-03-14"


def test_a_dated_article_keeps_its_own_resolution():
    text = ("Japan expels Russian diplomats\n\nJapan expelled three Russian diplomats. "
            "Russia had begun drills on the Kuril Islands on Thursday.")
    events = fused(facts("a", DATED, published="2019-03-15"), facts("c", text, published="2019-03-22"))
    drills = events["MilitaryExercise"]
    assert drills.date.iso == "2019-03-21" and not any(RULE in ev.rules for _, ev in drills.reports)
