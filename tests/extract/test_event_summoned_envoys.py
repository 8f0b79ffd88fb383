"""Summoned envoys and whose predecessor someone is: sentences written for this test, in
both languages.

- "summoned Brazilian Ambassador Paulo Pereira" / "bestellte den brasilianischen Botschafter
  Paulo Pereira ein": the envoy's state is the protest's other side, also when he is named.
- "Canada's ambassador to France, Jonas Kettler, was summoned to the French foreign
  ministry" / "Der kanadische Botschafter in Paris, Jonas Kettler, ist ... einbestellt
  worden": the name set off after the role and its place holds the role, and the whole is
  the subject of the summons.
- "Kamikawa's predecessor X" / "Kamikawas Vorgänger X": Kamikawa takes no part.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows, role_triples, run

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada summoned Brazilian Ambassador Paulo Pereira on Monday."),
    ("de", "Die kanadische Regierung bestellte am Montag den brasilianischen Botschafter Paulo Pereira ein."),
])
def test_a_named_envoys_state_is_the_other_side(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "Protest" and {"brazil", "canada"} <= set(row[2]) and row[3] == "2024-07-08"


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada's ambassador to France, Jonas Kettler, was summoned to the French foreign ministry on Monday."),
    ("de", "Der kanadische Botschafter in Paris, Jonas Kettler, ist am Montag ins französische Außenministerium "
           "einbestellt worden."),
])
def test_an_envoy_named_after_his_post_is_summoned(lang, text):
    facts = run(text, lang, published=DAY)
    assert ("new:Person:jonas kettler", "ambassador", "canada") in role_triples(facts)
    [ev] = facts.events
    assert ev.kind == "Protest" and {"canada", "france", "new:Person:jonas kettler"} <= set(ev.actors)


def test_a_spokesman_of_a_president_is_not_the_president():
    facts = run("Der Sprecher des kanadischen Premierministers, Jonas Kettler, sagte am Montag, alles sei gut.",
                "de", published=DAY)
    assert not any(person == "new:Person:jonas kettler" and role == "prime-minister"
                   for person, role, _ in role_triples(facts))


@pytest.mark.parametrize("lang,text", [
    ("en", "Kamikawa's predecessor Yoshimasa Hayashi held talks in Canada in September."),
    ("de", "Kamikawas Vorgänger Yoshimasa Hayashi führte im September Gespräche in Kanada."),
])
def test_whose_predecessor_someone_is_takes_no_part(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[0] == "Talks" and "yoko-kamikawa" not in row[2] and "yoshimasa-hayashi" in row[2]
