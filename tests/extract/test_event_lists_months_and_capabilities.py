"""Lists, bare months, subordinate clauses and capabilities: sentences written for this
test, in both languages where the language has the form.

- "Mexico, Canada, Brazil, and the US Navy began drills": all four (the serial comma is
  English only).
- A bare month of a noun event with nothing past in its sentence is the nearer one:
  "Staatsbesuch im Dezember" told in November is this December's, planned; "met in
  December" told in February is last December's.
- "..., wie der Handel gestärkt werden kann" / "how trade could be strengthened": what was
  discussed, not a plan of the summit.
- "in the hope of a breakthrough": a noun, no plan.
- "over the islands seized by British troops in 1945": that clause's year, not the summit's;
  "the summit hosted by Canada in May" keeps its month.
- "powers to deal with rising prices": a verb, no accord; "would allow soldiers to visit" /
  "ermöglichen, ... zu besuchen": a capability, no visit; "prohibited ... from signing": no
  accord.
- "agreed for Macron to visit Brazil in December": "visit" after an infinitive "to" is a verb,
  and the visit a plan (German says it with "dass ... besuchen werde").
- "Canada's ambassador in Paris was handed a protest note" / "Dem kanadischen Botschafter in
  Paris wurde eine Protestnote übergeben": France is the other side.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th, Friday the 5th


def test_a_list_with_a_serial_comma_keeps_every_name(extract):
    [row] = event_rows(extract("Mexico, Canada, Brazil, and the US Navy began joint naval drills on Tuesday.",
                               "en", published=DAY))
    assert row == ("MilitaryExercise", "Happened", ["brazil", "canada", "mexico", "united-states", "us-navy"], "2024-07-09")


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron's state visit to Canada in December"),
    ("de", "Staatsbesuch Macrons in Kanada im Dezember"),
])
def test_a_bare_month_of_a_noun_event_is_the_nearer_one(extract, lang, text):
    [row] = event_rows(extract(text, lang, published="2024-11-10"))
    assert row[1] == "Planned" and row[3] == "2024-12"


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau met in Ottawa in December."),
    ("de", "Der Besuch Macrons in Kanada im Dezember fand in Ottawa statt."),
])
def test_a_bare_month_told_in_the_past_is_the_last_one(extract, lang, text):
    [row] = event_rows(extract(text, lang, published="2024-02-10"))
    assert row[1] == "Happened" and row[3] == "2023-12"


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau discussed at their summit in Ottawa on Friday how trade could be strengthened."),
    ("de", "Präsident Emmanuel Macron und Premierminister Justin Trudeau sprachen am Freitag bei ihrem Gipfel "
           "in Ottawa darüber, wie der Handel gestärkt werden kann."),
])
def test_a_plan_in_what_was_discussed_leaves_the_summit_held(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row == ("Summit", "Happened", ["emmanuel-macron", "justin-trudeau"], "2024-07-05")


def test_a_hope_as_a_noun_is_no_plan_and_a_participle_clause_keeps_its_year(extract):
    [row] = event_rows(extract("Macron is hosting Trudeau at a summit in Ottawa in the hope of a breakthrough "
                               "over the islands seized by British troops in 1945.", "en", published=DAY))
    assert row == ("Summit", "Happened", ["emmanuel-macron", "justin-trudeau"], DAY)


def test_a_participle_on_the_trigger_keeps_the_date(extract):
    [row] = event_rows(extract("Macron attended the summit hosted by Canada in May.", "en", published=DAY))
    assert row[0] == "Summit" and row[3] == "2024-05"


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau wants new powers from parliament to deal with rising prices and with pressure from "
           "Brazil."),
    ("en", "Trudeau and Macron said the new treaty would allow soldiers of both states to visit bases in "
           "the other country."),
    ("de", "Macron und Trudeau sagten, das Abkommen solle es den Truppen ermöglichen, das jeweils andere Land "
           "zu besuchen."),
    ("en", "The border quarrel has long prohibited Canada and Brazil from ever signing a treaty."),
])
def test_verbs_capabilities_and_prohibitions_are_no_events(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == []


def test_a_permission_to_join_talks_leaves_the_talks(extract):
    rows = event_rows(extract("Canada allowed Brazil to join the talks.", "en", published=DAY))
    assert [row[0] for row in rows] == ["Talks"]


@pytest.mark.parametrize("lang,text", [
    ("en", "A protest note was handed to Canada's ambassador in Paris on Monday."),
    ("de", "Dem kanadischen Botschafter in Paris wurde am Montag eine Protestnote übergeben."),
])
def test_a_protest_delivered_in_a_capital_has_its_state_as_other_side(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row == ("Protest", "Happened", ["canada", "france"], "2024-07-08")


@pytest.mark.parametrize("lang,text", [
    ("en", "In September, they agreed for Macron to visit Brazil in December."),
    ("de", "Im September vereinbarten sie, dass Macron im Dezember Brasilien besuchen werde."),
])
def test_a_visit_agreed_for_someone_is_planned(extract, lang, text):
    [visit] = [row for row in event_rows(extract(text, lang, published="2023-11-20")) if row[0] == "Visit"]
    assert visit[1] == "Planned" and visit[3] == "2023-12"
