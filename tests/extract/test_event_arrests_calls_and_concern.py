"""More ways news tells a seizure, a summons, a call and a protest: sentences written for
this test.

- "arrested the captain of a Brazilian fishing boat" is a seizure (as "detained" was);
- "berief den brasilianischen Botschafter ein", "hat den Botschafter einberufen": a summons,
  whose envoy's state is the target (not "berief eine Sondersitzung ein");
- "führten ihr Gespräch per Telefon", "sprachen per Telefon": a phone call, and "die beiden
  Spitzenpolitiker" are the two people the sentence before names;
- "expressed grave concern to X", "brachte gegenüber X Besorgnis zum Ausdruck": a protest
  made to X (not concern "about the situation", made to nobody);
- "recalled its ambassador", "seinen Botschafter zurückgerufen", "rief ... zurück": a protest
  (not "recalled that ...");
- "protesters hold signs", "signs of a thaw": the noun, no signing.
"""
from __future__ import annotations

import pytest

DAY = "2024-08-28"       # a Wednesday


def _kinds(extract, text, lang):
    return [(ev.kind, sorted(ev.actors), sorted(ev.targets)) for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada has arrested the captain of a Brazilian fishing boat near its coast."),
    ("en", "The captain of the Brazilian trawler was arrested by Canada on Tuesday."),
])
def test_an_arrested_crew_is_seized(extract, lang, text):
    assert [k for k in _kinds(extract, text, lang) if k[0] == "Seizure"][0][1] == ["brazil", "canada"]


@pytest.mark.parametrize("text", [
    "Kanada berief am Dienstag den brasilianischen Botschafter ein.",
    "Kanada hat am Dienstag den brasilianischen Botschafter einberufen.",
])
def test_an_envoy_called_in_is_summoned(extract, text):
    assert _kinds(extract, text, "de") == [("Protest", ["brazil", "canada"], ["brazil"])]


def test_a_meeting_called_is_no_summons(extract):
    assert _kinds(extract, "Kanada berief am Dienstag eine Sondersitzung des Parlaments ein.", "de") == []


@pytest.mark.parametrize("text", [
    "Scholz und Macron führten am Dienstag ihr erstes Gespräch seit der Wahl per Telefon.",
    "Scholz und Macron einigten sich am Montag auf ein Vorgehen. Die beiden Spitzenpolitiker führten am Dienstag "
    "ihr erstes Gespräch seit der Wahl per Telefon.",
])
def test_a_talk_by_telephone_is_a_call(extract, text):
    calls = [k for k in _kinds(extract, text, "de") if k[0] == "PhoneCall"]
    assert calls == [("PhoneCall", ["emmanuel-macron", "olaf-scholz"], [])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expressed grave concern to Brazil and Chile on Tuesday."),
    ("en", "Canada conveyed its serious concerns to Brazil and Chile through diplomatic channels on Tuesday."),
    ("de", "Kanada brachte am Dienstag gegenüber Brasilien und Chile seine große Besorgnis zum Ausdruck."),
    ("de", "Die kanadische Regierung brachte am Dienstag ihre „große Besorgnis“ gegenüber Brasilien und Chile "
           "zum Ausdruck."),
])
def test_concern_conveyed_to_states_is_a_protest(extract, lang, text):
    [(kind, actors, _)] = _kinds(extract, text, lang)
    assert (kind, actors) == ("Protest", ["brazil", "canada", "chile"])


def test_concern_about_a_situation_is_none(extract):
    assert _kinds(extract, "Canada expressed concern about the situation on Tuesday.", "en") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada recalled its ambassador to Brazil on Tuesday in protest."),
    ("de", "Kanada hat am Dienstag seinen Botschafter aus Brasilien zurückgerufen."),
    ("de", "Kanada rief am Dienstag seinen Botschafter aus Brasilien zurück."),
])
def test_recalling_an_envoy_is_a_protest(extract, lang, text):
    assert [k[:2] for k in _kinds(extract, text, lang)] == [("Protest", ["brazil", "canada"])]


def test_remembering_is_no_recall(extract):
    assert _kinds(extract, "Canada's former ambassador to Brazil recalled that the talks were hard.", "en") == []


@pytest.mark.parametrize("text", [
    "Protesters hold signs outside the Canadian embassy in Brasilia on Tuesday.",
    "Protesters carrying signs marched past the Canadian embassy on Tuesday.",
    "Analysts see signs of a thaw between Canada and Brazil.",
])
def test_signs_held_are_no_signing(extract, text):
    assert [k for k in _kinds(extract, text, "en") if k[0] == "Agreement"] == []
