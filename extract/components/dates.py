"""``diplograph_dates``: temporal expressions of the text, see :mod:`diplograph.extract.dates`.

Reads the publication date from ``doc._.dg_published`` (a :class:`~diplograph.extract.dates.TimeValue`
or None) and writes ``doc._.dg_dates``, a list of :class:`~diplograph.extract.dates.DateMention`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.dates import find_dates
from diplograph.extract.components.columns import doc_text


class DateFinder:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.dg_dates = find_dates(doc_text(doc), self.lang, doc._.dg_published)
        return doc


@Language.factory("diplograph_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp.lang)
