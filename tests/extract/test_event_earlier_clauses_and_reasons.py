"""Names of another act told beside an act are not its parties: sentences written for this
test, in both languages.

- "The expulsion was announced on Friday, hours after X met Y in Moscow", "Die Ausweisung
  wurde am Freitag bekanntgegeben, wenige Stunden nachdem sich X mit Y in Moskau getroffen
  hatte": X and Y met; they expelled nobody;
- "expelled three diplomats for taking part in rallies for X", "weil sie an Kundgebungen für
  X teilgenommen hatten": what the diplomats did names X, who is no party of the expulsion.
"""
from __future__ import annotations

import pytest

DAY = "2021-02-06"          # a Saturday


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil has expelled three diplomats from France. The expulsion of the diplomats was announced on Friday, "
           "hours after EU foreign affairs chief Josep Borrell met Brazilian Foreign Minister Jo Beispiel in "
           "Brasília."),
    ("de", "Brasilien hat drei Diplomaten aus Frankreich ausgewiesen. Die Ausweisung wurde am Freitag bekanntgegeben, "
           "wenige Stunden nachdem sich der EU-Außenbeauftragte Josep Borrell mit dem brasilianischen Außenminister "
           "Jo Beispiel in Brasília getroffen hatte."),
])
def test_the_parties_of_an_earlier_meeting_do_not_expel(extract, lang, text):
    [ev] = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Expulsion"]
    assert ev.actors == ["brazil", "france"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil has expelled three diplomats from France for taking part in rallies for jailed opposition leader "
           "Alexei Navalny."),
    ("en", "Brazil has expelled three diplomats from France, Spain and Italy for joining rallies in support of jailed "
           "opposition leader Alexei Navalny, who was arrested last week."),
    ("de", "Brasilien hat drei Diplomaten aus Frankreich ausgewiesen, weil sie an Kundgebungen für den inhaftierten "
           "Oppositionsführer Alexej Nawalny teilgenommen hatten."),
])
def test_whom_the_expelled_rallied_for_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.actors[:2] == ["brazil", "france"] and not [a for a in ev.actors if a.startswith("new:Person")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil expelled three diplomats from France after the protests against President Vladimir Putin."),
    ("de", "Brasilien hat nach den Protesten gegen die Inhaftierung des Kremlgegners Alexej Nawalny und gegen "
           "Präsident Wladimir Putin drei Diplomaten aus Frankreich ausgewiesen."),
])
def test_whom_street_protests_were_against_is_no_party(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.actors == ["brazil", "france"]


def test_the_people_who_met_before_an_agreement_reach_it(extract):
    text = "The agreement was signed on Friday, after Scholz met Macron in Paris."
    assert any(ev.kind == "Agreement" and {"olaf-scholz", "emmanuel-macron"} <= set(ev.actors)
               for ev in extract(text, "en", published=DAY).events)
