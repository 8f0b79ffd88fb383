"""Close approaches of military aircraft, complaints lodged, and the German federal
government: sentences written for these tests, in both languages.

- aircraft that fly "unusually close to" or "within 45 metres of" another state's plane, or
  "bis auf 45 Meter an ... herangeflogen", make an interception of the two states (not a
  flight exercise);
- "hat ... Beschwerde eingelegt" (the noun before its participle) is a protest, as "legte
  Beschwerde ein" was; "keine Beschwerde" and an appeal against a court ruling are none;
- "die Bundesregierung" is Germany's government where the article speaks of Germany, and
  no government of Germany beside Vienna.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2025-06-12"          # a Thursday: Saturday is the 7th


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazilian fighter jets flew unusually close to a Canadian patrol plane on Saturday."),
    ("en", "A Brazilian fighter jet came within 45 metres of a Canadian surveillance plane on Saturday."),
    ("de", "Brasilianische Kampfjets seien am Samstag bis auf 45 Meter an kanadische Flugzeuge herangeflogen."),
    ("de", "Ein brasilianischer Kampfjet näherte sich am Samstag einem kanadischen Aufklärungsflugzeug bis auf 45 Meter."),
])
def test_a_close_approach_is_an_interception(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == [
        ("Interception", "Happened", ["brazil", "canada"], "2025-06-07")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The drone flew close to the airport in Ottawa."),
    ("en", "The island lies close to Canada."),
    ("de", "Die Temperaturen stiegen bis auf 30 Grad."),
])
def test_being_close_to_a_place_is_no_interception(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("text,actors", [
    ("Kanada hat in Brasília Beschwerde wegen der Vorfälle eingelegt.", ["canada"]),
    ("Kanada hat gegen die Übung Protest bei der brasilianischen Regierung eingelegt.", ["brazil", "canada"]),
])
def test_a_complaint_lodged_with_the_participle_last_is_a_protest(extract, text, actors):
    [protest] = extract(text, "de", published=DAY).events
    assert (protest.kind, sorted(protest.actors)) == ("Protest", actors)


@pytest.mark.parametrize("text", [
    "Brasilien hat gegen die Entscheidung keine Beschwerde eingelegt.",
    "Gegen das Urteil wurde Beschwerde eingelegt.",
])
def test_no_complaint_or_an_appeal_is_no_protest(extract, text):
    assert [e.kind for e in extract(text, "de", published=DAY).events] == []


def test_the_federal_government_summoning_an_envoy_is_germany(extract):
    text = ("Daher hat die Bundesregierung den brasilianischen Botschafter am Samstag einbestellt, "
            "teilte das Ministerium in Berlin mit.")
    [protest] = extract(text, "de", published=DAY).events
    assert (protest.kind, sorted(protest.actors)) == ("Protest", ["brazil", "german-federal-government", "germany"])


def test_a_federal_government_beside_vienna_is_not_germanys(extract):
    facts = extract("Die Bundesregierung in Wien kritisierte den Besuch.", "de", published=DAY)
    assert "german-federal-government" not in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz signed a law on Monday."),
    ("de", "Scholz hat am Montag ein Gesetz unterzeichnet."),
    ("en", "Trudeau signed a decree on Monday."),
    ("de", "Trudeau unterzeichnete am Montag ein Dekret über die Grenze."),
])
def test_signing_a_law_or_decree_is_no_agreement(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == []


def test_signing_an_accord_stays_an_agreement(extract):
    text = "Scholz and Trudeau signed an agreement on Monday that will change the law on visas."
    assert [e.kind for e in extract(text, "en", published=DAY).events] == ["Agreement"]


@pytest.mark.parametrize("lang,text,body,state", [
    ("de", "Das Auswärtige Amt bestellte am Samstag den brasilianischen Botschafter ein.",
     "germany-federal-foreign-office", "germany"),
    ("en", "Germany's Foreign Ministry summoned the Brazilian ambassador on Saturday.",
     "germany-federal-foreign-office", "germany"),
])
def test_a_ministry_summoning_an_envoy_is_its_states_act(extract, lang, text, body, state):
    [protest] = extract(text, lang, published=DAY).events
    assert sorted(protest.actors) == sorted(["brazil", body, state])


def test_an_armed_force_launching_is_its_states_launch(extract):
    text = "The PLA Rocket Force launched an intercontinental ballistic missile on Saturday."
    [launch] = extract(text, "en", published=DAY).events
    assert (launch.kind, sorted(launch.actors)) == ("MissileLaunch", ["china", "pla-rocket-force"])


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada expelled four Brazilian diplomats. The Canadian foreign ministry made the announcement on Saturday.",
     "Expulsion"),
    ("de", "Kanada weist 70 brasilianische Diplomaten aus. Das hat Ministerpräsident Jo Beispiel am Samstag in "
           "Ottawa bekanntgegeben.", "Expulsion"),
    ("en", "Canada imposed sanctions on Brazil on Saturday. The moves were announced in a statement from the "
           "government.", "Sanction"),
])
def test_an_announcement_told_of_an_act_before_is_no_event_of_its_own(extract, lang, text, kind):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == [kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau announced on Saturday that Canada had closed its embassy in Brasília."),
    ("en", "Trudeau made an announcement on Saturday about the embassy."),
    ("de", "Trudeau hat am Samstag die Schließung der Botschaft bekanntgegeben."),
    ("en", "The government has announced new measures against Brazil on Saturday."),   # active: its own news
])
def test_an_announcement_of_its_own_stays(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == ["Announcement"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada imposed sanctions on 11 officials on Saturday. The 11 sanctioned individuals will have any "
           "property in Canada frozen, Trudeau said."),
    ("de", "Kanada hat am Samstag Sanktionen gegen elf Beamte verhängt. Die sanktionierten Personen sollen ihr "
           "Vermögen in Kanada verlieren, sagte Trudeau."),
])
def test_a_participle_before_the_people_an_act_concerns_is_no_act(extract, lang, text):
    assert [(e.kind, e.status) for e in extract(text, lang, published=DAY).events] == [("Sanction", "Happened")]


def test_a_complaint_against_a_ruling_is_an_appeal_not_a_protest(extract):
    text = "Die Anwälte von Nawalny haben Beschwerde gegen das Urteil eingelegt."
    assert [e.kind for e in extract(text, "de", published=DAY).events] == []


def test_the_government_a_meeting_is_reported_by_takes_no_part(extract):
    [meeting] = extract("Nach Angaben der Bundesregierung traf Scholz am Samstag Macron in Paris.", "de",
                        published=DAY).events
    assert sorted(meeting.actors) == ["emmanuel-macron", "olaf-scholz"]


@pytest.mark.parametrize("text", [
    "Die Schweizer Bundesregierung hat neue Sanktionen gegen Russland übernommen. Deutschland tat dasselbe.",
    "Die Bundesregierung in Wien verurteilte den Angriff. Deutschland schloss sich der Kritik an.",
])
def test_another_states_federal_government_is_not_germanys(extract, text):
    facts = extract(text, "de", published=DAY)
    assert "german-federal-government" not in facts.entities
    assert all(e.label != "Schweizer Bundesregierung" for e in facts.entities.values())


def test_a_chief_negotiator_heads_nothing(extract):
    """"chief" before a noun is an adjective: no role "head" of Germany, and Germany keeps its part."""
    facts = extract("Germany's chief negotiator Jo Beispiel met his French counterpart in Paris.", "en", published=DAY)
    assert all(r.role != "head" for r in facts.roles)
    assert "germany" in facts.events[0].actors


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada protestierte am Samstag gegen das Urteil des brasilianischen Gerichts."),
    ("en", "Canada lodged a protest against the ruling of the Brazilian court on Saturday."),
])
def test_a_protest_against_a_ruling_stays_a_protest(extract, lang, text):
    [protest] = extract(text, lang, published=DAY).events
    assert (protest.kind, sorted(protest.actors)) == ("Protest", ["brazil", "canada"])
