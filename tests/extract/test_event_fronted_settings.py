"""A call or gathering a sentence opens with as its setting, and a headline's pair of names:
sentences written for this test, in both languages.

- "In their initial phone talks since ..., X told Y on Tuesday ...", "In a phone call on
  Tuesday, X told Y ...", "During a meeting with Y in Z, X announced ...", "Bei einem
  Telefonat mit Y betonte X ...": the person the main clause opens with (and whom that
  person told something) took part, on the main clause's day;
- "X and his French counterpart, Y, remained far apart": the subject's whole list;
- "... phone talk between X, Y" at the end of a headline: both names, as with "and".
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


def _one(facts):
    [ev] = facts.events
    return ev.kind, sorted(ev.actors), ev.date.iso if ev.date else None


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "In their initial phone talks since the French leader was sworn in this month, President Emmanuel "
           "Macron told Chancellor Olaf Scholz on Tuesday that he hopes to settle a trade row.", "PhoneCall"),
    ("en", "In a phone call on Tuesday, Scholz told Macron that he wants closer ties.", "PhoneCall"),
    ("en", "During a meeting with French President Emmanuel Macron in Paris on Tuesday, Chancellor Olaf Scholz "
           "announced that Germany would give more aid.", "Meeting"),
    ("de", "Bei einem Telefonat mit Macron betonte Scholz am Dienstag, er wolle engere Beziehungen.", "PhoneCall"),
    ("de", "Während eines Treffens mit Macron in Paris am Dienstag kündigte Scholz neue Hilfen an.", "Meeting"),
])
def test_the_main_clause_of_a_fronted_setting_names_who_took_part(extract, lang, text, kind):
    assert _one(extract(text, lang, published=DAY)) == (kind, ["emmanuel-macron", "olaf-scholz"], "2024-05-07")


def test_the_subject_list_after_a_fronted_setting(extract):
    facts = extract("In their opening telephone talks, Chancellor Olaf Scholz and his French counterpart, Emmanuel "
                    "Macron, stayed far apart on trade.", "en", published=DAY)
    assert _one(facts)[:2] == ("PhoneCall", ["emmanuel-macron", "olaf-scholz"])


def test_a_headline_pair_joined_by_a_comma(extract):
    facts = extract("Tariffs top the agenda of a phone talk between Scholz, Macron\n\nAFP\n\n"
                    "The two leaders spoke about tariffs.", "en", published=DAY)
    calls = [ev for ev in facts.events if ev.kind == "PhoneCall"]
    assert [sorted(ev.actors) for ev in calls] == [["emmanuel-macron", "olaf-scholz"]]



def test_a_setting_cut_off_by_a_comma_and_a_trailing_teller_take_no_one(extract):
    facts = extract("In Ottawa, talks between Canada and Mexico ended, Scholz said on Tuesday.", "en", published=DAY)
    assert [sorted(ev.actors) for ev in facts.events] == [["canada", "mexico"]]


def test_what_the_setting_s_speaker_told_keeps_its_own_status_and_time(extract):
    facts = extract("In a phone call, Scholz told Macron that they would meet next month.", "en", published=DAY)
    [call] = [ev for ev in facts.events if ev.kind == "PhoneCall"]
    assert (call.status, call.date.iso, sorted(call.actors)) == ("Happened", DAY, ["emmanuel-macron", "olaf-scholz"])


def test_the_addressee_follows_the_whole_subject_list(extract):
    facts = extract("In a phone call on Tuesday, Chancellor Olaf Scholz and his French counterpart, Emmanuel Macron, "
                    "told Justin Trudeau that trade matters.", "en", published=DAY)
    assert [sorted(ev.actors) for ev in facts.events] == [["emmanuel-macron", "justin-trudeau", "olaf-scholz"]]
