"""Accords through the real pipeline: parties, what was agreed, status, and where it was reached.

Parties are countries and organisations; people stand for the country or organisation their
role in the article (else their nationality in the KB) gives them.
"""
from __future__ import annotations

import pytest

PUBLISHED = "2016-12-16"          # a Friday: "am Montag" / "on Monday" is 2016-12-12


def summary(accord) -> tuple:
    return accord.parties, accord.topics, accord.status


# --- agreed --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,topic,trigger", [
    ("de", "Japan und Russland vereinbarten am Montag in Tokio, gemeinsame Manöver abzuhalten.",
     "gemeinsame Manöver abzuhalten", "vereinbarten"),
    ("en", "Japan and Russia agreed on Monday in Tokyo to hold joint exercises.",
     "hold joint exercises", "agreed"),
])
def test_countries_agree(extract, lang, text, topic, trigger):
    facts = extract(text, lang, PUBLISHED)
    [accord] = facts.accords
    assert summary(accord) == (["japan", "russia"], [topic], "Agreed")
    assert accord.trigger == trigger
    assert facts.sentence(accord.sent) == text
    ev = accord.event
    assert (ev.kind, ev.place, ev.date.iso, ev.status) == ("Agreement", "tokyo", "2016-12-12", "Happened")
    assert set(ev.actors) == {"japan", "russia"}


@pytest.mark.parametrize("lang,text", [
    pytest.param("de", "Japan und Russland vereinbarten am Montag in Tokio, gemeinsame Manöver abzuhalten."),
    ("en", "Japan and Russia agreed on Monday in Tokyo to hold joint exercises."),
])
def test_what_was_agreed_is_not_itself_an_event(extract, lang, text):
    facts = extract(text, lang, PUBLISHED)
    assert [ev.kind for ev in facts.events] == ["Agreement"]


@pytest.mark.parametrize("lang,text,topic", [
    ("en", "Tokyo and Moscow agreed to resume visa-free visits to the islands.",
     "resume visa-free visits to the islands"),
    ("en", "Kishida and Putin agreed in Vladivostok to set up a working group on fishing quotas near the islands.",
     "set up a working group on fishing quotas near the islands"),
])
def test_capitals_and_leaders_stand_for_their_countries(extract, lang, text, topic):
    [accord] = extract(text, lang).accords
    assert summary(accord) == (["japan", "russia"], [topic], "Agreed")


@pytest.mark.parametrize("lang,text", [
    ("de", "NATO-Generalsekretär Jens Stoltenberg und Japans Premierminister Fumio Kishida "
           "vereinbarten in Brüssel eine engere Zusammenarbeit."),
    ("en", "NATO Secretary General Jens Stoltenberg and Japanese Prime Minister Fumio Kishida agreed "
           "in Brussels to deepen cooperation."),
])
def test_people_map_to_the_organisation_and_country_of_their_role(extract, lang, text):
    facts = extract(text, lang)
    [accord] = facts.accords
    assert (accord.parties, accord.status) == (["japan", "nato"], "Agreed")
    assert accord.event.place == "brussels"
    assert {"jens-stoltenberg", "fumio-kishida"} <= set(accord.event.actors)


@pytest.mark.parametrize("lang,text", [
    ("de", "Japan und die NATO unterzeichneten in Vilnius ein neues Partnerschaftsprogramm."),
    ("en", "Japan and NATO signed a new partnership programme in Vilnius."),
])
def test_signing_is_agreeing(extract, lang, text):
    [accord] = extract(text, lang).accords
    assert (accord.parties, accord.status, accord.event.place) == (["japan", "nato"], "Agreed", "vilnius")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada signed a trade agreement with France."),
    ("en", "Canada signed a deal with France in Paris on Monday."),
    ("de", "Kanada unterzeichnete am Montag in Paris ein Abkommen mit Frankreich."),
])
def test_the_partner_of_the_signed_accord_is_the_signers_partner(extract, lang, text):
    """"signed an agreement with X": the accord noun is the verb's object, one act, so the
    partner after "with" / "mit" is a party of the signing too (it was dropped, and with no
    date or place the one-party act was dropped as well)."""
    [ev] = extract(text, lang, PUBLISHED).events
    assert (ev.kind, sorted(ev.actors)) == ("Agreement", ["canada", "france"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau said he agreed with Macron's assessment of the situation."),
    ("en", "Canada agrees with the French view on the crisis."),
])
def test_agreeing_with_a_view_is_no_accord(extract, lang, text):
    """"agreed with X's assessment": one shares a view, nobody concludes anything."""
    assert [ev.kind for ev in extract(text, lang, PUBLISHED).events] == []


def test_guard_agreeing_with_a_partner_on_a_deal_is_an_accord(extract):
    [ev] = extract("Canada agreed with France on Monday on a new trade deal.", "en", PUBLISHED).events
    assert (ev.kind, sorted(ev.actors)) == ("Agreement", ["canada", "france"])


def test_topic_without_the_place_phrase_de(extract):
    [accord] = extract("Japan und die NATO unterzeichneten in Vilnius ein neues Partnerschaftsprogramm.",
                       "de").accords
    assert accord.topics == ["ein neues Partnerschaftsprogramm"]


# --- agreed at a meeting -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,topic", [
    ("de", "Kono und Lawrow trafen sich in Moskau. Dabei vereinbarten sie, die Gespräche über einen "
           "Friedensvertrag fortzusetzen.", "die Gespräche über einen Friedensvertrag fortzusetzen"),
    ("en", "Kono and Lavrov met in Moscow. They agreed there to continue talks on a peace treaty.",
     "continue talks on a peace treaty"),
    ("de", "Die Außenminister Japans und Russlands, Kono und Lawrow, trafen sich am 14. Januar in Moskau. "
           "Sie vereinbarten, die Verhandlungen zu beschleunigen.", "die Verhandlungen zu beschleunigen"),
])
def test_agreement_reached_at_a_meeting_is_that_meeting(extract, lang, text, topic):
    facts = extract(text, lang, PUBLISHED)
    [event] = facts.events
    [accord] = facts.accords
    assert accord.event is event
    assert (event.kind, event.place, event.status) == ("Meeting", "moscow", "Happened")
    assert {"taro-kono", "sergey-lavrov"} <= set(event.actors)
    assert summary(accord) == (["japan", "russia"], [topic], "Agreed")


# --- planned and intended ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,topic", [
    ("de", "Japan und Russland wollen sich darauf einigen, die Fischerei um die Kurilen zu regeln.",
     "die Fischerei um die Kurilen zu regeln"),
    ("en", "Japan and Russia plan to sign an agreement on fishing next year.", None),
])
def test_planned_agreement_of_two_parties(extract, lang, text, topic):
    facts = extract(text, lang)
    [accord] = facts.accords
    assert (accord.parties, accord.status) == (["japan", "russia"], "Planned")
    if topic is not None:
        assert accord.topics == [topic]
    assert all(ev.status != "Happened" for ev in facts.events)


@pytest.mark.parametrize("lang,text,party,topic", [
    ("en", "Japan intends to sign an agreement on energy.", "japan", "an agreement on energy"),
    ("en", "Russia hopes to conclude an agreement on fishing rights.", "russia", "fishing rights"),
    pytest.param("de", "Japan will ein Abkommen über Flüssiggas schließen.", "japan", "Flüssiggas"),
    pytest.param("de", "Russland strebt ein Abkommen über Fischereirechte an.", "russia",
                 "Fischereirechte"),
])
def test_one_sided_intention(extract, lang, text, party, topic):
    facts = extract(text, lang)
    [accord] = facts.accords
    assert (accord.parties, accord.status, accord.event) == ([party], "Intended", None)
    assert accord.topics == [topic]
    assert facts.events == []


# --- no accord -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Japan and Russia never signed a peace treaty."),
    ("de", "Japan und Russland haben nie einen Friedensvertrag unterzeichnet."),
    ("en", "The agreement between Japan and Russia on visa-free travel was cancelled."),
    ("de", "Das geplante Abkommen zwischen Japan und Russland wurde abgesagt."),
    ("de", "Die für Mai geplante Unterzeichnung des Abkommens zwischen Japan und Russland wurde abgesagt."),
    ("en", "Russia suspended the agreement with Japan on visa-free visits."),
    pytest.param("en", "Japan and Russia did not agree on a peace treaty."),
    pytest.param("de", "Japan und Russland einigten sich nicht auf einen Friedensvertrag."),
])
def test_negated_cancelled_or_suspended_gives_no_accord(extract, lang, text):
    assert extract(text, lang).accords == []
