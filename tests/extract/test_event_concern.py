"""Who is concerned about an act takes no part in it, in both languages: "X is worried
about Y's drills", "X zeigte sich besorgt über das jüngst von Y und Z unterzeichnete
Abkommen" (a German participle before its noun is criticised as the noun is). Who alarms
someone with an act does it (a guard). Sentences written for this test.
"""
from __future__ import annotations

import pytest

DAY = "2024-05-10"


@pytest.mark.parametrize("lang,text,kind,actors", [
    ("de", "Kanada zeigte sich besorgt über das jüngst von Brasilien und Mexiko unterzeichnete Beistandsabkommen.",
     "Agreement", ["brazil", "mexico"]),
    ("de", "Kanada zeigte sich am Montag beunruhigt über brasilianische Manöver in der Ostsee.",
     "MilitaryExercise", ["brazil"]),
    ("en", "Canada said on Monday it was worried about Brazilian naval drills in the Baltic Sea.",
     "MilitaryExercise", ["brazil"]),
])
def test_who_is_concerned_takes_no_part(extract, lang, text, kind, actors):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == (kind, actors)


def test_who_alarms_with_drills_holds_them(extract):
    [ev] = extract("Canada and Brazil alarmed Mexico with naval drills in the Baltic Sea.", "en",
                   published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == ("MilitaryExercise", ["brazil", "canada"])


def test_a_finite_verb_after_a_voiced_concern_keeps_its_subject(extract):
    """Only a participle between an article and its noun is criticised as the noun is; a
    finite verb joined after a criticism ("... verurteilte die Manöver und stationierte ...")
    is the act of the critic."""
    events = extract("Kanada verurteilte am Montag die Manöver und stationierte Truppen in Lettland.", "de",
                     published=DAY).events
    [ev] = [ev for ev in events if ev.kind == "Deployment"]
    assert "canada" in ev.actors
