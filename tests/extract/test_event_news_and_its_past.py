"""The news and what came before it in an article without a publication date, and place
names with a lower-case head: sentences written for this test (English forms).

- An undated headline act and the same act done in an earlier year are two events
  when the article names a later day in full (its news is no older than that day): the
  headline's visit joins the one of that day.
- "the Kuril islands", "Rebun island": the known place, as with a capital head.
- "X and Y last met in May", "last held talks in person at a summit in May 2023": an
  earlier instance, as the German pluperfect "hatten sich zuletzt ... getroffen" already was;
  "last week" is a date.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

TEXT = """Canada protests as Macron visits disputed Kuril islands

Macron had been to the archipelago once before, and had also visited it in 2012.

French President Emmanuel Macron takes pictures in a port while he visits Iturup, August 22, 2015.
"""


def test_the_headline_act_is_not_the_earlier_one():
    visits = sorted((e.date.iso, e.triggers) for e in run(TEXT, "en").events if e.kind == "Visit")
    assert visits == [("2012", ["visited"]), ("2015-08-22", ["visits", "visits"])]


@pytest.mark.parametrize("text,place", [
    ("Macron visited the Kuril islands on Monday.", "kuril-islands"),
    ("Macron visited Rebun island on Monday.", "rebun-island"),
])
def test_a_place_with_a_lower_case_head_is_known(text, place):
    [ev] = run(text, "en", published="2024-07-10").events
    assert ev.place == place


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau last met in Ottawa in May."),
    ("en", "Macron and Trudeau last held talks in person at a G7 summit in Ottawa in May 2023."),
    ("de", "Macron und Trudeau hatten sich zuletzt im Mai in Ottawa getroffen."),
])
def test_when_two_people_last_met_is_an_earlier_instance(lang, text):
    events = run(text, lang, published="2024-06-14").events
    assert events and all(ev.prior for ev in events)


def test_last_week_is_a_date_not_an_earlier_instance():
    [ev] = run("Macron met Trudeau in Ottawa last week.", "en", published="2024-06-14").events
    assert ev.prior is False and ev.date.iso == "2024-06"


def test_the_last_days_are_no_earlier_instance():
    [ev] = run("Macron and Trudeau held talks in Ottawa over the last two days.", "en", published="2024-06-14").events
    assert ev.prior is False


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau met Macron in Paris on Thursday. Trudeau and Macron had last met in early February. "
           "Speaking after their latest meeting, Trudeau said he was hopeful."),
    ("de", "Trudeau traf Macron am Donnerstag in Paris. Zuletzt hatten sich Trudeau und Macron Anfang Februar "
           "getroffen. Nach dem jüngsten Treffen mit seinem Amtskollegen sagte Trudeau, er sei zuversichtlich."),
])
def test_the_latest_meeting_is_the_news_not_the_one_before(extract, lang, text):
    """"after their latest meeting", "nach dem jüngsten Treffen": the news of the day, not the
    earlier meeting told just before."""
    facts = extract(text, lang, published="2019-03-22")
    [news] = [ev for ev in facts.events if ev.date is not None and ev.date.iso == "2019-03-21"]
    [before] = [ev for ev in facts.events if ev.date is not None and ev.date.iso == "2019-02"]
    assert any("latest" in facts.sentence(s) or "jüngsten" in facts.sentence(s) for s in news.sents)
    assert not any("latest" in facts.sentence(s) or "jüngsten" in facts.sentence(s) for s in before.sents)


@pytest.mark.parametrize("lang,text", [
    ("de", "Trudeau freut sich auf sein für November geplantes Treffen mit Macron in Paris. Zuvor hatte bereits "
           "Scholz das Treffen zwischen Trudeau und Macron in Paris als außerordentlich wichtig bezeichnet."),
    ("en", "Trudeau looks forward to his meeting with Macron in Paris in November. Earlier, Scholz had called "
           "the meeting between Trudeau and Macron in Paris extremely important."),
])
def test_a_meeting_someone_had_called_important_is_the_one_told_before(extract, lang, text):
    """"hatte das Treffen ... als wichtig bezeichnet": the pluperfect is the calling's; the
    meeting is the planned one named before, not a second one held earlier."""
    [ev] = extract(text, lang, published="2016-11-16").events
    assert (ev.kind, ev.status, ev.place, ev.date.iso, len(ev.sents)) == ("Meeting", "Planned", "paris", "2016-11", 2)
