"""Forms of news sentences found by reading real articles the project had not seen, each
tested in both languages (where the language has the form) with sentences written for this
test:

- withdrawing diplomats' accreditation and declaring them unwelcome are expulsions;
- sending jets to foreign bombers, or escorting them, is an interception; bombers "flying
  jointly" make a joint flight;
- "soll ... getroffen haben" reports what happened; "should" and "must" tell no event done;
- "he said X will attend": the speaker is no party of what he tells;
- who holds or claims a place ("claimed by X", "disputed with X") is no party;
- an event dated only relatively ("on January 9") is not joined with one dated by a year;
- a phone call put off after an aside ("A phone call ..., planned for ..., has been postponed") is
  cancelled: "phone call" is a noun;
- the capital after "the government in" is its country acting, not the event's place;
- a cause phrase ("in response to ...", "als Vergeltung für ...", every one of a sentence)
  names no party and dates nothing; "over the Baltic Sea" is where a flight was;
- the name before a relative aside ("Scholz, who ..., met ...") is the subject of the aside
  and of the clause after it, and the aside's names are not that clause's;
- the place of what a protest is against is not the protest's; two doers of one sentence
  ("X summoned ...; Y protested") make two protests;
- what came a stretch of time before the news ("a week after the visit") is background and
  takes no day of the sentence; "talks with his counterparts" are the speaker's;
- "des Landes verwiesen" is an expulsion; "protested to X over their drills": X drilled;
  the name before an appositive aside ("X, Chancellor of Germany, held talks") is the subject;
- who spots or detects a flight ("the ministry spotted ... bombers") takes no part in it.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-29"                       # a Wednesday


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


@pytest.mark.parametrize("lang,text,rule", [
    ("en", "Canada withdrew the accreditation of six Brazilian diplomats on Monday.", "en.expel.accreditation"),
    ("de", "Kanada hat acht brasilianischen Diplomaten am Montag ihre Akkreditierung entzogen.",
     "de.expel.accreditation"),
    ("en", "Canada declared a Brazilian diplomat persona non grata on Monday.", "en.expel.png"),
    ("de", "Kanada erklärte am Montag einen brasilianischen Diplomaten zur unerwünschten Person.",
     "de.expel.undesired"),
])
def test_withdrawn_accreditation_and_unwelcome_diplomats_are_expulsions(extract, lang, text, rule):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors), ev.targets, ev.date.iso, ev.rules) == (
        "Expulsion", {"canada", "brazil"}, ["brazil"], "2023-03-27", [rule])


@pytest.mark.parametrize("text,rule", [
    ("Kanada schickte am Montag Abfangjäger zu brasilianischen Bombern.", "de.intercept.jets"),
    ("Kanada ließ am Montag Kampfjets gegen brasilianische Bomber aufsteigen.", "de.intercept.scramble"),
    ("Die brasilianischen Bomber wurden am Montag von kanadischen Abfangjägern begleitet.", "de.intercept.jets"),
])
def test_jets_sent_to_or_escorting_foreign_bombers_intercept_them(extract, text, rule):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.date.iso, ev.rules) == ("Interception", {"canada", "brazil"}, "2023-03-27",
                                                                [rule])


def test_bombers_flying_jointly_make_a_joint_flight(extract):
    text = "Ottawa spotted four Canadian and Brazilian bombers flying jointly near France on Monday."
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.date.iso) == ("MilitaryExercise", {"canada", "brazil"}, "2023-03-27")
    assert not extract("Scholz and Macron were flying jointly to Ottawa on Monday.", "en", published=DAY).events


@pytest.mark.parametrize("text,status,day", [
    ("Scholz soll Macron am Montag in Paris getroffen haben, berichtet die Zeitung.", "Happened", "2023-03-27"),
    ("Scholz soll Macron am Montag in Paris treffen.", "Planned", "2023-04-03"),
])
def test_what_is_said_to_have_happened_happened(extract, text, status, day):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso, ev.place) == ("Meeting", status, day, "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron should meet in Paris on Monday."),
    ("en", "Scholz and Macron must meet in Paris on Monday."),
    ("de", "Scholz und Macron müssten sich am Montag in Paris treffen."),
])
def test_what_should_or_must_be_done_is_not_done(extract, lang, text):
    assert all(e.status != "Happened" for e in extract(text, lang, published=DAY).events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Government spokesman Steffen Hebestreit spoke on Monday. He said Scholz will attend the summit in "
           "Ottawa next month."),
    ("de", "Regierungssprecher Steffen Hebestreit äußerte sich am Montag. Er sagte, Scholz werde im nächsten Monat "
           "am Gipfel in Ottawa teilnehmen."),
])
def test_a_pronoun_before_a_verb_of_saying_is_the_speaker_not_a_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place, ev.date.iso) == ("Summit", ["olaf-scholz"], "ottawa", "2023-04")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada held military drills on Monday on islands controlled by Canada and claimed by Brazil."),
    ("en", "Canada held military drills on Monday on islands claimed by both Canada and Brazil."),
    ("en", "Canada held military drills on Monday on a small chain of islands disputed with Brazil."),
    ("de", "Kanada hielt am Montag ein Manöver auf den mit Brasilien umstrittenen Inseln ab."),
])
def test_who_holds_or_claims_a_place_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.date.iso) == ("MilitaryExercise", ["canada"], "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil held talks on January 9 in Ottawa. In 2021, Canada and Brazil signed an agreement."),
    ("de", "Kanada und Brasilien führten am 9. Januar in Ottawa Gespräche. Im Jahr 2021 unterzeichneten Kanada "
           "und Brasilien ein Abkommen."),
])
def test_a_relatively_dated_event_takes_no_year_of_another(extract, lang, text):
    facts = extract(text, lang)                  # no publication date: "January 9" has no year
    [talks] = events_of(facts, "Talks")
    assert (talks.date, talks.relative_date != "", talks.place) == (None, True, "ottawa")
    [accord] = events_of(facts, "Agreement")
    assert accord.date.iso == "2021"


@pytest.mark.parametrize("lang,text", [
    ("en", "The government in Ottawa imposed sanctions on Brazil on Monday."),
    ("de", "Die Regierung in Ottawa hat am Montag Sanktionen gegen Brasilien verhängt."),
])
def test_the_government_in_a_capital_is_its_country(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors), ev.place) == ("Sanction", {"canada", "brazil"}, None)


@pytest.mark.parametrize("lang,text", [
    ("en", "A phone call between Scholz and Macron, planned for this week, has now been postponed."),
    ("de", "Ein Telefonat zwischen Scholz und Macron, das für diese Woche geplant war, wurde verschoben."),
])
def test_a_call_put_off_after_an_aside_is_cancelled(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, set(ev.actors)) == ("PhoneCall", "Cancelled", {"olaf-scholz", "emmanuel-macron"})


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada will expel seven Brazilian diplomats in response to the alleged poisoning of a retired spy "
           "in France."),
    ("de", "Wegen eines Giftanschlags auf einen früheren Agenten in Frankreich wies Kanada sieben brasilianische "
           "Diplomaten aus."),
])
def test_the_whole_cause_phrase_names_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors)) == ("Expulsion", {"canada", "brazil"})


def test_every_cause_of_a_sentence_names_no_party_and_the_answered_act_stays_apart(extract):
    text = ("Als Vergeltung für die jüngste Ausweisung eines kanadischen Diplomaten wegen Spionageverdachts hat Kanada "
            "am Montag einen brasilianischen Konsul ausgewiesen.")
    [ev] = [e for e in extract(text, "de", published=DAY).events if not e.prior]
    assert (ev.kind, set(ev.actors), ev.targets, ev.date.iso) == ("Expulsion", {"canada", "brazil"}, ["brazil"],
                                                                  "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled seven Brazilian diplomats on Monday in response to a poisoning on March 4, 2023."),
    ("de", "Als Reaktion auf einen Giftanschlag am 4. März 2023 hat Kanada am Montag sieben brasilianische "
           "Diplomaten ausgewiesen."),
])
def test_a_date_of_the_cause_does_not_date_the_act(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Expulsion", "2023-03-27")


def test_over_a_sea_is_where_a_flight_was_not_its_cause(extract):
    [ev] = extract("Canadian and Brazilian bombers jointly flew over the Baltic Sea on Monday.", "en",
                   published=DAY).events
    assert (ev.kind, set(ev.actors), ev.place, ev.date.iso) == ("MilitaryExercise", {"canada", "brazil"},
                                                                 "baltic-sea", "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz, who is in Canada, met Trudeau on Monday."),
    ("de", "Scholz, der sich in Kanada aufhält, traf am Montag Trudeau."),
])
def test_the_subject_before_a_relative_aside_takes_part_the_aside_does_not(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors), ev.date.iso) == ("Meeting", {"olaf-scholz", "justin-trudeau"}, "2023-03-27")


def test_the_name_a_relative_aside_follows_is_its_subject(extract):
    [visit] = events_of(extract("Scholz, who is visiting Canada, told reporters on Monday that all went well.",
                                "en", published=DAY), "Visit")
    assert (visit.actors[0], visit.place) == ("olaf-scholz", "canada")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada hat am Montag gegen einen Besuch von Präsident Macron auf Sachalin protestiert."),
    ("en", "Canada protested on Monday against a visit by President Macron to Sakhalin."),
])
def test_the_place_of_what_a_protest_is_against_is_not_the_protests(extract, lang, text):
    [protest] = events_of(extract(text, lang, published=DAY), "Protest")
    assert (set(protest.actors), protest.place) == ({"canada", "france"}, None)   # the president's
                                                    # state is the protest's other side, not he


def test_two_doers_of_one_sentence_make_two_protests(extract):
    text = ("Am Montag bestellte das kanadische Außenministerium den brasilianischen Botschafter ein; das "
            "französische Außenministerium wiederum protestierte.")
    protests = events_of(extract(text, "de", published=DAY), "Protest")
    assert sorted(tuple(sorted(p.actors)) for p in protests) == [("brazil", "canada"), ("france",)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada held drills in the Baltic Sea on Monday, a week after the visit of Macron to Ottawa."),
    ("de", "Kanada hat am Montag Militärübungen in der Ostsee abgehalten, gut eine Woche nach dem offiziellen Besuch von "
           "Macron in Ottawa."),
])
def test_what_came_some_time_before_the_news_is_background_without_its_day(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [visit] = events_of(facts, "Visit")
    assert (visit.prior, visit.date, visit.place) == (True, None, "ottawa")
    [drills] = events_of(facts, "MilitaryExercise")
    assert (drills.prior, drills.date.iso) == (False, "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz said the order is important, during talks with his Canadian counterparts on Monday."),
    ("de", "Scholz sagte am Montag bei Gesprächen mit seinen kanadischen Amtskollegen, die Ordnung sei wichtig."),
])
def test_talks_with_ones_own_counterparts_are_the_speakers(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, set(ev.actors), ev.date.iso) == ("Talks", {"olaf-scholz", "canada"}, "2023-03-27")


@pytest.mark.parametrize("text,rule", [
    ("Kanada hat am Montag einen brasilianischen Konsul des Landes verwiesen.", "de.expel.country_part"),
    ("Kanada verwies am Montag einen brasilianischen Konsul des Landes.", "de.expel.country_verb"),
])
def test_sending_a_diplomat_out_of_the_country_is_an_expulsion(extract, text, rule):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.targets, ev.rules) == ("Expulsion", {"canada", "brazil"}, ["brazil"], [rule])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada protested to Brazil over their drills in the Baltic Sea on Monday."),
    ("en", "Canada lodged a protest against Brazil about its recent drills in the Baltic Sea on Monday."),
    ("de", "Kanada hat am Montag bei Brasilien wegen seiner Militärübungen in der Ostsee protestiert."),
])
def test_the_act_a_protest_names_as_its_owners_is_the_other_sides(extract, lang, text):
    [drills] = events_of(extract(text, lang, published=DAY), "MilitaryExercise")
    assert (drills.actors, drills.place) == (["brazil"], "baltic-sea")


def test_the_name_before_an_appositive_aside_is_the_subject(extract):
    text = "Mr. Olaf Scholz, Chancellor of Germany, held brief telephone talks with Mr. Emmanuel Macron on Monday."
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.date.iso) == ("PhoneCall", {"olaf-scholz", "emmanuel-macron"}, "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada's Defense Ministry spotted two French and Brazilian bombers flying jointly on Thursday."),
    ("de", "Das kanadische Verteidigungsministerium sichtete am Donnerstag gemeinsame Flüge französischer und "
           "brasilianischer Bomber."),
])
def test_who_spots_a_flight_takes_no_part_in_it(extract, lang, text):
    [ev] = extract(text, lang, published="2023-12-15").events
    assert (ev.kind, set(ev.actors), ev.date.iso) == ("MilitaryExercise", {"france", "brazil"}, "2023-12-14")
