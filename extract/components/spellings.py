"""``diplograph_spellings``: a person named in full in another spelling of a KB person's name.

"Wolodimir Selenskij" is how one German outlet writes "Volodymyr Zelenskyy"; the knowledge
base lists the common spellings, never all of them. A person's name of two words or more
that no KB name matched is linked to the KB person whose name (in either language, or an
alias) has the same spelling key (:func:`~diplograph.extract.names.translit_key`: the
German and English transliterations of one name, in either order), when exactly one KB
person has it. The span carries the rule tag ``names.spelling`` (its confidence is in
``rules.json``). A surname alone is never linked this way: namesakes share surnames.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb

from diplograph.extract.components.spans import set_entities
from diplograph.extract.names import translit_key

#: the span kb_id that records how the link was made
SPELLING = "names.spelling"


@lru_cache(maxsize=1)
def kb_spellings() -> dict[str, str]:
    """Spelling key of every KB person's full name -> the person's slug (keys two people
    share are left out).

    >>> kb_spellings()[translit_key("Wolodimir Selenskij")]
    'volodymyr-zelenskyy'
    """
    found: dict[str, set] = {}
    for ent in load_kb().entities.values():
        if ent.kind != "Person":
            continue
        for name in {n for lang in ("en", "de") for n in ent.names(lang) if len(n.split()) > 1}:
            found.setdefault(translit_key(name), set()).add(ent.slug)
    return {key: next(iter(slugs)) for key, slugs in found.items() if len(slugs) == 1}


class SpellingLinker:
    def __call__(self, doc: Doc) -> Doc:
        spellings, ents, changed = kb_spellings(), list(doc.ents), False
        for n, ent in enumerate(ents):
            if ent.label_ != "Person" or ent.ent_id_ or ent.end - ent.start < 2:
                continue
            slug = spellings.get(translit_key(ent.text))
            if slug is not None:
                ents[n] = Span(doc, ent.start, ent.end, label="Person", span_id=slug, kb_id=SPELLING)
                changed = True
        if changed:
            set_entities(doc, ents)
        return doc


@Language.factory("diplograph_spellings")
def make_spelling_linker(nlp: Language, name: str) -> SpellingLinker:
    return SpellingLinker()
