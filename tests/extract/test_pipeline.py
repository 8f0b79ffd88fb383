"""diplograph.extract.pipeline: the spaCy pipelines per language and their shared annotations."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.model import Article, ArticleFacts
from diplograph.extract.pipeline import RULE_COMPONENTS, build_pipeline, get_pipeline
from diplograph.ontology.errors import PipelineError


def nlp_for(lang):
    """The pipeline exactly as ``extract_article`` asks for it (so it is built once)."""
    return get_pipeline(lang, None)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipeline_components_in_order(lang):
    nlp = nlp_for(lang)
    assert nlp.pipe_names == ["sentencizer", "diplograph_paragraphs",
                              "diplograph_kb_ruler", *RULE_COMPONENTS]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lookup_lemmatizer_is_there_but_off(lang):
    nlp = build_pipeline(lang)
    assert nlp.disabled == ["lemmatizer"]
    assert nlp("Treffen")[0].lemma_ == ""
    assert nlp.get_pipe("lemmatizer").lookups.tables == []          # nothing loaded
    nlp.get_pipe("lemmatizer").initialize()
    nlp.enable_pipe("lemmatizer")
    lemma = {"de": ("Gesprächen", "Gespräch"), "en": ("talks", "talk")}[lang]
    assert nlp(lemma[0])[0].lemma_ == lemma[1]


def test_pipelines_are_cached_per_language():
    assert nlp_for("de") is nlp_for("de")
    assert nlp_for("de") is not nlp_for("en")


def test_default_model_argument_shares_the_cache():
    assert get_pipeline("de") is get_pipeline("de", None)


@pytest.mark.parametrize("lang", ["fr", "ja", ""])
def test_unsupported_language(lang):
    with pytest.raises(PipelineError, match=repr(lang)):
        build_pipeline(lang)


def test_unknown_model():
    with pytest.raises(PipelineError, match="no_such_model_xyz"):
        build_pipeline("de", "no_such_model_xyz")


def ents(doc):
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


def test_german_genitives_and_names():
    doc = nlp_for("de")("Japans Premier Kishida Fumio und Russlands Präsident Putin sprachen in Moskau.")
    assert ents(doc) == [("Japans", "Country", "japan"), ("Kishida Fumio", "Person", "fumio-kishida"),
                         ("Russlands", "Country", "russia"), ("Putin", "Person", "vladimir-putin"),
                         ("Moskau", "Place", "moscow")]


def test_english_names():
    doc = nlp_for("en")("Japan's Prime Minister Shinzo Abe flew to Moscow to see Vladimir Putin.")
    assert ents(doc) == [("Japan", "Country", "japan"), ("Shinzo Abe", "Person", "shinzo-abe"),
                         ("Moscow", "Place", "moscow"), ("Vladimir Putin", "Person", "vladimir-putin")]


def test_hyphenated_compounds_are_split():
    doc = nlp_for("de")("Der NATO-Generalsekretär Jens Stoltenberg kam zum NATO-Gipfel.")
    assert [t.text for t in doc][1:4] == ["NATO", "-", "Generalsekretär"]
    assert ("NATO", "Organization", "nato") in ents(doc)
    assert ("Jens Stoltenberg", "Person", "jens-stoltenberg") in ents(doc)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa, May 2 (Daily Press)--Chinese and Russian bombers flew off Canada."),
    ("de", "Ottawa (Tagesblatt)\u2014Chinesische und russische Bomber flogen nahe Kanada."),
])
def test_a_dash_glued_after_a_dateline_splits_it_from_the_story(lang, text):
    words = [t.text for t in nlp_for(lang)(text)]
    dash = "--" if lang == "en" else "\u2014"
    assert words[words.index(dash) + 1] == ("Chinese" if lang == "en" else "Chinesische")


def test_unknown_person_after_role_word():
    doc = nlp_for("de")("Japans Chefkabinettssekretär Kenji Tanabe äußerte sich am Abend.")
    assert ("Kenji Tanabe", "Person", "") in ents(doc)
    doc = nlp_for("en")("Chief Cabinet Secretary Kenji Tanabe spoke in the evening.")
    assert ("Kenji Tanabe", "Person", "") in ents(doc)


def test_common_nouns_after_role_word_are_not_names():
    doc = nlp_for("de")("Die Außenminister Treffen waren kurz.")
    assert [e for e in doc.ents if e.label_ == "Person"] == []


@pytest.mark.parametrize("text,sentences", [
    ("Es ist der erste Besuch in Oslo seit 2011. Zwar traf Kato den König 2014.",
     ["Es ist der erste Besuch in Oslo seit 2011.", "Zwar traf Kato den König 2014."]),
    ("Sie trafen sich am 20.11.2014. Danach reiste er ab.", ["Sie trafen sich am 20.11.2014.", "Danach reiste er ab."]),
    ("Sie trafen sich am 3. Oktober 2015 in Oslo.", ["Sie trafen sich am 3. Oktober 2015 in Oslo."]),
])
def test_a_year_before_a_full_stop_ends_a_german_sentence(text, sentences):
    assert [s.text.strip() for s in nlp_for("de")(text).sents] == sentences


def test_line_breaks_end_sentences():
    doc = nlp_for("de")("Gipfel in Madrid\n\nKishida nahm teil.")
    assert [s.text.strip() for s in doc.sents] == ["Gipfel in Madrid", "Kishida nahm teil."]


def test_extract_article_mentions_point_into_the_text():
    text = "Japans Außenminister Fumio Kishida traf in Tokio Russlands Außenminister Sergej Lawrow."
    facts = extract_article(Article("a1", text, "de"))
    assert isinstance(facts, ArticleFacts)
    assert [(m.key, text[m.start:m.end]) for m in facts.mentions] == [
        ("japan", "Japans"), ("fumio-kishida", "Fumio Kishida"), ("tokyo", "Tokio"),
        ("russia", "Russlands"), ("sergey-lavrov", "Sergej Lawrow")]
    assert all(m.text == text[m.start:m.end] for m in facts.mentions)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_common_words_without_loading_the_lemmatizer_are_its_lemmas(lang):
    import spacy
    from diplograph.extract.components.titled_persons import _common_words
    loaded = spacy.blank(lang)
    loaded.add_pipe("lemmatizer", config={"mode": "lookup"})
    loaded.initialize()
    table = loaded.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    lemmas = {form for key in table.keys() if isinstance(form := table.get(key), str)}
    words = _common_words(nlp_for(lang))
    assert words == lemmas and len(words) > 10_000
    assert _common_words(spacy.blank(lang)) == frozenset()
