"""``diplograph_figures``: amounts of money per sentence, see :mod:`diplograph.extract.figures`.

Writes ``doc._.dg_figures``: (:class:`~diplograph.extract.figures.Figure` with document offsets,
character span of its sentence).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.figures import find_figures
from diplograph.extract.components.columns import columns, doc_text


_DIGIT = re.compile(r"\d")


class FigureFinder:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        found, text = [], doc_text(doc)
        for sent in columns(doc).sents:
            base = sent.start_char
            if not _DIGIT.search(text, base, sent.end_char):
                continue                         # every amount has a digit
            for f in find_figures(text[base:sent.end_char], self.lang):
                found.append((replace(f, start=f.start + base, end=f.end + base),
                              (sent.start_char, sent.end_char)))
        doc._.dg_figures = found
        return doc


@Language.factory("diplograph_figures")
def make_figure_finder(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(nlp.lang)
