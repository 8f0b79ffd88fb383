"""Negated events, in both languages, with sentences written for this test: a negation
before the trigger, a typographic apostrophe ("won’t"), a German negation in the middle of
the clause before the verb that ends it, or at the clause's end; "nicht nur" / "not only"
negate nothing; a negated verb leaves the gathering its clause is set at."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula likely won’t be visiting Ottawa this year."),
    ("en", "Canada didn’t sign the trade agreement with Brazil on Monday."),
    ("de", "Kanada hat nie den langen Streit mit Brasilien um die Inseln offiziell beendet."),
    ("de", "Kanada hat die Sanktionen gegen Brasilien bis heute nicht verhängt."),
    ("de", "Scholz traf Macron am Montag in Paris nicht."),
    ("de", "Scholz hat Macron am Montag in Paris nicht getroffen."),
    ("de", "Kanada will die Gespräche mit Brasilien im Mai nicht fortsetzen."),
])
def test_a_negated_event_is_none(extract, lang, text):
    assert extract(text, lang, published=PUBLISHED).events == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada hat nicht nur Sanktionen gegen Russland verhängt, sondern auch Diplomaten ausgewiesen."),
    ("en", "Canada has not only imposed sanctions on Russia but also expelled diplomats."),
])
def test_not_only_negates_nothing(extract, lang, text):
    kinds = sorted(e.kind for e in extract(text, lang, published=PUBLISHED).events)
    assert kinds == ["Expulsion", "Sanction"]


@pytest.mark.parametrize("text", [
    "Kanada hat beim Gipfel in Ottawa die Frage nicht beantwortet.",
    "Scholz sagte, das sei während des Gipfels in Ottawa nicht hinnehmbar.",
])
def test_a_negated_verb_leaves_the_gathering_it_is_set_at(extract, text):
    [ev] = extract(text, "de", published=PUBLISHED).events
    assert (ev.kind, ev.place, ev.status) == ("Summit", "ottawa", "Happened")


def test_a_denial_before_a_verb_last_and_its_auxiliary_negates_it(extract):
    text = "Kanada erklärte, dass das kanadische Flugzeug am Montag nicht in den brasilianischen Luftraum eingedrungen sei."
    assert [e.kind for e in extract(text, "de", published=PUBLISHED).events] == []
