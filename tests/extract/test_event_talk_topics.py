"""What talks are about is not who talks, in both languages, with sentences written for this
test: the countries and people after "über", "about", "on" or an English talk verb's object
are its topic ("sprachen über die Lage in China", "discussed North Korea with Macron", "talks
on Ukraine", "talks focusing on dealing with China"), and so is the country an issue is about ("die Ukraine-Frage", "the Ukraine
issue"); the partner after "mit"/"with" and a place a preposition heads stay."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-01-31"
PAIR = {"olaf-scholz", "emmanuel-macron"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Macron sprachen über die Lage in China und Nordkorea."),
    ("en", "Scholz and Macron discussed the situation in China and North Korea."),
    ("en", "Scholz discussed China with Macron."),
    ("en", "Scholz discussed with Macron the situation in China."),
    ("de", "Scholz und Macron berieten über Herausforderungen, die von Nordkorea bis China reichen."),
    ("en", "Scholz held talks with Macron on China."),
    ("de", "Das Treffen von Scholz mit Macron über die Lage in China war lang."),
    ("en", "Scholz met Macron on Monday. The meeting began at 1 pm, with the talks focusing on dealing with China."),
    ("en", "Scholz held talks focusing on trade with Macron."),
    ("de", "Scholz traf Macron am Montag. Die Gespräche konzentrierten sich auf Nordkorea."),
])
def test_the_countries_talked_about_take_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert set(ev.actors) == PAIR


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Scholz and Macron discussed trade in Paris on Monday.", "Talks"),
    ("de", "Scholz und Macron berieten am Montag in Paris über die Ukraine.", "Talks"),
    ("en", "Scholz and Macron held talks on Ukraine in Paris on Monday.", "Talks"),
])
def test_the_place_of_the_talks_stays(extract, lang, text, kind):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, set(ev.actors), ev.place, ev.date.iso) == (kind, PAIR, "paris", "2023-01-30")


def test_talks_about_a_country_between_two_capitals_have_no_parties(extract):
    text = "The two sides discussed the topic of an alliance between Ottawa and Washington."
    assert extract(text, "en", published=PUBLISHED).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron were expected to discuss a peace treaty and closer economic cooperation."),
    ("de", "Scholz und Macron wollen im Mai eine Freihandelsvereinbarung besprechen."),
    ("de", "Scholz und Macron erörterten am Montag die Zusammenarbeit und einen Friedensvertrag."),
])
def test_an_accord_discussed_is_a_topic_not_an_agreement(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Agreement"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron signed a peace treaty in Paris on Monday."),
    ("de", "Scholz und Macron unterzeichneten am Montag in Paris ein Abkommen."),
])
def test_an_accord_signed_is_an_agreement(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, set(ev.actors), ev.place) == ("Agreement", PAIR, "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron in Paris on Monday to discuss sanctions against Russia."),
    ("de", "Scholz und Macron besprachen am Montag in Paris neue Sanktionen gegen Russland."),
])
def test_sanctions_discussed_are_a_topic_of_the_talks(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind in ("Meeting", "Talks"), set(ev.actors), ev.place) == (True, PAIR, "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "The leaders at the summit in Ottawa on Monday were united against Russia and China."),
    ("de", "Der Gipfel der Wirtschaftsmächte in Ottawa zielt gegen China und Russland."),
])
def test_what_a_summit_is_against_takes_no_part(extract, lang, text):
    assert all(not {"russia", "china"} & set(e.actors) for e in extract(text, lang, published=PUBLISHED).events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Macron besprachen am Freitag die Lage in Chile und Peru."),
    ("en", "Scholz and Macron held talks on Friday about the war in Chile and Peru."),
])
def test_the_countries_of_a_situation_discussed_take_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert set(ev.actors) == PAIR


def test_the_parties_after_between_are_not_the_topic(extract):
    [ev] = extract("Talks on trade between Canada and Brazil took place in Geneva.", "en", published=PUBLISHED).events
    assert (set(ev.actors), ev.place) == ({"canada", "brazil"}, "geneva")


@pytest.mark.parametrize("lang,text", [
    ("de", "Die brasilianische Invasion in Bolivien steht im Mittelpunkt der Gespräche von Scholz und Macron in Paris."),
    ("de", "Der Konflikt zwischen Brasilien und Bolivien steht oben auf der Tagesordnung der Beratungen von "
           "Scholz und Macron."),
    ("en", "The Brazilian war against Bolivia is among the main topics of the talks of Scholz and Macron in Paris."),
    ("en", "Scholz and Macron agreed on several issues such as the Brazilian nuclear program."),
])
def test_what_a_topic_noun_names_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert set(ev.actors) == PAIR


def test_a_topic_noun_that_heads_no_gathering_leaves_the_talkers(extract):
    [ev] = extract("Im Dezember hatten sich Scholz und Macron zu dem Thema ausgetauscht.", "de",
                   published=PUBLISHED).events
    assert set(ev.actors) == PAIR


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron held talks on issues"),
    ("de", "Scholz und Macron vereinbarten Gespräche über Themen"),
])
def test_a_topic_noun_ending_the_text_is_read_safely(extract, lang, text):
    events = extract(text, lang, published=PUBLISHED).events
    assert events and set(events[0].actors) == PAIR


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Macron haben sich am Mittwoch auf ein gemeinsames Vorgehen in der Ukraine-Frage geeinigt."),
    ("en", "Scholz and Macron agreed on Wednesday to work closely to address North Korean issues."),
    ("en", "Scholz and Macron agreed on Wednesday on a joint approach to the Ukraine issue."),
])
def test_the_country_an_issue_is_about_is_neither_party_nor_place(extract, lang, text):
    """"die Ukraine-Frage", "the Ukraine issue", "North Korean issues": what the agreement is
    about (the country was a party, and in German the place)."""
    [ev] = extract(text, lang, published="2024-10-03").events
    assert (sorted(ev.actors), ev.place) == (["emmanuel-macron", "olaf-scholz"], None)


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks focused on North Korea and China."),
    ("en", "The meeting began at 1:35 pm, with the talks focusing on dealing with North Korea's nuclear programme."),
    ("de", "Die Gespräche konzentrierten sich auf Nordkorea und China."),
])
def test_what_talks_focus_on_takes_no_part(extract, lang, text):
    assert not [e for e in extract(text, lang, published=PUBLISHED).events if "north-korea" in e.actors]
