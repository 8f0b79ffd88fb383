"""A date in brackets and a title set off by commas before a name: sentences written for
this test, in both languages.

- "this week (13-14 May 2024)", "diese Woche (13.-14. Mai 2024)": the bracketed date tells the time of
  its clause and ends no clause;
- "NATO Secretary General, Mark Rutte, met ...": the name between commas after its title is
  the clause's subject, not an aside; so is one after an office ("the prime minister of
  Canada, Justin Trudeau, in Paris") its object, and the place after it is the clause's.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-17"


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "Chancellor Scholz went on his first trip to Brazil this week (13-14 May 2024), where he was received "
           "by Lula.", "2024-05"),
    ("de", "Kanzler Scholz reiste diese Woche (13.-14. Mai 2024) nach Brasilien, wo ihn Lula empfing.", "2024-05"),
])
def test_a_bracketed_date_dates_its_clause(extract, lang, text, iso):
    events = extract(text, lang).events          # no publication date: "this week" tells none
    assert events and all(ev.date is not None and ev.date.iso == iso for ev in events)


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO Secretary General, Mark Rutte, met Chancellor Scholz in Berlin on Monday."),
    ("de", "Nato-Generalsekretär, Mark Rutte, traf am Montag Kanzler Scholz in Berlin."),
])
def test_a_name_between_commas_after_its_title_is_the_subject(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Meeting", ["mark-rutte", "nato", "olaf-scholz"], "berlin")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau met Albanese on Monday, May 13, in Ottawa."),
    ("de", "Trudeau traf am Montag, dem 13. Mai, in Ottawa Albanese."),
    ("de", "Premierminister Trudeau hat von Montag, den 13. Mai, bis Mittwoch, den 15. Mai, Australien "
           "besucht und dort Albanese getroffen."),
])
def test_a_date_between_commas_after_its_weekday_ends_no_clause(extract, lang, text):
    """"am Montag, dem 13. Mai, in Ottawa": the commas around the date that names the
    weekday again end no clause, so the names and the place after and before them stay the
    act's (the subject was lost, or the place)."""
    events = extract(text, lang, published=DAY).events
    assert any("justin-trudeau" in ev.actors and "anthony-albanese" in ev.actors for ev in events)
    assert all(ev.date is not None and ev.date.iso == "2024-05-13" for ev in events)


def test_guard_a_comma_after_a_date_before_another_clause_still_ends_it(extract):
    """Guard: "on Monday, on Tuesday he met Y" are two clauses with their own days."""
    events = extract("Trudeau met Albanese on Monday, on Tuesday he met Macron in Paris.", "en", published=DAY).events
    assert [(sorted(ev.actors), ev.date.iso) for ev in events] == [
        (["anthony-albanese", "justin-trudeau"], "2024-05-13"), (["emmanuel-macron", "justin-trudeau"], "2024-05-14")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz traf am Montag den Premierminister Kanadas, Justin Trudeau, in Paris."),
    ("en", "Scholz met the prime minister of Canada, Justin Trudeau, in Paris on Monday."),
    ("en", "Scholz met Canada's prime minister, Justin Trudeau, in Paris on Monday."),
])
def test_a_name_between_commas_after_an_office_is_the_object(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ("justin-trudeau" in ev.actors, ev.place, ev.date.iso) == (True, "paris", "2024-05-13")
