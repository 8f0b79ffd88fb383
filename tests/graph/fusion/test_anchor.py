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


# Two undated reports (no publication date, no office in the knowledge base) of an incursion
# and a summons, and a dated report of a summons by the same vice minister in another year.
INCURSION_EN = ("Chinese plane violates Japanese airspace\n\nA Chinese military aircraft violated Japan's "
                "airspace on Monday, the defence ministry said. Vice Foreign Minister Kenji Tanabe summoned "
                "the Chinese ambassador to protest.")
INCURSION_DE = ("Chinesisches Flugzeug verletzt japanischen Luftraum\n\nEin chinesisches Militärflugzeug hat "
                "den japanischen Luftraum verletzt. Vizeaußenminister Kenji Tanabe bestellte den chinesischen "
                "Botschafter ein.")
SHIPS = ("Japan protests Chinese ships\n\nTOKYO - Vice Foreign Minister Kenji Tanabe summoned the Chinese "
         "ambassador on Tuesday to protest against ships near the islands.")


def protests(*articles):
    return sorted(c.sources for c in fuse(list(articles)).events if c.kind == "Protest")


def test_an_article_nothing_places_in_time_keeps_out_of_dated_acts():
    # the undated summonses are one act, not the dated summons of 2021
    assert protests(facts("a", INCURSION_EN), facts("b", INCURSION_DE, "de"),
                    facts("c", SHIPS, published="2021-06-01")) == [["a", "b"], ["c"]]


def test_an_undated_act_of_a_dated_article_is_not_one_of_a_floating_article():
    ships = SHIPS.replace(" on Tuesday", "")           # the act undated, its article dated
    assert protests(facts("a", INCURSION_EN), facts("c", ships, published="2021-06-01")) == [["a"], ["c"]]


def test_a_lead_that_a_dated_article_tells_places_the_article_in_time():
    # the dated report tells the incursion too: the undated article's summons is its summons
    dated = INCURSION_EN.replace("on Monday", "on Monday (June 7)")
    assert protests(facts("a", INCURSION_DE, "de"),
                    facts("c", dated, published="2021-06-08")) == [["a", "c"]]


def test_an_article_only_its_offices_date_may_join_a_floating_one():
    # the second article names a prime minister (an office that dates it) and no day: its
    # undated summons and the floating article's are one act, as before
    dated_by_office = ("Japan summons Chinese envoy\n\nVice Foreign Minister Kenji Tanabe summoned the Chinese "
                       "ambassador over the helicopter. Prime Minister Fumio Kishida called the incursion "
                       "unacceptable.")
    assert protests(facts("a", INCURSION_EN), facts("b", dated_by_office)) == [["a", "b"]]


def test_a_lead_that_only_joined_another_year_s_report_does_not_place_its_article():
    # the English report's summons joins the dated summons of 2021 (same vice minister), but
    # nothing in its own text dates it: the undated German report of the same incursion still
    # joins its incursion
    events = fuse([facts("a", INCURSION_EN.replace(" on Monday", "")), facts("b", INCURSION_DE, "de"),
                   facts("c", SHIPS, published="2021-06-01")]).events
    assert [c.sources for c in events if c.kind == "AirspaceViolation"] == [["a", "b"]]
