"""Who is not there: sentences written for this test, in both languages.

- Whom a gathering or act goes on without ("without Chinese President X", "ohne Chinas
  Präsidenten X", "ohne den chinesischen Präsidenten X") takes no part in it.
- A dateline of two desks joined by a slash before an agency in brackets ("Rom/Moskau
  (dpa) -", "Rome/Moscow (Reuters) -") names where the report was filed, not parties; and
  with two desks it does not say where the news took place; one desk, also in title case
  ("Rom (dpa) -"), places the lead's gathering.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "The G7 leaders met in Italy without Chinese President Xi Jinping."),
    ("de", "Die G7-Staaten treffen sich in Italien ohne Chinas Präsidenten Xi Jinping."),
    ("de", "Die G7-Staaten treffen sich in Italien ohne den chinesischen Präsidenten Xi Jinping."),
])
def test_whom_a_gathering_goes_on_without_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.actors, ev.place) == (["g7"], "italy")


@pytest.mark.parametrize("lang,text", [
    ("de", "Die G7-Staaten trafen sich am Montag ohne Beteiligung Chinas in Italien."),
    ("en", "The G7 leaders met in Italy on Monday without the participation of China."),
])
def test_without_the_participation_of_a_country(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.actors, ev.place) == (["g7"], "italy")


def test_without_a_list_of_countries(extract):
    [ev] = extract("Canada and Brazil signed the accord in Ottawa on Monday without Mexico and Chile.", "en",
                   published=DAY).events
    assert sorted(ev.actors) == ["brazil", "canada"]


def test_guard_without_before_a_common_noun_cuts_nothing(extract):
    [ev] = extract("Canada and Brazil held talks without preconditions in Ottawa on Monday.", "en",
                   published=DAY).events
    assert (sorted(ev.actors), ev.place) == (["brazil", "canada"], "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("de", "Rom/Moskau (dpa) - Gipfel in Italien: Die Regierungschefs der G7-Länder kommen in Apulien zusammen."),
    ("de", "Rom/Moskau (APA/dpa) - Gipfel in Italien: Die Regierungschefs der G7-Länder kommen in "
           "Apulien zusammen."),
    ("en", "Rome/Moscow (Reuters) - Summit time: leaders of the G7 meet in Italy."),
])
def test_the_desks_of_a_slashed_dateline_are_no_parties(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert "russia" not in ev.actors and "g7" in ev.actors and ev.place == "italy"


def test_guard_a_slashed_dateline_gives_no_place(extract):
    [ev] = extract("ROME/MOSCOW (Reuters) - The foreign ministers of the G7 met on Monday.", "en",
                   published=DAY).events
    assert (ev.actors, ev.place) == (["g7"], None)


def test_guard_a_single_dateline_still_places_the_lead(extract):
    [ev] = extract("ROME (Reuters) - The foreign ministers of the G7 met on Monday.", "en", published=DAY).events
    assert (ev.actors, ev.place) == (["g7"], "rome")


@pytest.mark.parametrize("text", [
    "Rom (dpa) - Die Außenminister der G7 trafen sich am Montag.",
    "Rom (AFP) – Die Außenminister der G7 trafen sich am Montag.",
])
def test_a_german_dateline_in_title_case_places_the_lead(extract, text):
    """German agencies write the desk in title case ("Rom (dpa) -"): the dateline all the same."""
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.actors, ev.place) == (["g7"], "rome")
