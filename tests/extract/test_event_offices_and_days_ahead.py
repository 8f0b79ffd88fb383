"""Leaders named by office alone, days without a year ahead of publication, and German
protest and exit forms, with sentences written for this test:

- "Canada's prime minister met France's president", "Der kanadische Premier telefonierte mit
  dem französischen Präsidenten": when no person named in the article held the office then,
  their states meet (before, the event had no party and was dropped);
- "Trudeau kommt am 8. Februar zu Gesprächen nach Oslo" in a paper of January 30: the coming
  8 February, planned, not last year's held talks;
- "Protest im Zusammenhang mit ... erhoben", "zur Ausreise aufgefordert".
"""
from __future__ import annotations

import pytest

DAY = "2019-01-30"       # a Wednesday


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada's prime minister met France's president in Paris on Saturday.", "Meeting"),
    ("en", "Canada's prime minister phoned France's president on Saturday.", "PhoneCall"),
    ("de", "Der kanadische Premier telefonierte am Samstag mit dem französischen Präsidenten.", "PhoneCall"),
])
def test_leaders_named_by_office_alone_stand_for_their_states(extract, lang, text, kind):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == (kind, ["canada", "france"], "2019-01-26")


def test_an_office_held_by_a_named_person_is_that_person(extract):
    text = "Justin Trudeau arrived in Paris. Canada's prime minister met France's president Emmanuel Macron on Saturday."
    meeting = [e for e in extract(text, "en", published=DAY).events if e.kind == "Meeting"][0]
    assert "justin-trudeau" in meeting.actors and "emmanuel-macron" in meeting.actors


@pytest.mark.parametrize("lang,text", [
    ("de", "Trudeau kommt am 8. Februar zu Gesprächen nach Oslo."),
    ("en", "Trudeau comes to Oslo for talks on February 8."),
])
def test_a_day_without_year_told_in_the_present_is_the_coming_one(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.status, ev.date.iso) == ("Planned", "2019-02-08")


def test_a_day_without_year_told_in_the_past_stays_past(extract):
    [ev] = extract("Trudeau held talks in Oslo on February 8.", "en", published=DAY).events
    assert (ev.status, ev.date.iso) == ("Happened", "2018-02-08")


@pytest.mark.parametrize("text,kind", [
    ("Norwegen hat am Montag bei Brasilien Protest im Zusammenhang mit dem Tod eines Fischers erhoben.", "Protest"),
    ("Brasilien hat am Montag drei norwegische Diplomaten zur Ausreise aufgefordert.", "Expulsion"),
])
def test_german_protest_and_exit_forms(extract, text, kind):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.date.iso) == (kind, ["brazil", "norway"], "2019-01-28")


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "The Air Self-Defense Force scrambled fighter jets on Monday to intercept Brazilian bombers.",
     ["brazil", "japan", "japan-air-self-defense-force"]),      # the force acts for its state
    ("de", "Die japanischen Luftselbstverteidigungsstreitkräfte fingen am Montag brasilianische Bomber ab.",
     ["brazil", "japan", "japan-air-self-defense-force"]),
])
def test_the_japanese_air_force_is_known_by_its_names(extract, lang, text, actors):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Interception", actors)


@pytest.mark.parametrize("text,actors", [
    ("The former French president visited Brazil on Monday.", ["brazil"]),
    ("The son of Brazil's president visited Canada on Monday.", ["canada"]),
])
def test_a_former_holder_or_a_relative_does_not_speak_for_the_state(extract, text, actors):
    assert [sorted(e.actors) for e in extract(text, "en", published=DAY).events] == [actors]


@pytest.mark.parametrize("text,pub", [
    ("Beim Treffen am 2. Februar hat Macron Trudeau nach Paris eingeladen.", DAY),
    ("Trudeau said the talks with Macron on February 2 brought little progress.", DAY),
    ("Das Treffen von Macron und Trudeau am 3. Juni in Paris gilt als Wendepunkt.", "2019-12-10"),
])
def test_a_day_without_year_told_as_past_or_far_off_stays_past(extract, text, pub):
    lang = "de" if " am " in text else "en"
    events = [e for e in extract(text, lang, published=pub).events if e.kind in ("Meeting", "Talks")]
    assert [e.status for e in events] == ["Happened"]


@pytest.mark.parametrize("lang,text", [
    ("en", "France sent a complaint about the treatment of its diplomats to Brazil on Monday."),
    ("en", "Norway expressed complaints to Brazil on Monday about the flights."),
    ("en", "Canada made a formal complaint, through diplomatic channels, to Brazil on Monday."),
])
def test_complaints_sent_or_expressed_to_a_state_are_protests(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == ["Protest"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Norwegen hat am Montag 300 abgelehnte Asylbewerber zur Ausreise aufgefordert."),
    ("de", "Ein kanadischer Häftling hat Beschwerde gegen das harte Urteil des Gerichts in Oslo erhoben."),
])
def test_migrants_told_to_leave_and_a_court_appeal_are_no_diplomatic_acts(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events if e.kind in ("Expulsion", "Protest")] == []


def test_a_bare_asdf_of_another_force_is_not_japans(extract):
    text = "The Alaska State Defense Force (ASDF) held drills with Canadian troops on Monday."
    assert "japan-air-self-defense-force" not in extract(text, "en", published=DAY).entities


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Macron's visit to Brazil has been put on hold.", "Cancelled"),
    ("de", "Der Besuch von Macron in Brasilien wurde auf Eis gelegt.", "Cancelled"),
    ("en", "Scholz's visit to Canada in the spring is not feasible, officials said on Tuesday.", "Planned"),
    ("de", "Ein Gipfeltreffen von Trudeau und Macron im Frühjahr gilt als unrealistisch.", "Planned"),
])
def test_a_trip_put_on_hold_or_judged_unfeasible_was_not_held(extract, lang, text, status):
    assert [e.status for e in extract(text, lang, published=DAY).events] == [status]


def test_a_meeting_in_a_relative_clause_on_a_visit_takes_no_day_of_the_main_clause(extract):
    text = "Macron arrived in Ottawa on Monday for a three-day visit, during which he will meet Justin Trudeau."
    events = extract(text, "en", published=DAY).events
    assert [e.date.iso for e in events if e.date] == ["2019-01-28"]      # the arrival's Monday only


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron started his visit to Canada on Monday, during which he will meet Justin Trudeau."),
    ("de", "Macron begann am Montag seinen Besuch in Kanada, bei dem er Justin Trudeau treffen wird."),
])
def test_a_plan_in_a_relative_clause_leaves_the_visit_it_is_on_held(extract, lang, text):
    events = {e.kind: e for e in extract(text, lang, published=DAY).events}
    visit, meeting = events["Visit"], events["Meeting"]
    assert (visit.status, visit.date.iso, visit.place) == ("Happened", "2019-01-28", "canada")
    assert (meeting.status, meeting.date, meeting.place) == ("Planned", None, "canada")
    assert {"emmanuel-macron", "justin-trudeau"} <= set(meeting.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau attended the G7 summit in Paris on Monday, at which he met Emmanuel Macron."),
    ("de", "Trudeau nahm am Montag am G7-Gipfel in Paris teil, bei dem er Emmanuel Macron traf."),
])
def test_a_meeting_held_at_a_summit_in_a_relative_clause_is_its_own_on_the_summits_day(extract, lang, text):
    events = {e.kind: e for e in extract(text, lang, published=DAY).events}
    meeting = events["Meeting"]
    assert (sorted(meeting.actors), meeting.date.iso, meeting.place) == (
        ["emmanuel-macron", "justin-trudeau"], "2019-01-28", "paris")
    assert events["Summit"].date.iso == "2019-01-28"
