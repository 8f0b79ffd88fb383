"""A person's apposition may name their post by a head's word and the body after a link
("Chung Eui-yong, head of the National Security Office, lodged ...", "chief of the Japanese
delegation"), known to the knowledge base or not: the comma ends no clause, and the person
acts. Russia's Security Council is its own body, not the United Nations'.
"""
from __future__ import annotations

import pytest

DAY = "2019-07-23"        # a Tuesday


@pytest.mark.parametrize("text, actors", [
    ("Chung Eui-yong, head of the National Security Office, lodged a protest with Nikolai Patrushev on Tuesday.",
     {"chung-eui-yong", "nikolai-patrushev"}),
    ("Taro Kono, chief of the Japanese delegation, met Sergey Lavrov in Moscow on Tuesday.",
     {"taro-kono", "sergey-lavrov"}),
])
def test_a_person_with_a_head_and_body_apposition_acts(extract, text, actors):
    [ev] = extract(text, "en", published=DAY).events
    assert actors <= set(ev.actors) and ev.date.iso == DAY


@pytest.mark.parametrize("lang, text", [
    ("en", "Nikolai Patrushev, secretary of the Security Council of Russia, met Chung Eui-yong in Moscow on Tuesday."),
    ("en", "The Russian Security Council met in Moscow on Tuesday."),
    ("de", "Nikolai Patruschew, der Sekretär des russischen Sicherheitsrates, traf am Dienstag Chung Eui Yong in Moskau."),
])
def test_russias_security_council_is_not_the_united_nations(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert "russian-security-council" in facts.entities and "un-security-council" not in facts.entities
