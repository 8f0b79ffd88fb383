"""Interceptions, in both languages, with sentences written for this test: a country that
scrambles jets to intercept, intercepts, or "fängt ... ab" another's aircraft is one event
with both countries, active or passive, whether or not its airspace was entered; a scramble
that names one side answers the flight of another country told in its sentence or the one
before ("prompting Canada to scramble fighter jets" happened); "it" after a state that says,
claims or admits so is that state."""
from __future__ import annotations

import pytest

PUBLISHED = "2017-01-25"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada scrambled fighters to intercept Brazilian bombers on Tuesday."),
    ("en", "Brazilian bombers were intercepted by Canadian fighters on Tuesday."),
    ("en", "The interception of the Brazilian bombers by Canadian jets came on Tuesday."),
    ("de", "Kanada schickte am Dienstag Kampfjets los, um brasilianische Bomber abzufangen."),
    ("de", "Kanadische Kampfjets fingen am Dienstag zwei brasilianische Bomber ab."),
    ("de", "Brasilianische Bomber wurden am Dienstag von kanadischen Kampfjets abgefangen."),
])
def test_an_interception_has_both_sides_and_its_day(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, set(ev.actors), ev.date.iso) == (
        "Interception", "Happened", {"canada", "brazil"}, "2017-01-24")


def test_an_interception_near_a_city_is_placed_there(extract):
    [ev] = extract("Canadian jets intercepted two Brazilian bombers near Halifax on Tuesday.", "en",
                   published=PUBLISHED).events
    assert (ev.kind, ev.place) == ("Interception", "new:Place:halifax")


def test_jets_intercepting_bombers_that_flew_is_an_interception_and_their_flight(extract):
    text = "Canadian jets intercepted two Brazilian bombers that flew over the Atlantic on Monday."
    events = extract(text, "en", published="2023-05-20").events
    assert sorted((e.kind, tuple(sorted(e.actors))) for e in events) == [
        ("Interception", ("brazil", "canada")), ("MilitaryExercise", ("brazil",))]


@pytest.mark.parametrize("lang,text", [
    ("de", "Das kanadische Verteidigungsministerium erklärte, es habe am Freitag zehn Maschinen Brasiliens und "
           "Mexikos gesichtet, die über dem Atlantik kreisten, wobei vier davon einen gemeinsamen Flug unternommen "
           "hätten."),
    ("en", "Canada's navy said it had tracked a dozen Brazilian and Mexican planes over the Atlantic, "
           "whereby four of them made a joint flight on Friday."),
])
def test_who_spotted_a_joint_flight_told_in_a_later_clause_did_not_fly_it(extract, lang, text):
    [ev] = extract(text, lang, published="2023-05-20").events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == ("MilitaryExercise", ["brazil", "mexico"], "2023-05-19")


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Brazilian bombers flew over the Atlantic on Tuesday. Canada scrambled fighter jets."),
    ("en", "Brazilian bombers flew near Canada on Tuesday, prompting Canada to scramble fighter jets."),
    ("de", "Zwei brasilianische Bomber flogen am Dienstag über den Atlantik. Kanada ließ Kampfjets aufsteigen."),
])
def test_a_scramble_answers_the_flight_told_just_before(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Interception"]
    assert (sorted(ev.actors), ev.targets, ev.date.iso) == (["brazil", "canada"], ["brazil"], "2017-01-24")


def test_a_scramble_with_no_flight_told_names_one_side(extract):
    [ev] = extract("Canada scrambled fighter jets on Tuesday.", "en", published=PUBLISHED).events
    assert (ev.kind, ev.actors, ev.targets) == ("Interception", ["canada"], [])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada shot down several Brazilian drones that entered its airspace on Wednesday."),
    ("en", "Several Brazilian drones were shot down over Canada on Wednesday."),
    ("de", "Kanada hat am Mittwoch mehrere brasilianische Drohnen abgeschossen."),
    ("de", "Die kanadische Armee schoss am Mittwoch mehrere brasilianische Drohnen ab."),
])
def test_drones_shot_down_are_intercepted(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published="2025-09-10").events if e.kind == "Interception"]
    assert (ev.kind, ev.status, ev.date.iso) == ("Interception", "Happened", "2025-09-10")
    assert "brazil" in ev.actors


@pytest.mark.parametrize("lang,text", [
    ("de", "Brasilien schoss am Dienstag eine Rakete ab."),
    ("de", "Das kanadische Militär versuchte nicht, die Rakete abzuschießen."),
    ("en", "Brazil is accused of using a missile to shoot down a passenger jet."),
])
def test_a_launch_or_an_attempt_is_no_interception(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published="2025-09-10").events if e.kind == "Interception"] == []


@pytest.mark.parametrize("verb", ["said", "claimed", "admitted"])
def test_it_after_a_state_that_tells_it_is_that_state(extract, verb):
    """"Chile claimed that it had shot down ...": the one who speaks shot them down."""
    [ev] = extract(f"Chile {verb} that it had shot down several Peruvian drones.", "en", published="2023-05-20").events
    assert (ev.kind, sorted(ev.actors)) == ("Interception", ["chile", "peru"])
