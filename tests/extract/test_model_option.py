"""A user's own spaCy pipeline, loaded by name or path, merged with the knowledge base."""
from __future__ import annotations

import pytest
import spacy

from diplograph.extract.model import Article
from diplograph.extract.pipeline import build_pipeline
from diplograph.extract.article import doc_to_facts
from diplograph.ontology.errors import PipelineError


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    """A stand-in for a pretrained pipeline: its 'NER' labels PER, LOC and MISC."""
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("entity_ruler", name="ner")
    ner.add_patterns([{"label": "PER", "pattern": "Hanna Beispiel"},
                      {"label": "LOC", "pattern": "Kleinstadt"},
                      {"label": "GPE", "pattern": "Japan"},
                      {"label": "MISC", "pattern": "Zwei-plus-Zwei"}])
    path = tmp_path_factory.mktemp("model") / "de_stub"
    nlp.to_disk(path)
    return path


def run(nlp, text):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_facts(doc, Article("t", text, "de"))


def test_pretrained_entities_are_mapped_and_the_kb_still_wins(model_dir):
    nlp = build_pipeline("de", model=str(model_dir))
    assert nlp.pipe_names[:2] == ["ner", "sentencizer"]
    assert "diplograph_ner_labels" in nlp.pipe_names and "diplograph_kb_ruler" in nlp.pipe_names
    facts = run(nlp, "Hanna Beispiel traf in Kleinstadt Japans Außenminister Fumio Kishida.")
    kinds = {key: e.kind for key, e in facts.entities.items()}
    assert kinds == {"new:Person:hanna beispiel": "Person", "new:Place:kleinstadt": "Place",
                     "japan": "Country", "fumio-kishida": "Person"}
    assert [(r.person, r.role, r.org) for r in facts.roles] == [
        ("fumio-kishida", "foreign-minister", "japan")]


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(PipelineError, match="'xx_no_such_model'"):
        build_pipeline("de", model="xx_no_such_model")


def test_model_of_another_language_is_refused(model_dir):
    with pytest.raises(PipelineError, match="is for 'de', not 'en'"):
        build_pipeline("en", model=str(model_dir))


def test_build_uses_the_model_for_its_language_only(model_dir, tmp_path):
    from diplograph.graph.build import build
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.txt").write_text("Hanna Beispiel traf Japans Außenminister Fumio Kishida in "
                                   "Kleinstadt. Die beiden sprachen über den Handel.", encoding="utf-8")
    (folder / "en.txt").write_text("Hanna Beispiel and Japanese Foreign Minister Fumio Kishida talked in "
                                   "Tokyo. They talked about trade and the war.", encoding="utf-8")
    result = build([folder], tmp_path / "out", models=[f"de={model_dir}"], views=False)
    assert [i.status for i in result.inputs] == ["ok", "ok"]
    keys = {a.article.lang: {k.lower() for k in a.entities} for a in result.fusion.articles}
    assert "new:person:hanna beispiel" in keys["de"]           # found by the stand-in model
    assert "new:person:hanna beispiel" not in keys["en"]       # the blank English pipeline


@spacy.Language.component("test_stand_in_parser")
def _stand_in_parser(doc):
    """Marks the doc parsed, as a dependency parser does (every token under the first)."""
    from spacy.attrs import DEP, HEAD
    import numpy
    heads = numpy.array([[(-i) % (2 ** 64), doc.vocab.strings.add("ROOT" if i == 0 else "dep")]
                         for i in range(len(doc))], dtype=numpy.uint64)
    doc.from_array([HEAD, DEP], heads)
    return doc


def test_line_breaks_with_a_parser_in_the_pipeline(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("test_stand_in_parser", name="parser")
    nlp.to_disk(tmp_path / "de_parsed")
    ours = build_pipeline("de", model=str(tmp_path / "de_parsed"))
    names = ours.pipe_names
    assert names.index("diplograph_paragraphs") < names.index("parser")
    facts = run(ours, "Gipfel in Madrid\n\nJapans Außenminister Fumio Kishida traf Sergej Lawrow.")
    assert ("fumio-kishida", "foreign-minister", "japan") in [(r.person, r.role, r.org) for r in facts.roles]
