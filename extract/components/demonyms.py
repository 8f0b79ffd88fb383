"""``diplograph_demonyms``: adjectives and demonyms that point to a country.

Generated from the KB's ``dg:demonym`` values with the language's adjective endings, so
"japanische", "russischen", "Japanese" and "South Korean" all point to their country.
Results go to ``doc._.dg_demonyms`` as ``(start_token, end_token, country_slug)``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb

from diplograph.extract.patterns import demonym_phrases
from diplograph.extract.components.columns import columns, doc_text

_MODELS = Path(__file__).resolve().parents[1] / "data" / "vehicle_models.json"


@lru_cache(maxsize=1)
def vehicle_models() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the aircraft types of ``vehicle_models.json`` (with a variant's letters)
    and each type's state, by its lower-cased name.

    >>> rx, state = vehicle_models()
    >>> m = rx.search("two TU-95MS bombers"); m.group(0), state[m.group("type").lower()]
    ('TU-95MS', 'russia')
    """
    data = json.loads(_MODELS.read_text(encoding="utf-8"))
    state = {name.lower(): slug for slug, names in data.items() if not slug.startswith("_") for name in names}
    names = "|".join(re.escape(n) for n in sorted(state, key=len, reverse=True))
    return re.compile(rf"\b(?P<type>{names})[A-Za-z]{{0,3}}\b", re.IGNORECASE), state


@lru_cache(maxsize=1)
def _model_openers() -> frozenset:
    """The lower-cased words the aircraft types start with ("tu" of "Tu-95")."""
    return frozenset(name.split("-")[0] for name in vehicle_models()[1])


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
        found += self._models(doc, cols)
        doc._.dg_demonyms = sorted(found)
        return doc

    @staticmethod
    def _models(doc: Doc, cols) -> list:
        """"two Tu-95 bombers", "H-6K": the state that flies the aircraft type."""
        rx, state = vehicle_models()
        starts = cols.where(_model_openers())     # the tokens a type's name can start with
        if not starts:
            return []
        text, out = doc_text(doc), []
        for k in starts:
            m = rx.match(text, cols.idx[k])
            if m is not None:
                out.append((k, bisect_left(cols.idx, m.end()), state[m.group("type").lower()]))
        return out


@Language.factory("diplograph_demonyms")
def make_demonym_finder(nlp: Language, name: str) -> DemonymFinder:
    return DemonymFinder(nlp.lang)
