"""Black lists, and the country a war is named after: sentences written for this test, in both
languages.

- Putting people on a stop list or black list bans their entry ("added ... to its stop list",
  "blacklisted", "auf die schwarze Liste", "Stoppliste"); who adds them does it, though
  "added" is also a verb of saying.
- The country a war or crisis is named after ("the Ukraine war", "der Ukraine-Krieg", "the
  Russia-Ukraine conflict") is what is talked of, no party; so is the country struck in a cause
  ("after missile strikes in X", "nach den Raketenangriffen auf X").
- The country of an office holder a ban is imposed on ("on the Canadian prime minister",
  "gegen den kanadischen Premier") is its target, and so is a named envoy's who is summoned.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-20"        # a Monday


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia added 380 Canadian lawmakers to its stop list on Monday."),
    ("en", "Russia blacklisted 380 Canadian lawmakers on Monday."),
    ("de", "Moskau nimmt über 300 kanadische Abgeordnete in die schwarze Liste auf."),
    ("de", "Russland hat am Montag 380 kanadische Abgeordnete auf seine Stoppliste gesetzt."),
])
def test_a_black_list_bans_entry(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets) == ("EntryBan", ["canada", "russia"], ["canada"])


def test_guard_added_as_a_verb_of_saying_still_speaks(extract):
    [ev] = extract("Canada imposed sanctions on Brazil, Trudeau added on Monday.", "en", published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["brazil", "canada"])


@pytest.mark.parametrize("lang,text", [
    ("en", "The Ukraine war will dominate the talks during Xi Jinping's visit to Moscow."),
    ("de", "Beim Besuch von Xi Jinping in Moskau geht es vor allem um den Ukraine-Krieg."),
    ("en", "The Russia-Ukraine conflict is on the agenda of Xi Jinping's visit to Moscow."),
    ("de", "Wegen des Ukraine-Kriegs war der Besuch von Xi Jinping in Moskau umstritten."),
])
def test_the_country_a_war_is_named_after_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Visit", ["xi-jinping"], "moscow")


def test_a_bare_object_after_a_cause_phrase_keeps_the_clause_subject(extract):
    """"wegen des Syrien-Konflikts | Strafmaßnahmen": the sanctions are the clause's object, not in
    the phrase of cause, so the subject imposes them."""
    [ev] = extract("Kanada verhängte am Montag wegen des Syrien-Konflikts Strafmaßnahmen gegen Russland.", "de",
                   published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets) == ("Sanction", ["canada", "russia"], ["russia"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada imposed new sanctions on Russia on Monday after missile strikes in Ukraine."),
    ("en", "Canada imposed new sanctions on Russia on Monday over the shelling of Ukraine."),
    ("de", "Kanada verhängte am Montag neue Sanktionen gegen Russland nach den Raketenangriffen auf die Ukraine."),
    ("de", "Kanada verhängte am Montag neue Sanktionen gegen Russland wegen der Luftangriffe in Syrien."),
])
def test_the_country_struck_in_a_cause_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets) == ("Sanction", ["canada", "russia"], ["russia"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia imposed an entry ban on the Canadian prime minister on Monday."),
    ("en", "Russia banned the Canadian prime minister from entering the country on Monday."),
    ("de", "Russland verhängte am Montag ein Einreiseverbot gegen den kanadischen Premier."),
    ("de", "Gegen den kanadischen Premier wurde am Montag von Russland ein Einreiseverbot verhängt."),
])
def test_the_country_of_an_office_holder_banned_is_the_target(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets) == ("EntryBan", ["canada", "russia"], ["canada"])


def test_the_country_of_the_office_holder_who_bans_is_no_target(extract):
    [ev] = extract("Der russische Außenminister verhängte am Montag ein Einreiseverbot gegen Kanadier.", "de",
                   published=DAY).events
    assert ev.targets == ["canada"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada summoned Brazilian Ambassador Ana Souza on Monday."),
    ("de", "Kanada hat den brasilianischen Botschafter Paulo Souza am Montag einbestellt."),
])
def test_a_named_envoy_summoned_makes_his_country_the_target(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.targets) == ("Protest", ["brazil"])
