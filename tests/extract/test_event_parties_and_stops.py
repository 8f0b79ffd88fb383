"""Who takes part in an act another act is about, and acts of stopping: sentences written
for this test, in both languages.

- who protests against drills or criticises a deployment takes no part in them;
- "an atoll contested between the two countries", "die zwischen den beiden Ländern
  umstrittenen Inseln": the two countries dispute, they take no part;
- a capital named before a state's measure ("Ottawa sanctions") stands for its state and
  is not where the measure was taken;
- "will no longer continue the talks", "die Verhandlungen nicht mehr fortsetzen": saying so
  suspends them; not continuing to do something else is no suspension;
- a German pronoun far before its clause-final verb ("dass es die Gespräche mit X
  ausgesetzt habe") stands for the country that said so;
- "diplomatic manoeuvres", "political manoeuvres" are no military exercise;
- stalled talks in a cause do not stall the meeting; an answered act keeps its own time;
- an interception's other side is whose aircraft it answers; ending a war or a visit
  suspends no ties; a tally of acts is no event;
- a dash glued to the first word after a dateline is cut off; a state's ministry and the
  state tell one act; a demonym joined to a sea's name is no party;
- an organisation that names what its members are ("als G7-Staat", "NATO members Norway and
  Denmark") is no party.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-29"          # a Wednesday


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Through its embassy, Canada filed a protest against Brazil's naval drills near the coast.\n\n"
           "The drills started on Tuesday."),
    ("en", "Canada protests Brazil naval drills\n\nCanada sent a protest to Brazil on Wednesday about naval "
           "drills near an atoll contested between the two countries."),
    ("de", "Kanada protestiert gegen Manöver Brasiliens\n\nOttawa hat am Mittwoch bei Brasilien Protest gegen "
           "Militärmanöver auf den zwischen den beiden Ländern umstrittenen Inseln eingelegt."),
])
def test_who_protests_against_drills_takes_no_part_in_them(extract, lang, text):
    [drill] = events_of(extract(text, lang, published=DAY), "MilitaryExercise")
    assert drill.actors == ["brazil"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The Ottawa sanctions against Brazil took effect on Monday."),
    ("de", "Die Ottawa-Sanktionen gegen Brasilien traten am Montag in Kraft."),
])
def test_a_capital_before_a_states_measure_is_its_state(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Sanction")
    assert (ev.actors, ev.place) == (["canada", "brazil"], None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil announced on Monday that it would not continue trade talks with Canada."),
    ("en", "Brazil said on Monday it will no longer continue talks with Canada."),
    ("de", "Brasilien erklärte am Montag, es werde die Handelsgespräche mit Kanada nicht mehr fortführen."),
])
def test_no_longer_continuing_talks_suspends_them(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.actors, ev.date.iso) == ("Suspension", "Happened", ["brazil", "canada"],
                                                            "2023-03-27")


def test_not_continuing_something_else_is_no_suspension(extract):
    assert extract("Brazil will not continue to buy oil from Canada.", "en", published=DAY).events == []


def test_a_german_pronoun_before_a_clause_final_verb_is_the_sayer(extract):
    text = "Brasilien erklärte am Montag, dass es die Gespräche mit Kanada ausgesetzt habe."
    [ev] = events_of(extract(text, "de", published=DAY), "Suspension")
    assert ev.actors == ["brazil", "canada"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil and Canada trade political manoeuvres over fishing rights"),
    ("de", "Diplomatische Manöver: Brasilien nähert sich Kanada"),
])
def test_diplomatic_manoeuvres_are_no_exercise(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "MilitaryExercise") == []


def test_military_manoeuvres_are_an_exercise(extract):
    [ev] = events_of(extract("Brazil held military maneuvers near Canada on Monday.", "en", published=DAY),
                     "MilitaryExercise")
    assert ev.actors == ["brazil"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz And Macron Meet In Ottawa Amid Stalled Trade Talks"),
    ("en", "On Monday Scholz and Macron met in Ottawa amid stalled trade talks between their countries."),
    ("de", "Scholz und Macron trafen sich am Montag in Ottawa angesichts stockender Friedensgespräche."),
])
def test_stalled_talks_in_a_cause_do_not_stall_the_meeting(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors), ev.place) == ("Meeting", {"olaf-scholz", "emmanuel-macron"}, "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada hat am Montag acht brasilianische Diplomaten ausgewiesen und reagierte damit auf die "
           "Ausweisung kanadischer Diplomaten im vergangenen Monat."),
    ("en", "Canada expelled eight Brazilian diplomats on Monday, responding to the expulsion of Canadian "
           "diplomats last month."),
])
def test_the_act_an_act_responds_to_keeps_its_own_time(extract, lang, text):
    [news] = [ev for ev in events_of(extract(text, lang, published=DAY), "Expulsion") if not ev.prior]
    assert (news.actors, news.date.iso) == (["canada", "brazil"], "2023-03-27")


def test_a_journey_that_should_happen_is_planned(extract):
    text = "Scholz kündigte am Montag an, dass Macron im Mai nach Kanada reisen sollte."
    [visit] = events_of(extract(text, "de", published=DAY), "Visit")
    assert (visit.actors[0], visit.status, visit.date.iso) == ("emmanuel-macron", "Planned", "2023-05")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanadas Luftwaffe schickte am Dienstag Kampfjets los, nachdem drei brasilianische Flugzeuge "
           "entlang der Küste geflogen waren."),
    ("en", "Canada scrambled fighter jets on Tuesday after two Brazilian bombers flew near its airspace."),
])
def test_whose_aircraft_an_interception_answers_is_its_other_side(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Interception")
    assert (ev.actors, ev.date.iso) == (["canada", "brazil"], "2023-03-28")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Waffenstillstand von 1953 hat die Feindseligkeiten zwischen Brasilien und Kanada beendet."),
    ("en", "Scholz ended his visit to Canada on Friday."),
])
def test_ending_a_war_or_a_visit_suspends_no_ties(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "Suspension") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil ended the talks with Canada on Friday."),
    ("de", "Brasilien hat am Freitag die Gespräche mit Kanada beendet."),
])
def test_ending_talks_suspends_them(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Suspension")
    assert ev.actors == ["brazil", "canada"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanadische Jets fingen 2022 mehr als 150 brasilianische Flüge nahe der Küste ab."),
    ("en", "In 2022 Canadian jets intercepted more than 150 Brazilian flights near the coast."),
])
def test_a_tally_of_acts_is_no_event(extract, lang, text):
    assert extract(text, lang, published=DAY).events == []


def test_a_few_aircraft_intercepted_are_one_event(extract):
    text = "NATO jets intercepted two Brazilian bombers over the Baltic Sea on Monday."
    [ev] = events_of(extract(text, "en", published=DAY), "Interception")
    assert (ev.actors, ev.place) == (["nato", "brazil"], "baltic-sea")


@pytest.mark.parametrize("lang,text", [
    ("de", "Trudeau hat am Freitag großes Missfallen über die Stationierung brasilianischer Drohnen nahe der Grenze "
           "geäußert."),
    ("de", "Besorgnis in Kanada über brasilianische Drohnen-Stationierung\n\nDie Stationierung begann am Montag."),
    ("en", "Canada on Friday criticized Brazil's deployment of missiles near the border."),
])
def test_who_criticises_a_deployment_takes_no_part_in_it(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Deployment")
    assert ev.actors == ["brazil"]


@pytest.mark.parametrize("lang,text", [
    ("en", "OTTAWA, Reuters -Brazilian jets entered Canadian airspace on Thursday."),
    ("de", "Ottawa (dpa) -Brasilianische Jets sind am Donnerstag in den kanadischen Luftraum eingedrungen."),
])
def test_a_dash_glued_to_the_first_word_after_a_dateline_is_cut_off(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "AirspaceViolation")
    assert ev.actors == ["brazil", "canada"]


def test_earlier_rounds_do_not_date_the_talks_of_the_day(extract):
    text = ("Kanada und Brasilien führten am Montag Gespräche. "
            "Bei den vorangegangenen Konsultationen im Januar gab es Streit.")
    [talks] = events_of(extract(text, "de", published=DAY), "Talks")
    assert talks.date.iso == "2023-03-27"


def test_a_long_answered_act_keeps_its_month_to_itself(extract):
    text = ("Kanada hat eine brasilianische Attachée zur unerwünschten Person erklärt und reagiert damit auf "
            "Brasiliens Festnahme und spätere Ausweisung von zwei kanadischen Diplomaten im vergangenen Monat.")
    [news] = [ev for ev in events_of(extract(text, "de", published=DAY), "Expulsion") if not ev.prior]
    assert (news.actors, news.date.iso) == (["canada", "brazil"], DAY)     # the news day, not February


@pytest.mark.parametrize("lang,text", [
    ("de", "Russland setzt Dialog mit Kanada aus\n\nDas russische Außenministerium hat den Dialog mit "
           "Kanada am Montag ausgesetzt."),
    ("en", "Russia suspends dialogue with Canada\n\nThe Russian Foreign Ministry suspended the dialogue with "
           "Canada on Monday."),
])
def test_a_states_ministry_and_the_state_tell_one_suspension(extract, lang, text):
    [ev] = events_of(extract(text, lang, published=DAY), "Suspension")
    assert ({"russia", "canada"} <= set(ev.actors), ev.date.iso) == (True, "2023-03-27")


def test_a_demonym_joined_to_a_sea_names_a_sea_not_a_party(extract):
    text = "Brasilianische Bomber flogen am Montag über dem Kanadischen und dem Ostchinesischen Meer."
    [ev] = events_of(extract(text, "de", published=DAY), "MilitaryExercise")
    assert ev.actors == ["brazil"]


def test_two_demonyms_before_the_aircraft_are_both_parties(extract):
    text = "Russische und chinesische Bomber flogen am Montag über dem Ostchinesischen Meer."
    [ev] = events_of(extract(text, "de", published=DAY), "MilitaryExercise")
    assert (ev.actors, ev.place) == (["russia", "china"], "east-china-sea")


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz condemned plans by Brazil to deploy troops in Bolivia next month."),
    ("en", "Scholz expressed concern about plans to deploy Brazilian troops in Bolivia next month."),
    ("de", "Kanzler Olaf Scholz verurteilte die Pläne Brasiliens, im kommenden Monat Truppen in Bolivien zu stationieren."),
])
def test_who_condemns_a_planned_deployment_takes_no_part_in_it(extract, lang, text):
    events = events_of(extract(text, lang, published=DAY), "Deployment")
    assert [(e.status, e.actors, e.date.iso) for e in events] == [("Planned", ["brazil"], "2023-04")]


@pytest.mark.parametrize("lang,text,kind,parties", [
    ("de", "Kanada hat als G7-Staat am Dienstag Sanktionen gegen Brasilien verhängt.", "Sanction", ["brazil", "canada"]),
    ("de", "Die G7-Staaten verhängten am Dienstag neue Sanktionen gegen Brasilien.", "Sanction", ["brazil", "g7"]),
    ("de", "Macron ist am Dienstag zu Gast in einem wichtigen G7-Staat: Er besuchte Kanada.", "Visit",
     ["canada", "emmanuel-macron"]),
    ("en", "NATO members Norway and Denmark held talks in Oslo on Tuesday.", "Talks", ["denmark", "norway"]),
    ("en", "NATO allies Norway and Denmark began a joint exercise on Tuesday.", "MilitaryExercise", ["denmark", "norway"]),
    ("en", "The G7 member states Canada and Italy imposed sanctions on Brazil on Tuesday.", "Sanction",
     ["brazil", "canada", "italy"]),
    ("de", "Die Nato-Mitglieder Norwegen und Dänemark führten am Dienstag in Oslo Gespräche.", "Talks",
     ["denmark", "norway"]),
    ("de", "Die Nato-Verbündeten Norwegen und Dänemark begannen am Dienstag ein gemeinsames Manöver.",
     "MilitaryExercise", ["denmark", "norway"]),
])
def test_an_organisation_naming_what_a_party_is_member_of_is_no_party(extract, lang, text, kind, parties):
    [ev] = events_of(extract(text, lang, published=DAY), kind)
    assert sorted(ev.actors) == parties


@pytest.mark.parametrize("lang,text", [
    ("de", "Ein Treffen von Scholz mit Macron im Mai beim Gipfel der Atlantischen Allianz (NATO) in Brüssel soll "
           "nach Angaben aus Berlin stattfinden."),
    ("de", "Ein Treffen von Scholz mit Macron im Mai beim Gipfel der Atlantischen Allianz (NATO) in Brüssel soll "
           "stattfinden, hieß es aus Regierungskreisen in Berlin."),
])
def test_the_body_of_another_gathering_and_the_source_of_the_news_take_no_part(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    [meeting] = [e for e in events if e.kind == "Meeting"]
    assert (meeting.status, meeting.place, meeting.date.iso, meeting.actors) == (
        "Planned", "brussels", "2023-05", ["olaf-scholz", "emmanuel-macron"])
