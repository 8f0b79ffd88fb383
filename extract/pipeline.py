"""spaCy pipelines per language: blank ``de``/``en`` plus rules, or a pretrained model.

>>> nlp = build_pipeline("de")
>>> nlp.pipe_names[:2], nlp.disabled
(['sentencizer', 'diplograph_paragraphs'], ['lemmatizer'])
>>> doc = nlp("Japans Außenminister Fumio Kishida traf Sergej Lawrow in Tokio.")
>>> [(e.text, e.label_, e.ent_id_) for e in doc.ents][:2]
[('Japans', 'Country', 'japan'), ('Fumio Kishida', 'Person', 'fumio-kishida')]
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from diplograph.ontology.errors import PipelineError
from diplograph.ontology.kb import load_kb

from diplograph.extract import components  # noqa: F401  (registers the factories)
from diplograph.extract.lexicon import LANGUAGES, load_lexicon
from diplograph.extract.patterns import entity_patterns

__all__ = ["build_pipeline", "get_pipeline", "RULE_COMPONENTS"]

#: The project's own components, in pipeline order, after the KB entity ruler.
RULE_COMPONENTS = ("diplograph_role_words", "diplograph_titled_persons", "diplograph_namesakes",
                   "diplograph_unknown_names", "diplograph_spellings", "diplograph_office_surnames",
                   "diplograph_surnames",
                   "diplograph_divided_halves", "diplograph_shared_heads", "diplograph_dates",
                   "diplograph_demonyms",
                   "diplograph_roles", "diplograph_quotes", "diplograph_events",
                   "diplograph_figures")

# German compounds such as "NATO-Gipfel" or "Abe-Putin-Treffen" are one token in spaCy's
# German tokenizer; splitting them lets the KB and trigger patterns see their parts.
_HYPHEN_INFIX = r"(?<=[\w])[-\u2010\u2011](?=[\w])"
# ... and so do pairs whose first part is an abbreviation with its stop ("U.S.-Japan talks").
_ABBREVIATION_HYPHEN_INFIX = r"(?<=[A-Z]\.)[-\u2010\u2011](?=[A-Z])"
# Scraped text loses the space after a full stop ("bekannt gab.Er wolle"): a stop between a
# lower-case word and a capital is a sentence end, not part of a word.
_GLUED_STOP_INFIX = r"(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß])"
# A dash glued between a dateline's closing bracket and the story ("(Agency)--Chinese and
# Russian bombers") separates them.
_DASH_INFIX = r"(?<=[)\]])(?:--|\u2014|\u2013)(?=[\w(])"
# ... and a dash glued to the story's first word after a dateline ("(YJC) -Russian bombers").
_DASH_PREFIX = r"[-\u2013\u2014](?=[A-ZÄÖÜ][a-zäöüß])"

# A year before a full stop ends a sentence ("seit 2011. Zwar ..."); German reads "2011." as an
# ordinal otherwise, and the sentence runs on into the next.
_YEAR_STOP_SUFFIX = r"(?<=\b[12][0-9]{3})\."


def _split_hyphens(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + [_HYPHEN_INFIX, _ABBREVIATION_HYPHEN_INFIX, _GLUED_STOP_INFIX, _DASH_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex([_DASH_PREFIX] + list(nlp.Defaults.prefixes)).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [_YEAR_STOP_SUFFIX]).search


def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The extraction pipeline for ``lang``; ``model`` names an installed spaCy pipeline.

    Without ``model`` the pipeline is spaCy's blank language with a sentencizer and the
    project's rule components, and spaCy's lookup lemmatizer in it but disabled: no rule
    reads a lemma (its table gives the titled-person finder its common words), and it took
    8 % of extraction. Its tables are not loaded either (a second per worker at start-up):
    ``nlp.get_pipe("lemmatizer").initialize()`` then ``nlp.enable_pipe("lemmatizer")`` turn
    it on. With a pretrained ``model`` its own
    components (tagger, parser, NER) run first and the KB ruler overrides its entities.
    """
    if lang not in LANGUAGES:
        raise PipelineError(f"unsupported language {lang!r} (have {', '.join(LANGUAGES)})")
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise PipelineError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        if nlp.lang != lang:
            raise PipelineError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, not {lang!r}")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.add_pipe("diplograph_sentencizer", name="sentencizer")
        nlp.disable_pipe("lemmatizer")      # before initialising: its tables are not loaded
        nlp.initialize()
    _split_hyphens(nlp)
    for word in load_lexicon(lang).words.get("abbreviations", ()):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])    # "Col. X": no sentence ends
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names \
            and "senter" not in nlp.pipe_names:
        nlp.add_pipe("diplograph_sentencizer", name="sentencizer")
    if "parser" in nlp.pipe_names:        # spaCy refuses sentence starts on a parsed doc (E043);
        nlp.add_pipe("diplograph_paragraphs", before="parser")    # the parser keeps those set before it
    else:
        nlp.add_pipe("diplograph_paragraphs", after=_last_sentence_setter(nlp))
    if model:
        nlp.add_pipe("diplograph_ner_labels")
    ruler = nlp.add_pipe("diplograph_kb_ruler")
    ruler.add_patterns(entity_patterns(load_kb(), lang))
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _last_sentence_setter(nlp: Language) -> str:
    for name in ("sentencizer", "senter", "parser"):
        if name in nlp.pipe_names:
            last = name
    return last


def get_pipeline(lang: str, model: str | None = None) -> Language:
    """A cached :func:`build_pipeline` (one pipeline per language and model per process)."""
    return _cached_pipeline(lang, model or None)


@lru_cache(maxsize=8)
def _cached_pipeline(lang: str, model: str | None) -> Language:
    return build_pipeline(lang, model)
