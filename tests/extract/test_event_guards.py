"""Guards for the rules of negation, intention, targets and protests, with sentences written
for this test: what a rule must leave alone (a negated adjective, a subject, a gathering
beside a promise, politicians travelling together, a protest's time clause, a byline)."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-05-10"


@pytest.mark.parametrize("text,kind", [
    ("Das Treffen zwischen Scholz und Macron in Paris verlief am Montag nicht harmonisch.", "Meeting"),
    ("Die Sanktionen Kanadas gegen Russland wirken bisher nicht.", "Sanction"),
    ("Nach nicht einmal zwei Wochen hat Scholz Macron am Montag in Paris getroffen.", "Meeting"),
    ("Scholz hat Macron trotz nicht ausgeräumter Differenzen am Montag in Paris getroffen.", "Meeting"),
])
def test_a_negation_of_something_else_leaves_the_event(extract, text, kind):
    assert [e.kind for e in extract(text, "de", published=PUBLISHED).events] == [kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron pledged support for Canada at a meeting with Scholz in Paris on Monday."),
    ("de", "Scholz versprach am Montag bei einem Treffen mit Macron in Paris weitere Hilfe."),
])
def test_a_promise_made_at_a_meeting_leaves_the_meeting_held(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.date.iso) == ("Meeting", "Happened", "2023-05-08")


@pytest.mark.parametrize("lang,text,actors", [
    ("de", "Kanada verärgerte Brasilien am Montag mit Sanktionen gegen Russland.", {"canada", "russia"}),
    ("de", "Scholz sagte am Montag, sein Land begrüße die Sanktionen Kanadas gegen Russland.", {"canada", "russia"}),
    ("de", "Inmitten von Spannungen zwischen Russland, Japan und Kanada verhängte Frankreich am Montag Sanktionen "
           "gegen Brasilien.", {"france", "brazil"}),
    ("en", "Japan protested to Russia on Monday after Canada imposed sanctions on Brazil.", None),
])
def test_who_is_angered_welcomes_or_stands_aside_is_no_actor(extract, lang, text, actors):
    events = extract(text, lang, published=PUBLISHED).events
    if actors is None:                   # the protest does not take the parties of its time clause
        [protest] = [e for e in events if e.kind == "Protest"]
        assert not {"canada", "brazil"} & set(protest.actors)
    else:
        [ev] = [e for e in events if e.kind == "Sanction"]
        assert set(ev.actors) == actors


def test_a_demonym_adjective_opening_a_sentence_is_no_target(extract):
    [ev] = extract("Kanadische Sanktionen gegen Russland traten am Montag in Kraft.", "de", published=PUBLISHED).events
    assert (ev.kind, ev.targets) == ("Sanction", ["russia"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Macron fuhren am Montag gemeinsam mit dem Zug nach Kiew."),
    ("en", "Scholz and Macron jointly flew to Kyiv on Monday."),
])
def test_politicians_travelling_together_hold_no_joint_patrol(extract, lang, text):
    assert "MilitaryExercise" not in [e.kind for e in extract(text, lang, published=PUBLISHED).events]


def test_a_byline_under_a_headline_is_not_its_place(extract):
    events = extract("Scholz meets Macron\nby a staff writer in Ottawa\nThe chancellor travels on Monday.", "en",
                     published=PUBLISHED).events     # the chancellor: Scholz, by the KB's offices
    assert [(ev.kind, ev.place) for ev in events] == [("Meeting", None), ("Visit", None)]


def test_a_cue_heading_the_phrase_of_a_participle_still_makes_background(extract):
    events = extract("Als Reaktion auf die von Kanada angekündigten Sanktionen wies Russland am Montag zwölf kanadische "
                     "Diplomaten aus.", "de", published=PUBLISHED).events
    assert [(e.kind, e.targets) for e in events if not e.prior] == [("Expulsion", ["canada"])]
