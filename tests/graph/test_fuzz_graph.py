"""Property-based: any article text and metadata give a graph that parses back and passes
SHACL, with the hostile parts escaped."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Dataset

from diplograph.extract import extract_article
from diplograph.extract.read.metadata import apply_metadata
from diplograph.extract.model import Article
from diplograph.graph.fusion.fuse import fuse
from diplograph.graph.rdf.dataset import to_dataset
from diplograph.graph.rdf.trig import to_trig
from diplograph.ontology.validate import validate

PIECES = ["Japans Außenminister Fumio Kishida", "traf", "Sergej Lawrow", "in Tokio", "am 2. November 2013",
          "<script>alert(1)</script>", "\"quoted\"", "„zitiert“", "\\", "} . <urn:a> <urn:b> \"c\" .",
          "@prefix x: <http://x/> .", "\x00", "\x1b[31m", "\u202e", "'", "\n\n", "Generalsekretär Jens Stoltenberg",
          "sagte,", "vereinbarten", "24,5 Milliarden Euro"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=30),
       meta=st.dictionaries(st.sampled_from(["title", "date", "url", "source", "author"]),
                            st.text(max_size=40), max_size=5))
def test_any_article_gives_a_conforming_graph_that_parses_back(parts, meta):
    text = " ".join(parts)
    article = Article("fuzz_1", text, "de")
    apply_metadata(article, meta)
    ds = to_dataset(fuse([extract_article(article)]))
    back = Dataset()
    back.parse(data=to_trig(ds), format="trig")
    assert len(back) == len(ds)
    conforms, report = validate(back)
    assert conforms, report
