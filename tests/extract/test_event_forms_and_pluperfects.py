"""Forms the triggers missed, and acts told in the past perfect with a relative period:
the perfect "ist ... mit X zusammengekommen" is a meeting; "der Abschuss eines Kampfjets" is
an interception, "der Abschuss einer Rakete" is none; "Der Botschafter muss Ottawa bis ...
verlassen" is an expulsion by the state he leaves; "hatte ... im vergangenen Monat besucht",
"had visited ... last month" came before the news and lends it no date. Sentences written
for this test."""
from __future__ import annotations

import pytest

DAY = "2022-06-30"          # a Thursday


def test_come_together_in_the_perfect_is_a_meeting(extract):
    text = "Justin Trudeau ist am Mittwoch in Madrid mit Emmanuel Macron zusammengekommen."
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Meeting", ["emmanuel-macron", "justin-trudeau"], "madrid")


@pytest.mark.parametrize("text", [
    "Nach dem Abschuss eines brasilianischen Kampfjets durch Kanada am Mittwoch beriet der Sicherheitsrat.",
    "Der Abschuss der brasilianischen Drohne durch Kanada am Mittwoch sorgte für Empörung.",
])
def test_the_shooting_down_of_a_craft_is_an_interception(extract, text):
    found = [sorted(e.actors) for e in extract(text, "de", published=DAY).events if e.kind == "Interception"]
    assert found and "canada" in found[0]


def test_the_firing_of_a_missile_is_no_interception(extract):
    text = "Nach dem Abschuss einer Rakete durch Kanada am Mittwoch beriet der Sicherheitsrat."
    assert [e.kind for e in extract(text, "de", published=DAY).events if e.kind == "Interception"] == []


@pytest.mark.parametrize("text", [
    "Der brasilianische Botschafter muss Kanada bis zum 7. Juli verlassen, teilte das Außenministerium am Mittwoch mit.",
    "Zwölf brasilianische Diplomaten müssen Kanada bis Ende Juli verlassen, teilte das Außenministerium am Mittwoch mit.",
])
def test_envoys_who_must_leave_a_country_are_expelled_by_it(extract, text):
    [ev] = [e for e in extract(text, "de", published=DAY).events if e.kind == "Expulsion"]
    assert sorted(ev.actors) == ["brazil", "canada"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Justin Trudeau ist am Mittwoch in Madrid mit Emmanuel Macron zusammengekommen. "
           "Trudeau hatte Frankreich im vergangenen Monat besucht."),
    ("en", "Justin Trudeau met Emmanuel Macron in Madrid on Wednesday. Trudeau had visited France last month."),
])
def test_a_visit_told_in_the_past_perfect_last_month_lends_the_news_no_date(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    [meeting] = [e for e in events if e.kind == "Meeting"]
    [visit] = [e for e in events if e.kind == "Visit"]
    assert (meeting.date.iso, visit.prior, visit.date.iso) == ("2022-06-29", True, "2022-05")
