"""Summons in answer to summons: sentences written for this test.

- The country of a summoned envoy ("summoned the Brazilian ambassador", "den kanadischen
  Botschafter einbestellt") is a side of the protest and the side it is made to; so the
  other capital's summons in answer is another act, not one merged into the first.
- "X said in turn that it had summoned ...", "X bestellte seinerseits ... ein": the
  aside between the verb of saying and what was said leaves X the doer.
- An envoy who protests is no side protested to.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada lodged a protest over the trip and summoned the Brazilian ambassador. Brazil said in turn "
           "that it had summoned Canada's ambassador over the unfriendly steps."),
    ("de", "Kanada bestellte wegen der Reise den brasilianischen Botschafter ein. Brasilien bestellte seinerseits "
           "den kanadischen Botschafter ein."),
])
def test_each_capital_summons_the_others_envoy(lang, text):
    protests = run(text, lang, published="2024-05-08").events
    assert sorted((ev.actors[0], ev.targets) for ev in protests) == [("brazil", ["canada"]), ("canada", ["brazil"])]


def test_an_envoy_who_protests_is_not_protested_to():
    # guard: Canada's ambassador protests; Canada is no target
    [ev] = run("Canada's ambassador in Brasilia lodged a protest with the Brazilian foreign ministry on Monday.",
               "en", published="2024-05-08").events
    assert "canada" not in ev.targets
