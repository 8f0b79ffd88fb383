"""Places of the knowledge base the news of the region names often, under each of their names:
the Senkaku (Diaoyu) Islands, Camp David, the Moscow region, Busan, Jeju Island, Panmunjom, Anchorage, Riyadh. Sentences written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Coast guard ships entered waters around the Senkaku Islands on Monday.", "senkaku-islands"),
    ("en", "Ships sailed near the Diaoyu Islands on Monday.", "senkaku-islands"),
    ("de", "Schiffe fuhren am Montag in die Gewässer um die Senkaku-Inseln ein.", "senkaku-islands"),
    ("de", "Schiffe fuhren am Montag nahe den Diaoyu-Inseln.", "senkaku-islands"),
    ("en", "The leaders met at Camp David on Friday.", "camp-david"),
    ("de", "Die Drohne stürzte in der Oblast Moskau ab.", "moscow-oblast"),
    ("en", "The two leaders met in Busan on Thursday.", "busan"),
    ("de", "Die beiden Präsidenten trafen sich am Donnerstag in Busan.", "busan"),
    ("en", "The drills were held south of Jeju Island on Monday.", "jeju-island"),
    ("de", "Die Übung fand am Montag vor der Insel Jeju statt.", "jeju-island"),
    ("en", "The port of Pusan was closed on Monday.", "busan"),
    ("en", "Trump met Kim at Panmunjom on Sunday.", "panmunjom"),
    ("de", "Trump traf Kim am Sonntag in Panmunjeom.", "panmunjom"),
    ("en", "Blinken met Yang in Anchorage on Thursday.", "anchorage"),
    ("en", "Rubio met Lavrov in Riyadh on Tuesday.", "riyadh"),
    ("de", "Die Verhandlungen der USA und Russlands endeten am Dienstag in Riad.", "riyadh"),
])
def test_a_kb_place_is_linked_under_each_of_its_names(extract, lang, text, key):
    entity = extract(text, lang).entities[key]
    assert (entity.kind, entity.known) == ("Place", True)


def test_the_state_guesthouse_is_no_island(extract):
    facts = extract("Xi met Trudeau at the Diaoyutai State Guesthouse on Monday.", "en")
    assert "senkaku-islands" not in facts.entities and "diaoyutai-state-guesthouse" in facts.entities
