"""Who "the two leaders" are, and lines that tease another story: texts written for this test,
in both languages.

- "the two leaders", "the two nations", "die beiden Regierungen" are the countries of the
  gathering or call reported last, not of a sentence that happens to stand before;
- a line opened by a teaser cue and a colon ("ALSO READ: ...", "Lesen Sie auch: ...", "Video: ...") tells
  another story: no event, and its countries are nobody's "two sides".
"""
from __future__ import annotations

import pytest

DAY = "2023-05-20"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canadian Prime Minister Justin Trudeau spoke with French President Emmanuel Macron by phone on Friday.\n\n"
           "ALSO READ: Lula and Trudeau discuss Brazil-Mexico trade by phone\n\n"
           "Macron said he was ready to talk.\n\nThe two leaders agreed on talks in Paris in July."),
    ("de", "Der kanadische Premierminister Justin Trudeau telefonierte am Freitag mit dem französischen Präsidenten "
           "Emmanuel Macron.\n\nLesen Sie auch: Lula telefoniert mit Trudeau über Brasilien und Mexiko\n\n"
           "Macron sagte, er sei zu Gesprächen bereit.\n\nDie beiden Regierungen vereinbarten Gespräche im Juli."),
])
def test_the_two_leaders_are_the_sides_of_the_call_before_not_of_a_teaser(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert not {"brazil", "mexico"} & {a for e in facts.events for a in e.actors}
    [call] = [e for e in facts.events if e.kind == "PhoneCall"]
    assert call.date.iso == "2023-05-19"
    others = [e for e in facts.events if e.kind != "PhoneCall"]
    assert others and all({"canada", "france"} <= set(e.actors) <= {"canada", "france", "justin-trudeau",
                                                                    "emmanuel-macron"} for e in others)


@pytest.mark.parametrize("lang,text", [
    ("en", "ALSO READ: Scholz meets Macron in Paris"),
    ("en", "Related: Scholz met Macron in Paris on Monday"),
    ("de", "Mehr zum Thema: Scholz trifft Macron in Paris"),
    ("en", "World news\n\nVideo: Brazil test-fires a ballistic missile from a submarine"),
    ("de", "Nachrichten\n\nVideo: Kanada weist zwei brasilianische Diplomaten aus"),
    ("de", "Nachrichten\n\nFotostrecke: Scholz trifft Macron am Montag in Paris"),
])
def test_a_teaser_line_tells_no_event(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


def test_a_colon_after_an_ordinary_opening_word_is_no_teaser(extract):
    [ev] = extract("Paris: Scholz met Macron on Monday.", "en", published=DAY).events
    assert ev.actors == ["olaf-scholz", "emmanuel-macron"]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Video summit: Scholz and Macron held talks on Tuesday.", "Meeting"),
    ("de", "Videos zeigen: Russische Kampfjets drangen am Donnerstag in den estnischen Luftraum ein.",
     "AirspaceViolation"),
])
def test_guard_a_label_word_that_opens_a_longer_head_is_no_teaser(extract, lang, text, kind):
    assert kind in [e.kind for e in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Video: Scholz meets Macron in Paris\n\nScholz and Macron met in Paris on Friday."),
    ("de", "Video: Scholz trifft Macron in Paris\n\nScholz und Macron trafen sich am Freitag in Paris."),
])
def test_a_pages_own_headline_labelled_video_is_its_story(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, len(ev.sents)) == ("Meeting", "paris", 2)

