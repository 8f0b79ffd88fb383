"""Gatherings named in a phrase the news is told after: sentences written for this test, in
both languages.

- "following the two-hour meeting X said": the meeting told of before, its modifier
  hyphenated or not, is the news's meeting;
- "following the summit in Paris, X said": the act the phrase names keeps its own place,
  and is no other gathering of the article;
- "following a summit between X and Y on Friday": told as before the saying, but on the
  day of the news's meeting of the same people, it is that meeting;
- a phrase another word heads ("in line with the agreement at the summit in June") leaves
  the summit's words to the agreement.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-10"          # a Wednesday
NEWS = {"en": "Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Vienna on Tuesday.",
        "de": "Außenminister Antony Blinken hat sich am Dienstag in Wien mit Sergej Lawrow getroffen."}
AT_THE_MEETING = {"en": "Lavrov said at the meeting Russia wanted clear answers.",
                  "de": "Lawrow sagte bei dem Treffen, Russland erwarte klare Antworten."}


@pytest.mark.parametrize("lang,after", [
    ("en", 'But following the two-hour meeting Blinken described the exchange as "frank."'),
    ("en", "After the closed-door meeting Blinken described the exchange as frank."),
    ("de", "Nach dem 90-minütigen Treffen sagte Blinken, der Austausch sei offen gewesen."),
])
def test_a_meeting_told_after_with_a_hyphenated_modifier_is_the_news(extract, lang, after):
    text = "\n\n".join([NEWS[lang], after, AT_THE_MEETING[lang]])
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso, ev.prior) == ("Meeting", "vienna", "2023-05-09", False)
    assert sorted(ev.actors) == ["antony-blinken", "sergey-lavrov"]


@pytest.mark.parametrize("lang,after", [
    ("en", "Following the summit in Paris, Blinken described the exchange as frank."),
    ("en", "Following the two-day summit in Paris, Blinken described the exchange as frank."),
    ("de", "Nach dem Gipfel in Paris sagte Blinken, der Austausch sei offen gewesen."),
])
def test_a_summit_named_in_a_phrase_told_after_keeps_its_own_place(extract, lang, after):
    events = extract("\n\n".join([NEWS[lang], after, AT_THE_MEETING[lang]]), lang, published=DAY).events
    [meeting] = [e for e in events if e.place == "vienna"]
    [summit] = [e for e in events if e.kind == "Summit"]
    assert (meeting.kind, meeting.date.iso) == ("Meeting", "2023-05-09")
    assert summit.place == "paris" and summit is not meeting


@pytest.mark.parametrize("lang,text", [
    ("en", "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Beijing on Friday.\n\n"
           '"We need a date now," a spokesman said after Kishida and Xi held a summit in China on Friday.'),
    ("en", "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Beijing on Friday.\n\n"
           "The spokesman spoke following a summit between Kishida and Xi in China on Friday."),
    ("de", "Japans Ministerpräsident Fumio Kishida hat am Freitag in Peking den chinesischen Präsidenten "
           "Xi Jinping getroffen.\n\nDer Sprecher äußerte sich, nachdem Kishida und Xi am Freitag in China "
           "einen Gipfel abgehalten hatten."),
    ("en", "Following a summit between Kishida and Xi in Beijing on Friday, officials said trade talks would "
           "resume.\n\nJapanese Prime Minister Fumio Kishida met Chinese President Xi Jinping on Friday."),
])
def test_a_summit_told_as_before_on_the_day_of_the_news_is_the_news(extract, lang, text):
    [ev] = extract(text, lang, published="2023-05-13").events
    assert (ev.place, ev.date.iso, ev.prior) == ("beijing", "2023-05-12", False)
    assert sorted(ev.actors) == ["fumio-kishida", "xi-jinping"]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday to hold talks with "
           "Sergei Lavrov in line with the agreement at the summit in June."),
    ("de", "Die nordkoreanische Außenministerin Choe Son Hui ist am Montag in Moskau eingetroffen, um im "
           "Einklang mit der Vereinbarung beim Gipfeltreffen im Juni Gespräche mit Sergej Lawrow zu führen."),
])
def test_a_summit_inside_another_words_phrase_gives_the_news_no_date(extract, lang, text):
    events = extract(text, lang, published="2024-11-05").events
    assert not any(e.date and e.date.iso.startswith("2025") for e in events)
    assert not any(e.kind == "Summit" and e.date and e.date.iso == "2024-06" and e.status == "Planned"
                   for e in events)
