"""Where an act happens and who does it: sentences written for this test, in both languages.

- a country named only to say where ("near Japan", "nahe Japan", "vor der Küste Japans",
  "in northern Japan", "im Norden Japans",
  "islands claimed by Japan", "von China beanspruchte Riffe", "the Japanese island of")
  is no actor;
- a name another event noun takes as its own ("Moscow's talks with Tokyo", "Gespräche
  mit Tokio") is no actor of the act beside it; a suspension keeps the parties of the
  talks it stops;
- the place of "on one of the Kurils" and "in der Ostsee-Hafenstadt Kaliningrad" (a hyphen compound);
- two deployments at different known sites stay two in one article; one at a site and
  one on the archipelago holding it are one;
- "in the <region> city" is the city of that region named before (the dateline's), else
  the region;
- the capital sanctions or an entry ban fall "on" is their target, not their place;
- the countries beyond a border ("near the borders with X", "an den Grenzen zu X") say
  where, and who watches drills ("monitored", "beobachten ... mit Sorge") holds none.
"""
from __future__ import annotations

import pytest


DAY = "2021-06-04"


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on Shikotan, an island near Japan, on Monday."),
    ("en", "China deployed radars on Shikotan off the coast of Japan on Monday."),
    ("de", "China stationierte am Montag Radare auf Schikotan nahe Japan."),
    ("de", "China stationierte am Montag Radare auf Schikotan in der Nähe Japans."),
    ("de", "China stationierte am Montag Radare auf Schikotan vor der Küste Japans."),
    ("en", "China deployed radars on Shikotan in northern Japan on Monday."),
    ("de", "China stationierte am Montag Radare auf Schikotan im Norden Japans."),
])
def test_a_country_that_says_where_is_no_actor(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.actors == ["china"] and ev.place == "shikotan"


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on two islands claimed by Japan on Monday."),
    ("de", "China stationierte am Montag Radare auf drei von Japan beanspruchten Inseln."),
])
def test_the_claimant_of_the_islands_is_no_actor(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.actors == ["china"]


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on Kunashir on Monday, not far from the Japanese island of Honshu."),
    ("de", "China stationierte am Montag Radare auf Kunaschir, nahe der japanischen Insel Hokkaido."),
])
def test_a_demonym_before_a_place_noun_is_no_actor(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.actors == ["china"] and ev.place == "kunashir"


@pytest.mark.parametrize("lang,text", [
    ("en", "The deployment of radars on Kunashir by China on Monday hurt Beijing's talks with Tokyo."),
    ("de", "Die Stationierung von Radaren auf Kunaschir durch China am Montag belastet die Gespräche mit Tokio."),
])
def test_the_partner_of_other_talks_is_no_actor(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.actors == ["china"]


@pytest.mark.parametrize("lang,text", [
    ("en", "China suspended its talks with Japan on Monday."),
    ("de", "China hat am Montag die Gespräche mit Japan ausgesetzt."),
])
def test_a_suspension_keeps_the_parties_of_the_talks(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Suspension")
    assert sorted(ev.actors) == ["china", "japan"]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "China deployed radars on one of the Kurils on Monday.", "kuril-islands"),
    ("de", "China stationierte am Montag Radare in der Ostsee-Hafenstadt Kaliningrad.", "kaliningrad"),
])
def test_the_place_behind_a_partitive_or_a_compound(extract, lang, text, place):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.place == place


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on Kunashir on Monday. Earlier, the navy criticised the "
           "deployment of drones in Kaliningrad by China."),
    ("de", "China stationierte am Montag Radare auf Kunaschir. Die Marine kritisierte zugleich "
           "die Stationierung von Drohnen in Kaliningrad durch China."),
])
def test_deployments_at_two_sites_stay_two(extract, lang, text):
    places = sorted(e.place for e in events_of(extract(text, lang, published=DAY), "Deployment"))
    assert places == ["kaliningrad", "kunashir"]


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on the Kuril Islands on Monday. China deployed them on Kunashir."),
    ("de", "China stationierte am Montag Radare auf den Kurilen. China stationierte sie auf Kunaschir."),
])
def test_a_site_and_its_archipelago_are_one_deployment(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.place == "kuril-islands"


@pytest.mark.parametrize("lang,text", [
    ("en", "date 2019-03-11 China deploys radars on Kunashir\n\nChina deployed radars on Kunashir on Sunday."),
    ("de", "date 2019-03-11 China stationiert Radare auf Kunaschir\n\nChina hat am Sonntag Radare auf Kunaschir stationiert."),
])
def test_the_header_stamp_dates_the_article_not_the_act(extract, lang, text):
    [ev] = events_of(extract(text, lang, published="2019-03-11"), "Deployment")
    assert ev.date.iso == "2019-03-10" and not ev.lead_dated


@pytest.mark.parametrize("lang,text", [
    ("en", "date 2019-03 China deploys radars on Kunashir\n\nChina has deployed radars on Kunashir."),
    ("de", "date 2019-03 China stationiert Radare auf Kunaschir\n\nChina hat Radare auf Kunaschir stationiert."),
])
def test_a_header_stamp_of_the_month_gives_way_to_the_known_day(extract, lang, text):
    [ev] = events_of(extract(text, lang, published="2019-03-11"), "Deployment")
    assert ev.date.iso == "2019-03-11"


@pytest.mark.parametrize("lang,text", [
    ("en", "China deploys radars on Kunashir\n\nChina has deployed radars on Kunashir, the ministry said."),
    ("de", "China stationiert Radare auf Kunaschir\n\nChina hat Radare auf Kunaschir stationiert, teilte das Ministerium mit."),
])
def test_a_lead_act_of_a_month_dated_article_gets_the_month(extract, lang, text):
    [ev] = events_of(extract(text, lang, published="2019-03"), "Deployment")
    assert ev.date.iso == "2019-03" and ev.lead_dated


# --- a city described by its region -----------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # the dateline's city lies in the region the description names
    ("VLADIVOSTOK, Russia (AP) - Olaf Scholz and Emmanuel Macron met on Tuesday in the Russian "
     "Far East city, officials said.", "vladivostok"),
    ("Olaf Scholz flew to Vladivostok. Scholz and Emmanuel Macron met on Tuesday in the Russian "
     "Far East harbour town of their hosts.", "vladivostok"),
    # no city word: the region itself
    ("Olaf Scholz flew to Vladivostok. Scholz and Emmanuel Macron met on Tuesday in the Russian "
     "Far East.", "russian-far-east"),
    # a city word, but no city of the region named before: the region, which is still true
    ("Olaf Scholz and Emmanuel Macron met on Tuesday in the Russian Far East city, officials said.",
     "russian-far-east"),
    # the city named before lies elsewhere
    ("Olaf Scholz flew from Kaliningrad. Scholz and Emmanuel Macron met on Tuesday in the Russian "
     "Far East city.", "russian-far-east"),
])
def test_a_city_described_by_its_region_is_the_city_named_before(extract, text, place):
    [meeting] = extract(text, "en", published="2021-06-04").events
    assert meeting.place == place


# --- the dateline's city ------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,place", [
    ("en", "OSLO (AP) - Olaf Scholz met Emmanuel Macron on Wednesday.", "oslo"),
    ("de", "OSLO (dpa) - Olaf Scholz traf am Mittwoch Emmanuel Macron.", "oslo"),
    ("en", "OSLO (AP) - Olaf Scholz met Emmanuel Macron on Friday.", "oslo"),
    # a meeting two weeks before the story is no news of the place it was filed from
    ("en", "OSLO (AP) - Olaf Scholz met Emmanuel Macron on May 21.", None),
])
def test_a_gathering_of_the_lead_this_week_is_where_the_story_was_filed(extract, lang, text, place):
    [meeting] = extract(text, lang, published=DAY).events      # DAY is a Friday
    assert meeting.place == place


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Russland stationiert Raketen auf den Kurilen-Inseln.", "kuril-islands"),
    ("de", "Russland stationierte im März Raketen in der Ostsee-Exklave Kaliningrad.", "kaliningrad"),
])
def test_a_place_compound_with_a_place_noun_is_that_place_unless_a_name_follows(extract, lang, text, place):
    [ev] = extract(text, lang, published="2016-03-25").events
    assert (ev.kind, ev.place) == ("Deployment", place)


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Scholz and Macron agreed on Friday to support peace efforts in the Baltic Sea.", None),
    ("en", "Scholz and Macron agreed in Paris on Friday to expand trade.", "paris"),
    ("de", "Scholz und Macron vereinbarten am Freitag in Paris, den Handel auszuweiten.", "paris"),
])
def test_a_place_in_what_was_agreed_is_not_where_it_was_agreed(extract, lang, text, place):
    [ev] = extract(text, lang, published="2021-06-04").events
    assert (ev.kind, ev.place) == ("Agreement", place)


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Olaf Scholz met Emmanuel Macron in the Japanese port city of Osaka on Monday.", "osaka"),
    ("en", "Olaf Scholz met Emmanuel Macron on Monday in the German city of Munich.", "munich"),
    ("de", "Olaf Scholz traf Emmanuel Macron am Montag in der japanischen Hafenstadt Osaka.", "osaka"),
])
def test_a_city_named_after_its_country_and_kind_is_the_place(extract, lang, text, place):
    assert [e.place for e in extract(text, lang).events] == [place]


def test_a_region_compound_with_a_city_noun_is_no_place_in_the_region(extract):
    # "Pazifik-Stadt": a city on the Pacific, not a meeting in the ocean
    facts = extract("Olaf Scholz traf Emmanuel Macron am Montag in der Pazifik-Stadt.", "de")
    assert [(e.kind, e.place) for e in facts.events] == [("Meeting", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz met Emmanuel Macron on the sidelines of the G20 in Osaka on Monday."),
    ("de", "Olaf Scholz traf Emmanuel Macron am Montag am Rande der G20 in Osaka."),
])
def test_a_meeting_on_the_sidelines_of_a_gathering_is_where_that_is_held(extract, lang, text):
    # the G20 is the occasion, not a participant, and "in Osaka" is not an office of it
    assert [(set(e.actors), e.place) for e in extract(text, lang).events] == [
        ({"olaf-scholz", "emmanuel-macron"}, "osaka")]


@pytest.mark.parametrize("lang,text", [
    ("en", "MADRID -- Olaf Scholz met Emmanuel Macron on Wednesday."),
    ("de", "MADRID (dpa) - Olaf Scholz traf am Mittwoch Emmanuel Macron."),
    ("en", "Olaf Scholz met Emmanuel Macron in Madrid, Spain, on Wednesday."),
])
def test_a_dateline_or_the_country_of_a_city_is_where_not_who(lang, text):
    # the capital of a dateline is no metonymy for its country ("Tokyo imposed ...")
    from diplograph.extract import extract_article
    from diplograph.extract.dates import parse_iso
    from diplograph.extract.model import Article
    facts = extract_article(Article("t", text, lang, published=parse_iso("2022-06-30")))
    assert [(set(e.actors), e.place) for e in facts.events] == [({"olaf-scholz", "emmanuel-macron"}, "madrid")]


@pytest.mark.parametrize("lang,text,kind,actors", [
    ("en", "Paris imposed new sanctions on Moscow on Monday.", "Sanction", {"france", "russia"}),
    ("en", "Berlin imposed an entry ban on Beijing officials on Monday.", "EntryBan", {"germany", "china"}),
    ("de", "Paris verhängte am Montag neue Sanktionen gegen Moskau.", "Sanction", {"france", "russia"}),
])
def test_the_capital_sanctions_fall_on_is_the_target_not_the_place(extract, lang, text, kind, actors):
    [ev] = extract(text, lang, published="2022-04-28").events
    assert (ev.kind, set(ev.actors), ev.place) == (kind, actors, None)


def test_sanctions_announced_in_a_capital_are_placed_there(extract):
    [ev] = extract("The sanctions on Russia were announced in Paris on Monday by France.", "en",
                   published="2022-04-28").events
    assert (ev.kind, ev.place) == ("Sanction", "paris")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada und Brasilien planen ab Mittwoch ein mehrtägiges Manöver vor der Küste von Chile und Peru."),
    ("en", "Canada and Brazil held drills off the coast of Chile and Peru on Monday."),
])
def test_countries_listed_after_a_landmark_all_say_where(extract, lang, text):
    [ev] = extract(text, lang, published="2022-12-19").events
    assert (ev.kind, set(ev.actors)) == ("MilitaryExercise", {"canada", "brazil"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil began drills near the borders with Chile and Peru on Monday."),
    ("en", "Canada and Brazil began drills along the border with Chile on Monday."),
    ("de", "Kanada und Brasilien haben am Montag mit einem Manöver an den Grenzen zu Chile und Peru begonnen."),
    ("de", "Kanada und Brasilien begannen am Montag ein Manöver an der Grenze zu Chile."),
])
def test_the_countries_beyond_a_border_say_where(extract, lang, text):
    [ev] = extract(text, lang, published="2022-12-19").events
    assert (ev.kind, set(ev.actors)) == ("MilitaryExercise", {"canada", "brazil"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile and Peru are closely watching the Brazilian drills on Monday."),
    ("en", "Chile and Peru monitored the Brazilian exercise on Monday."),
    ("de", "Chile und Peru beobachten das brasilianische Manöver am Montag mit Sorge."),
    ("de", "Chile und Peru betrachten das brasilianische Manöver mit Sorge."),
])
def test_who_watches_drills_holds_none(extract, lang, text):
    actors = [set(ev.actors) for ev in extract(text, lang, published="2022-12-19").events if ev.kind == "MilitaryExercise"]
    assert actors == [{"brazil"}]


def test_a_fronted_landmark_leaves_the_subjects_after_its_comma(extract):
    [ev] = extract("Off the coast of Japan, Canada and Brazil held joint naval exercises on Monday.", "en",
                   published="2022-12-19").events
    assert set(ev.actors) == {"canada", "brazil"}
