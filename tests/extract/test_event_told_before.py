"""An act told in the past perfect with a date of its own ("In May 2019 X and Y
had agreed ...", "Im Mai 2019 hatten X und Y sich ... geeinigt") is background:
it keeps its own date and does not join the undated news act of the same kind that the
article tells (which would take the old date). Nor does an act dated a decade or more
before the people of the news held any office they are known by ("In 1965 the two
countries reached an agreement" beside two leaders' talks). Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Albanese agreed to continue the talks. In May 2019 Canada and Australia had agreed on "
           "closer cooperation."),
    ("de", "Trudeau und Albanese haben sich geeinigt, die Gespräche fortzusetzen. Im Mai 2019 hatten Kanada und "
           "Australien sich auf engere Zusammenarbeit geeinigt."),
])
def test_a_dated_act_in_the_past_perfect_does_not_date_the_news(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    news = [ev for ev in events if "justin-trudeau" in ev.actors]
    old = [ev for ev in events if ev.date is not None and ev.date.iso == "2019-05"]
    assert [ev.date.iso for ev in news] == ["2024-05-10"]
    assert [(sorted(ev.actors), ev.prior) for ev in old] == [(["australia", "canada"], True)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau had met Albanese in Ottawa in March 2023."),
    ("de", "Trudeau hatte Albanese im März 2023 in Ottawa getroffen."),
])
def test_a_dated_act_in_the_past_perfect_keeps_its_setting(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso, ev.prior) == (
        "Meeting", ["anthony-albanese", "justin-trudeau"], "ottawa", "2023-03", True)


@pytest.mark.parametrize("lang,text", [
    ("en", "At their meeting in Ottawa, Trudeau and Albanese agreed to continue the talks. In 1965 the two "
           "countries reached an agreement on trade."),
    ("de", "Bei dem Treffen in Ottawa haben Trudeau und Albanese vereinbart, die Gespräche fortzusetzen. Im Jahr "
           "1965 erzielten die beiden Länder ein Abkommen über den Handel."),
])
def test_an_act_decades_before_the_people_held_office_does_not_date_their_talks(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert [(ev.kind, ev.place, ev.date.iso) for ev in events if "justin-trudeau" in ev.actors] == [
        ("Meeting", "ottawa", DAY)]
    assert [(ev.kind, sorted(ev.actors)) for ev in events if ev.date.iso == "1965"] == [
        ("Agreement", ["australia", "canada"])]


def test_an_act_within_the_peoples_time_still_joins_their_talks(extract):
    [ev] = extract("At their meeting in Ottawa, Trudeau and Albanese agreed to continue the talks. In May the "
                   "two countries reached an agreement on trade.", "en", published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("Meeting", "ottawa", "2024-05")
