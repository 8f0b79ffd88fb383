"""What did not happen, might happen or was only decided by one side: sentences written for
this test, in both languages where the language has the form.

- Refused acts did not happen: "refused to impose sanctions", "weigert sich, Sanktionen zu
  verhängen", "lehnte es ab, ...".
- Every visit is no visit: "Every visit by ...", "Jeder Besuch ...".
- Talks that "liegen derzeit brach" are stalled, none held.
- A German talk broken off with a separable verb is suspended: "bricht die Gespräche ... ab".
- "may visit", "a possible visit", "eine mögliche Reise" are plans.
- Who joins "as an observer" / "als Beobachter" takes no part; who welcomes someone's visit
  receives no one.
- "reported on Monday" dates the report, not what it tells ("berichtete" did so before).
- "Kanada hat beschlossen, ... zu entziehen" is one side's decision, no accord.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, Friday the 5th


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexico refused to impose sanctions on Brazil on Monday."),
    ("de", "Mexiko weigert sich, Sanktionen gegen Brasilien zu verhängen."),
    ("de", "Mexiko lehnte es ab, Sanktionen gegen Brasilien zu verhängen."),
    ("en", "Every visit by a Brazilian minister to Canada has drawn a protest from Mexico."),
    ("de", "Jeder Besuch eines brasilianischen Ministers in Kanada zog bisher einen Protest Mexikos nach sich."),
    ("de", "Die Gespräche zwischen Kanada und Brasilien liegen derzeit brach."),
])
def test_refused_generic_and_stalled_acts_are_noevent_rows(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == []


def test_a_refused_act_leaves_other_acts_alone(extract):
    facts = extract("Ohne jede Vorankündigung traf Trudeau am Mittwoch in Ottawa Präsident Macron.", "de",
                    published=DAY)
    assert event_rows(facts) == [("Meeting", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-10")]


@pytest.mark.parametrize("text", [
    "Kanada bricht die Gespräche mit Brasilien über ein Handelsabkommen ab, teilte das Außenministerium am "
    "Montag mit.",
    "Kanada brach am Montag die Verhandlungen mit Brasilien ab.",
])
def test_talks_broken_off_with_a_separable_verb_are_suspended(extract, text):
    assert event_rows(extract(text, "de", published=DAY)) == [("Suspension", "Happened", ["brazil", "canada"], "2024-07-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The paper reported on Monday on a possible visit by President Emmanuel Macron to Canada in August."),
    ("de", "Die Zeitung berichtete am Montag über eine mögliche Reise von Präsident Emmanuel Macron nach Kanada "
           "im August."),
    ("en", "President Emmanuel Macron may visit Canada in August, a newspaper reported on Monday."),
])
def test_a_possible_visit_is_planned(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == [("Visit", "Planned", ["canada", "emmanuel-macron"], "2024-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "A joint air drill of NATO members began on Monday near Ottawa with Mexico joining as an observer."),
    ("de", "Eine gemeinsame Luftübung der NATO begann am Montag bei Ottawa, an der Mexiko als Beobachter teilnahm."),
    ("de", "Eine gemeinsame Luftübung der NATO mit Mexiko als Beobachter begann am Montag bei Ottawa."),
])
def test_an_observer_takes_no_part(extract, lang, text):
    assert [sorted(ev.actors) for ev in extract(text, lang, published=DAY).events] == [["nato"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau met Emmanuel Macron in Ottawa on Friday, the Brazilian newspaper Folha reported on "
           "Monday."),
    ("de", "Justin Trudeau traf Emmanuel Macron am Freitag in Ottawa, berichtete die brasilianische Zeitung Folha "
           "am Montag."),
])
def test_the_day_of_a_report_is_not_the_day_it_tells_of(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == [
        ("Meeting", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-05")]


def test_a_report_day_does_not_date_a_plan(extract):
    facts = extract("President Emmanuel Macron will visit Canada, a newspaper reported on Monday.", "en",
                    published=DAY)
    assert event_rows(facts) == [("Visit", "Planned", ["canada", "emmanuel-macron"], None)]


def test_one_side_s_decision_is_no_accord(extract):
    facts = extract("Kanada hat am Dienstag beschlossen, 40 brasilianischen Firmen die Lizenzen zu entziehen.", "de",
                    published=DAY)
    assert event_rows(facts) == []


def test_both_sides_deciding_is_an_accord(extract):
    facts = extract("Kanada und die EU beschließen am Dienstag eine Verteidigungspartnerschaft.", "de", published=DAY)
    assert event_rows(facts) == [("Agreement", "Happened", ["canada", "european-union"], "2024-07-09")]


def test_welcoming_someone_s_visit_is_no_reception(extract):
    rows = event_rows(extract("Justin Trudeau welcomed Emmanuel Macron's visit to Canada on Monday.", "en", published=DAY))
    assert rows == [("Visit", "Happened", ["canada", "emmanuel-macron"], "2024-07-08")]
    rows = event_rows(extract("Justin Trudeau welcomed Emmanuel Macron in Ottawa on Monday.", "en", published=DAY))
    assert rows == [("Meeting", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-08")]


@pytest.mark.parametrize("lang,text,row", [
    ("en", "In May Justin Trudeau visited Paris.", ("Visit", "Happened", ["justin-trudeau"], "2024-05")),
    ("de", "Nach dem Treffen mit Macron brach Scholz am Montag nach Paris auf.",
     ("Meeting", "Happened", ["emmanuel-macron", "olaf-scholz"], "2024-07-08")),
    ("en", "On Monday Canada imposed sanctions on Brazil as observers had predicted.",
     ("Sanction", "Happened", ["brazil", "canada"], "2024-07-08")),
    ("en", "Canada imposed the toughest possible sanctions on Brazil on Monday.",
     ("Sanction", "Happened", ["brazil", "canada"], "2024-07-08")),
    ("de", "Kanada verhängte am Montag die härtesten möglichen Sanktionen gegen Brasilien.",
     ("Sanction", "Happened", ["brazil", "canada"], "2024-07-08")),
    ("de", "Kanada beschloss am Montag mit Brasilien ein Abkommen.",
     ("Agreement", "Happened", ["brazil", "canada"], "2024-07-08")),
])
def test_what_only_looks_like_a_refusal_a_plan_or_a_decision(extract, lang, text, row):
    rows = event_rows(extract(text, lang, published=DAY))
    assert rows[:1] == [row]


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau refused to say what he discussed with Emmanuel Macron at their meeting in Ottawa on Monday."),
    ("de", "Scholz lehnte es ab, das Treffen mit Macron in Paris am Montag zu kommentieren."),
])
def test_refusing_to_comment_on_a_meeting_leaves_the_meeting(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=DAY).events] in (["Meeting"], ["Talks"])


def test_a_medium_that_reports_is_no_person(extract):
    facts = extract("Canada imposed sanctions on Brazil on Monday, Radio Sertao reported.", "en", published=DAY)
    assert not any(e.kind == "Person" for e in facts.entities.values())
