"""Aircraft that buzz a ship, and one encounter told twice on a day (sentences written for
these tests):

- "buzzed a destroyer", "was buzzed by", "made low passes over", "flew over the frigate",
  "jets ... simulated attacks"; "kamen einem Kriegsschiff zu nahe", "simulierte Angriffe",
  "Scheinangriffe", "überflog den Zerstörer" are close encounters (Interception) ("flew
  simulated attacks" stays the exercise flight an older rule makes of it);
- not "created a buzz", "made passes at the bill", "kamen einer Einigung sehr nahe";
- a headline's, a caption's and the body's encounter of one day are one event, and so is the
  flight a protest "after" it tells again on that day, and a report of that day that names
  no state ("the destroyer was buzzed"); two states' encounters of that day stay two;
- a ship "forward deployed" to a port is based there: no deployment.
"""
from __future__ import annotations

import pytest

DAY = "2021-06-23"        # a Wednesday; Monday is the 21st


def _events(extract, text, lang, published=DAY):
    return [(ev.kind, set(ev.actors), ev.date.iso if ev.date else None)
            for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Two Chinese fighter jets buzzed an Australian frigate in the South China Sea on Monday.",
     {"china", "australia"}),
    ("en", "A Canadian frigate was buzzed by Chinese jets on Monday.", {"china", "canada"}),
    ("en", "Two Russian bombers made several low passes over a Dutch frigate on Monday.", {"russia", "netherlands"}),
    ("en", "A Russian helicopter flew over the frigate three times on Monday.", {"russia"}),
    ("de", "Chinesische Kampfjets sind am Montag einer australischen Fregatte zu nahe gekommen.",
     {"china", "australia"}),
    ("de", "Russische Kampfflugzeuge kamen am Montag einem niederländischen Kriegsschiff gefährlich nahe.",
     {"russia", "netherlands"}),
    ("de", "Ein russischer Hubschrauber überflog am Montag die norwegische Fregatte mehrmals.", {"russia", "norway"}),
])
def test_aircraft_that_buzz_a_ship_make_an_encounter(extract, lang, text, actors):
    assert _events(extract, text, lang) == [("Interception", actors, "2021-06-21")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian jets carried out simulated attacks near a Danish frigate on Monday."),
    ("de", "Russische Kampfjets flogen am Montag simulierte Angriffe auf eine dänische Fregatte."),
    ("de", "Russische Kampfjets flogen am Montag Scheinangriffe auf eine dänische Fregatte."),
])
def test_simulated_attacks_of_aircraft_are_an_encounter(extract, lang, text):
    assert [(kind, "russia" in actors) for kind, actors, _ in _events(extract, text, lang)] == [("Interception", True)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The summit created a buzz among investors on Monday."),
    ("en", "Lawmakers made several passes at the bill on Monday."),
    ("en", "Troops simulated attacks on enemy positions on Monday."),
    ("de", "Die Unterhändler kamen einer Einigung am Montag sehr nahe, sagte Lawrow."),
])
def test_words_of_buzzing_elsewhere_make_no_encounter(extract, lang, text):      # guard
    assert _events(extract, text, lang) == []


def test_a_headline_and_a_caption_of_one_day_are_one_encounter(extract):
    text = ("Russian jets buzz Danish frigate in Baltic Sea\n\n"
            "Two Russian Su-30 jets fly over the Danish frigate Niels Juel in the Baltic Sea, June 21, 2021.\n\n"
            "The frigate Niels Juel was buzzed on June 21 by two fighters, the navy said.")
    assert [(kind, "russia" in actors) for kind, actors, _ in _events(extract, text, "en")] == [("Interception", True)]


def test_two_states_encounters_of_one_day_stay_apart(extract):      # guard
    text = ("Russian jets buzzed a Danish frigate in the Baltic Sea on Monday.\n\n"
            "Chinese jets buzzed a Canadian frigate in the Baltic Sea on Monday.")
    assert sorted(sorted(actors) for _, actors, _ in _events(extract, text, "en")) == [
        ["canada", "china"], ["denmark", "russia"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "Latvia says two Russian helicopters violated its airspace\n\nLatvia summoned Russia's charge"
           " d'affaires after two Russian military helicopters intruded into its airspace on Tuesday, the"
           " foreign ministry said."),
    ("de", "Lettland meldet Verletzung seines Luftraums durch russische Hubschrauber\n\nLettland bestellte am"
           " Dienstag den russischen Geschäftsträger ein. Zuvor waren am Dienstag zwei russische"
           " Militärhubschrauber ohne Erlaubnis in den Luftraum Lettlands eingedrungen."),
])
def test_the_flight_a_protest_answers_that_day_is_the_headlines(extract, lang, text):
    evs = _events(extract, text, lang, published="2023-05-16")
    assert sorted(kind for kind, *_ in evs) == ["AirspaceViolation", "Protest"]
    assert all(actors == {"russia", "latvia"} for _, actors, _ in evs)


def test_a_report_of_the_day_that_names_no_state_is_the_same_encounter(extract):
    text = ("Video: Russian fighters buzz destroyer in Black Sea\n\n"
            "Two Russian Su-30 jets fly over the USS John Warner (DDG-99) June 21, 2021. John Warner, a"
            " guided-missile destroyer, is on a patrol in the Black Sea. Navy photo\n\n"
            "The guided missile destroyer USS John Warner (DDG-99) was buzzed on June 21, 2021 in the Black"
            " Sea by two Sukhoi fighters.")
    encounters = [actors for kind, actors, _ in _events(extract, text, "en") if kind == "Interception"]
    assert len(encounters) == 1 and "russia" in encounters[0]


def test_a_ship_forward_deployed_to_a_port_is_no_deployment(extract):
    text = "The HMS Kent, a frigate forward deployed to Souda, Greece, is on patrol in the Aegean Sea."
    assert "Deployment" not in [kind for kind, *_ in _events(extract, text, "en")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The newsroom was buzzing with rumours about the jets Paris promised to Kyiv on Monday."),
    ("en", "Macron was buzzed into the Elysee briefing by his aides on Monday."),
    ("en", "Erdogan flew over the warships of his navy during the parade in Izmir on Monday."),
    ("en", "Navy jets flew past the carrier during the ceremony in Toulon on Monday."),
    ("en", "Scholz made several passes at a deal with Macron in Paris on Monday."),
    ("de", "Die russischen Truppen kamen der Stadt Charkiw im Mai gefährlich nahe, sagte Selenskyj."),
    ("de", "Zwei Läuferinnen aus Äthiopien sind am Montag in Berlin eingelaufen."),
])
def test_words_of_encounters_without_craft_on_both_sides_make_none(extract, lang, text):      # guard
    assert "Interception" not in [kind for kind, *_ in _events(extract, text, lang)]
    assert "Visit" not in [kind for kind, *_ in _events(extract, text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("en", "During the drill, Danish and Dutch jets simulated attacks on ground targets near Aarhus on Monday."),
    ("de", "Die Übung der dänischen Marine mit den Niederlanden umfasste am Montag simulierte Angriffe auf Häfen."),
])
def test_simulated_attacks_in_a_drill_are_the_drill(extract, lang, text):      # guard
    assert [kind for kind, *_ in _events(extract, text, lang)] == ["MilitaryExercise"]


def test_leaders_who_come_close_met(extract):      # guard
    text = "Macron und Meloni kamen sich bei dem Treffen in Rom am Montag sehr nahe."
    assert [kind for kind, *_ in _events(extract, text, "de")] == ["Meeting"]


@pytest.mark.parametrize("text", [
    "The United States forward deployed F-22 jets to Romania on Monday.",
    "The Pentagon said it had forward deployed 300 troops to Latvia on Monday.",
])
def test_forward_deploying_as_the_act_is_a_deployment(extract, text):      # guard
    assert [kind for kind, *_ in _events(extract, text, "en")] == ["Deployment"]
