"""Who expels whom when a sentence does not say it outright, and visits told as coming:
sentences written for this test, in both languages.

- "Brazilian diplomats were expelled from Ottawa" / "aus Ottawa ausgewiesen": the state whose
  capital they leave expels them.
- "The two countries had expelled Brazilian diplomats" / "Die beiden Länder wiesen danach
  ebenfalls brasilianische Diplomaten aus": the two countries named before, not the one their
  act is aimed at.
- "a week before the planned visit of X" / "sieben Tage vor einem Besuch von X": a visit to
  come, not one before the news.
- "the visit of Canada's Prime Minister X to Paris" / "der Besuch von Kanadas Premier X in
  Paris": Canada is the visitor's, Paris the visit's place; so is the country of a title
  compound ("der Besuch eines Kanada-Premiers in Paris").
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, forty Brazilian diplomats were expelled from Ottawa."),
    ("de", "Am Montag wurden vierzig brasilianische Diplomaten aus Ottawa ausgewiesen."),
])
def test_a_passive_expulsion_from_a_capital_is_by_its_state(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors[0], ev.targets, ev.date.iso) == ("Expulsion", "canada", ["brazil"], "2024-07-08")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil expelled diplomats from Canada and Mexico. The two countries had earlier expelled "
           "Brazilian diplomats."),
    ("de", "Brasilien hat Diplomaten aus Kanada und Mexiko ausgewiesen. Die beiden Länder wiesen danach "
           "ebenfalls brasilianische Diplomaten aus."),
])
def test_the_two_countries_are_not_the_one_acted_on(extract, lang, text):
    first, second = extract(text, lang, published=DAY).events
    assert first.targets == ["canada", "mexico"] and second.targets == ["brazil"]
    assert {"canada", "mexico"} <= set(second.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "A week before the planned visit of Canada's Prime Minister Justin Trudeau to Paris, Macron "
           "admitted differences."),
    ("de", "Sieben Tage vor einem Besuch von Kanadas Premier Justin Trudeau in Paris räumte Macron "
           "Differenzen ein."),
    ("de", "Zwei Tage vor dem Besuch von Trudeau in Paris räumte Macron Differenzen ein."),
])
def test_a_visit_days_ahead_is_to_come_at_its_place(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.prior, ev.place) == ("Visit", "Planned", False, "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Shortly before the visit of Trudeau to Paris, Macron admitted differences."),
    ("de", "Kurz vor dem Besuch von Trudeau in Paris räumte Macron Differenzen ein."),
    ("de", "Unmittelbar vor dem Besuch von Trudeau in Paris räumte Macron Differenzen ein."),
])
def test_a_visit_shortly_ahead_is_to_come(extract, lang, text):
    """"shortly before", "kurz vor" as "a week before": the visit is still to come."""
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.prior, ev.place) == ("Visit", "Planned", False, "paris")


@pytest.mark.parametrize("text,kind,actors", [
    ("Kurz vor dem Besuch von Trudeau in Paris räumte Macron Differenzen ein.", "Visit", ["justin-trudeau"]),
    ("Nach dem Gipfel zwischen Trudeau und Macron in Paris sagte Scholz, er sei zufrieden.", "Summit",
     ["emmanuel-macron", "justin-trudeau"]),
    ("Nach dem Treffen mit Trudeau reiste Macron nach Berlin weiter.", "Meeting",     # guard: the other side
     ["emmanuel-macron", "justin-trudeau"]),
])
def test_a_fronted_german_phrase_ends_at_the_clauses_verb(extract, text, kind, actors):
    """"Vor dem Besuch von X in Paris | räumte Y ... ein": Y, after the verb, is the main
    clause's subject, not the visit's; talks "mit X" still have Y as their other side."""
    events = {ev.kind: ev for ev in extract(text, "de", published=DAY).events}
    assert sorted(events[kind].actors) == actors


def test_a_gathering_shortly_after_is_before_the_news(extract):
    [ev] = extract("Kurz nach dem Gipfel in Paris flog Trudeau nach Hause.", "de", published=DAY).events
    assert (ev.kind, ev.prior, ev.place) == ("Summit", True, "paris")


def test_a_visit_days_after_is_before_the_news(extract):
    [ev] = extract("A week after the visit of Trudeau to Paris, Macron admitted differences.", "en",
                   published=DAY).events
    assert (ev.kind, ev.status, ev.prior, ev.place) == ("Visit", "Happened", True, "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau visited France's capital."),
    ("de", "Trudeau besuchte Frankreichs Hauptstadt."),
])
def test_a_country_named_with_its_capital_is_still_visited(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.place, sorted(ev.actors)) == ("paris", ["france", "justin-trudeau"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Trudeau kam am Mittwoch in Frankreich an. Der Besuch eines Kanada-Premiers in Paris ist der erste "
           "seit 1990."),
    ("de", "Trudeau kam am Mittwoch in Frankreich an. Der Besuch eines kanadischen Premiers in Paris ist der erste "
           "seit 1990."),
])
def test_the_country_in_a_visitors_title_compound_is_no_place(extract, lang, text):
    visits = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Visit"]
    assert [(ev.actors, ev.place) for ev in visits] == [(["justin-trudeau"], "paris")]
