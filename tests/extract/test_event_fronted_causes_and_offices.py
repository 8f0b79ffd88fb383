"""Causes told in front, offices named before a person, stances and one measure told twice
(sentences written for these tests):

- a German clause that opens with its cause ("Als Reaktion auf X weist Y ... aus") puts its
  verb right after the phrase, with no comma: the act is the news, and the cause's noun
  takes no doer from the clause after it;
- "in retaliation at" opens a cause as "in retaliation for" does;
- an organisation named before a role word and a person ("Kremlin leader X",
  "NATO-Generalsekretär Y") is that person's office, no party;
- "open to resuming talks", "offen für ein Telefonat" are a stance, no occurrence;
- "bans X" (a person, or officials and lawmakers) is an entry ban;
- sanctions and the entry ban a sentence names for one act of the same sides are one measure,
  and so are those an article tells of one day between the same states, done by the same one;
  another state's sanctions that day stay apart.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-19"        # a Friday


def _events(extract, text, lang, published=DAY):
    return [(ev.kind, set(ev.actors), ev.date.iso if ev.date else None, ev.prior)
            for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("text, kind, actors", [
    ("Als Reaktion auf den Angriff auf die Botschaft weist Estland zwei russische Diplomaten aus.",
     "Expulsion", {"estonia", "russia"}),
    ("Als Antwort auf die Festnahme eines Journalisten bestellte Polen am Freitag den belarussischen Botschafter ein.",
     "Protest", {"poland", "belarus"}),
    ("Als Vergeltung für einen Peking zugeschriebenen Cyberangriff weist Litauen drei chinesische Diplomaten aus.",
     "Expulsion", {"lithuania", "china"}),
])
def test_an_act_after_a_fronted_cause_is_the_news(extract, text, kind, actors):
    assert _events(extract, text, "de") == [(kind, actors, DAY, False)]


def test_a_fronted_cause_keeps_its_noun_to_itself(extract):
    text = "Als Vergeltung für die Sanktionen verhängte Russland ein Einreiseverbot gegen zwölf kanadische Abgeordnete."
    assert _events(extract, text, "de") == [("EntryBan", {"russia", "canada"}, DAY, False)]


def test_a_cause_phrase_without_a_verb_after_it_changes_nothing(extract):      # guard
    text = "Russland verhängte als Vergeltung für die Sanktionen ein Einreiseverbot gegen zwölf kanadische Abgeordnete."
    assert _events(extract, text, "de") == [("EntryBan", {"russia", "canada"}, DAY, False)]


def test_retaliation_at_opens_a_cause(extract):
    text = "Russia barred eight Canadian senators from entering the country on Friday in retaliation at Ottawa's sanctions."
    assert _events(extract, text, "en") == [("EntryBan", {"russia", "canada"}, DAY, False)]


@pytest.mark.parametrize("lang, text, actors", [
    ("en", "Kremlin leader Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Friday.",
     {"vladimir-putin", "recep-tayyip-erdogan"}),
    ("en", "Kremlin chief Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday.",
     {"vladimir-putin", "recep-tayyip-erdogan"}),
    ("de", "NATO-Generalsekretär Jens Stoltenberg traf am Freitag in Ankara Präsident Recep Tayyip Erdogan.",
     {"jens-stoltenberg", "recep-tayyip-erdogan"}),
])
def test_an_office_named_before_its_holder_is_no_party(extract, lang, text, actors):
    assert [evs[1] for evs in _events(extract, text, lang)] == [actors]


@pytest.mark.parametrize("lang, text, actor", [
    ("en", "NATO leaders met in Vilnius on Friday.", "nato"),
    ("en", "The Kremlin said Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.", "recep-tayyip-erdogan"),
])
def test_an_organisation_that_acts_or_speaks_is_not_an_office(extract, lang, text, actor):    # guard
    (ev,) = _events(extract, text, lang)
    assert actor in ev[1] and "kremlin" not in ev[1]


@pytest.mark.parametrize("lang, text", [
    ("en", "Scholz has signalled that he is open to resuming phone calls with Putin."),
    ("en", "Erdogan said he was open to a meeting with Putin."),
    ("de", "Scholz zeigte sich offen für ein Telefonat mit Putin."),
])
def test_being_open_to_talks_is_no_occurrence(extract, lang, text):
    assert _events(extract, text, lang) == []


def test_talks_open_to_the_press_were_held(extract):      # guard
    text = "The talks between Turkey and Greece in Athens on Monday were open to the press."
    assert _events(extract, text, "en") == [("Talks", {"turkey", "greece"}, "2023-05-15", False)]


@pytest.mark.parametrize("text, actors", [
    ("Beijing bans Marco Rubio over his remarks on Taiwan", {"china", "marco-rubio"}),
    ("China banned eleven US lawmakers on Friday.", {"china", "united-states"}),
])
def test_banning_people_is_an_entry_ban(extract, text, actors):
    assert [(k, a) for k, a, _, _ in _events(extract, text, "en") if k == "EntryBan"] == [("EntryBan", actors)]


def test_banning_officials_from_an_app_is_no_entry_ban(extract):      # guard
    assert _events(extract, "The government banned officials from using TikTok on Friday.", "en") == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Neue Sanktionen: Russland erteilt Justin Trudeau ein Einreiseverbot"),
    ("en", "New sanctions: Russia bars Justin Trudeau from entering the country"),
    ("de", "Russland verhängt Sanktionen und ein Einreiseverbot gegen Justin Trudeau"),
    ("en", "Russia imposes sanctions on Justin Trudeau and bans him from entering the country"),
])
def test_sanctions_and_the_entry_ban_they_are_are_one_measure(extract, lang, text):
    assert [kind for kind, *_ in _events(extract, text, lang)] == ["EntryBan"]


def test_the_sanctions_an_entry_ban_answers_stay_apart(extract):      # guard
    evs = _events(extract, "Russia bans Justin Trudeau over Canadian sanctions", "en")
    assert sorted((kind, frozenset(actors)) for kind, actors, *_ in evs) == [
        ("EntryBan", frozenset({"russia", "justin-trudeau"})), ("Sanction", frozenset({"canada"}))]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia imposes sanctions on Canadian officials, including Justin Trudeau\n\nThe stop list, released"
           " on Tuesday by Moscow's foreign ministry, also includes Canada's defence minister and dozens of"
           " Canadian senators."),
    ("de", "Russland verhängt Sanktionen gegen kanadische Politiker, darunter Justin Trudeau\n\nAuf der am"
           " Dienstag veröffentlichten Stoppliste des russischen Außenministeriums stehen auch Kanadas"
           " Verteidigungsministerin und zahlreiche kanadische Senatoren."),
])
def test_the_sanctions_and_stop_list_of_one_day_are_one_measure(extract, lang, text):
    evs = _events(extract, text, lang, published="2023-05-16")
    assert [(kind, {"russia", "canada", "justin-trudeau"} <= actors) for kind, actors, *_ in evs] == [("EntryBan", True)]


def test_another_states_sanctions_of_that_day_stay_apart(extract):      # guard
    text = ("Canada imposed new sanctions on Russia on Tuesday.\n\n"
            "In a separate move, Russia barred eleven Canadian senators from entering the country on Tuesday.")
    assert sorted(kind for kind, *_ in _events(extract, text, "en", published="2023-05-16")) == ["EntryBan", "Sanction"]


@pytest.mark.parametrize("text", [
    "YouTube banned Donald Trump permanently on Friday.",
    "The EU banned broadcasts by Russian journalists on Friday.",
    "Poland bars Belarusian lawmakers visiting Warsaw from speaking to the press.",
    "The Kremlin banned its officials' travel to Europe on Friday.",
])
def test_bans_of_no_state_or_on_no_entry_are_no_entry_ban(extract, text):      # guard
    assert "EntryBan" not in [kind for kind, *_ in _events(extract, text, "en")]


def test_sanctions_on_banks_and_an_entry_ban_are_two_measures(extract):      # guard
    text = "Canada imposed sanctions on Russian banks and barred 20 Russian officials from entering Canada on Friday."
    assert sorted(kind for kind, *_ in _events(extract, text, "en")) == ["EntryBan", "Sanction"]


def test_a_date_inside_a_fronted_cause_does_not_end_it(extract):
    text = "Wegen der am Montag erfolgten Ausweisung zweier Diplomaten bestellte Estland den russischen Botschafter ein."
    assert [(kind, actors) for kind, actors, *_ in _events(extract, text, "de")] == [("Protest", {"estonia", "russia"})]


def test_a_meeting_open_to_an_agenda_was_held(extract):      # guard
    text = "The meeting of G20 foreign ministers in Delhi on Thursday was open to a broad agenda, Blinken said."
    assert [(kind, date) for kind, _, date, _ in _events(extract, text, "en")] == [("Meeting", "2023-05-18")]
