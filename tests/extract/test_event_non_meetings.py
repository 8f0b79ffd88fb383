"""A meeting verb that meets no one, in both languages, with sentences written for this test:
its object is a need or a decision ("meets the interests of", "traf eine Entscheidung",
"Vorkehrungen getroffen"), or vehicles meet with no person in the clause ("two bombers met
over the sea"), or a missile hits something ("eine Rakete traf ein Wohnhaus"). People meeting, with or without a topic, still meet. A patrol noun before a
vehicle noun ("patrol aircraft") names the vehicle, no patrol. German "trifft" after a
measure ("das Einreiseverbot trifft X", "von den Sanktionen getroffen", "Es trifft X") tells
whom it affects."""
from __future__ import annotations

import pytest

PUBLISHED = "2016-12-03"


@pytest.mark.parametrize("lang,text", [
    ("en", "Cooperation between Canada and Brazil meets the long-term interests of both peoples."),
    ("en", "Canada has met its obligations to Brazil."),
    ("en", "The offer from Canada met the demands of Brazil on Monday."),
    ("de", "Die Zusammenarbeit von Kanada und Brasilien trifft die Interessen beider Völker."),
    ("de", "Kanada traf am Montag eine Entscheidung über Brasilien."),
    ("de", "Brasilien sagte, dass Kanada umfangreiche Vorkehrungen getroffen habe."),
])
def test_a_need_or_a_decision_met_is_no_meeting(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Canadian bombers and two Brazilian bombers met over the Atlantic and flew on together."),
    ("en", "Canadian and Brazilian warships met off Halifax on Tuesday."),
    ("de", "Zwei kanadische und zwei brasilianische Bomber trafen sich über dem Atlantik."),
    ("de", "Kanadische und brasilianische Kriegsschiffe trafen am Dienstag vor Halifax zusammen."),
])
def test_vehicles_that_meet_are_no_meeting(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Eine von Kanada abgefeuerte Rakete traf am Montag ein Lagerhaus in Halifax."),
    ("de", "Eine brasilianische Granate traf ein Wohnhaus."),
])
def test_a_missile_that_hits_is_no_meeting(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Meeting"] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Wegen der Raketen trafen sich am Montag die Außenminister Kanadas und Brasiliens."),
    ("de", "Die Raketen-Experten trafen sich am Montag in Genf mit Vertretern Kanadas und Brasiliens."),
    ("en", "Canadian and Brazilian missile negotiators met in Geneva on Monday."),
])
def test_people_who_meet_about_missiles_still_meet(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Meeting"]
    assert {"canada", "brazil"} <= set(ev.actors)


def test_people_who_meet_near_a_missile_base_still_meet(extract):
    [ev] = extract("Scholz traf am Montag Macron beim Raketen-Stützpunkt in Brest.", "de", published=PUBLISHED).events
    assert ev.kind == "Meeting" and {"olaf-scholz", "emmanuel-macron"} <= set(ev.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron on Friday to discuss the demands of Brazil."),
    ("de", "Scholz traf Macron am Freitag, um über die Interessen Brasiliens zu sprechen."),
    ("de", "Scholz hat sich am Freitag mit Macron getroffen."),
])
def test_people_who_meet_still_meet(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.date.iso) == ("Meeting", "2016-12-02")
    assert {"olaf-scholz", "emmanuel-macron"} <= set(ev.actors)


def test_a_person_meeting_a_crew_on_a_ship_still_meets(extract):
    [ev] = extract("Scholz met the crew of the warship in Kiel on Monday.", "en", published=PUBLISHED).events
    assert (ev.kind, ev.actors) == ("Meeting", ["olaf-scholz"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron met at the end of the week."),
    ("en", "Scholz and Macron held a meeting at the end of the week."),
    ("en", "Scholz and Macron met late on Friday amid concerns over trade."),
    ("de", "Nach der Entscheidung der Regierung traf Scholz am Montag Macron in Berlin."),
])
def test_a_need_or_decision_in_a_phrase_of_its_own_leaves_the_meeting(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, set(ev.actors)) == ("Meeting", {"olaf-scholz", "emmanuel-macron"})


@pytest.mark.parametrize("text", [
    "Canadian patrol aircraft found ten Brazilian ships near Ottawa on Thursday.",
    "Canadian patrol boats escorted the Brazilian ships on Thursday.",
])
def test_a_patrol_noun_before_a_vehicle_noun_names_the_vehicle_not_a_patrol(extract, text):
    assert [e.kind for e in extract(text, "en", published="2023-05-20").events] == []


def test_a_joint_patrol_is_still_one(extract):
    [ev] = extract("Canada and Brazil held a joint naval patrol on Thursday.", "en", published="2023-05-20").events
    assert (ev.kind, ev.actors) == ("MilitaryExercise", ["canada", "brazil"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau attended a cabinet meeting in Ottawa on Friday."),
    ("en", "Trudeau told reporters after a board meeting in Ottawa on Friday that trade would grow."),
    ("de", "Trudeau nahm am Freitag in Ottawa an einem Kabinettstreffen teil."),
    ("de", "Nach dem Fraktionstreffen in Ottawa am Freitag sagte Trudeau, der Handel werde wachsen."),
])
def test_a_sitting_of_a_states_own_body_is_no_meeting(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau met Lula for a meeting of the two parties' leaders in Ottawa on Friday."),
    ("de", "Trudeau traf Lula am Freitag zu einem Treffen in Ottawa."),
])
def test_a_meeting_of_two_sides_stays(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == ["Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The chiefs of staff meeting between Canada and Brazil took place in Ottawa on Wednesday."),
    ("en", "A three-party meeting of Canada, Brazil and Chile took place in Ottawa on Monday."),
    ("de", "Beim Parteiführertreffen der Regierungsparteien Kanadas und Brasiliens am Montag in Ottawa ging es um "
           "Handel."),
])
def test_meetings_of_staffs_and_parties_of_two_sides_stay(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == ["Meeting"]


@pytest.mark.parametrize("text", [
    "Das Einreiseverbot trifft auch den Außenminister Olaf Quastenberg und den Verteidigungsminister Jan Pelzmann.",
    "Das Verbot gilt für Hunderte Beamte. Es trifft unter anderem Außenminister Olaf Quastenberg und "
    "Verteidigungsminister Jan Pelzmann.",
    "Von den neuen Sanktionen getroffen wurden auch Außenminister Olaf Quastenberg und "
    "Verteidigungsminister Jan Pelzmann.",
])
def test_whom_a_measure_affects_meets_no_one(extract, text):
    assert "Meeting" not in [e.kind for e in extract(text, "de", published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    "Nach dem Verbot traf Trudeau am Montag in Ottawa Lula.",
    "Am Montag trifft es sich gut: Trudeau trifft Lula in Ottawa.",
])
def test_a_meeting_after_a_measure_stays(extract, text):
    assert [e.kind for e in extract(text, "de", published=PUBLISHED).events] == ["Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Putin und Xi sprachen am Freitag in Moskau mit Reportern über die Lage."),
    ("de", "Trudeau und Macron sprachen nach dem Essen in Ottawa mit Journalisten."),
    ("en", "Putin and Xi spoke on Friday in Moscow to reporters about the situation."),
])
def test_speaking_to_the_press_even_after_other_words_is_no_talks(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == []


def test_people_who_speak_in_a_city_without_the_press_hold_talks(extract):
    events = extract("Putin und Xi sprachen am Freitag in Moskau über die Lage.", "de", published=PUBLISHED).events
    assert [(e.kind, e.place) for e in events] == [("Talks", "moscow")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Macron sprachen am Dienstag in Paris über die Ukraine und traten danach vor die Presse."),
    ("en", "Biden and Kishida held talks in Tokyo on Monday and then spoke to reporters."),
    ("de", "Baerbock sprach am Montag in Ankara mit Erdogan über Gewalt gegen Journalisten und den Zugang zu Medien."),
])
def test_talks_before_the_press_or_about_it_stay_talks(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=PUBLISHED).events] == ["Talks"]
