"""Places, regions and bodies news on international relations names often are known to the
knowledge base in both languages, through the real pipeline (sentences written for this test)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,slug", [
    ("en", "The navies trained in the Bay of Bengal on Monday.", "bay-of-bengal"),
    ("de", "Die Marinen übten am Montag im Golf von Bengalen.", "bay-of-bengal"),
    ("en", "The envoy travelled to Tibet last week.", "tibet"),
    ("de", "Der Gesandte reiste vergangene Woche nach Tibet.", "tibet"),
    ("en", "The European Parliament passed the resolution.", "european-parliament"),
    ("de", "Das Europäische Parlament verabschiedete die Resolution.", "european-parliament"),
    ("en", "The International Criminal Court issued a warrant.", "international-criminal-court"),
    ("de", "Der Internationale Strafgerichtshof erließ einen Haftbefehl.", "international-criminal-court"),
    ("en", "A U.S. Navy destroyer sailed past the reef.", "us-navy"),
    ("de", "Ein Zerstörer der US-Marine fuhr an dem Riff vorbei.", "us-navy"),
])
def test_a_frequent_place_or_body_is_the_kb_entity(extract, lang, text, slug):
    facts = extract(text, lang)
    assert slug in facts.entities and facts.entities[slug].known


@pytest.mark.parametrize("lang,text", [
    ("en", "The Senate voted on the bill."),
    ("en", "The navy sent two ships."),
    ("de", "Die Marine schickte zwei Schiffe."),
])
def test_guard_a_bare_common_word_names_no_national_body(extract, lang, text):
    assert not {"us-navy", "us-senate"} & set(extract(text, lang).entities)
