"""``diplograph_shared_heads``: the first of two names that write their shared part once.

"Nord- und Südkorea", "Ost- und Westdeutschlands", "North and South Korea": a list of two
names that share a part names it once, after the second. The word before a list joiner
(``list_joiners`` of the lexicon) becomes an entity when, completed by the part the known
name after the joiner shares, it is itself a known name of the same kind: in German the word
ends in a hyphen and takes the tail of the compound ("Nord-" + "korea"), in English it takes
the words after the name's first ("North" + "Korea"). Nothing is guessed: the completion must
be a name of the knowledge base. The span carries the rule tag ``names.shared_head``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.extract.components.spans import set_entities
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.patterns import entity_patterns
from diplograph.ontology.kb import load_kb

#: the span kb_id that records how the link was made
SHARED_HEAD = "names.shared_head"

_HYPHENS = ("-", "\u2010", "\u2011")


@lru_cache(maxsize=4)
def known_names(lang: str) -> dict[str, tuple[str, str]]:
    """Every form of a knowledge base name in ``lang`` -> (kind, slug).

    >>> known_names("de")["Nordkoreas"]
    ('Country', 'north-korea')
    """
    return {p["pattern"]: (p["label"], p["id"]) for p in entity_patterns(load_kb(), lang)
            if isinstance(p["pattern"], str)}


def _completions(word: str, name: list[str], lang: str) -> list[str]:
    """The names ``word`` may stand for with the part of ``name`` (its words) it shares.

    >>> _completions("Nord-", ["Südkoreas"], "de")[:3]
    ['Nordüdkoreas', 'Norddkoreas', 'Nordkoreas']
    >>> _completions("North", ["South", "Korea"], "en")
    ['North Korea']
    """
    if lang == "de":
        if not word.endswith(_HYPHENS) or len(name) != 1:
            return []
        head, compound = word[:-1], name[0]
        return [head + compound[i:] for i in range(1, len(compound) - 2)]
    return [" ".join([word] + name[1:])] if len(name) > 1 else []


class SharedHeads:
    def __init__(self, lang: str):
        self.lang = lang
        self.joiners = frozenset(w for w in load_lexicon(lang).lowered("list_joiners") if w.isalpha())

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        added = []
        for ent in ents:
            k = ent.start - 2                    # the word before "und"/"and" before the name
            if not ent.ent_id_ or k < 0 or k in taken or doc[k + 1].lower_ not in self.joiners:
                continue
            word = doc[k].text
            if not (word[:1].isupper() and word.rstrip("".join(_HYPHENS)).isalpha()):
                continue
            names = known_names(self.lang)
            for candidate in _completions(word, [t.text for t in ent], self.lang):
                kind, slug = names.get(candidate, (None, None))
                if kind == ent.label_ and slug != ent.ent_id_:
                    added.append(Span(doc, k, k + 1, label=kind, span_id=slug, kb_id=SHARED_HEAD))
                    break
        if added:
            set_entities(doc, ents + added)
        return doc


@Language.factory("diplograph_shared_heads")
def make_shared_heads(nlp: Language, name: str) -> SharedHeads:
    return SharedHeads(nlp.lang)
