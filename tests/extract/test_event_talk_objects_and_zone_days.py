"""What talks are about, who spoke with whom, a country after its city, and a weekday from a
later time zone: sentences written for these tests, in both languages.

- the names a verb of discussing takes as its object ("discussed Brazil and Chile during
  talks in Ottawa") are topics of the talks its clause names, not parties of them;
- an act a topic preposition after talks or a call names ("sprachen über neue Sanktionen",
  "talks on new sanctions") is talked about, not done; and an act done only to its
  targets in a sentence of talks ("progress in their talks about sanctions against X") is
  no act of anybody named;
- "X spoke with Y", "X and Y spoke on Monday" are talks (German "sprach mit" already were);
  one person speaking, or speaking to reporters, is none;
- a country right after its city ("in Manila auf den Philippinen", "in Bangkok in
  Thailand") says where the city lies: no party;
- a weekday six days before a day-dated English report, told as done in East Asia with no
  "last", is the day after it: news from a later time zone ("launched a missile on
  Saturday" in a report of Friday); "last Saturday", "since Saturday", a plan, an act
  elsewhere and a German report keep their reading.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-05-10"          # a Friday: Monday is the 6th, Saturday the 4th and the 11th


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Trudeau discussed Brazil and Chile during talks in Ottawa on Monday."),
    ("de", "Scholz und Trudeau besprachen am Montag Brasilien und Chile bei Gesprächen in Ottawa."),
])
def test_what_is_discussed_takes_no_part_in_the_talks(extract, lang, text):
    [talks] = extract(text, lang, published=DAY).events
    assert (talks.kind, sorted(talks.actors), talks.place) == ("Talks", ["justin-trudeau", "olaf-scholz"], "ottawa")


def test_a_partner_after_the_discussed_object_still_takes_part(extract):
    text = "Scholz and Trudeau discussed the war with Macron during talks in Ottawa on Monday."
    [talks] = extract(text, "en", published=DAY).events
    assert sorted(talks.actors) == ["emmanuel-macron", "justin-trudeau", "olaf-scholz"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Trudeau sprachen bei ihrem Gespräch in Ottawa über neue Sanktionen gegen Brasilien."),
    ("en", "Scholz and Trudeau say they made progress in their talks about sanctions against Brazil."),
])
def test_sanctions_talked_about_are_no_sanctions(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events if e.kind == "Sanction"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Sanctions against Brazil were imposed in March 2022."),
    ("de", "Die Sanktionen gegen Brasilien wurden im März 2022 verhängt."),
    ("en", "Scholz and Trudeau held talks on Monday after Canada imposed sanctions against Brazil."),
])
def test_sanctions_imposed_stay_sanctions(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events if e.kind == "Sanction"] == ["Sanction"]


def test_a_calls_topic_takes_no_part(extract):
    [call] = extract("Scholz and Trudeau spoke by phone about Syria on Monday.", "en", published=DAY).events
    assert (call.kind, sorted(call.actors)) == ("PhoneCall", ["justin-trudeau", "olaf-scholz"])


@pytest.mark.parametrize("text,actors", [
    ("Scholz spoke with Trudeau on Monday.", ["justin-trudeau", "olaf-scholz"]),
    ("Scholz spoke to Trudeau on Monday about trade.", ["justin-trudeau", "olaf-scholz"]),
    ("Scholz and Trudeau spoke on Monday, the government said.", ["justin-trudeau", "olaf-scholz"]),
    ("On Monday, Chancellor Olaf Scholz and his Canadian counterpart Justin Trudeau spoke for the first time "
     "in a year.", ["canada", "justin-trudeau", "olaf-scholz"]),
])
def test_speaking_with_someone_is_talks(extract, text, actors):
    assert event_rows(extract(text, "en", published=DAY)) == [("Talks", "Happened", actors, "2024-05-06")]


@pytest.mark.parametrize("text", [
    "Scholz spoke on Monday at a rally in Ottawa.",
    "Scholz spoke to reporters on Monday.",
    "Scholz spoke about Trudeau on Monday.",
    "Scholz and Trudeau spoke highly of each other.",
])
def test_speaking_alone_or_about_someone_is_no_talks(extract, text):
    assert [e.kind for e in extract(text, "en", published=DAY).events] == []


def test_speaking_by_phone_stays_a_call(extract):
    rows = event_rows(extract("Scholz and Trudeau spoke by phone on Monday.", "en", published=DAY))
    assert rows == [("PhoneCall", "Happened", ["justin-trudeau", "olaf-scholz"], "2024-05-06")]


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Scholz traf Trudeau am Montag in Manila auf den Philippinen.", "manila"),
    ("en", "Scholz met Trudeau on Monday in Manila, Philippines.", "manila"),
    ("de", "Scholz und Trudeau trafen sich am Montag in Bangkok in Thailand.", "bangkok"),
])
def test_the_country_of_a_city_takes_no_part(extract, lang, text, place):
    [meeting] = extract(text, lang, published=DAY).events
    assert (sorted(meeting.actors), meeting.place) == (["justin-trudeau", "olaf-scholz"], place)


@pytest.mark.parametrize("text", [
    "North Korea launched a missile on Saturday, South Korea's military said.",
    "North Korea fired a ballistic missile on Saturday, Japan's defence ministry said.",
])
def test_a_weekday_after_an_english_report_told_as_done_in_east_asia_is_the_next_day(extract, text):
    assert event_rows(extract(text, "en", published=DAY)) == [
        ("MissileLaunch", "Happened", ["north-korea"], "2024-05-11")]


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "North Korea launched a missile last Saturday, South Korea's military said.", ["north-korea"]),
    ("de", "Nordkorea hat am vergangenen Samstag eine Rakete abgefeuert.", ["north-korea"]),
    ("en", "Brazil launched a missile on Saturday, Canada's military said.", ["brazil"]),
    ("de", "Brasilien hat am Samstag eine Rakete abgefeuert.", ["brazil"]),
    ("de", "Nordkorea hat am Samstag eine Rakete abgefeuert, wie das südkoreanische Militär mitteilte.",
     ["north-korea"]),
    ("en", "North Korea launched a missile on Saturday, May 4, the military said.", ["north-korea"]),
])
def test_last_weekday_or_one_outside_east_asia_stays_six_days_back(extract, lang, text, actors):
    """"last Saturday", an act in a time zone no later than the report's (a German report's
    ``later_zone_countries`` are none: East Asia's morning is its night), or a weekday its
    sentence dates otherwise keep the plain reading."""
    assert event_rows(extract(text, lang, published=DAY)) == [("MissileLaunch", "Happened", actors, "2024-05-04")]


def test_a_meeting_in_a_western_city_stays_six_days_back(extract):
    rows = event_rows(extract("Kishida met Trudeau in Ottawa on Saturday.", "en", published=DAY))
    assert rows == [("Meeting", "Happened", ["fumio-kishida", "justin-trudeau"], "2024-05-04")]


def test_a_noun_told_with_no_past_keeps_its_reading(extract):
    """"At a closing summit session Saturday, X is expected to": "expected" ends like a past tense but
    tells nothing done; the weekday is not moved."""
    [summit] = extract("At a closing summit session Saturday, Albanese is expected to press for lower tariffs.", "en",
                       published=DAY).events
    assert summit.date.iso == "2024-05-04"


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz urged Trudeau during talks in Ottawa on Monday to lift the sanctions."),
    ("en", "Scholz asked Trudeau at talks in Ottawa on Monday to lift the sanctions."),
    ("de", "Scholz forderte Trudeau am Montag bei Gesprächen in Ottawa auf, die Sanktionen aufzuheben."),
])
def test_talks_one_urges_at_are_held_not_asked_for(extract, lang, text):
    """A setting preposition heads the talks after the verb of asking: where one asked."""
    assert event_rows(extract(text, lang, published=DAY)) == [
        ("Talks", "Happened", ["justin-trudeau", "olaf-scholz"], "2024-05-06")]


def test_a_measure_asked_for_at_a_summit_is_still_asked_for(extract):
    [sanction] = extract("Scholz forderte beim Gipfel neue Sanktionen gegen Brasilien.", "de", published=DAY).events
    assert (sanction.kind, sanction.status) == ("Sanction", "Planned")


@pytest.mark.parametrize("text", [
    "Trudeau welcomed German Chancellor Olaf Scholz in Ottawa on Monday.",
    "Trudeau welcomed Chancellor Olaf Scholz to his Ottawa residence on Monday.",
])
def test_welcoming_a_titled_guest_is_a_meeting(extract, text):
    [meeting] = extract(text, "en", published=DAY).events
    assert (meeting.kind, sorted(meeting.actors), meeting.place, meeting.date.iso) == (
        "Meeting", ["justin-trudeau", "olaf-scholz"], "ottawa", "2024-05-06")


def test_welcoming_a_titled_persons_decision_is_no_meeting(extract):
    text = "Trudeau welcomed German Chancellor Olaf Scholz's decision on Monday."
    assert [e.kind for e in extract(text, "en", published=DAY).events] == []


def test_sanctions_told_before_the_talks_they_were_said_after_stay(extract):
    text = "Sanctions against Brazil were imposed in March 2022, Scholz said after talks with Trudeau."
    assert [e.kind for e in extract(text, "en", published=DAY).events if e.kind == "Sanction"] == ["Sanction"]


@pytest.mark.parametrize("text", [
    "Scholz spoke with Macron's special envoy on Monday.",
    "Scholz and Trudeau spoke the same language.",
    "Scholz speaks with Trudeau on Friday.",
])
def test_speaking_with_someones_envoy_or_a_language_is_no_talks_with_them(extract, text):
    assert [(e.kind, e.status) for e in extract(text, "en", published=DAY).events if e.kind == "Talks"
            and e.status == "Happened"] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz besuchte am Montag Manila auf den Philippinen."),
    ("en", "Scholz visited Manila in the Philippines on Monday."),
])
def test_the_country_of_a_visited_city_stays_the_visits(extract, lang, text):
    [visit] = extract(text, lang, published=DAY).events
    assert (visit.kind, sorted(visit.actors), visit.place) == ("Visit", ["olaf-scholz", "philippines"], "manila")
