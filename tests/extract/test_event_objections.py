"""An objection sent or lodged is a protest ("sent a strong objection to X", "lodged objections
with Y"), and the act an objection is made to takes the names of its own phrase, not those of
the protest's sentence ("an objection to the airspace violation to his Russian counterpart, Z":
Z is told of the protest, not of the violation).
"""
from __future__ import annotations

import pytest

DAY = "2019-07-24"        # a Wednesday


@pytest.mark.parametrize("text, parties", [
    ("Russian bombers violated South Korean airspace on Tuesday. On Wednesday Seoul's national security "
     "adviser Chung Eui-yong sent a strong objection to his Russian counterpart, Nikolai Patrushev.",
     {"chung-eui-yong", "nikolai-patrushev"}),
    ("Russian bombers violated South Korean airspace on Tuesday. Seoul lodged objections with Moscow over the "
     "violation on Wednesday.", {"south-korea", "russia"}),
])
def test_an_objection_sent_or_lodged_is_a_protest(extract, text, parties):
    events = extract(text, "en", published=DAY).events
    [protest] = [e for e in events if e.kind == "Protest"]
    assert parties <= set(protest.actors) and protest.date.iso == DAY


def test_the_act_an_objection_is_made_to_keeps_the_protests_people_out(extract):
    text = ("On Wednesday Seoul's national security adviser Chung Eui-yong sent a strong objection to the airspace "
            "violation to his Russian counterpart, Nikolai Patrushev.")
    events = extract(text, "en", published=DAY).events
    [violation] = [e for e in events if e.kind == "AirspaceViolation"]
    assert not {"chung-eui-yong", "nikolai-patrushev"} & set(violation.actors)


@pytest.mark.parametrize("lang, text, doers", [
    ("en", "China opposes the deployment of the missile shield in South Korea, a spokesman said on Monday.", []),
    ("en", "A spokesman said on Monday that China is firmly opposed to the deployment of the US missile shield "
           "in South Korea.", ["united-states"]),
    ("de", "China lehnt die Stationierung des US-Raketenabwehrsystems in Südkorea entschieden ab, sagte ein "
           "Sprecher am Montag.", ["united-states"]),
])
def test_who_opposes_a_deployment_does_not_deploy(extract, lang, text, doers):
    events = extract(text, lang, published=DAY).events
    assert [e.actors for e in events if e.kind == "Deployment"] in ([], [doers])
    assert all("china" not in e.actors for e in events if e.kind == "Deployment")


@pytest.mark.parametrize("text, kinds", [
    ("Japan made no objection to the US drills on Monday, a spokesman said.", []),
    ("South Korea has expressed no objection to Japan's plan on Monday.", []),
    ("Beijing sent troops despite objections from Manila on Monday.", ["Deployment"]),
])
def test_no_objection_and_objections_an_act_is_done_despite_are_no_protest(extract, text, kinds):
    assert [e.kind for e in extract(text, "en", published=DAY).events if e.kind in ("Protest", "Deployment")] == kinds
