"""``diplograph_demonyms``: adjectives and demonyms that point to a country.

Generated from the KB's ``dg:demonym`` values with the language's adjective endings, so
"japanische", "russischen", "Japanese" and "South Korean" all point to their country.
Results go to ``doc._.dg_demonyms`` as ``(start_token, end_token, country_slug)``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb

from diplograph.extract.patterns import demonym_phrases
from diplograph.extract.components.columns import columns


class DemonymFinder:
    """Look up one- and two-token demonyms in a dictionary generated from the KB."""

    def __init__(self, lang: str):
        self.table = demonym_phrases(load_kb(), lang)
        self.two_token = {k for k in self.table if " " in k}
        self.first_words = {k.split(" ")[0] for k in self.two_token}
        self.openers = frozenset(self.table) | self.first_words     # the words a demonym starts with

    def __call__(self, doc: Doc) -> Doc:
        cols = columns(doc)
        lower, ent = cols.lower, cols.ent
        found, n, after = [], len(doc), 0
        for i in cols.where(self.openers):
            if i < after:
                continue                     # the second word of a pair
            if i + 1 < n and lower[i] in self.first_words:
                pair = f"{lower[i]} {lower[i + 1]}"
                if pair in self.table:
                    found.append((i, i + 2, self.table[pair]))
                    after = i + 2
                    continue
            slug = self.table.get(lower[i])
            if slug is not None and not ent[i]:
                found.append((i, i + 1, slug))
        doc._.dg_demonyms = found
        return doc


@Language.factory("diplograph_demonyms")
def make_demonym_finder(nlp: Language, name: str) -> DemonymFinder:
    return DemonymFinder(nlp.lang)
