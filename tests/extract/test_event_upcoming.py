"""Events still to come, told in reports of something else, in both languages, with sentences
written for this test: an event "ahead of" / "im Vorfeld" of which something happens is
planned and takes its own phrase's time, not the clause's, past a bracketed acronym ("a
Group of 20 (G20) summit"); an event noun or a present-tense
verb dated after the publication day is planned, a past-tense verb stays happened; "the end
of the month" / "Ende des Monats" is a date; "anstehend", "forthcoming", "nächste",
"könnte", "could" mark plans, and a month of the publication is this one; a summit named
after a region ("the Asia-Pacific summit") is held in its city, drills named after a sea
("Ostsee-Manöver") at sea; a weekday of an event ahead is the next one, and so is one told in
a present tense a participle shares ("besucht am Sonntag") or after "ab" in a sentence that tells
nothing past; talks agreed to be resumed are planned."""
from __future__ import annotations

import pytest

PUBLISHED = "2016-12-03"


def events(facts) -> dict:
    return {e.kind: (e.status, set(e.actors), e.date.iso if e.date else None) for e in facts.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron in Lyon on Friday ahead of a summit of Biden and Trudeau later this month."),
    ("de", "Scholz traf Macron am Freitag in Lyon, im Vorfeld eines Gipfels von Biden und Trudeau Ende des Monats."),
])
def test_the_event_something_happens_ahead_of_is_planned_with_its_own_time(extract, lang, text):
    found = events(extract(text, lang, published=PUBLISHED))
    assert found["Meeting"] == ("Happened", {"olaf-scholz", "emmanuel-macron"}, "2016-12-02")
    assert found["Summit"] == ("Planned", {"joe-biden", "justin-trudeau"}, "2016-12")


@pytest.mark.parametrize("text, body", [
    ("Scholz met Macron in Lyon on Friday ahead of a Group of Seven (G7) summit on Sunday.", "g7"),
    ("Scholz met Macron in Lyon on Friday ahead of a Group of 20 (G20) summit on Sunday.", "g20"),
])
def test_a_bracketed_acronym_keeps_the_summit_ahead_in_its_phrase(extract, text, body):
    found = events(extract(text, "en", published=PUBLISHED))
    assert found["Meeting"] == ("Happened", {"olaf-scholz", "emmanuel-macron"}, "2016-12-02")
    assert found["Summit"][0] == "Planned" and found["Summit"][2] == "2016-12-04"
    assert found["Summit"][1] <= {body}


@pytest.mark.parametrize("lang,text", [
    ("en", "Ahead of the summit with Macron in Berlin, Scholz met Biden on Friday."),
    ("de", "Im Vorfeld des Gipfels mit Macron in Berlin traf Scholz am Freitag Biden."),
])
def test_a_summit_named_ahead_of_the_news_is_planned_and_keeps_its_place(extract, lang, text):
    facts = extract(text, lang, published=PUBLISHED)
    [summit] = [e for e in facts.events if e.kind == "Summit"]
    assert (summit.status, summit.place, summit.date) == ("Planned", "berlin", None)
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert (meeting.status, meeting.date.iso) == ("Happened", "2016-12-02")


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "The Dec. 15 summit of Scholz and Macron in Berlin is seen as important.", "Summit"),
    ("de", "Der Gipfel von Scholz und Macron am 15. Dezember in Berlin gilt als wichtig.", "Summit"),
    ("en", "Scholz and Macron meet in Berlin on December 15.", "Meeting"),
    ("de", "Scholz und Macron treffen sich am 15. Dezember in Berlin.", "Meeting"),
])
def test_an_event_dated_after_the_publication_day_is_planned(extract, lang, text, kind):
    facts = extract(text, lang, published=PUBLISHED)
    assert events(facts) == {kind: ("Planned", {"olaf-scholz", "emmanuel-macron"}, "2016-12-15")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron met in Berlin on December 15."),
    ("de", "Scholz und Macron trafen sich am 15. Dezember in Berlin."),
])
def test_a_past_tense_verb_is_no_plan_whatever_its_date(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert ev.status == "Happened"


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Scholz will visit Paris at the end of the month.", "2016-12"),
    ("en", "Scholz will visit Paris at the end of next month.", "2017-01"),
    ("de", "Scholz wird Ende des Monats Paris besuchen.", "2016-12"),
    ("de", "Scholz wird Ende nächsten Monats Paris besuchen.", "2017-01"),
])
def test_the_end_of_a_month_is_a_date(extract, lang, text, value):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.date.iso, ev.place) == ("Visit", "Planned", value, "paris")


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz sieht das im November noch anstehende Treffen mit Macron in Lima als Chance."),
    ("en", "Scholz spoke about his forthcoming meeting with Macron in Lima in November."),
])
def test_an_upcoming_meeting_this_month_is_planned_for_this_month(extract, lang, text):
    [ev] = extract(text, lang, published="2016-11-16").events
    assert (ev.status, ev.date.iso, set(ev.actors)) == ("Planned", "2016-11", {"olaf-scholz", "emmanuel-macron"})


@pytest.mark.parametrize("lang,text", [
    ("de", "Das Datum für Macrons nächste Reise nach Kanada ab dem 15. Dezember wurde bekanntgegeben."),
    ("de", "Macron könnte am 15. Dezember nach Kanada reisen."),
    ("en", "Macron could travel to Canada on December 15."),
])
def test_a_next_or_possible_trip_is_planned(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published="2016-11-16").events if e.kind == "Visit"]
    assert (ev.kind, ev.status, ev.date.iso) == ("Visit", "Planned", "2016-12-15")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz said the meeting with Macron at the upcoming Asia-Pacific summit in Lima was important."),
    ("de", "Scholz sprach über das Treffen mit Macron beim bevorstehenden Asien-Pazifik-Gipfel in Lima."),
])
def test_a_summit_named_after_a_region_is_held_in_its_city(extract, lang, text):
    facts = extract(text, lang, published="2016-11-16")
    assert {e.place for e in facts.events} == {"lima"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia held Baltic Sea drills on Monday."),
    ("de", "Russland hielt am Montag ein Ostsee-Manöver ab."),
])
def test_drills_named_after_a_sea_are_held_there(extract, lang, text):
    [ev] = extract(text, lang, published="2016-11-16").events
    assert (ev.kind, ev.place) == ("MilitaryExercise", "baltic-sea")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron are reportedly set to hold a brief phone call tonight."),
    ("de", "Scholz und Macron wollen am Freitagabend telefonieren."),
])
def test_a_call_planned_for_tonight_is_dated_today(extract, lang, text):
    [ev] = extract(text, lang, published="2022-02-18").events
    assert (ev.kind, ev.status, ev.date.iso, set(ev.actors)) == (
        "PhoneCall", "Planned", "2022-02-18", {"olaf-scholz", "emmanuel-macron"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled two Brazilian diplomats who could threaten national security."),
    ("de", "Kanada wies zwei brasilianische Diplomaten aus, die die Sicherheit gefährden könnten."),
])
def test_a_modal_after_the_act_leaves_it_happened(extract, lang, text):
    [ev] = extract(text, lang, published="2016-11-16").events
    assert (ev.kind, ev.status) == ("Expulsion", "Happened")


def test_a_dated_summit_ahead_keeps_its_own_day(extract):
    facts = extract("Scholz met Macron in Lyon on Friday ahead of their Dec. 15 summit held in Berlin.", "en",
                    published=PUBLISHED)
    found = {e.kind: (e.status, e.date.iso if e.date else None) for e in facts.events}
    assert found["Meeting"] == ("Happened", "2016-12-02")
    assert found.get("Summit", ("Planned", "2016-12-15")) == ("Planned", "2016-12-15")   # its people: "their"


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron spoke to reporters ahead of the visit to Canada on Friday."),
    ("de", "Macron sprach im Vorfeld des Besuchs in Kanada am Freitag mit Journalisten."),
])
def test_the_weekday_of_an_event_ahead_is_the_next_one(extract, lang, text):
    # told on Tuesday 13 December: the Friday to come, not the one before
    [visit] = extract(text, lang, published="2016-12-13").events
    assert (visit.status, visit.date.iso) == ("Planned", "2016-12-16")


@pytest.mark.parametrize("lang,text", [
    ("en", "The foreign ministers of Canada and Brazil on Tuesday prepared a summit planned for March."),
    ("de", "Die Außenminister Kanadas und Brasiliens haben am Dienstag in Ottawa ein für März geplantes "
           "Gipfeltreffen vorbereitet."),
])
def test_a_summit_being_prepared_is_planned_at_its_own_time_and_place(extract, lang, text):
    """"prepared a summit planned for March", "haben ... ein ... Gipfeltreffen vorbereitet": the
    summit is to come in March; the preparing's Tuesday (read forward) and place are not its."""
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place, ev.date.iso) == (
        "Summit", "Planned", ["brazil", "canada"], None, "2017-03")


def test_a_german_preparing_verb_before_the_summit_leaves_it_its_own_setting(extract):
    """"bereiteten am Dienstag in Ottawa den Gipfel ... vor": nothing is held in Ottawa on
    Tuesday but the preparing (the summit, with no time of its own, is not told as held)."""
    facts = extract("Die Außenminister bereiteten am Dienstag in Ottawa den Gipfel von Kanada und Brasilien vor.",
                    "de", published=PUBLISHED)
    assert not [ev for ev in facts.events if ev.kind == "Summit" and ev.status == "Happened"]


@pytest.mark.parametrize("text", [
    "Wegen des Streits haben Kanada und Brasilien bislang keinen offiziellen Vertrag unterzeichnet.",
    "Kanada und Brasilien haben bis heute keinen formellen Friedensvertrag unterzeichnet.",
])
def test_no_accord_after_kein_before_an_adjective(extract, text):
    """"keinen offiziellen Friedensvertrag": "kein" denies the accord, not the adjective."""
    assert [ev.kind for ev in extract(text, "de", published=PUBLISHED).events] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Macron bereitet den Besuch Trudeaus in Paris persönlich vor."),
    ("de", "Macron bereitet Trudeaus Besuch in Paris persönlich vor."),
    ("en", "Macron is preparing the visit of Trudeau to Paris."),
])
def test_who_prepares_a_visit_is_not_the_visitor(extract, lang, text):
    """The visit being prepared is to come and is the visitor's, not the preparer's."""
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.actors, ev.place) == ("Visit", "Planned", ["justin-trudeau"], "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron will hold talks in Berlin on Friday. Their meeting is to be the final step of "
           "preparations for the state visit of Trudeau to Paris on December 14-15."),
    ("de", "Scholz und Macron führen am Freitag in Berlin Gespräche. Das Treffen dient der Vorbereitung des "
           "Staatsbesuchs von Trudeau in Paris am 14. Dezember."),
])
def test_the_visit_being_prepared_keeps_its_phrase_from_the_preparing_meeting(extract, lang, text):
    """"The meeting will be ... preparations for the visit of X to Y": the visit's people,
    place and time are its own; the meeting (the talks told before) takes none of them."""
    found = {ev.kind: ev for ev in extract(text, lang, published=PUBLISHED).events}
    visit, talks = found["Visit"], found["Talks"]
    assert (visit.status, visit.actors, visit.place) == ("Planned", ["justin-trudeau"], "paris")
    assert visit.date.iso.startswith("2016-12")
    assert (sorted(talks.actors), talks.place) == (["emmanuel-macron", "olaf-scholz"], "berlin")


def test_a_meeting_arrangements_are_made_for_is_planned(extract):
    """"arrangements for a meeting ... this year were under way": not yet held."""
    [ev] = extract("Officials said arrangements for a meeting of Canada and Brazil in Ottawa this year were under way.", "en",
                   published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.place) == ("Meeting", "Planned", "ottawa")


@pytest.mark.parametrize("text", [
    "Scholz held talks with Macron in Berlin on November 29, confirming that the two would stay in close contact.",
    "Scholz held talks with Macron in Berlin on November 29, stressing that both sides would cooperate.",
])
def test_what_a_participle_after_the_act_says_will_come_leaves_it_held(extract, text):
    """", confirming that they will ...": what was confirmed is to come, the talks were held
    (", confirming that" was read as a relative clause on the talks)."""
    [ev] = extract(text, "en", published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Talks", "Happened", "2016-11-29")


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Trudeau said on Friday he was pleased to meet Macron in Berlin.", "Happened"),
    ("de", "Trudeau sagte am Freitag, er sei froh, Macron in Berlin zu treffen.", "Happened"),
    ("en", "Trudeau said he would be happy to meet Macron in Berlin next week.", "Planned"),     # guard
])
def test_glad_to_meet_is_the_meeting_of_the_day(extract, lang, text, status):
    """"pleased to meet X", "froh, X zu treffen": said at the meeting, not a plan."""
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.place) == ("Meeting", status, "berlin")


@pytest.mark.parametrize("lang,text,status,day", [
    ("de", "Scholz besucht am Sonntag Kanada.", "Planned", "2016-12-04"),
    ("de", "Scholz hat am Donnerstag Kanada besucht.", "Happened", "2016-12-01"),
    ("de", "Die Gespräche zwischen Kanada und Norwegen finden ab Sonntag in Oslo statt.", "Planned", "2016-12-04"),
    ("de", "Die Gespräche zwischen Kanada und Norwegen fanden ab Sonntag in Oslo statt.", "Happened", "2016-11-27"),
    ("en", "Ahead of Scholz's visit to Canada on Sunday, Macron spoke to reporters.", "Planned", "2016-12-04"),
])
def test_a_visit_told_in_the_present_or_from_a_weekday_on_is_the_coming_one(extract, lang, text, status, day):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind in ("Visit", "Talks")]
    assert (ev.status, ev.date.iso) == (status, day)


@pytest.mark.parametrize("text", [
    "Scholz and Macron agreed to restart the trade talks in January.",
    "Scholz and Macron agreed to resume the trade talks in January.",
])
def test_talks_agreed_to_be_resumed_are_planned(extract, text):
    found = events(extract(text, "en", published=PUBLISHED))
    assert found["Talks"] == ("Planned", {"olaf-scholz", "emmanuel-macron"}, "2017-01")
    assert found["Agreement"][0] == "Happened"


def test_a_name_in_the_phrase_of_a_summit_ahead_is_no_party_of_the_other_acts(extract):
    text = ("Scholz and Macron met on Friday. The two leaders, who held their first talks since May, "
            "met in Berlin ahead of a G20 summit on Sunday.")
    facts = extract(text, "en", published=PUBLISHED)
    assert {e.kind for e in facts.events if "g20" in e.actors} == {"Summit"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau met Macron in Ottawa on Tuesday ahead of next month's G20 summit in Rome."),
    ("de", "Trudeau traf Macron am Dienstag in Ottawa vor dem nächsten G20-Gipfel in Rom."),
])
def test_a_meeting_ahead_of_an_act_to_come_has_happened(extract, lang, text):
    facts = extract(text, lang, published="2024-07-10")
    (meeting,) = [ev for ev in facts.events if "justin-trudeau" in ev.actors]
    assert (meeting.status, meeting.place) == ("Happened", "ottawa")


def test_a_month_told_ahead_of_is_the_coming_one(extract):
    text = "Trudeau met Macron in Ottawa on Tuesday ahead of the G20 summit in Rome in November."
    summits = [ev for ev in extract(text, "en", published="2024-07-10").events if ev.kind == "Summit"]
    assert [(ev.status, ev.date.iso) for ev in summits] == [("Planned", "2024-11")]
