"""What an agreement is against, what it sets out, and accords that are left: sentences
written for this test, in both languages.

- What an agreement is aimed against is no party ("agreed on a joint strategy against X",
  "einigten sich auf einen gemeinsamen Plan gegen X"), as for a summit.
- A plan noun an agreement takes as its object ("agreed on a joint plan") does not make the
  agreement planned.
- An accord a party leaves or ends is no agreement made ("Canada's exit from the fishing
  agreement", "Kanadas Ausstieg aus dem Fischereiabkommen", "das Abkommen ... zu kündigen",
  "kündigte das Abkommen"); "kündigte ein Abkommen ... an" announces one (a guard).
"""
from __future__ import annotations

import pytest

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


def _agreements(facts) -> list:
    return [(ev.status, sorted(ev.actors), ev.date.iso if ev.date else None)
            for ev in facts.events if ev.kind == "Agreement"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil agreed on Monday on a joint strategy against Mexico."),
    ("en", "Canada and Brazil agreed on Monday on a joint plan against Mexico."),
    ("de", "Kanada und Brasilien einigten sich am Montag auf einen gemeinsamen Plan gegen Mexiko."),
])
def test_what_an_agreement_is_against_is_no_party_and_a_plan_is_its_object(extract, lang, text):
    assert _agreements(extract(text, lang, published=DAY)) == [("Happened", ["brazil", "canada"], "2024-07-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexico criticised Canada's exit from the fishing agreement with Brazil on Monday."),
    ("de", "Mexiko kritisierte am Montag Kanadas Ausstieg aus dem Fischereiabkommen mit Brasilien."),
    ("de", "Mexiko protestierte gegen Kanadas Entscheidung, das Fischereiabkommen mit Brasilien zu kündigen."),
    ("de", "Kanada kündigte am Montag das Fischereiabkommen mit Brasilien."),
])
def test_an_accord_that_is_left_is_no_agreement_made(extract, lang, text):
    assert _agreements(extract(text, lang, published=DAY)) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada kündigte am Montag ein Fischereiabkommen mit Brasilien an."),
    ("en", "Canada and Brazil signed a fishing agreement in Ottawa on Monday."),
])
def test_guard_an_accord_announced_or_signed_is_one(extract, lang, text):
    assert _agreements(extract(text, lang, published=DAY)) == [("Happened", ["brazil", "canada"], "2024-07-08")]
