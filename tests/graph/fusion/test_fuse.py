"""diplograph.graph.fusion.fuse on hand-made reports: one node per occasion, whether a report
names its people or not, and for acts told by an article that gives no date at all."""
from __future__ import annotations

import pytest

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.extract.read.metadata import DATELINE_DAY
from diplograph.graph.fusion.fuse import fuse

KINDS = {"shinzo-abe": "Person", "taro-kono": "Person", "kyiv": "Place", "nato": "Organization", "japan": "Country", "russia": "Country",
         "china": "Country", "norway": "Country", "madrid": "Place", "vilnius": "Place", "sea-of-japan": "Place",
         "pacific-ocean": "Place", "spain": "Country"}


def report(article_id, kind, actors, place=None, date=None, published=None, status="Happened", targets=()):
    facts = ArticleFacts(Article(article_id, "", "en", published=TimeValue(*published) if published else None))
    for key in actors + ([place] if place else []):
        facts.entities[key] = Entity(key, KINDS[key], key, True)
    facts.events = [Event(kind, actors, place, TimeValue(*date) if date else None, "", status, [], [], [],
                          targets=list(targets))]
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


# --- one country's act at one site ------------------------------------------------------------
KINDS.update({"kunashir": "Place", "kuril-islands": "Place", "kaliningrad": "Place",
              "russia-ministry-of-defence": "Organization"})


def lead_report(article_id, kind, actors, place, day):
    """A report whose only date is its article's publication day, taken by its lead."""
    facts = report(article_id, kind, actors, place, (day, "day"), published=(day, "day"))
    facts.events[0].lead_dated = True
    return facts


def test_one_country_at_an_island_and_at_its_archipelago_is_one_act():
    island = report("a", "Deployment", ["russia"], "kunashir", ("2016-11", "month"))
    chain = report("b", "Deployment", ["russia"], "kuril-islands", published=("2016-11-23", "day"))
    [event] = fuse([island, chain]).events
    assert event.sources == ["a", "b"] and event.place == "kunashir"
    assert list(event.places) == ["kunashir", "kuril-islands"]


def test_one_country_at_two_sites_or_without_a_site_is_two_acts():
    island = report("a", "Deployment", ["russia"], "kunashir", ("2016-11", "month"))
    elsewhere = report("b", "Deployment", ["russia"], "kaliningrad", ("2016-11", "month"))
    nowhere = report("c", "Deployment", ["russia"], None, ("2016-11", "month"))
    assert len(clusters(island, elsewhere, nowhere)) == 3


def test_one_countrys_act_of_one_kind_on_one_day_is_one_act():
    one = report("a", "MissileLaunch", ["russia"], None, ("2024-10-31", "day"))
    two = report("b", "MissileLaunch", ["russia"], None, ("2024-10-31", "day"))
    other_day = report("c", "MissileLaunch", ["russia"], None, ("2024-10-30", "day"))
    month = report("d", "MissileLaunch", ["russia"], None, ("2024-10", "month"))
    assert clusters(one, two, other_day, month) == [(("a", "b"), None), (("c",), None), (("d",), None)]


@pytest.mark.parametrize("told,joined", [("am Donnerstag", True), ("on Thursday", True), ("am Mittwoch", False), ("", False)])
def test_a_report_of_a_known_month_joins_the_day_its_weekday_names(told, joined):
    """An article of October 2024 tells the launch "am Donnerstag": 31 October 2024 was a
    Thursday, so the dated report's day is that one; another weekday, or none, keeps apart."""
    day = report("a", "MissileLaunch", ["russia"], None, ("2024-10-31", "day"))
    month = report("b", "MissileLaunch", ["russia"], None, ("2024-10", "month"))
    month.events[0].relative_date = told
    found = clusters(month, day)
    assert found == ([(("a", "b"), None)] if joined else [(("a",), None), (("b",), None)])


def test_a_meeting_of_a_known_month_joins_the_one_on_its_weekday():
    """Two meetings of the same leaders in September 2018 (Monday the 10th, Wednesday the
    12th): the report dated only by the month that says "am Mittwoch" is the second."""
    monday = report("a", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09-10", "day"))
    wednesday = report("b", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09-12", "day"))
    month = report("c", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09", "month"))
    month.events[0].relative_date = "am Mittwoch"
    assert clusters(monday, wednesday, month) == [(("a",), "vladivostok"), (("b", "c"), "vladivostok")]


def test_a_weekday_of_a_month_with_two_such_acts_joins_neither():
    first = report("a", "MissileLaunch", ["russia"], None, ("2024-10-03", "day"))
    second = report("b", "MissileLaunch", ["russia"], None, ("2024-10-31", "day"))
    month = report("c", "MissileLaunch", ["russia"], None, ("2024-10", "month"))
    month.events[0].relative_date = "am Donnerstag"
    assert len(clusters(first, second, month)) == 3


def test_one_states_drills_at_two_sites_in_one_month_stay_two():
    arctic = report("a", "MilitaryExercise", ["russia"], "pacific-ocean", ("2023-09", "month"))
    arctic.events[0].relative_date = "am Mittwoch"
    other = report("b", "MilitaryExercise", ["russia"], "sea-of-japan", ("2023-09-13", "day"))
    assert len(clusters(arctic, other)) == 2


def test_a_lead_dated_report_joins_the_day_before_it_not_after():
    told = report("a", "Deployment", ["russia"], "kunashir", ("2022-12-05", "day"))
    news = lead_report("b", "Deployment", ["russia"], "kuril-islands", "2022-12-06")
    [event] = fuse([told, news]).events
    assert event.sources == ["a", "b"] and event.date.iso == "2022-12-05"
    later = report("c", "Deployment", ["russia"], "kunashir", ("2022-12-08", "day"))
    assert len(fuse([later, lead_report("d", "Deployment", ["russia"], "kunashir", "2022-12-06")]).events) == 2


def test_two_stated_days_stay_two_acts():
    one = report("a", "Deployment", ["russia"], "kunashir", ("2022-12-05", "day"))
    other = report("b", "Deployment", ["russia"], "kunashir", ("2022-12-06", "day"))
    assert len(clusters(one, other)) == 2


# --- a plan and the act it was for ------------------------------------------------------------
KINDS.update({"vladimir-putin": "Person", "vladivostok": "Place"})


def test_a_dated_plan_and_the_act_on_its_date_are_one_happened_event():
    plan = report("a", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09", "month"),
                  published=("2018-08-20", "day"), status="Planned")
    act = report("b", "Talks", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09-10", "day"),
                 published=("2018-09-10", "day"))
    [event] = fuse([plan, act]).events
    assert event.sources == ["a", "b"] and event.status == "Happened" and event.date.iso == "2018-09-10"


def test_an_undated_plan_or_a_plan_for_another_month_stays_apart():
    act = report("b", "Talks", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09-10", "day"),
                 published=("2018-09-10", "day"))
    undated = report("a", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok",
                     published=("2018-08-20", "day"), status="Planned")
    later = report("c", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-11", "month"),
                   published=("2018-09-11", "day"), status="Planned")
    [happened] = [e for e in fuse([act, undated, later]).events if e.status == "Happened"]
    assert happened.sources == ["b"]


# --- a gathering told by its leaders and by their countries ---------------------------------------
LEADERS = {"olaf-scholz": "Person", "emmanuel-macron": "Person", "germany": "Country", "france": "Country",
           "paris": "Place"}
KINDS.update(LEADERS)          # the knowledge base gives Scholz Germany and Macron France


def test_talks_of_two_leaders_and_of_their_countries_on_one_day_are_one():
    leaders = report("a", "Talks", ["olaf-scholz", "emmanuel-macron"], None, ("2022-05-11", "day"))
    countries = report("b", "Talks", ["germany", "france"], None, ("2022-05-11", "day"))
    assert clusters(leaders, countries) == [(("a", "b"), None)]


def test_talks_of_two_leaders_and_of_their_countries_in_one_city_are_one():
    leaders = report("a", "Talks", ["olaf-scholz", "emmanuel-macron"], "paris", ("2022-05-11", "day"))
    countries = report("b", "Talks", ["germany", "france"], "paris", ("2022-05", "month"))
    assert clusters(leaders, countries) == [(("a", "b"), "paris")]


def test_talks_of_other_countries_or_on_another_day_stay_apart():
    leaders = report("a", "Talks", ["olaf-scholz", "emmanuel-macron"], None, ("2022-05-11", "day"))
    others = report("b", "Talks", ["germany", "japan"], None, ("2022-05-11", "day"))
    later = report("c", "Talks", ["germany", "france"], None, ("2022-05-12", "day"))
    assert len(clusters(leaders, others, later)) == 3


# --- acts of states: who announced them, what came before the news -------------------------------
def test_a_states_act_announced_by_its_leader_is_the_states_act():
    leader = report("a", "Sanction", ["olaf-scholz", "russia"], None, ("2022-04-08", "day"))
    state = report("b", "Sanction", ["germany", "russia"], None, ("2022-04-08", "day"))
    target = report("c", "Sanction", ["germany", "russia", "vladimir-putin"], None, ("2022-04-08", "day"))
    assert [c[0] for c in clusters(leader, state, target)] == [("a", "b", "c")]
    elsewhere = report("d", "Sanction", ["olaf-scholz", "japan"], None, ("2022-04-08", "day"))
    assert len(clusters(state, elsewhere)) == 2


def test_an_undated_plan_of_the_days_before_an_act_is_that_act():
    act = report("a", "Sanction", ["germany", "russia"], None, ("2022-04-08", "day"))
    plan = report("b", "Sanction", ["olaf-scholz", "russia"], published=("2022-04-06", "day"), status="Planned")
    [event] = fuse([act, plan]).events
    assert event.sources == ["a", "b"] and event.status == "Happened"


@pytest.mark.parametrize("published", ["2022-03-20", "2022-04-09"])
def test_an_undated_plan_of_weeks_before_or_of_after_the_act_stays_apart(published):
    act = report("a", "Sanction", ["germany", "russia"], None, ("2022-04-08", "day"))
    plan = report("b", "Sanction", ["olaf-scholz", "russia"], published=(published, "day"), status="Planned")
    assert len(fuse([act, plan]).events) == 2


@pytest.mark.parametrize("prior,together", [(True, False), (False, True)])
def test_what_an_article_tells_as_before_its_news_is_not_that_days_act(prior, together):
    news = report("a", "Sanction", ["germany", "russia"], None, ("2022-04-08", "day"))
    background = report("b", "Sanction", ["germany", "russia"], published=("2022-04-08", "day"))
    background.events[0].prior = prior          # "Germany had earlier banned imports"
    assert (len(fuse([news, background]).events) == 1) is together


def test_an_undated_report_joins_the_nearest_in_time_of_the_acts_it_fits():
    earlier = report("a", "Deployment", ["russia"], "kunashir", ("2021-07", "month"))
    later = report("b", "Deployment", ["russia"], "kunashir", ("2022-05", "month"))
    undated = report("c", "Deployment", ["russia"], "kuril-islands", published=("2022-06-10", "day"))
    assert {e.date.iso: e.sources for e in fuse([earlier, later, undated]).events} == {
        "2021-07": ["a"], "2022-05": ["b", "c"]}
    written_before = report("d", "Deployment", ["russia"], "kuril-islands", published=("2021-08-01", "day"))
    assert {e.date.iso: e.sources for e in fuse([earlier, later, written_before]).events} == {
        "2021-07": ["a", "d"], "2022-05": ["b"]}


@pytest.mark.parametrize("published,together", [("2018-11-20", True), ("2021-05-01", False)])
def test_an_undated_meeting_joins_one_of_the_years_around_its_article_only(published, together):
    dated = report("a", "Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", ("2018-09-10", "day"))
    undated = report("b", "Meeting", ["shinzo-abe", "vladimir-putin"], published=(published, "day"))
    assert (len(fuse([dated, undated]).events) == 1) is together


def test_a_ministrys_act_is_its_countrys():
    ministry = report("a", "Deployment", ["russia", "russia-ministry-of-defence"], "kunashir", ("2016-11", "month"))
    country = report("b", "Deployment", ["russia"], "kuril-islands", published=("2016-11-23", "day"))
    assert [e.sources for e in fuse([ministry, country]).events] == [["a", "b"]]


def test_an_undated_act_joins_the_act_done_to_the_same_side():
    by_japan = report("a", "Expulsion", ["japan", "russia"], date=("2022-04-08", "day"), targets=["russia"])
    by_russia = report("b", "Expulsion", ["russia", "japan"], date=("2022-04-27", "day"), targets=["japan"])
    undated = report("c", "Expulsion", ["japan", "russia"], targets=["russia"])
    assert {e.date.iso: e.sources for e in fuse([by_russia, by_japan, undated]).events} == {
        "2022-04-08": ["a", "c"], "2022-04-27": ["b"]}
    [fused] = [e for e in fuse([by_japan, undated]).events]
    assert fused.targets == ("russia",)


def test_an_undated_act_naming_more_targets_of_the_same_doer_joins():
    dated = report("a", "Expulsion", ["russia", "japan"], date=("2022-04-27", "day"), targets=["japan"])
    more = report("b", "Expulsion", ["russia", "japan", "norway"], targets=["japan", "norway"])
    assert [e.sources for e in fuse([dated, more]).events] == [["a", "b"]]
    other_doer = report("c", "Expulsion", ["japan", "russia", "norway"], targets=["russia", "norway"])
    assert len(fuse([dated, other_doer]).events) == 2


@pytest.mark.parametrize("published,together", [("2023-09-01", True), ("2024-08-01", False)])
def test_an_undated_news_act_of_an_article_over_a_year_later_stays_apart(published, together):
    summit = report("a", "Summit", ["shinzo-abe", "nato"], "madrid", ("2023-06", "month"))
    later = report("b", "Summit", ["shinzo-abe", "nato"], published=(published, "day"))
    assert (len(fuse([summit, later]).events) == 1) is together


@pytest.mark.parametrize("actors,place,together", [(["shinzo-abe"], "madrid", True),
                                                    (["shinzo-abe", "china"], None, False)])
def test_a_leaders_visit_to_another_country_is_not_the_summit_he_attended(actors, place, together):
    summit = report("a", "Summit", ["shinzo-abe", "nato"], "madrid", ("2023-06-15", "day"))
    visit = report("b", "Visit", actors, place, published=("2023-06-20", "day"))
    assert (len(fuse([summit, visit]).events) == 1) is together


def test_one_leader_with_other_states_makes_two_gatherings():
    summit = report("a", "Summit", ["shinzo-abe", "nato"], "madrid", ("2023-06-15", "day"))
    talks = report("b", "Meeting", ["shinzo-abe", "china"], published=("2023-06-20", "day"))
    assert len(fuse([summit, talks]).events) == 2


@pytest.mark.parametrize("told,together", [("Dec. 2", True), ("in December", True), ("14. November", False),
                                           ("December 9", False), ("on Friday", True), ("am Montagabend", False),
                                           ("on Tuesday", False)])
def test_a_day_told_without_its_year_joins_only_an_event_of_that_day(told, together):
    dated = report("a", "Summit", ["shinzo-abe", "nato"], "madrid", ("2016-12-02", "day"))
    undated = report("b", "Summit", ["shinzo-abe", "nato"])
    undated.events[0].relative_date = told
    assert (len(fuse([dated, undated]).events) == 1) is together


@pytest.mark.parametrize("latest_a,latest_b,together", [
    (("2014-08-05", "day"), ("2022-03-01", "day"), False),   # years apart: two acts
    (("2022-02-24", "day"), ("2022-03-01", "day"), True),    # days apart: one may tell the other
])
def test_undated_acts_of_undated_articles_naming_days_years_apart_stay_apart(latest_a, latest_b, together):
    a = report("a", "Sanction", ["japan", "russia"], targets=["russia"])
    b = report("b", "Sanction", ["japan", "russia"], targets=["russia"])
    a.latest_date, b.latest_date = TimeValue(*latest_a), TimeValue(*latest_b)
    assert (len(clusters(a, b)) == 1) is together


KINDS.update({"taro-kono": "Person"})


def test_an_act_told_with_more_of_the_people_it_hits_is_one_act():
    fewer = report("a", "EntryBan", ["russia", "shinzo-abe", "japan"], None, ("2022-05-04", "day"))
    more = report("b", "EntryBan", ["russia", "shinzo-abe", "japan", "taro-kono"], None, ("2022-05-04", "day"))
    assert [c[0] for c in clusters(fewer, more)] == [("a", "b")]


def test_guard_a_meeting_told_with_one_more_leader_stays_apart():
    two = report("a", "Meeting", ["shinzo-abe", "taro-kono", "russia"], "madrid", ("2022-05-04", "day"))
    one = report("b", "Meeting", ["shinzo-abe", "russia"], "madrid", ("2022-05-04", "day"))
    assert len(clusters(two, one)) == 2


@pytest.mark.parametrize("place, date, together", [
    ("kyiv", ("2024-01-07", "day"), True),    # the traveller met someone where and when he visited
    ("kyiv", None, True),
    ("madrid", ("2024-01-07", "day"), False),  # another city
    ("kyiv", ("2024-03-20", "day"), False),    # another trip
])
def test_a_visit_and_a_meeting_of_the_traveller_there_are_one_trip(place, date, together):
    visit = report("a", "Visit", ["taro-kono"], "kyiv", ("2024-01-07", "day"), published=("2024-01-08", "day"))
    meeting = report("b", "Meeting", ["taro-kono", "shinzo-abe"], place, date, published=("2024-01-08", "day"))
    assert (len(fuse([visit, meeting]).events) == 1) is together


def test_a_visit_and_a_meeting_without_a_place_stay_apart():
    visit = report("a", "Visit", ["taro-kono"], "kyiv", ("2024-01-07", "day"))
    meeting = report("b", "Meeting", ["taro-kono", "shinzo-abe"], None, ("2024-01-07", "day"))
    assert len(fuse([visit, meeting]).events) == 2


@pytest.mark.parametrize("filed, together", [("Aug. 31", False), ("March 20", True)])
def test_the_news_of_a_wire_filed_on_a_day_without_its_year_is_no_act_months_away(filed, together):
    dated = report("a", "PhoneCall", ["shinzo-abe", "taro-kono"], date=("2018-03-19", "day"),
                   published=("2018-03-19", "day"))
    wire = report("b", "PhoneCall", ["shinzo-abe", "taro-kono"])
    wire.article.extra[DATELINE_DAY] = filed
    assert (len(fuse([dated, wire]).events) == 1) is together


def test_an_undated_report_of_a_dated_article_stays_apart_from_a_wire_filed_months_later():
    undated_of_march = report("a", "PhoneCall", ["shinzo-abe", "taro-kono"], published=("2018-03-19", "day"))
    wire = report("b", "PhoneCall", ["shinzo-abe", "taro-kono", "nato"])
    wire.article.extra[DATELINE_DAY] = "Aug. 31"
    assert len(fuse([undated_of_march, wire]).events) == 2


def test_one_countrys_acts_of_one_day_at_two_sites_stay_two():
    one = report("a", "MissileLaunch", ["china"], "madrid", ("2024-10-14", "day"))
    two = report("b", "MissileLaunch", ["china"], "vilnius", ("2024-10-14", "day"))
    assert len(clusters(one, two)) == 2


# --- a joint press conference: the occasion of the talks it follows -------------------------------
def test_a_joint_press_conference_and_the_talks_in_that_city_are_one_occasion():
    press = report("a", "PressConference", ["olaf-scholz", "emmanuel-macron"], "paris", ("2022-05", "month"))
    talks = report("b", "Talks", ["olaf-scholz", "emmanuel-macron"], "paris", ("2022-05-11", "day"))
    [event] = fuse([press, talks]).events
    assert (event.kind, event.sources, event.place) == ("Talks", ["a", "b"], "paris")


def test_a_joint_press_conference_in_another_city_or_month_stays_apart():
    talks = report("a", "Talks", ["olaf-scholz", "emmanuel-macron"], "paris", ("2022-05-11", "day"))
    elsewhere = report("b", "PressConference", ["olaf-scholz", "emmanuel-macron"], "madrid", ("2022-05", "month"))
    later = report("c", "PressConference", ["olaf-scholz", "emmanuel-macron"], "paris", ("2022-09", "month"))
    assert len(clusters(talks, elsewhere, later)) == 3


@pytest.mark.parametrize("told", ["from Monday to Friday", "on Friday"])
def test_a_weekday_does_not_part_a_span_or_a_lead_dated_day(told):
    """A span of weekdays names no one weekday; a lead dated by its article's day (a
    Saturday here) may tell a Friday's act: neither speaks against one event."""
    dated = lead_report("a", "Protest", ["japan", "china"], None, "2023-03-18")
    undated = report("b", "Protest", ["japan", "china"])
    undated.events[0].relative_date = told
    assert len(fuse([dated, undated]).events) == 1


def test_a_weekday_two_days_off_a_lead_dated_day_stays_apart():
    """A Saturday paper's lead may tell Friday's act, not Monday's."""
    dated = lead_report("a", "Protest", ["japan", "china"], None, "2023-03-18")
    undated = report("b", "Protest", ["japan", "china"])
    undated.events[0].relative_date = "am Montagabend"
    assert len(fuse([dated, undated]).events) == 2
