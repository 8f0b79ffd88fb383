"""Who is reproached and who reproaches at a gathering: sentences written for this test, in
both languages.

- the names a verb of reproach takes ("criticised Brazil and Mexico", "haben ... Brasilien und
  Mexiko kritisiert", "alarmieren Mexiko mit Manövern") are what is reproached, no party;
- who criticises something at a meeting ("criticised X at a meeting in Ottawa", "kritisierte
  X bei einem Treffen") is at the meeting: the meeting is where, not what is criticised;
- ministers of an organisation no holder is known for stand for it at a gathering ("G7
  foreign ministers ... at their meeting").
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "G7 foreign ministers sharply criticized Brazil and Mexico at their meeting in Ottawa on Monday."),
    ("de", "Bei ihrem Treffen in Ottawa haben die Außenminister der G7 Brasilien und Mexiko kritisiert."),
    ("de", "Bei ihrem Treffen in Ottawa haben die Außenminister der G7 Brasilien und Mexiko kritisiert und die "
           "eigene Einigkeit betont."),
])
def test_who_a_gathering_criticises_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Meeting", ["g7"], "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil alarmed Mexico with naval drills in the Caribbean Sea."),
    ("de", "Kanada und Brasilien alarmieren Mexiko mit Marineübungen in der Karibik."),
])
def test_who_drills_alarm_takes_no_part(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("MilitaryExercise", ["brazil", "canada"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz criticized Brazil at a meeting in Ottawa on Monday."),
    ("de", "Scholz kritisierte Brasilien am Montag bei einem Treffen in Ottawa."),
])
def test_who_criticises_at_a_meeting_is_there(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place, ev.date.iso) == ("Meeting", ["olaf-scholz"], "ottawa", "2024-05-06")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada criticized the Brazilian drills in the Baltic Sea."),
    ("de", "Kanada kritisierte die brasilianischen Manöver in der Ostsee."),
])
def test_who_criticises_an_act_takes_no_part_in_it(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors) == ("MilitaryExercise", ["brazil"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada criticized Brazil's drills in the Baltic Sea on Monday."),
    ("de", "Kanada kritisierte Brasiliens Manöver in der Ostsee am Montag."),
])
def test_the_owner_of_a_criticised_act_keeps_it(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("MilitaryExercise", ["brazil"], "baltic-sea")
