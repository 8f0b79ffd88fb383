"""Missiles over a country, clocks, embassies and fronted years: sentences written for this test.

- a launch told by its missile ("a missile fired by X flew over Y", "eine von X abgefeuerte
  Rakete hat Y überflogen", "the missile flew over Y") is a launch, and the country flown over
  takes no part in it ("über Y hinweg", "hat Y überflogen");
- "feuerte ... um 7 Uhr japanischer Zeit eine Rakete ab": the verb reaches its missile past a
  clock, and the clock's country ("Japan time", "japanischer Zeit") is no party;
- "über seine Botschaft in Peking übermittelte Japan einen Protest": the capital of the
  embassy is neither party nor protester (but "das Außenministerium in Tokio legte Protest
  ein" is Japan's protest, and "summoned him to the Foreign Ministry in Tokyo" says where);
- "views on X's rocket launch earlier this month": X owns the launch;
- "1998 hatte X ...", "Schon 1998 ...": a fronted German year dates the act (a count before a
  noun does not).
"""
from __future__ import annotations

import pytest

TUESDAY = "2017-08-29"


def _launches(extract, text, lang):
    return [(sorted(ev.actors), ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=TUESDAY).events if ev.kind == "MissileLaunch"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Eine von Nordkorea abgefeuerte Rakete hat am Dienstag Kanada überflogen."),
    ("en", "A missile fired by North Korea flew over Canada on Tuesday."),
    ("de", "Eine nordkoreanische Rakete hat am Dienstag Kanada überflogen."),
    ("en", "A North Korean missile flew over Canada on Tuesday."),
    ("de", "Nordkorea hat am Dienstag eine Rakete über Kanada hinweg abgefeuert."),
])
def test_a_missile_over_a_country_is_the_launchers_alone(extract, lang, text):
    assert _launches(extract, text, lang) == [(["north-korea"], TUESDAY)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Nordkorea feuerte am Dienstag um 6.15 Uhr japanischer Zeit eine Rakete ab."),
    ("en", "North Korea launched a missile at 6:15 a.m. (Japan time) on Tuesday."),
    ("en", "North Korea fired a missile at 6:15 a.m. Japan time on Tuesday."),
])
def test_a_clock_of_a_country_is_no_party(extract, lang, text):
    assert _launches(extract, text, lang) == [(["north-korea"], TUESDAY)]


@pytest.mark.parametrize("text", [
    "Russia fired missiles at 4 cities in Canada on Tuesday.",
    "Russia fired 3 missiles at 2 Canadian cities on Tuesday.",
])
def test_a_count_after_at_is_an_aim_not_a_clock(extract, text):
    assert _launches(extract, text, "en") == []


def test_the_owner_of_a_launch_of_two_words_before_a_time_adverb_stays(extract):
    text = "Scholz and Macron exchanged views on North Korea's rocket launch earlier this month."
    [ev] = [e for e in extract(text, "en", published=TUESDAY).events if e.kind == "MissileLaunch"]
    assert "north-korea" in ev.actors


@pytest.mark.parametrize("lang,text,actors,place", [
    ("de", "Über seine Botschaft in Peking übermittelte Kanada am Dienstag einen Protest.", ["canada"], "beijing"),
    ("de", "Das Außenministerium in Ottawa legte am Dienstag Protest gegen das Manöver ein.", ["canada"], None),
])
def test_the_capital_of_an_embassy_or_a_ministry(extract, lang, text, actors, place):
    [ev] = [e for e in extract(text, lang, published=TUESDAY).events if e.kind == "Protest"]
    assert (sorted(ev.actors), ev.place) == (actors, place)


def test_the_ministry_someone_is_summoned_to_is_where_it_happened(extract):
    text = "Vice Foreign Minister Jean Dupont summoned Brazil's ambassador to the Foreign Ministry in Ottawa on Tuesday."
    [ev] = extract(text, "en", published=TUESDAY).events
    assert ev.place == "ottawa"


@pytest.mark.parametrize("text,year", [
    ("Kanada protestierte. 1998 hatte Nordkorea eine Rakete abgefeuert.", "1998"),
    ("Kanada protestierte. Schon 2006 hatte Nordkorea eine Rakete abgefeuert.", "2006"),
])
def test_a_fronted_german_year_dates_the_act(extract, text, year):
    assert _launches(extract, text, "de") == [(["north-korea"], year)]


def test_a_fronted_count_before_a_noun_is_no_year(extract):
    text = "Kanada protestierte. 2000 Soldaten nahmen am Dienstag an einem Manöver Russlands teil."
    dates = [ev.date.iso for ev in extract(text, "de", published=TUESDAY).events if ev.date]
    assert "2000" not in dates
