"""``diplograph_office_surnames``: a surname alone after a title is the one KB person of
that surname who held the title's office when the article was written.

The knowledge base leaves out bare surnames that are common words or shared by famous
namesakes ("Bush", "Rice", "Moon", "Li"), so "President Bush" or "Präsident Moon" names
nobody by itself. Its office periods (:mod:`diplograph.ontology.offices`) tell who held
which post when: in a 2001 article "President Bush" is George W. Bush when he is the only
KB person called Bush who was a president then. The surname is linked only when

- it follows role words (past a post's place: "Ambassador to Japan X") and is one word,
  not the start of a longer name, and no word before them says the post was held before
  ("former President Bush");
- the article has a publication date, and exactly one KB person with that family name held
  one of the roles at that time (posts the KB does not know count as not held: nobody is
  linked on a guess);
- the article names nobody else of that surname in full ("Jeb Bush").

The span carries the rule tag ``names.office``; later bare mentions of the surname follow it
(:mod:`~diplograph.extract.components.surnames`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb
from diplograph.ontology.offices import held_on

from diplograph.extract.components.columns import columns
from diplograph.extract.components.role_words import past_post
from diplograph.extract.components.spans import set_entities
from diplograph.extract.components.unknown_names import title_case_line
from diplograph.extract.lexicon import load_lexicon

#: the span kb_id that records how the link was made
OFFICE = "names.office"


@lru_cache(maxsize=1)
def kb_family_names() -> dict[str, tuple[str, ...]]:
    """Family name -> the slugs of the KB people who have it.

    >>> "george-w-bush" in kb_family_names()["Bush"]
    True
    """
    found: dict[str, list] = {}
    for ent in load_kb().entities.values():
        if ent.kind == "Person" and ent.family_name:
            found.setdefault(ent.family_name, []).append(ent.slug)
    return {name: tuple(sorted(slugs)) for name, slugs in found.items()}


def office_holder(surname: str, roles, when: str) -> str | None:
    """The one KB person called ``surname`` who held one of ``roles`` at ``when`` (an ISO
    year, month or day); None if nobody or several did.

    >>> office_holder("Bush", ("president",), "2001-06-16")
    'george-w-bush'
    >>> office_holder("Bush", ("president",), "1990-05"), office_holder("Bush", ("president",), "1985-05") is None
    ('george-h-w-bush', True)
    """
    held = [slug for slug in kb_family_names().get(surname, ()) if any(o.role in roles for o in held_on(slug, when))]
    return held[0] if len(held) == 1 else None


class OfficeSurnameLinker:
    def __init__(self, lang: str):
        self.lex = load_lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.dg_published
        if published is None or not doc._.dg_role_mentions:
            return doc
        cols, new = columns(doc), []
        for mention in doc._.dg_role_mentions:
            j = past_post(doc, mention.end, self.lex)
            if mention.deputy or not self._bare_word(doc, cols, j) or self._past_holder(cols, mention.start):
                continue
            slug = office_holder(doc[j].text, mention.roles, published.iso)
            if slug is not None and not self._namesake_in_full(cols, doc[j].text, slug):
                new.append(Span(doc, j, j + 1, label="Person", span_id=slug, kb_id=OFFICE))
        if new:
            starts = {span.start for span in new}
            set_entities(doc, [e for e in doc.ents if e.start not in starts] + new)
        return doc

    @staticmethod
    def _bare_word(doc: Doc, cols, j: int) -> bool:
        """Token ``j`` is a capitalised word no KB name linked, standing alone: not followed by
        another name word ("President Bush Senior"), except in a title-case headline."""
        if j >= len(doc) or not cols.alpha[j] or not cols.title[j] or doc[j].ent_id_ \
                or doc[j].ent_type_ not in ("", "Person"):
            return False
        if doc[j].ent_type_ and (doc[j].ent_iob_ != "B" or j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I"):
            return False
        following = j + 1 < len(doc) and cols.alpha[j + 1] and cols.title[j + 1]
        return not following or title_case_line(cols, cols.sent_of(j))

    def _past_holder(self, cols, start: int, reach: int = 3) -> bool:
        """Whether a word before the title at ``start`` says the post was held before ("former
        President Bush", "der frühere Präsident", "Ex-Präsident": ``past_office_words``): who
        held it then, not on the article's day."""
        return any(self.lex.has("past_office_words", cols.text[k]) for k in range(max(0, start - reach), start))

    @staticmethod
    def _namesake_in_full(cols, surname: str, slug: str) -> bool:
        """Whether the article names someone else of ``surname`` with two words or more."""
        return any(ent.label_ == "Person" and ent.end - ent.start > 1 and ent.ent_id_ != slug
                   and surname in (cols.text[ent.start], cols.text[ent.end - 1]) for ent in cols.ents)


@Language.factory("diplograph_office_surnames")
def make_office_surname_linker(nlp: Language, name: str) -> OfficeSurnameLinker:
    return OfficeSurnameLinker(nlp.lang)
