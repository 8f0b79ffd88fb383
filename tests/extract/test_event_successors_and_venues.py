"""A person named in apposition after a word of succession takes part ("Biden's predecessor,
Donald Trump"; the possessor does not); a later mention of talks goes back to the news of the
article, not to a meeting dated in a past year; the place a later mention names right after
its noun ("the summit in Geneva") is the place of the event it names again.
"""
from __future__ import annotations

import pytest

DAY = "2021-06-16"        # a Wednesday


@pytest.mark.parametrize("lang, text", [
    ("en", "Putin met Biden's predecessor, Donald Trump, in Helsinki in 2018."),
    ("de", "Putin hatte sich 2018 in Helsinki mit Bidens Vorgänger, Donald Trump, getroffen."),
])
def test_a_predecessor_named_in_apposition_takes_part_and_the_possessor_does_not(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (sorted(ev.actors), ev.place, ev.date.iso) == (["donald-trump", "vladimir-putin"], "helsinki", "2018")


@pytest.mark.parametrize("lang, text", [
    ("en", "Scholz met his predecessor, Angela Merkel, in Berlin on Monday."),
    ("de", "Scholz traf am Montag in Berlin seine Vorgängerin, Angela Merkel."),
])
def test_a_successor_meeting_the_predecessor_named_in_apposition(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (sorted(ev.actors), ev.place) == (["angela-merkel", "olaf-scholz"], "berlin")


def test_later_talks_go_back_to_the_summit_of_the_news_not_to_a_meeting_of_a_past_year(extract):
    text = ("Biden and Putin agreed at their first summit on Wednesday to resume arms talks. Biden and Putin "
            "had also held a 2011 meeting when Biden was vice president. The first round of talks – which "
            "included Biden and Putin – lasted two hours, officials said.")
    summit, past = extract(text, "en", published=DAY).events
    assert (summit.kind, summit.date.iso, past.date.iso) == ("Summit", DAY, "2011")
    assert any(r.endswith(".talks") for r in summit.rules) and not any(r.endswith(".talks") for r in past.rules)


@pytest.mark.parametrize("lang, text", [
    ("en", "Biden and Putin agreed at their first summit on Wednesday to resume arms talks. "
           "The summit in Geneva lasted four hours."),
    ("de", "Biden und Putin einigten sich am Mittwoch bei ihrem ersten Gipfel auf neue Gespräche. "
           "Der Gipfel im schweizerischen Genf dauerte vier Stunden."),
])
def test_the_place_after_the_noun_of_a_later_mention_is_the_events(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("Summit", "geneva", DAY)


@pytest.mark.parametrize("lang, text", [
    ("en", "Biden and Putin agreed at their first summit on Wednesday to resume arms talks. "
           "The summit, Biden said in Geneva, went well."),
    ("de", "Biden und Putin einigten sich am Mittwoch bei ihrem ersten Gipfel auf neue Gespräche. "
           "Der Gipfel sei gut gelaufen, sagte Biden später in Genf."),
])
def test_a_place_the_later_mention_does_not_name_after_its_noun_stays_out(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Summit"]
    assert ev.place is None


@pytest.mark.parametrize("lang, text", [
    ("en", "Sunak, Johnson's successor, met Macron in Paris on Friday."),
    ("de", "Sunak, Johnsons Nachfolger, traf am Freitag in Paris Macron."),
    ("en", "Rishi Sunak, Boris Johnson's successor as prime minister, met Macron in Paris on Friday."),
])
def test_a_successor_apposition_after_the_subject_ends_no_clause(extract, lang, text):
    [ev] = extract(text, lang, published="2023-03-11").events
    assert sorted(ev.actors) == ["emmanuel-macron", "rishi-sunak"] and ev.place == "paris"
