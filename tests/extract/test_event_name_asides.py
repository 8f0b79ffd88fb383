"""A bracket of one word right after a person's name, a party or an age ("Baerbock (Grüne)
traf ...", "Putin (70) und Xi (69) trafen sich", "Tanaka (58) met ..."), is an aside: the
person stays the subject of the clause. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-06-21"        # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenministerin Annalena Baerbock (Grüne) traf am Montag in Tokio den japanischen Außenminister "
           "Yoshimasa Hayashi."),
    ("de", "Annalena Baerbock (57) und Yoshimasa Hayashi (62) trafen sich am Montag in Tokio."),
    ("en", "Annalena Baerbock (Greens) met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo on Monday."),
    ("en", "Annalena Baerbock (57) and Yoshimasa Hayashi (62) met in Tokyo on Monday."),
])
def test_a_party_or_an_age_after_a_name_is_an_aside(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert (sorted(ev.actors), ev.place, ev.date.iso) == (
        ["annalena-baerbock", "yoshimasa-hayashi"], "tokyo", "2023-06-19")

