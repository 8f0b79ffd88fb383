"""diplograph's extraction stage: article text in, plain facts with provenance out.

>>> from diplograph.extract import extract_article
>>> from diplograph.extract.model import Article
>>> facts = extract_article(Article("t1", "Japans Außenminister Fumio Kishida traf in Tokio "
...                                  "Russlands Außenminister Sergej Lawrow.", "de"))
>>> sorted((r.person, r.role, r.org) for r in facts.roles)[0]
('fumio-kishida', 'foreign-minister', 'japan')
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from diplograph.ontology.errors import PipelineError

from diplograph.extract.lexicon import LANGUAGES
from diplograph.extract.model import Article, ArticleFacts, clean_text
from diplograph.extract.read.related import blank_related_links
from diplograph.extract.read.wrapping import unwrap_lines

__all__ = ["extract_article", "extractor_signature", "models_by_language", "Article", "ArticleFacts"]

_HERE = Path(__file__).resolve().parent
_KB = _HERE.parent / "ontology"


def extractor_signature(models: dict[str, str] | None = None) -> str:
    """A digest of everything extraction depends on: the extractor's code and rule files,
    the knowledge base and ontology, and the pretrained models asked for. Facts cached under
    another signature are extracted again.

    >>> extractor_signature() == extractor_signature(), extractor_signature() == extractor_signature({"de": "x"})
    (True, False)
    """
    digest = hashlib.sha256()
    files = sorted(p for pattern in ("**/*.py", "**/*.json", "**/*.jsonl") for p in _HERE.glob(pattern))
    files += sorted(_KB.glob("*.ttl")) + sorted(_KB.glob("kb/*.ttl"))
    for path in files:
        digest.update(str(path.relative_to(_HERE.parent)).encode("utf-8") + b"\0" + path.read_bytes())
    digest.update(repr(sorted((models or {}).items())).encode("utf-8"))
    return digest.hexdigest()


def models_by_language(specs) -> dict[str, str]:
    """``["de=de_core_news_md", "en_core_web_sm"]`` -> ``{"de": ..., "en": ...}``.

    A bare name counts for the language it starts with (spaCy's naming convention).

    >>> models_by_language(["de=/models/de_x", "en_core_web_sm"])
    {'de': '/models/de_x', 'en': 'en_core_web_sm'}
    """
    out = {}
    for spec in specs or ():
        lang, sep, name = spec.partition("=")
        if not sep:
            lang, name = spec.split("_", 1)[0], spec
        if lang not in LANGUAGES:
            raise PipelineError(f"model {spec!r}: say which language it is for, e.g. 'de={spec}'")
        out[lang] = name
    return out


def _clean(article: Article) -> None:
    """No control characters in text or metadata (they cannot be written to RDF); the line
    breaks of hard-wrapped paragraphs turned into spaces
    (:func:`~diplograph.extract.read.wrapping.unwrap_lines`); related-article links blanked
    out (:func:`~diplograph.extract.read.related.blank_related_links`)."""
    article.text = unwrap_lines(clean_text(article.text))
    if article.lang in LANGUAGES:
        article.text = blank_related_links(article.text, article.lang)
    for name in ("title", "url", "outlet", "author"):
        setattr(article, name, clean_text(getattr(article, name)))
    article.extra = {clean_text(k): clean_text(v) for k, v in article.extra.items()}


def extract_article(article: Article, model: str | None = None) -> ArticleFacts:
    """Run the pipeline of the article's language (a pretrained ``model`` if given) and
    assemble its facts."""
    from diplograph.extract.article import doc_to_facts        # spaCy: not for a process that only reads
    from diplograph.extract.pipeline import get_pipeline
    nlp = get_pipeline(article.lang, model)
    _clean(article)
    doc = article_doc(nlp, article)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_facts(doc, article)


def _tokens(nlp, text: str):
    r"""The tokens of ``text``; a text longer than ``nlp.max_length`` is tokenized in chunks
    that end after whitespace (paragraph breaks where there are some), joined into one doc
    whose text is ``text``.

    >>> from diplograph.extract.pipeline import get_pipeline
    >>> nlp = get_pipeline("en")
    >>> long = "Talks in Tokyo.\n\n" * 8
    >>> nlp.max_length, was = 40, nlp.max_length
    >>> doc = _tokens(nlp, long)
    >>> nlp.max_length = was
    >>> doc.text == long, len(doc) == len(nlp.make_doc(long))
    (True, True)
    """
    limit = nlp.max_length
    if len(text) <= limit:
        return nlp.make_doc(text)
    from spacy.tokens import Doc
    docs, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            cut = cut + 2 if cut > start else max(text.rfind(" ", start, end), text.rfind("\n", start, end)) + 1
            end = cut if cut > start else end
        docs.append(nlp.tokenizer(text[start:end]))
        start = end
    return Doc.from_docs(docs, ensure_whitespace=False)


def article_doc(nlp, article: Article):
    """The tokens of the article's text, before the pipeline's components run, with its
    publication date and its text kept (so that components need not join the tokens).

    >>> from diplograph.extract.components.columns import doc_text
    >>> from diplograph.extract.pipeline import get_pipeline
    >>> doc = article_doc(get_pipeline("en"), Article("t", "Talks  in Tokyo.", "en"))
    >>> doc_text(doc) is doc.user_data["diplograph.text"], len(doc)
    (True, 5)
    """
    from diplograph.extract.components.columns import keep_text
    doc = _tokens(nlp, article.text)
    doc._.dg_published = article.published
    keep_text(doc, article.text)
    return doc
