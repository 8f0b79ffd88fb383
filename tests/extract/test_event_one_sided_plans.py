"""A deal one side would like to seal is a wish, not a planned event: sentences written for
this test, in both languages.

- "Abe would like to seal a deal as soon as possible because the ageing Japanese former
  residents ...": one side, no date, no place: no Agreement event (its accord stays, as
  intended);
- "Japan and Russia will sign the treaty in Moscow on Friday": two sides, a place and a day:
  a planned Agreement.
"""
from __future__ import annotations

import pytest

DAY = "2016-12-16"          # a Friday


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Abe met in Nagato on Thursday. Abe would like to seal a deal as soon as possible because the "
           "ageing Japanese former residents are dwindling in number."),
    ("de", "Putin und Abe trafen sich am Donnerstag in Nagato. Abe möchte so schnell wie möglich ein Abkommen "
           "schließen, weil die japanischen früheren Bewohner immer älter werden."),
])
def test_a_deal_one_side_would_like_is_no_event(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [ev.kind for ev in facts.events] == ["Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan and Russia will sign the fishing treaty in Moscow on Monday."),
    ("de", "Japan und Russland werden das Fischereiabkommen am Montag in Moskau unterzeichnen."),
])
def test_a_treaty_two_sides_will_sign_is_planned(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, sorted(ev.actors), ev.place) == ("Agreement", "Planned", ["japan", "russia"], "moscow")
