"""A country an event is held in: sentences written for this test, in both languages.

- a gathering or an agreement "in Canada" / "in Kanada" has the country as its place, and
  the host takes no part in a meeting of others;
- a visit to a country has it as its place, and the country visited keeps its part;
- a city named after the country ("in Canada's Ottawa", a dateline "OTTAWA --") is finer
  and wins; the country is then no party either;
- a country after a post ("the ambassador in Canada") is where the post is, not where
  the event is;
- a visit whose only name is the country visited tells of nobody going and is no event.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-29"          # a Wednesday


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Scholz visited the remote Kunashiri Island on Monday.", "kunashir"),
    ("en", "Scholz visited the small island of Kunashir off Hokkaido on Monday.", "kunashir"),
    ("de", "Scholz besuchte am Montag die abgelegene Insel Kunaschir.", "kunashir"),
    ("en", "Scholz visited the Philippines on Monday.", "philippines"),
])
def test_the_place_visited_after_an_article_and_an_adjective_is_the_visits(extract, lang, text, place):
    """"visited the remote island of X": articles, an adjective, "island of" stand between the
    verb and the place it visits (the place was lost, or taken from "off Hokkaido")."""
    [ev] = events_of(extract(text, lang, published=DAY), "Visit")
    assert (ev.actors[0], ev.place) == ("olaf-scholz", place)


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron on Monday. Ottawa, the site of Monday's meeting, lies on a river."),
    ("de", "Scholz traf Macron am Montag. Ottawa, Schauplatz des Treffens, liegt an einem Fluss."),
])
def test_a_place_in_apposition_as_the_site_of_the_meeting_is_its_place(extract, lang, text):
    """"Ottawa, the site of Monday's meeting,": the meeting's place, and no Canadian party
    by metonymy."""
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Meeting", ["emmanuel-macron", "olaf-scholz"], "ottawa")


def test_a_country_that_modifies_a_noun_is_not_visited(extract):
    """"visited the US Army garrison near Tokyo": the country names whose garrison, not where."""
    [ev] = events_of(extract("Scholz visited the US Army garrison near Tokyo on Monday.", "en", published=DAY), "Visit")
    assert ev.place != "united-states"


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Scholz and Macron held talks in Canada on Monday.", "Talks"),
    ("de", "Scholz traf Macron am Montag in Kanada.", "Meeting"),
    ("de", "Scholz und Macron führten am Montag in Kanada Gespräche.", "Talks"),
])
def test_a_host_country_is_the_place_and_no_party(extract, lang, text, kind):
    [ev] = events_of(extract(text, lang, published=DAY), kind)
    assert (set(ev.actors), ev.place) == ({"olaf-scholz", "emmanuel-macron"}, "canada")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz visited Canada on Monday."),
    ("de", "Scholz besuchte am Montag Kanada."),
])
def test_a_visited_country_is_the_place_and_keeps_its_part(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Visit")
    assert (ev.actors, ev.place) == (["olaf-scholz", "canada"], "canada")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron in Canada's Ottawa on Monday."),
    ("en", "OTTAWA (Reuters) - Scholz and Macron held talks in Canada on Monday."),
])
def test_a_city_in_the_host_country_is_finer(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind in ("Meeting", "Talks")]
    assert (set(ev.actors), ev.place) == ({"olaf-scholz", "emmanuel-macron"}, "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron signed an agreement in Canada on Monday."),
    ("de", "Scholz und Macron unterzeichneten am Montag in Kanada ein Abkommen."),
])
def test_an_agreement_signed_in_a_country_is_held_there(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Agreement")
    assert (set(ev.actors), ev.place) == ({"olaf-scholz", "emmanuel-macron"}, "canada")


@pytest.mark.parametrize("lang,text", [
    ("en", "The Brazilian ambassador in Canada met Macron on Monday."),
    ("de", "Der brasilianische Botschafter in Kanada traf am Montag Macron."),
])
def test_a_country_after_a_post_is_not_where_the_event_is(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Meeting")
    assert ev.place is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials said the visit to Canada went well."),
    ("de", "Beamte sagten, der Besuch in Kanada sei gut verlaufen."),
])
def test_a_visit_naming_only_the_country_visited_is_no_event(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "Visit") == []


@pytest.mark.parametrize("text", [
    "SINGAPORE -- Scholz met Macron on Wednesday.",
    "CANADA (Reuters) - Scholz met Macron on Wednesday.",
])
def test_a_country_as_a_dateline_is_no_party(extract, text):
    """"SINGAPORE --": where the report comes from, not who met."""
    [ev] = extract(text, "en", published=DAY).events
    assert sorted(ev.actors) == ["emmanuel-macron", "olaf-scholz"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron, meeting in Canada on Monday, agreed to resume talks on trade."),
    ("en", "Meeting in Canada on Monday, Scholz and Macron agreed to hold talks on trade."),
    ("de", "Scholz und Macron vereinbarten bei einem Treffen in Kanada am Montag, die Gespräche über den Handel fortzusetzen."),
])
def test_a_host_country_of_one_act_is_no_party_of_another_in_its_sentence(extract, lang, text):
    """"meeting in Canada, they agreed to resume talks": Canada is where they met; the talks
    agreed on are not Canada's either (it became a party of them and, through them, of the
    meeting)."""
    facts = extract(text, lang, published=DAY)
    assert facts.events and all("canada" not in ev.actors for ev in facts.events)
