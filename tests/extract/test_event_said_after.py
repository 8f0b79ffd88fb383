"""Talks a speaker spoke right after, and what a speaker said about a plan: sentences written
for this test, in both languages.

- "X spoke to reporters on Monday after a meeting with Y", "sagte X am Dienstag nach dem Treffen
  mit Y": the gathering was that day, and the speaker (before or after the verb) took part;
- a trailing report's clause has its own time ("... will be held on March 3, X said after
  talks with Y": the talks are not on March 3), a time fronted before it is the saying's
  ("On September 28, X told the press during a meeting with Y");
- what a that-clause says will happen does not make the agreeing a plan ("agreed in
  February that Y would visit Germany" was agreed in February);
- "X and Y answered questions after their summit": the people the clause opens with held
  the summit its time is told by.
"""
from __future__ import annotations

import pytest

DAY = "2023-10-20"          # a Friday


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Macron said on Tuesday after a meeting with Scholz in Berlin that both would work together.",
     "Meeting"),
    ("en", "Chancellor Olaf Scholz said on Tuesday after talks with Emmanuel Macron that trade had grown.",
     "Talks"),
    ("de", "Macron sagte am Dienstag nach einem Treffen mit Scholz, beide Länder wollten enger zusammenarbeiten.",
     "Meeting"),
    ("de", "Beide Länder wollen enger zusammenarbeiten, sagte Macron am Dienstag nach einem Treffen mit Scholz.",
     "Meeting"),
])
def test_talks_a_speaker_spoke_after_are_on_the_day_of_speaking(extract, lang, text, kind):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == (kind, "Happened", "2023-10-17")
    assert sorted(ev.actors) == ["emmanuel-macron", "olaf-scholz"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The next round will be held in Brasilia on March 3, Scholz said after talks with Macron."),
    ("de", "Die nächste Runde soll am 3. März in Brasilia stattfinden, sagte Scholz nach dem Treffen mit Macron."),
])
def test_a_trailing_reports_talks_do_not_take_the_time_of_the_clause_reported(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert sorted(ev.actors) == ["emmanuel-macron", "olaf-scholz"]
    assert (ev.date.iso, ev.relative_date) == (DAY, "")


@pytest.mark.parametrize("lang,text", [
    ("en", "On September 28, Scholz told the press during a meeting with Macron in Paris that trade was growing."),
    ("de", "Am 28. September sagte Scholz bei seinem Treffen mit Macron in Paris, der Handel sei gewachsen."),
])
def test_a_fronted_time_dates_the_meeting_spoken_at(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place, ev.date.iso) == ("Meeting", "paris", "2023-09-28")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Lula agreed in February that Lula would visit Germany in the autumn."),
    ("de", "Scholz und Lula vereinbarten im Februar, dass Lula im Herbst Deutschland besuchen werde."),
])
def test_a_plan_in_what_was_agreed_leaves_the_agreeing_done(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"]
    assert (ev.status, ev.date.iso) == ("Happened", "2023-02")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron answered questions from the press after their summit in Paris on Tuesday."),
    ("en", "Chancellor Olaf Scholz and President Emmanuel Macron spoke to reporters after the talks in Paris on Tuesday."),
    ("de", "Scholz und Macron gaben nach dem Gipfeltreffen in Paris am Dienstag eine Pressekonferenz."),
])
def test_the_people_a_clause_opens_with_held_the_gathering_after_which_they_acted(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    [ev] = [e for e in events if e.kind in ("Summit", "Meeting", "Talks")]
    assert (ev.place, ev.date.iso, sorted(ev.actors)) == ("paris", "2023-10-17", ["emmanuel-macron", "olaf-scholz"])
