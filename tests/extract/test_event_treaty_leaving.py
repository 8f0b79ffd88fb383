"""A state leaving a treaty, a pact or a deal: sentences written for this test, in both languages.

- "pulled out of the Fishing Treaty", "quit the arms pact", "left the treaty", "exited the
  trade deal", "walked away from the accord"; "ist aus dem Vertrag ausgestiegen", "verließ das
  Abkommen", "zieht sich aus dem Abkommen zurück": one Suspension by the state that leaves,
  and the treaty noun makes no Agreement of its own;
- "withdrew from the Short-Range Coastal Forces Treaty": the words before "Treaty" name the treaty,
  not an organisation that takes part;
- "left Tokyo", "quit the meeting early", "verließ den Saal", "stieg aus dem Flugzeug aus",
  "left the fishing treaty talks", "left the signing ceremony of the trade agreement", "left
  their pact in place", "verlassen sich auf den Vertrag", "Nach der Unterzeichnung des
  Abkommens verließ X die Hauptstadt": leaving a place or a gathering ends no treaty.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-19"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil pulled out of the Fishing Rights Treaty on Tuesday."),
    ("en", "Brazil quit the regional arms pact on Tuesday."),
    ("en", "On Tuesday Brazil formally left the treaty on fishing rights."),
    ("en", "Brazil exited the grain export deal on Tuesday."),
    ("en", "Brazil walked away from the fishing accord on Tuesday."),
    ("de", "Brasilien ist am Dienstag aus dem Fischereivertrag ausgestiegen."),
    ("de", "Brasilien verließ am Dienstag das Abkommen über Fischereirechte."),
    ("de", "Brasilien zog sich am Dienstag aus dem Abkommen über Fischereirechte zurück."),
])
def test_a_state_leaving_a_treaty_suspends_it(extract, lang, text):
    events = extract(text, lang, published=DAY).events
    assert [(ev.kind, ev.actors, ev.date.iso) for ev in events] == [("Suspension", ["brazil"], "2023-05-16")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil will pull out of the Fishing Rights Treaty next year, the government said on Tuesday."),
    ("de", "Brasilien will im kommenden Jahr aus dem Fischereivertrag aussteigen, teilte die Regierung am "
           "Dienstag mit."),
])
def test_a_state_that_will_leave_a_treaty_plans_it(extract, lang, text):
    [ev] = [ev for ev in extract(text, lang, published=DAY).events if ev.kind != "Announcement"]
    assert (ev.kind, ev.status, ev.actors) == ("Suspension", "Planned", ["brazil"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil withdrew from the Short-Range Coastal Forces Treaty on Tuesday."),
    ("en", "Brazil pulled out of the Short-Range Coastal Forces Treaty on Tuesday."),
])
def test_the_name_before_treaty_names_the_treaty(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [(ev.kind, ev.actors) for ev in facts.events] == [("Suspension", ["brazil"])]
    assert not [key for key in facts.entities if key.startswith("new:Organization")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil's president left Tokyo on Tuesday after a meeting with the Japanese prime minister."),
    ("en", "The Brazilian delegation quit the meeting early on Tuesday."),
    ("de", "Die brasilianische Delegation verließ am Dienstag den Saal."),
    ("de", "Brasiliens Präsident stieg am Dienstag in Tokio aus dem Flugzeug aus."),
    ("en", "Brazil and Chile left the fishing treaty talks without progress on Tuesday."),
    ("en", "Brazil's president left the signing ceremony of the trade agreement early on Tuesday."),
    ("en", "Brazil and Chile left their fishing pact in place on Tuesday."),
    ("de", "Die USA verlassen sich bei ihrer Verteidigung auf den Vertrag mit Kanada."),
    ("de", "Nach der Unterzeichnung des Abkommens verließ Macron am Dienstag die Hauptstadt."),
])
def test_leaving_a_place_or_a_gathering_suspends_nothing(extract, lang, text):
    assert "Suspension" not in [ev.kind for ev in extract(text, lang, published=DAY).events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil withdrew from the International Coffee Commission on Tuesday."),
    ("en", "Brazil will withdraw from the International Coffee Commission next year, the government said on Tuesday."),
    ("de", "Brasilien ist am Dienstag aus der Internationalen Kaffeekommission ausgetreten."),
    ("de", "Der Austritt Brasiliens aus der Kaffeekommission wurde am Dienstag bekannt."),
    ("de", "Brasilien verlässt die Internationale Kaffeekommission."),
])
def test_a_state_leaving_an_organisation_suspends_its_membership(extract, lang, text):
    events = [ev for ev in extract(text, lang, published=DAY).events if ev.kind == "Suspension"]
    assert [ev.actors[0] for ev in events] == ["brazil"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil's delegation left the International Coffee Commission meeting early on Tuesday."),
    ("de", "Die brasilianische Delegation verließ am Dienstag das Treffen der Kaffeekommission."),
])
def test_leaving_an_organisations_meeting_ends_no_membership(extract, lang, text):
    assert "Suspension" not in [ev.kind for ev in extract(text, lang, published=DAY).events]
