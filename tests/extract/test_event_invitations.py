"""An invitation or a proposal is no visit, talk or summit yet: the event it invites to or
proposes is planned, whoever made it; an invitation that an event was made on is no plan; a
plan announced "for" a day has that day, not the announcing's. Sentences written for this
test."""
from __future__ import annotations

import pytest


def events(facts) -> list[tuple]:
    return [(e.kind, e.status, set(e.actors), e.place) for e in facts.events]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Olaf Scholz invited Emmanuel Macron to visit Berlin.", "Visit"),
    ("en", "Mr Scholz invited Mr Macron on Monday to visit Berlin.", "Visit"),
    ("en", "Olaf Scholz invited Emmanuel Macron for talks in Berlin.", "Talks"),
    ("de", "Olaf Scholz lud Emmanuel Macron zu einem Besuch in Berlin ein.", "Visit"),
    ("de", "Olaf Scholz hat Emmanuel Macron zu Gesprächen in Berlin eingeladen.", "Talks"),
])
def test_the_event_an_invitation_is_to_is_planned(extract, lang, text, kind):
    assert events(extract(text, lang)) == [(kind, "Planned", {"olaf-scholz", "emmanuel-macron"}, "berlin")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Emmanuel Macron accepted an invitation to visit Berlin."),
    ("en", "Emmanuel Macron received an invitation from Germany to attend the summit in Berlin."),
    ("de", "Emmanuel Macron wurde zum Gipfel in Berlin eingeladen."),
])
def test_an_accepted_or_received_invitation_is_a_plan_too(extract, lang, text):
    assert [(e.status, e.place) for e in extract(text, lang).events] == [("Planned", "berlin")]


@pytest.mark.parametrize("lang,text", [
    ("en", "At the invitation of Emmanuel Macron, Olaf Scholz visited Paris on Monday."),
    ("de", "Auf Einladung von Emmanuel Macron reiste Olaf Scholz am Montag zu Gesprächen nach Paris."),
])
def test_an_event_made_on_an_invitation_happened(extract, lang, text):
    facts = extract(text, lang)
    assert [(e.status, e.place) for e in facts.events] == [("Happened", "paris")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Olaf Scholz schlug Emmanuel Macron regelmäßige Treffen in Berlin vor."),
    ("de", "Olaf Scholz erwarte Emmanuel Macron im Sommer zu einem offiziellen Gegenbesuch in Berlin, sagte er."),
    ("en", "Olaf Scholz proposed regular meetings with Emmanuel Macron in Berlin."),
])
def test_a_proposed_or_expected_meeting_is_planned(extract, lang, text):
    assert [(e.status, e.place) for e in extract(text, lang).events] == [("Planned", "berlin")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Bundesregierung kündigte für den 22. Januar das erste Treffen von Olaf Scholz mit Emmanuel Macron "
           "in Berlin an."),
    ("en", "Germany scheduled for January 22 a meeting of Olaf Scholz with Emmanuel Macron in Berlin."),
])
def test_a_plan_announced_for_a_day_has_that_day(lang, text):
    from diplograph.extract import extract_article
    from diplograph.extract.dates import parse_iso
    from diplograph.extract.model import Article
    facts = extract_article(Article("t", text, lang, published=parse_iso("2019-01-15")))
    meetings = [e for e in facts.events if e.kind == "Meeting"]
    assert [(e.status, e.date.iso if e.date else None) for e in meetings] == [("Planned", "2019-01-22")]


def test_an_invitation_told_by_a_source_is_still_an_invitation(extract):
    facts = extract("Trudeau lud Olaf Scholz den kanadischen Angaben zufolge auch zu einem Besuch ein.",
                    "de", published="2024-06-19")
    assert [(e.kind, e.status) for e in facts.events] == [("Visit", "Planned")]
