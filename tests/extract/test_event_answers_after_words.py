"""Who speaks or judges and then acts in a second predicate with no subject of its own does
that act ("Canada said the drills were unacceptable and lodged a protest with Brazil",
"Kanada kritisierte die Übung und legte Protest ein"): a protest, an expulsion, a sanction or
a suspension answers what was said, and no drill or craft of what was said answers it.
Guards: a name or pronoun that opens what was said, or a second act of what was said
("said the West had imposed sanctions and expelled diplomats"), keeps the speaker out.
Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _acts(extract, text, lang, kind):
    return [(sorted(e.actors), e.date.iso if e.date else None) for e in extract(text, lang, published=DAY).events
            if e.kind == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said the drills were unacceptable and lodged a protest with Brazil."),
    ("en", "On Tuesday, Canada called the drills regrettable and lodged a protest with Brazil."),
    ("en", "Canada criticised the drills and lodged a protest with Brazil."),
    ("de", "Kanada erklärte, die Übung sei inakzeptabel, und legte bei Brasilien Protest ein."),
    ("de", "Kanada kritisierte die Übung und legte bei Brasilien Protest ein."),
    ("de", "Am Dienstag bezeichnete Ottawa die Übung als bedauerlich und legte bei Brasilien Protest ein."),
    ("de", "Am Dienstag erklärte Ottawa, die Übung sei inakzeptabel, und legte bei Brasilien Protest ein."),
])
def test_who_speaks_and_then_protests_protests(extract, lang, text):
    assert [actors for actors, _ in _acts(extract, text, lang, "Protest")] == [["brazil", "canada"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said the attack was unlawful and expelled 12 Brazilian diplomats."),
    ("en", "Canada condemned the attack and expelled 12 Brazilian diplomats."),
    ("de", "Kanada verurteilte den Anschlag und wies zwölf brasilianische Diplomaten aus."),
    ("de", "Kanada erklärte, der Anschlag sei rechtswidrig, und wies zwölf brasilianische Diplomaten aus."),
])
def test_who_speaks_and_then_expels_expels(extract, lang, text):
    assert [actors for actors, _ in _acts(extract, text, lang, "Expulsion")] == [["brazil", "canada"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said Brazil had violated its airspace and lodged a protest."),
    ("de", "Kanada erklärte, Brasilien habe den Luftraum verletzt und Protest eingelegt."),
])
def test_a_subject_of_what_was_said_keeps_the_speaker_out(extract, lang, text):
    assert all("canada" not in actors for actors, _ in _acts(extract, text, lang, "Protest"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau said the West had imposed sanctions and expelled diplomats."),
    ("en", "Canada criticised the sanctions and the expulsion of diplomats by Brazil."),
    ("de", "Trudeau sagte, der Westen habe Sanktionen verhängt und Diplomaten ausgewiesen."),
])
def test_a_second_act_of_what_was_said_is_not_the_speakers(extract, lang, text):
    acts = _acts(extract, text, lang, "Expulsion")
    assert all("canada" not in actors and "justin-trudeau" not in actors for actors, _ in acts)


@pytest.mark.parametrize("lang,text", [
    ("en", "In Ottawa, Macron said the drills were unacceptable and lodged a protest with Brazil."),
    ("de", "In Ottawa erklärte Macron, die Übung sei inakzeptabel, und legte bei Brasilien Protest ein."),
])
def test_where_the_speaker_spoke_does_not_protest(extract, lang, text):
    assert [actors for actors, _ in _acts(extract, text, lang, "Protest")] == [["brazil", "emmanuel-macron"]]
