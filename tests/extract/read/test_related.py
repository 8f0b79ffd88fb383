"""Related-article link blocks blanked out of page text, offsets kept (texts written for
this test)."""
from __future__ import annotations

import pytest

from diplograph.extract.read.related import blank_related_links


@pytest.mark.parametrize("lang,text,kept", [
    ("de", "Jets stiegen auf.\n\nZum Thema:\n\n  Bomber vor Alaska\n  Neue Sanktionen\n\nDas Ministerium schwieg.",
     "Jets stiegen auf. Das Ministerium schwieg."),
    ("de", "Lesen Sie auch:\n- Gipfel in Rom\n- Streit um Zölle\nKanada schickt Truppen nach Lettland\n\nMehr folgt.",
     "Kanada schickt Truppen nach Lettland Mehr folgt."),
    ("de", "Kanada protestierte.\nMehr zum Thema ‒ Brasilien verhängt Sanktionen\nDas war alles.",
     "Kanada protestierte. Das war alles."),
    ("en", "Canada protested.\n\nRead more\n\nIndependent journalism is not dead.",
     "Canada protested. Independent journalism is not dead."),
    ("en", "Related: Brazil expels Canadian envoys\nCanada protested on Monday.",
     "Canada protested on Monday."),
])
def test_link_blocks_are_blanked_and_offsets_kept(lang, text, kept):
    out = blank_related_links(text, lang)
    assert (len(out), " ".join(out.split())) == (len(text), kept)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(out) if c == "\n"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Related to the dispute, Canada protested on Monday."),
    ("de", "Zum Thema Sanktionen sagte Trudeau am Montag nichts."),
])
def test_a_sentence_opening_with_a_marker_word_is_kept(lang, text):
    assert blank_related_links(text, lang) == text


def test_the_headline_of_a_linked_story_makes_no_event(extract):
    text = ("Kanadische Kampfjets fingen am Montag brasilianische Bomber ab.\n\nZum Thema:\n\n"
            "  Brasilien verhängt Sanktionen gegen Kanada\n\nDas Ministerium schwieg.")
    assert [e.kind for e in extract(text, "de", published="2019-01-30").events] == ["Interception"]
