"""Missile launches and tests (dg:MissileLaunch, a show of force): "test-fired a missile",
"launched a long-range ballistic missile", "the missile test", "the launch of an ICBM",
"testete eine Rakete", "feuerte zwei Raketen ab", "der Raketentest"; the launcher is the
actor, the ministry that reports it is not. Missiles fired at a target are a strike in a war,
no launch ("fired missiles at Kyiv", "into Ukraine", "auf Kiew"); a "Raketen-Übung" is an
exercise, and so are missiles fired during drills; plural nouns with no act ("over its missile tests") name no launch. Sentences written
for this test."""
from __future__ import annotations

import pytest

THURSDAY = "2024-10-31"


def _launches(extract, text, lang, published=THURSDAY):
    return [(ev.status, sorted(ev.actors), ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=published).events if ev.kind == "MissileLaunch"]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea test-fired a new intercontinental ballistic missile on Thursday, state media said."),
    ("en", "Pyongyang launched a long-range ballistic missile on Thursday, Japan's defence ministry said."),
    ("en", "Japan's coast guard said North Korea fired two ballistic missiles on Thursday."),
    ("de", "Nordkorea hat am Donnerstag eine neue Interkontinentalrakete getestet."),
    ("de", "Nordkorea feuerte am Donnerstag zwei ballistische Raketen ins Japanische Meer ab."),
    ("de", "Nordkorea hat am Donnerstag einen „entscheidenden“ Test seiner neuesten Interkontinentalrakete "
           "durchgeführt. Der Testabschuss sei erfolgreich gewesen."),
    ("en", "North Korea on Thursday conducted a test of its newest solid-fuel missile."),
])
def test_a_launch_is_the_launchers(extract, lang, text):
    assert _launches(extract, text, lang) == [("Happened", ["north-korea"], THURSDAY)]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea's missile test on Thursday drew protests from Seoul."),
    ("de", "Der Raketentest Nordkoreas am Donnerstag löste Proteste in Seoul aus."),
])
def test_a_missile_test_noun_names_a_launch(extract, lang, text):
    assert [(status, actors) for status, actors, _ in _launches(extract, text, lang)] == [
        ("Happened", ["north-korea"])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia fired missiles at Kyiv on Thursday."),
    ("en", "Russia has launched more than a hundred missiles into Ukraine."),
    ("en", "Russia fired dozens of cruise missiles toward Ukraine overnight, killing five civilians."),
    ("de", "Russland feuerte am Donnerstag Raketen auf Kiew ab."),
    ("de", "Südkorea startete am Donnerstag eine Raketen-Übung."),
    ("en", "China vetoed new sanctions on North Korea over its missile tests."),
    ("en", "In August, China fired missiles during military drills near the island."),
])
def test_strikes_exercises_and_a_series_are_no_launch(extract, lang, text):
    assert _launches(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia launched a massive missile attack on Kyiv overnight."),
    ("en", "Russia fired rockets into eastern Ukraine on Monday."),
    ("de", "Die ukrainische Luftabwehr hat in der Nacht 15 russische Raketen abgeschossen."),
    ("en", "Scholz came under fire for refusing Taurus missiles to Ukraine."),
    ("en", "Biden will fire his adviser over the missile dispute."),
    ("en", "Japan launched an H-2A rocket carrying a spy satellite on Thursday."),
])
def test_attacks_shoot_downs_idioms_and_space_launches_are_no_launch(extract, lang, text):
    assert _launches(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea fired a ballistic missile toward the East Sea on Thursday."),
    ("en", "North Korea launched an ICBM on a lofted trajectory on Thursday."),
    ("de", "Nordkorea feuerte am Donnerstag eine Rakete auf das offene Meer ab."),
])
def test_a_launch_toward_the_sea_is_a_launch(extract, lang, text):
    assert _launches(extract, text, lang) == [("Happened", ["north-korea"], THURSDAY)]


def test_a_german_space_launch_and_a_missile_over_airspace(extract):
    assert _launches(extract, "Japan startete am Donnerstag eine H2A-Rakete mit einem Spionagesatelliten.", "de") == []
    assert _launches(extract, "North Korea fired a missile over Japanese airspace on Thursday.", "en") == [
        ("Happened", ["north-korea"], THURSDAY)]


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea fired a ballistic missile on Thursday that flew over Japan."),
    ("de", "Nordkorea feuerte am Donnerstag eine Rakete in Richtung Japan ab."),
    ("de", "Der Raketentest Nordkoreas am Donnerstag löste Proteste in Japan aus."),
    ("de", "Nordkorea hat am Donnerstag eine ballistische Rakete Richtung Japan abgefeuert."),
    ("de", "Nordkorea hat am Donnerstag eine Rakete in Richtung Japan abgefeuert."),
])
def test_where_a_missile_flew_and_who_protested_launched_nothing(extract, lang, text):
    assert [actors for _, actors, _ in _launches(extract, text, lang)] == [["north-korea"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida said North Korea's launches of ballistic missiles were unacceptable."),
    ("de", "Kishida verurteilte die Raketenstarts Nordkoreas."),
])
def test_launches_in_the_plural_with_no_act_are_no_launch(extract, lang, text):
    assert _launches(extract, text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan protested the launch of a ballistic missile by North Korea on Thursday."),
    ("en", "North Korea test-fired a cruise missile on Thursday, as a UN panel pressed its probe into sanctions "
           "evasion and a satellite circled in orbit."),
    ("en", "North Korea conducted two tests of cruise missiles on Thursday, state media said."),
    ("de", "Nordkorea schoss am Donnerstag erneut zwei Kurzstreckenraketen ab."),
    ("de", "Nordkorea hat am Donnerstag zwei Raketentests durchgeführt."),
])
def test_singular_launches_far_space_words_and_german_shots_are_launches(extract, lang, text):
    assert [(status, actors) for status, actors, _ in _launches(extract, text, lang)] == [
        ("Happened", ["north-korea"])]


def test_missiles_of_another_country_shot_down_are_no_launch(extract):
    assert _launches(extract, "Die Patriot-Systeme schossen am Donnerstag sechs russische Raketen ab.", "de") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "South Korea's military confirmed a North Korean missile launch on Thursday."),
    ("de", "Das südkoreanische Militär bestätigte am Donnerstag einen nordkoreanischen Raketenstart."),
])
def test_who_confirms_anothers_launch_launched_nothing(extract, lang, text):
    assert _launches(extract, text, lang) == [("Happened", ["north-korea"], THURSDAY)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia confirmed a missile launch from the Barents Sea on Thursday."),
    ("de", "Russland bestätigte am Donnerstag einen Raketenstart aus der Barentssee."),
])
def test_who_confirms_a_launch_of_no_other_launched_it(extract, lang, text):
    assert _launches(extract, text, lang) == [("Happened", ["russia"], THURSDAY)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Nordkorea hat am Donnerstag eine Rakete aus der Region um Pjöngjang abgefeuert."),
    ("en", "North Korea fired a missile from the Pyongyang area on Thursday."),
])
def test_the_launch_site_of_a_launch_told_at_length(extract, lang, text):
    (launch,) = [ev for ev in extract(text, lang, published=THURSDAY).events if ev.kind == "MissileLaunch"]
    assert (launch.actors, launch.place) == (["north-korea"], "pyongyang")

