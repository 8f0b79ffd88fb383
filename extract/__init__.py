"""diplograph's extraction stage: article text in, plain facts with provenance out.

>>> from extract import extract_article
>>> from extract.model import Article
>>> facts = extract_article(Article("t1", "Japans Außenminister Fumio Kishida traf in Tokio "
...                                  "Russlands Außenminister Sergej Lawrow.", "de"))
>>> sorted((r.person, r.role, r.org) for r in facts.roles)[0]
('fumio-kishida', 'foreign-minister', 'japan')
"""
from __future__ import annotations

from .article import doc_to_facts
from .model import Article, ArticleFacts
from .pipeline import get_pipeline

__all__ = ["extract_article", "Article", "ArticleFacts"]


def extract_article(article: Article, model: str | None = None) -> ArticleFacts:
    """Run the pipeline of the article's language and assemble its facts."""
    nlp = get_pipeline(article.lang, model)
    doc = nlp.make_doc(article.text)
    doc._.dg_published = article.published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_facts(doc, article)
