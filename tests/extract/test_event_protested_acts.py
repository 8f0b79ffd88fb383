"""The act a protest or a criticism is about keeps its own doer, place and status: sentences
written for this test, in both languages.

- Who owns an act after "over" is its doer, not its place, also past modifiers ("over
  Russia's large-scale naval drills") and as a German genitive ("über Russlands Manöver").
- The phrase a protest verb is "over" is the protested act's own phrase, not a cause that
  strips its parties ("protested on Monday over Russia's drills in the Okhotsk Sea").
- A critic's plan is not the act's: "planned to criticise X's visit", "will seinen Unmut über
  Xs Besuch äußern" speak of a visit that took place.
"""
from __future__ import annotations

import pytest

DAY = "2022-05-10"        # a Tuesday


def _exercises(facts) -> list:
    return [(sorted(ev.actors), ev.place) for ev in facts.events if ev.kind == "MilitaryExercise"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan voiced concern over Russia's large-scale naval drills in the Okhotsk Sea."),
    ("en", "Japan voiced concern over Russia's naval drills in the Okhotsk Sea."),
    ("de", "Japan äußerte sich besorgt über Russlands Manöver im Ochotskischen Meer."),
])
def test_the_owner_of_a_criticised_act_is_its_doer(extract, lang, text):
    assert _exercises(extract(text, lang, published=DAY)) == [(["russia"], "sea-of-okhotsk")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan protested on Monday over Russia's missile drills in the Okhotsk Sea."),
    ("de", "Japan protestierte am Montag gegen Russlands Manöver im Ochotskischen Meer."),
])
def test_a_protested_act_keeps_its_own_parties_and_place(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert _exercises(facts) == [(["russia"], "sea-of-okhotsk")]
    assert [sorted(ev.actors) for ev in facts.events if ev.kind == "Protest"] == [["japan", "russia"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokyo said Japan planned to criticise Medvedev's recent visit to Kunashir."),
    ("en", "Japan intends to condemn Medvedev's trip to Kunashir."),
    ("de", "Japan will seinen Unmut über Medwedews Besuch auf Kunaschir äußern."),
    ("de", "Japan wird sein Bedauern über Medwedews Besuch auf Kunaschir ausdrücken."),
])
def test_a_critics_plan_does_not_make_the_criticised_act_planned(extract, lang, text):
    [visit] = extract(text, lang, published=DAY).events
    assert (visit.kind, visit.actors, visit.place, visit.status) == ("Visit", ["dmitry-medvedev"], "kunashir", "Happened")


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan criticised Medvedev's planned trip to Kunashir."),
    ("de", "Japan kritisierte den geplanten Besuch Medwedews auf Kunaschir."),
])
def test_guard_a_plan_of_the_act_itself_still_counts(extract, lang, text):
    [visit] = extract(text, lang, published=DAY).events
    assert (visit.kind, visit.status) == ("Visit", "Planned")


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Brazil held naval drills on Monday in Canada's exercise area.", "canada"),
    ("de", "Brasilien und Kanada führten am Montag in Paris Gespräche.", "paris"),
])
def test_guard_a_place_before_a_noun_stays_a_place(extract, lang, text, place):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.place == place
