"""Acts of states told the way news tells them, in both languages, with sentences written for
this test: trade bans and embargoes are sanctions, two acts of one subject in one sentence are
two events with that subject, and an act announced with its day between verb and object."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline


def events(facts) -> list[tuple]:
    return [(e.kind, set(e.actors), e.date.iso if e.date else None) for e in facts.events]


@pytest.mark.parametrize("lang,text,rule", [
    ("en", "Canada imposed a ban on Brazilian beef imports on June 1, 2019.", "en.sanction.ban_trade"),
    ("en", "Canada banned imports of Brazilian beef on June 1, 2019.", "en.sanction.ban_trade"),
    ("en", "Canada tightened export controls on Brazil on June 1, 2019.", "en.sanction.trade"),
    ("de", "Kanada verhängte am 1. Juni 2019 ein Einfuhrverbot für brasilianisches Rindfleisch.",
     "de.sanction.trade"),
    ("de", "Kanada verschärfte am 1. Juni 2019 die Exportkontrollen gegen Brasilien.", "de.sanction.trade"),
    ("de", "Kanada verhängte am 1. Juni 2019 ein Ölembargo gegen Brasilien.", "de.sanction.trade"),
])
def test_trade_bans_are_sanctions_with_their_target(extract, lang, text, rule):
    facts = extract(text, lang)
    assert events(facts) == [("Sanction", {"canada", "brazil"}, "2019-06-01")]
    assert facts.events[0].rules == [rule]


@pytest.mark.parametrize("lang,text", [
    ("en", "Exports to Brazil rose by 5 percent in May 2019."),
    ("de", "Die Exporte nach Brasilien stiegen im Mai 2019 um fünf Prozent."),
])
def test_trade_figures_are_no_sanction(extract, lang, text):
    assert extract(text, lang).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada announced an import ban and expelled two Brazilian diplomats on June 1, 2019."),
    ("en", "Canada imposed sanctions on Brazil and expelled two Brazilian diplomats on June 1, 2019."),
    ("de", "Kanada hat am 1. Juni 2019 ein Einfuhrverbot angekündigt und zwei brasilianische Diplomaten "
           "ausgewiesen."),
    ("de", "Kanada verhängte am 1. Juni 2019 Sanktionen gegen Brasilien und wies zwei brasilianische "
           "Diplomaten aus."),
])
def test_a_sanction_and_an_expulsion_of_one_subject_are_two_acts(extract, lang, text):
    assert events(extract(text, lang)) == [("Sanction", {"canada", "brazil"}, "2019-06-01"),
                                           ("Expulsion", {"canada", "brazil"}, "2019-06-01")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada kündigte am 1. Juni 2019 neue Sanktionen gegen Brasilien an."),
    ("de", "Kanada kündigte am 1. Juni 2019 einen Importstopp für brasilianisches Rindfleisch an."),
    ("en", "Canada announced new sanctions against Brazil on June 1, 2019."),
])
def test_an_announced_act_has_its_announcer_and_the_day(extract, lang, text):
    assert events(extract(text, lang)) == [("Sanction", {"canada", "brazil"}, "2019-06-01")]


def test_a_speaker_who_says_what_another_did_takes_no_part(extract):
    facts = extract("Canada said on June 1, 2019 that Brazil had expelled two Chinese diplomats.", "en")
    assert [(e.kind, set(e.actors)) for e in facts.events] == [("Expulsion", {"brazil", "china"})]


def test_an_announced_plan_keeps_its_own_time_not_the_announcing_day(extract):
    facts = extract("Bundeskanzler Olaf Scholz kündigte am 1. Juni 2019 eine Reise nach Brasilien im "
                    "Juli an.", "de", published="2019-06-01")
    [ev] = facts.events
    assert (ev.kind, ev.status, ev.date.iso) == ("Visit", "Planned", "2019-07")


@pytest.mark.parametrize("lang,text", [
    ("de", "Russland stationiert Panzer auf den Kurilen, die man in Tokio als eigenes Gebiet ansieht."),
    ("en", "Russia deploys missiles on the Kuril Islands, which Japan will never give up."),
])
def test_a_relative_clause_on_the_last_noun_leaves_a_verbs_act_happened(extract, lang, text):
    [ev] = extract(text, lang, published="2016-03-25").events
    assert (ev.kind, ev.status, ev.place, ev.actors) == ("Deployment", "Happened", "kuril-islands", ["russia"])


@pytest.mark.parametrize("text", [
    "Schoigu kündigte einen Empfang für Gäste auf dem Schiff an.",
    "Schweden setzte Truppen aus dem Norden in Marsch.",
])
def test_a_verb_particle_that_is_a_preposition_ends_no_trigger(text):
    doc = get_pipeline("de")(text)
    assert [m.kind for m in doc._.dg_events if m.kind == "Suspension"] == []


def test_a_verb_particle_at_the_clause_end_does(extract):
    facts = extract("Russland setzte am Montag die Gespräche mit Japan aus, wie Tass meldete.", "de",
                    published="2016-03-25")
    assert [(e.kind, set(e.actors)) for e in facts.events] == [("Suspension", {"russia", "japan"})]


@pytest.mark.parametrize("text,kind", [
    ("Kanada weist vier brasilianische Diplomaten aus\nDie Zeitung berichtete darüber.", "Expulsion"),
    ("Russland setzt die Gespräche mit Japan aus\n\nDie Agentur meldete es am Abend.", "Suspension"),
])
def test_a_headline_without_a_full_stop_ends_its_verb_particle_at_the_line_break(extract, text, kind):
    assert [e.kind for e in extract(text, "de", published="2016-03-25").events] == [kind]


@pytest.mark.parametrize("text", [
    "Russland verweigert dem kanadischen Premier Justin Trudeau die Einreise.",
    "Russland hat Justin Trudeau am Mittwoch die Einreise verweigert.",
    "Russland hat Justin Trudeau am Mittwoch die Einreise nach Kanada auf Dauer verboten.",
])
def test_refusing_entry_is_an_entry_ban(extract, text):
    [ev] = extract(text, "de", published="2022-05-05").events
    assert ev.kind == "EntryBan" and {"russia", "justin-trudeau"} <= set(ev.actors)


@pytest.mark.parametrize("text", [
    "Bei seiner Einreise nach Russland wurde der Journalist am Montag festgenommen.",
    "Nach seiner Rückreise aus Kanada sprach Justin Trudeau mit Journalisten.",
])
def test_entering_or_returning_is_no_visit(extract, text):
    assert [e.kind for e in extract(text, "de", published="2022-05-05").events if e.kind == "Visit"] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Justin Trudeau beendete am Montag seine Europareise in Paris."),
    ("en", "Justin Trudeau ended his Europe trip in Paris on Monday."),
])
def test_ending_a_trip_suspends_nothing(extract, lang, text):
    [ev] = extract(text, lang, published="2022-05-05").events
    assert (ev.kind, ev.actors, ev.date.iso) == ("Visit", ["justin-trudeau"], "2022-05-02")


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa announced on Wednesday that Canada will expel a Brazilian consul and his deputy."),
    ("en", "Canada to expel Brazilian envoy over spying row"),
    ("de", "Kanada wird zwei brasilianische Diplomaten ausweisen, teilte das Außenministerium am Mittwoch mit."),
])
def test_an_expulsion_announced_as_what_a_country_will_do_is_done(extract, lang, text):
    [ev] = extract(text, lang, published="2022-04-27").events
    assert (ev.kind, ev.status, ev.date.iso) == ("Expulsion", "Happened", "2022-04-27")
    assert "brazil" in ev.actors and any(a.startswith("canada") for a in ev.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada will expel two Brazilian diplomats if Brasilia does not apologise."),
    ("en", "Canada plans to expel two Brazilian diplomats."),
    ("en", "Canada is considering expelling two Brazilian diplomats."),
    ("de", "Kanada erwägt, zwei brasilianische Diplomaten auszuweisen."),
])
def test_an_expulsion_under_a_condition_or_plan_is_not_done(extract, lang, text):
    assert [e.status for e in extract(text, lang, published="2022-04-27").events] in ([], ["Planned"])


@pytest.mark.parametrize("text,actors", [
    ("Canada said on Friday it had expelled two Brazilian diplomats.", {"canada", "brazil"}),
    ("Canada said on Friday they had imposed sanctions on Brazil.", {"canada", "brazil"}),
    ("Canada said Brazil had expelled two Canadian diplomats.", {"brazil", "canada"}),
])
def test_a_state_saying_it_acted_is_the_actor(extract, text, actors):
    [ev] = extract(text, "en", published="2022-04-08").events
    assert set(ev.actors) == actors


def test_it_after_a_speech_verb_names_no_participant_of_a_meeting(extract):
    facts = extract("Peskov said on Friday it had been a constructive meeting with Abe in Moscow.", "en",
                    published="2022-04-08")
    assert all("dmitry-peskov" not in e.actors for e in facts.events)


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "Canada said that it was expelling four Brazilian diplomats.", {"canada", "brazil"}),
    ("en", "Ottawa said on Monday that it would expel four Brazilian diplomats.", {"canada", "brazil"}),
    ("en", "Germany and France said late this week they would each expel three Russian diplomats.",
     {"france", "germany", "russia"}),
    ("de", "Kanada erklärte am Montag, es werde vier brasilianische Diplomaten ausweisen.", {"canada", "brazil"}),
    ("de", "Kanada teilte mit, dass es Sanktionen gegen Brasilien verhängt habe.", {"canada", "brazil"}),
])
def test_the_state_a_pronoun_after_its_saying_stands_for_acts(extract, lang, text, actors):
    [ev] = extract(text, lang, published="2022-04-27").events
    assert (ev.status, set(ev.actors)) == ("Happened", actors)


def test_a_pronoun_of_another_clause_is_no_actor(extract):
    facts = extract("Canada said on Monday it hoped that the planned deployment of Brazilian troops would end.", "en",
                    published="2022-04-27")
    assert all("canada" not in e.actors for e in facts.events)


def test_an_act_by_a_capital_is_not_placed_there(extract):
    facts = extract("Brazil said on Monday that it was expelling four Canadian diplomats as retaliation "
                    "for earlier expulsions by Ottawa over the dispute.", "en", published="2022-04-27")
    assert facts.events and all(e.place is None for e in facts.events)
    assert ("Expulsion", {"brazil", "canada"}) in [(e.kind, set(e.actors)) for e in facts.events if not e.prior]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lavrov said his country is suspending talks with NATO on arms control."),
    ("de", "Lawrow sagte, sein Land setze die Gespräche mit der Nato aus."),
])
def test_the_country_a_speaker_calls_his_own_acts(extract, lang, text):
    [ev] = extract(text, lang, published="2021-10-19").events
    assert (ev.kind, set(ev.actors)) == ("Suspension", {"russia", "nato"})
