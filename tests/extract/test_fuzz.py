"""Property-based: the extractor never crashes on arbitrary text and metadata."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from diplograph.extract import extract_article
from diplograph.extract.read.metadata import apply_metadata, metadata_from_text
from diplograph.extract.model import Article

WORDS = ["Japan", "Russland", "Russia", "NATO", "Kishida", "Lawrow", "Lavrov", "Außenminister",
         "Foreign Minister", "traf", "met", "Gipfel", "summit", "in", "Tokio", "Moscow", "am",
         "Montag", "2. November 2013", "„", "“", "\"", ",", ".", ":", "-", "und", "and", "sagte",
         "said", "24,5 Milliarden Euro", "$33 billion", "nicht", "never", "vereinbarten", "agreed"]

texty = st.one_of(st.text(max_size=400),
                  st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
                  st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texty, lang=st.sampled_from(["de", "en"]))
def test_extraction_never_crashes_and_offsets_are_inside_the_text(text, lang):
    facts = extract_article(Article("fuzz", text, lang))
    for m in facts.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
    for r in facts.roles:
        assert 0 <= r.sent[0] <= r.sent[1] <= len(text)
    for s in facts.statements:
        assert 0 <= s.start <= s.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(meta=st.dictionaries(st.sampled_from(["title", "date", "url", "source", "author", "lang", "x"]),
                            st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.text()))),
       head=st.text(max_size=200))
def test_metadata_never_crashes(meta, head):
    art = Article("fuzz", head + "\nJapan und Russland trafen sich.", "de")
    metadata_from_text(art)
    apply_metadata(art, meta)
    assert art.published is None or len(art.published.iso) in (4, 7, 10)
