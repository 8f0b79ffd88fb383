"""``diplograph_divided_halves``: "the North" and "the South" for the two Koreas.

Korean news names the two states by their halves once it has named them: "North Korea
pulled out of talks with the South", "Der Norden sagte die Gespräche ab". A half's word
after an article (``divided_countries.json``) becomes the state's entity when one state of
the pair is named in its sentence or just before it, and the word does not go on into
another name ("the South China Sea", "the North Atlantic"), a place's part ("im Norden des
Landes": no article of the list; "der Norden Japans": a genitive after it), a direction or
a visit's region ("travelled to the South", "visited the South"; "den Süden", "in dem
Süden"), and the article names no other state of that half ("South Sudan"). The span
carries the rule tag ``names.half``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.extract.components.spans import set_entities

_DATA = Path(__file__).resolve().parents[1] / "data" / "divided_countries.json"

#: the span kb_id that records how the link was made
HALF = "names.half"


@lru_cache(maxsize=1)
def divided_countries() -> dict:
    """The pairs of halves and the articles before a half's word, from the data file.

    >>> divided_countries()["pairs"][0]["en"]["south"]
    'south-korea'
    """
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _genitive_after(doc: Doc, k: int) -> bool:
    """Whether the word after token ``k`` opens a genitive or names what the half is part of
    ("des Landes", "Japans", "of the country")."""
    if k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    return nxt.lower_ in ("des", "der", "eines", "einer", "of", "von") \
        or nxt.is_title and nxt.text.endswith("s") and doc.lang_ == "de"


class DividedHalves:
    def __init__(self, lang: str):
        data = divided_countries()
        self.halves = {word: (slug, pair["states"]) for pair in data["pairs"] for word, slug in pair.get(lang, {}).items()}
        self.articles = frozenset(data["articles"].get(lang, ()))
        self.directions = frozenset(data["directions"].get(lang, ()))
        self.partners = frozenset(data["dative_partners"].get(lang, ()))
        self.reach = data["sentences_back"]
        self.states = frozenset(state for pair in data["pairs"] for state in pair["states"])

    def _after_article(self, doc: Doc, k: int) -> bool:
        """Whether token ``k`` follows an article of the list (a German dative after one of
        ``dative_partners``: "mit dem Süden", not "in dem Süden")."""
        article = doc[k - 1].lower_
        if article not in self.articles:
            return False
        return article != "dem" or k > 1 and doc[k - 2].lower_ in self.partners

    def _near(self, doc: Doc, at: int, k: int) -> bool:
        """Whether a state named at token ``at`` stands before token ``k`` in its sentence or
        one of the ``sentences_back`` sentences before it."""
        if at >= k:
            return False
        sent = doc[k].sent
        for _ in range(self.reach):
            if sent.start <= at:
                return True
            if sent.start == 0:
                return False
            sent = doc[sent.start - 1].sent
        return sent.start <= at

    def __call__(self, doc: Doc) -> Doc:
        if not self.halves:
            return doc
        ents, added, named = list(doc.ents), [], {}
        for ent in ents:
            if ent.ent_id_ in self.states:
                named.setdefault(ent.ent_id_, []).append(ent.start)
        if not named:
            return doc                   # no Korea named: nothing to look for (most articles)
        hashes = {doc.vocab.strings.add(word): word for word in self.halves}
        found = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in hashes and i > 0]
        if not found:
            return doc
        taken = {i for ent in ents for i in range(ent.start, ent.end)}

        def rival(word: str, states: list) -> bool:       # "South Sudan" named: "the South" is it
            return any(ent.ent_id_ not in states and ent.text.lower().startswith(word + " ") for ent in ents)
        for i in found:
            token = doc[i]
            slug, states = self.halves[token.lower_]
            if i in taken or not token.is_title or not self._after_article(doc, i) or _genitive_after(doc, i) \
                    or rival(token.lower_, states) or i + 1 < len(doc) and doc[i + 1].is_title \
                    or i > 1 and doc[i - 2].lower_ in self.directions:
                continue                 # "the South China Sea", "der Norden Japans", "travelled
                                         # to the South", "in den Süden": a region
            if not any(self._near(doc, at, i) for s in states for at in named.get(s, ())):
                continue                 # no Korea named just before: "the South" of another land
            added.append(Span(doc, i, i + 1, label="Country", span_id=slug, kb_id=HALF))
        if added:
            set_entities(doc, ents + added)
        return doc


@Language.factory("diplograph_divided_halves")
def make_divided_halves(nlp: Language, name: str) -> DividedHalves:
    return DividedHalves(nlp.lang)
