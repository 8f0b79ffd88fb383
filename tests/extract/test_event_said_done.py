"""What a speaker says a side has done or will do, and how a German clause's last verb
tells it: sentences written for this test, in both languages where the language has
the form.

- "X said on Monday it had expelled ...", "teilte am Montag mit, es habe ... ausgewiesen":
  an act with no time of its own came by the day of the saying (not the publication's),
  and that day is marked as approximate (``lead_dated``); a time of its own wins;
- "kündigte an, acht Diplomaten auszuweisen" declares the expulsion as "will expel" does:
  done by saying so, by the one who says it; not what is demanded or comes on a condition;
- "teilte mit, sich aus den Gesprächen zurückzuziehen": the speaker of a fused
  zu-infinitive acts;
- the verbs ending a German that-clause tell its status ("dass die Gespräche ... stattfinden
  würden" is a plan, "... stattgefunden hätten" is done);
- "repeated exercises", "wiederholte Manöver": a series, no occurrence.
"""
from __future__ import annotations

import pytest

DAY = "2023-10-20"          # a Friday
FILLER = {"en": "Ottawa and Brasilia have argued for months. The dispute is about trade. ",
          "de": "Ottawa und Brasilia streiten seit Monaten. Es geht um den Handel. "}


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada said on Monday it had expelled eight Brazilian diplomats.", "Expulsion"),
    ("en", "On Monday, Canada said it had decided to withdraw from the talks with Brazil.", "Suspension"),
    ("de", "Kanada teilte am Montag mit, es habe acht brasilianische Diplomaten ausgewiesen.", "Expulsion"),
    ("de", "Kanada erklärte am Montag, es ziehe sich aus den Gesprächen mit Brasilien zurück.", "Suspension"),
])
@pytest.mark.parametrize("where", ["lead", "body"])
def test_an_act_said_done_on_a_day_came_by_that_day(extract, lang, text, kind, where):
    text = text if where == "lead" else FILLER[lang] + text
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == kind]
    assert (ev.status, set(ev.actors)) == ("Happened", {"canada", "brazil"})
    assert (ev.date.iso, ev.lead_dated) == ("2023-10-16", True)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada said on Monday it had expelled eight Brazilian diplomats on October 12."),
    ("de", "Kanada teilte am Montag mit, es habe am 12. Oktober acht brasilianische Diplomaten ausgewiesen."),
])
def test_an_acts_own_time_wins_over_the_saying(extract, lang, text):
    [ev] = extract(FILLER[lang] + text, lang, published=DAY).events
    assert (ev.date.iso, ev.lead_dated) == ("2023-10-12", False)


@pytest.mark.parametrize("text", [
    "Kanada kündigte am Montag an, acht brasilianische Diplomaten auszuweisen.",
    "Kanada hat angekündigt, acht brasilianische Diplomaten auszuweisen.",
])
def test_announcing_to_expel_expels(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.status, ev.actors) == ("Expulsion", "Happened", ["canada", "brazil"])


@pytest.mark.parametrize("text", [
    "Kanada forderte, acht brasilianische Diplomaten auszuweisen.",
    "Kanada kündigte an, acht brasilianische Diplomaten auszuweisen, falls Brasilien nicht einlenkt.",
])
def test_demanding_or_a_condition_expels_no_one(extract, text):
    assert [e.status for e in extract(text, "de", published=DAY).events if e.kind == "Expulsion"] \
        in ([], ["Planned"])


def test_the_speaker_of_a_fused_zu_infinitive_acts(extract):
    text = "Kanada hat am Montag mitgeteilt, sich aus den Gesprächen mit Brasilien zurückzuziehen."
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, set(ev.actors)) == ("Suspension", {"canada", "brazil"})


@pytest.mark.parametrize("text,status", [
    ("Scholz sagte, dass die Gespräche mit Macron über den Handel zwischen Kanada, Brasilien und "
     "Bolivien in Ottawa stattfinden würden.", "Planned"),
    ("Scholz sagte, dass die Gespräche mit Macron in Ottawa am Montag stattgefunden hätten.", "Happened"),
])
def test_the_verbs_ending_a_german_that_clause_tell_its_status(extract, text, status):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.status, ev.place) == ("Talks", status, "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada is worried because Brazil and Bolivia have held repeated naval exercises off Nova Scotia."),
    ("de", "Kanada ist besorgt, weil Brasilien und Bolivien wiederholte Manöver vor Neuschottland abhielten."),
])
def test_repeated_exercises_are_a_series(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == []


@pytest.mark.parametrize("text,kind", [
    ("Der Sprecher sagte, Trudeau und Lula hätten am Montag ein Abkommen unterzeichnet.", "Agreement"),
    ("Der Sprecher sagte, Trudeau und Lula hätten am Montag in Ottawa Gespräche geführt.", "Talks"),
])
def test_hätten_of_reported_speech_tells_a_done_act(extract, text, kind):
    """"hätten" stands for the plural "haben" of indirect speech: the act is done, on the
    Monday before the report, not the coming one."""
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso) == (kind, "Happened", "2023-10-16")
