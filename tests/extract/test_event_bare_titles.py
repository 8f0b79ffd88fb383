"""Who a title alone names, and who meets whom there: sentences written for this test, in both
languages where the language has the form.

"The chancellor also met ...", "Dort traf der Kanzler ...", "traf die Außenministerin auch ...":
a title standing alone after a singular definite article names the one person the article gave
that title before, who takes part. Not when the article named two holders or names the holder
only later, not before a name, not a plural title, not inside a body's name ("the Office of
the President"), not a German genitive after a noun ("beim Treffen der Kanzler").

"There he met X on Tuesday" after an arrival on Monday is a meeting of its own at the trip's
place; on the day of the arrival it is the trip's meeting. A German subject pronoun after the
verb ("Am Dienstag traf er X") takes part, as one before it does. "Keine NATO-Regierung" is no
person's name.
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, Tuesday the 9th


def _events(facts) -> list:
    return [(ev.kind, sorted(ev.actors), ev.place, ev.date.iso if ev.date else None) for ev in facts.events]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "German Chancellor Olaf Scholz arrived in Ottawa on Monday. The chancellor also met Justin Trudeau "
           "on Tuesday.", None),
    ("de", "Bundeskanzler Olaf Scholz reiste am Montag nach Ottawa. Dort traf der Kanzler am Dienstag auch "
           "Justin Trudeau.", "ottawa"),
])
def test_a_title_alone_is_its_one_holder_named_before(extract, lang, text, place):
    assert _events(extract(text, lang, published=DAY)) == [
        ("Visit", ["olaf-scholz"], "ottawa", "2024-07-08"),
        ("Meeting", ["justin-trudeau", "olaf-scholz"], place, "2024-07-09")]


def test_a_feminine_title_after_die_is_one_person(extract):
    facts = extract("Die kanadische Außenministerin Mélanie Joly reiste am Montag nach Paris. Am Dienstag traf "
                    "die Außenministerin auch Emmanuel Macron.", "de", published=DAY)
    assert _events(facts)[-1] == ("Meeting", ["emmanuel-macron", "new:Person:mélanie joly"], None, "2024-07-09")


@pytest.mark.parametrize("lang,text", [
    ("en", "German Chancellor Olaf Scholz and Austrian Chancellor Karl Nehammer arrived in Ottawa on Monday. "
           "The chancellor met Justin Trudeau on Tuesday."),               # two holders
    ("en", "The chancellor met Justin Trudeau on Tuesday. Chancellor Olaf Scholz had arrived in Ottawa on "
           "Monday."),                                                     # named only later
    ("en", "German Chancellor Olaf Scholz arrived in Ottawa on Monday. The chancellors met Justin Trudeau on "
           "Tuesday."),                                                    # plural
    ("de", "Bundeskanzler Olaf Scholz reiste am Montag nach Ottawa. Beim Treffen der Kanzler am Dienstag war "
           "auch Justin Trudeau dabei."),                                  # genitive after a noun
])
def test_no_holder_where_the_title_names_no_one_person(extract, lang, text):
    meeting = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Meeting"]
    assert [sorted(ev.actors) for ev in meeting] == [["justin-trudeau"]]


def test_a_title_inside_a_body_s_name_names_no_one(extract):
    facts = extract("French President Emmanuel Macron arrived in Ottawa on Monday. Justin Trudeau met Olaf Scholz "
                    "at the Office of the President on Tuesday.", "en", published=DAY)
    assert _events(facts)[-1] == ("Meeting", ["justin-trudeau", "olaf-scholz"], None, "2024-07-09")


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau arrived in Paris on Monday. There he met Emmanuel Macron on Tuesday."),
    ("de", "Justin Trudeau reiste am Montag nach Paris. Dort traf er am Dienstag Emmanuel Macron."),
])
def test_there_on_another_day_is_a_meeting_of_its_own_at_the_trip_s_place(extract, lang, text):
    assert _events(extract(text, lang, published=DAY)) == [
        ("Visit", ["justin-trudeau"], "paris", "2024-07-08"),
        ("Meeting", ["emmanuel-macron", "justin-trudeau"], "paris", "2024-07-09")]


def test_there_without_a_day_of_its_own_is_the_trip_s_meeting(extract):
    facts = extract("Justin Trudeau reiste am Montag nach Paris. Dort traf er Emmanuel Macron.", "de", published=DAY)
    assert _events(facts) == [("Meeting", ["emmanuel-macron", "justin-trudeau"], "paris", "2024-07-08")]


def test_a_german_subject_pronoun_after_the_verb_takes_part(extract):
    facts = extract("Justin Trudeau reiste am Montag nach Paris. Am Dienstag traf er Emmanuel Macron.", "de",
                    published=DAY)
    assert _events(facts)[-1] == ("Meeting", ["emmanuel-macron", "justin-trudeau"], None, "2024-07-09")


def test_kein_opens_no_name(extract):
    facts = extract("„Keine NATO-Regierung hilft Kanada mehr“, so Scholz bei seinem Besuch in Ottawa am Montag.",
                    "de", published=DAY)
    assert [k for k, e in facts.entities.items() if e.kind == "Person"] == ["olaf-scholz"]
    assert _events(facts) == [("Visit", ["olaf-scholz"], "ottawa", "2024-07-08")]


def test_a_german_title_before_its_object_is_its_holder(extract):
    facts = extract("Bundeskanzler Olaf Scholz reiste am Montag nach Ottawa. Am Dienstag besuchte der Kanzler Mexiko.",
                    "de", published=DAY)
    assert [sorted(ev.actors) for ev in facts.events] == [["olaf-scholz"], ["mexico", "olaf-scholz"]]
