"""diplograph_shared_heads on sentences written for these tests: a list of two names that
write their shared part once ("Nord- und Südkorea", "North and South Korea") names both, and
the event between them has both sides; a word whose completion is no known name, or that is
a name already, stays as it was."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline
from tests.extract.extract_helpers import run


def _links(lang, text):
    return [(ent.text, ent.ent_id_, ent.kb_id_) for ent in get_pipeline(lang)(text).ents]


@pytest.mark.parametrize("lang, text, first", [
    ("en", "Talks between North and South Korea resumed on Monday.", ("North", "north-korea")),
    ("en", "Envoys of South and North Korea met in Geneva.", ("South", "south-korea")),
    ("de", "Die Gespräche zwischen Nord- und Südkorea wurden am Montag fortgesetzt.", ("Nord-", "north-korea")),
    ("de", "Die Gesandten Süd- und Nordkoreas trafen sich in Genf.", ("Süd-", "south-korea")),
])
def test_the_first_name_of_the_pair_is_the_known_name_it_completes(lang, text, first):
    assert first + ("names.shared_head",) in _links(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The first summit between North and South Korea was held in Pyongyang in June 2000."),
    ("de", "Das erste Gipfeltreffen zwischen Nord- und Südkorea fand im Juni 2000 in Pjöngjang statt."),
])
def test_a_summit_of_the_pair_has_both_sides(lang, text):
    [summit] = run(text, lang, published="2007-10-02").events
    assert sorted(summit.actors) == ["north-korea", "south-korea"] and summit.date.iso == "2000-06"


@pytest.mark.parametrize("lang, text", [
    ("en", "Talks between Japan and South Korea resumed on Monday."),       # a name already
    ("en", "Talks between West and South Korea resumed on Monday."),        # no such name
    ("de", "Die Gespräche zwischen Groß- und Südkorea wurden fortgesetzt."),
])
def test_guard_no_completion_no_new_name(lang, text):
    assert not [link for link in _links(lang, text) if link[2] == "names.shared_head"]
