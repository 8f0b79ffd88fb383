"""Near misses of this stop's rules, from a review with sentences written for it: each must
keep the output it had before the rule (or a better one).

- forces that agree are the parties; a trip told in the present with its purpose and time
  after it is still to come;
- welcoming a counterpart's proposal or receiving his letter is no meeting; looking forward to
  meeting someone plans it;
- sanctions a government only considers, is urged to impose or will impose on a day or under a
  condition of their own are not decided when said;
- "scrambled to" something and "sprach sich ... aus", "sprach von ... mit" are no scramble or
  talks; a preposition far after a German verb hides no trigger between them;
- nationals living abroad or protesting are no state; "also" with another verb is no second act;
- a bulk carrier, an airline, an aid flotilla or what "passiert" are no warship passages.
"""
from __future__ import annotations

import pytest

DAY = "2024-03-05"        # a Tuesday


def _kinds(text, lang, extract, day=DAY):
    return [(e.kind, e.status) for e in extract(text, lang, published=day).events]


def test_forces_that_agree_are_its_parties(extract):
    [ev] = extract("Russian and Ukrainian forces agreed to a local ceasefire on Monday.", "en", published=DAY).events
    assert sorted(ev.actors) == ["russia", "ukraine"]


@pytest.mark.parametrize("text", [
    "Lavrov travels to Beijing to meet Wang Yi next week.",
    "Putin travels to Pyongyang to sign a defence pact with Kim next week.",
])
def test_a_trip_told_in_the_present_with_its_time_after_its_purpose_is_to_come(extract, text):
    assert all(status == "Planned" for _, status in _kinds(text, "en", extract))


@pytest.mark.parametrize("text", [
    "Lavrov welcomed his Japanese counterpart's proposal for talks on Monday.",
    "Kishida received his counterpart's letter on Monday.",
])
def test_a_counterparts_proposal_or_letter_is_no_meeting(extract, text):
    assert _kinds(text, "en", extract) == []


def test_looking_forward_to_meeting_someone_plans_it(extract):
    kinds = _kinds("Kishida said he looked forward to meeting his counterpart, Wang Yi.", "en", extract)
    assert ("Meeting", "Happened") not in kinds


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan to consider sanctions against Russia"),
    ("en", "Norway will impose sanctions on Chile from April 1, the minister said."),
    ("en", "Norway said it would impose sanctions on Chile once the new package is approved."),
    ("de", "Norwegen kündigte am Dienstag an, weitere Sanktionen gegen Chile zu prüfen."),
])
def test_sanctions_considered_urged_timed_or_conditional_are_not_decided(extract, lang, text):
    assert ("Sanction", "Happened") not in _kinds(text, lang, extract)


def test_an_urged_government_is_the_only_side_besides_the_target(extract):
    facts = extract("Kyiv called on the EU to impose sanctions on Russian nuclear firms.", "en", published=DAY)
    assert all("ukraine" not in e.actors for e in facts.events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Diplomats scrambled to limit the fallout after Chinese fighter jets buzzed a patrol plane."),
    ("en", "Airlines scrambled on Monday to reroute dozens of planes."),
    ("de", "Baerbock sprach sich am Montag gemeinsam mit Frankreich für neue Gespräche aus."),
    ("de", "Kishida sprach am Montag von einem Durchbruch mit Russland."),
])
def test_no_scramble_or_talks_in_other_senses(extract, lang, text):
    assert not any(k in ("Interception", "Talks") for k, _ in _kinds(text, lang, extract))


@pytest.mark.parametrize("text, kind", [
    ("Außenministerin Baerbock kündigte für die kommende Woche weitere Gespräche mit ihren Amtskollegen auf "
     "dem Westbalkan an.", "Talks"),
    ("Russland kündigte am Montag ein Manöver mit Schiffen der Pazifikflotte vor den Kurilen und Übungsflüge "
     "auf Sachalin an.", "MilitaryExercise"),
])
def test_a_preposition_far_after_a_verb_hides_no_trigger(extract, text, kind):
    assert [k for k, _ in _kinds(text, "de", extract)] == [kind]


@pytest.mark.parametrize("text", [
    "Russians living in Tokyo protested outside the embassy against the war on Sunday.",
    "Ukrainians living in Poland met Zelenskyy in Warsaw on Sunday.",
])
def test_nationals_living_abroad_are_no_state(extract, text):
    facts = extract(text, "en", published=DAY)
    assert not any({"russia", "ukraine"} & set(e.actors) for e in facts.events)


def test_delegations_named_by_nationality_meet_for_their_states(extract):
    [ev] = extract("Ukrainians and Russians met in Istanbul on Friday for talks on a prisoner swap.", "en",
                   published=DAY).events
    assert sorted(ev.actors) == ["russia", "ukraine"]


def test_also_with_another_verb_is_no_second_act(extract):
    text = ("Japan said on Tuesday it had protested to China over a drone incursion near Yonaguni. On Monday, "
            "Tokyo also summoned China's ambassador and protested the incursion, the ministry said.")
    assert [k for k, _ in _kinds(text, "en", extract, "2024-03-06")] == ["Protest"]


@pytest.mark.parametrize("lang, text", [
    ("en", "A Greek bulk carrier sailed through the Strait of Hormuz on Monday."),
    ("en", "An aid flotilla sailed past Cyprus on Monday."),
    ("de", "Dem chinesischen Zerstörer sei am Montag nichts passiert, teilte die Marine mit."),
])
def test_no_warship_passage_in_other_senses(extract, lang, text):
    assert ("MilitaryExercise", "Happened") not in _kinds(text, lang, extract)



@pytest.mark.parametrize("text", [
    "Russia resumed regular patrol flights in 2007 in a sign of its growing military confidence.",
    "It was a sign of growing cooperation between Moscow and Beijing.",
])
def test_a_sign_of_something_signs_nothing(extract, text):
    assert not any(k == "Agreement" for k, _ in _kinds(text, "en", extract))


def test_a_gathering_that_ended_is_no_suspension(extract):
    kinds = _kinds("Ivanov spoke in New York, where he attended the U.N. summit, which ended Friday.", "en", extract)
    assert [k for k, _ in kinds] == ["Summit"]


@pytest.mark.parametrize("text", ["Japan and Ukraine sign security pact",
                                  "Kishida and Zelenskyy will sign a security accord on Friday."])
def test_signing_in_headlines_and_plans_is_still_an_agreement(extract, text):
    assert [k for k, _ in _kinds(text, "en", extract)] == ["Agreement"]



@pytest.mark.parametrize("text", [
    "G20 leaders gathered for a summit in Delhi on Saturday. At the summit, Biden met Indian Prime Minister Modi.",
    "US and Russian diplomats held talks in Geneva on Monday. During the talks, Russia's deputy foreign minister "
    "met separately with the Swiss foreign minister.",
])
def test_a_meeting_set_at_a_gathering_stays_its_own(extract, text):
    assert "Meeting" in [k for k, _ in _kinds(text, "en", extract)]


@pytest.mark.parametrize("text", [
    "Japan scrambled as many as 20 fighter jets on Monday after Chinese drones flew near Okinawa.",
    "Japan's air force scrambled up to a dozen jets against Russian bombers on Tuesday.",
])
def test_jets_scrambled_with_a_count_before_them(extract, text):
    assert ("Interception", "Happened") in _kinds(text, "en", extract)


@pytest.mark.parametrize("text", [
    "Kishida sprach am Montag über eine Stunde lang mit Biden.",
    "Kishida sprach zu Beginn seiner Reise mit Biden.",
])
def test_german_talks_with_a_duration_or_setting_before_the_partner(extract, text):
    assert [k for k, _ in _kinds(text, "de", extract)] == ["Talks"]


@pytest.mark.parametrize("lang, text", [
    ("en", "A Russian naval flotilla sailed through the Tsushima Strait on Tuesday."),
    ("de", "Zwei chinesische Kriegsschiffe haben am Montag die Straße von Tsushima passiert."),
])
def test_naval_flotillas_and_warships_passing_a_strait(extract, lang, text):
    assert [k for k, _ in _kinds(text, lang, extract)] == ["MilitaryExercise"]


def test_nationals_who_protest_to_a_state_are_their_state(extract):
    [ev] = extract("The Russians protested to Norway on Monday.", "en", published=DAY).events
    assert "russia" in ev.actors


@pytest.mark.parametrize("lang, text", [
    ("en", "After Ukraine urged it to act, the EU said on Monday it would impose sanctions on Iran."),
    ("en", "Japan said on Monday it would freeze the assets of Russian oligarchs."),
    ("de", "Japan kündigte am Montag an, die Vermögen russischer Oligarchen einzufrieren."),
])
def test_announced_freezes_and_sanctions_after_an_earlier_appeal_are_decided(extract, lang, text):
    assert ("Sanction", "Happened") in _kinds(text, lang, extract)


def test_talks_someone_ended_are_suspended(extract):
    kinds = _kinds("The talks, which Washington ended last week, had lasted a year.", "en", extract)
    assert [k for k, _ in kinds] == ["Suspension"]


@pytest.mark.parametrize("text", [
    "Nach der Entscheidung der Regierung werden sich Scholz und Macron am Freitag in Paris treffen.",
    "Nach den Maßnahmen der Regierung wurde Scholz am Montag von Macron in Paris empfangen.",
])
def test_a_decision_noun_elsewhere_leaves_a_real_meeting(extract, text):
    assert "Meeting" in [k for k, _ in _kinds(text, "de", extract)]


def test_talks_with_officials_of_a_region_are_talks_with_its_state(extract):
    [ev] = extract("Japan held talks on Monday with Russian Sakhalin officials.", "en", published=DAY).events
    assert "russia" in ev.actors
