"""``diplograph_spellings``: a person named in full in another spelling of a KB person's name.

"Wolodimir Selenskij" is how one German outlet writes "Volodymyr Zelenskyy"; the knowledge
base lists the common spellings, never all of them. A person's name of two words or more
that no KB name matched is linked to the KB person whose name (in either language, or an
alias) has the same spelling key (:func:`~diplograph.extract.names.translit_key`: the
German and English transliterations of one name, in either order), when exactly one KB
person has it. The span carries the rule tag ``names.spelling`` (its confidence is in
``rules.json``). A surname alone is never linked this way: namesakes share surnames.

A name whose spelling key no KB name has is linked when its surname is a KB person's and its
given name differs from one of that person's by a single letter inside it ("Dimitri Medwedew",
"Alexandr Lukashenko", "Shindzo Abe"; words of four letters or more; not "Justine", "Marc") or is one of its words ("Anders Rasmussen" for "Anders Fogh Rasmussen", "Yoon Suk"
for "Yoon Suk-yeol"), and no other KB person of that surname comes as near ("Akie Abe" is
nobody's spelling of "Shinzo Abe").

A KB person the knowledge base matched by the surname alone takes in the given name and
middle initials the text writes before it ("Viktor S. Chernomyrdin"). A nickname quoted
inside a full name counts for nothing ("Rodrigo 'Digong' Duterte" is Rodrigo Duterte).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb
from diplograph.ontology.offices import held_on

from diplograph.extract.components.columns import QUOTE_MARKS
from diplograph.extract.components.spans import set_entities
from diplograph.extract.components.unknown_names import is_initial
from diplograph.extract.names import token_key, translit_key

#: the span kb_id that records how the link was made
SPELLING = "names.spelling"
#: a nickname quoted inside a name, with the spaces around it
_NICKNAME = re.compile("\\s*[" + "".join(sorted(QUOTE_MARKS)) + "][^\\s" + "".join(sorted(QUOTE_MARKS)) + "]+["
                       + "".join(sorted(QUOTE_MARKS)) + "]\\s*")


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


@lru_cache(maxsize=1)
def kb_given_names() -> dict[str, dict[str, frozenset]]:
    """Surname key -> {slug: the spelling keys of that KB person's given names and their
    hyphenated parts}, over the KB's people named with two words or more.

    >>> sorted(kb_given_names()[token_key("Rasmussen")]["anders-fogh-rasmussen"])
    ['anders']
    """
    found: dict[str, dict[str, set]] = {}
    for ent in load_kb().entities.values():
        if ent.kind != "Person":
            continue
        family = (ent.family_name or ent.label("en").split()[-1]).split()   # "Kono Taro" is Kono's too;
        for name in {n for lang in ("en", "de") for n in ent.names(lang) if len(n.split()) > 1}:   # "Fogh
            words = name.split()                                                  # Rasmussen" is Rasmussen's
            if family[-1] not in words:
                continue                 # "Wladimir Putin": no German surname of its own
            given = found.setdefault(token_key(family[-1]), {}).setdefault(ent.slug, set())
            for word in words:
                if word not in family:
                    given.update(k for k in {token_key(word), *map(token_key, word.split("-"))} if k)
    return {s: {slug: frozenset(keys) for slug, keys in people.items()} for s, people in found.items()}


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or replaced inside them, not at
    their first or last letter (where given names change sex or language: "Justin" and
    "Justine", "Mark" and "Marc", "Olaf" and "Olav" are other people's names).

    >>> one_letter_apart("dimitri", "dmitri"), one_letter_apart("shinso", "shunso"), one_letter_apart("akie", "shinso")
    (True, True, False)
    >>> one_letter_apart("justin", "justine"), one_letter_apart("mark", "marc")
    (False, False)
    """
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return 0 < k < len(a) - (len(a) == len(b)) and a[k + (len(a) == len(b)):] == b[k + 1:]


def near_spelling(name: str, when: str | None = None) -> str | None:
    """The KB person a full name misspells or shortens (see the module's text), or None; of
    two or more, the one who held an office of the knowledge base at ``when`` (an ISO date),
    if only one did ("George Bush" in 2001: the son, then president)."""
    words = name.split()
    for surname, given in ((words[-1], words[:-1]), (words[0], words[1:])):
        keys = [token_key(w) for w in given if token_key(w)]
        near = [slug for slug, known in kb_given_names().get(token_key(surname), {}).items()
                if keys and all(k in known or len(k) >= 4 and any(
                    len(g) >= 4 and one_letter_apart(k, g) for g in known) for k in keys)]
        if len(near) > 1 and when:
            near = [slug for slug in near if held_on(slug, when)]
        if len(near) == 1:
            return near[0]
    return None


def without_nickname(name: str) -> str:
    """A name without the nickname quoted inside it.

    >>> without_nickname("Ferdinand 'Bongbong' Marcos Jr."), without_nickname("Rodrigo „Digong“ Duterte")
    ('Ferdinand Marcos Jr.', 'Rodrigo Duterte')
    """
    return _NICKNAME.sub(" ", name)


def _given_before(doc: Doc, ent: Span) -> int:
    """Where a KB person's name starts that the text writes with a middle initial before the
    surname the KB matched: "Viktor S. Chernomyrdin" at his given name. Another given name
    ("Michael R. Pompeo" for the KB's Mike) leaves the match where it starts: it may be the
    person's full form or a namesake's."""
    k = ent.start
    while k > 0 and is_initial(doc[k - 1].text) and not doc[k - 1].ent_type:
        k -= 1
    if k == ent.start or k == 0 or doc[k - 1].ent_type or not doc[k - 1].is_title or doc[k - 1].is_stop:
        return ent.start                 # not "The V. Lavrov"
    known = kb_given_names().get(token_key(ent.text), {}).get(ent.ent_id_, ())
    return k - 1 if token_key(doc[k - 1].text) in known else ent.start


class SpellingLinker:
    def __call__(self, doc: Doc) -> Doc:
        spellings, ents, changed = kb_spellings(), list(doc.ents), False
        for n, ent in enumerate(ents):
            if ent.label_ == "Person" and ent.ent_id_ and ent.end - ent.start == 1 \
                    and (start := _given_before(doc, ent)) < ent.start:
                ents[n] = Span(doc, start, ent.end, label="Person", span_id=ent.ent_id_, kb_id=ent.kb_id_)
                changed = True
                continue
            if ent.label_ != "Person" or ent.ent_id_ or ent.end - ent.start < 2:
                continue
            published, text = doc._.dg_published, without_nickname(ent.text)
            slug = spellings.get(translit_key(text)) or near_spelling(text, published.iso if published else None)
            if slug is not None:
                ents[n] = Span(doc, ent.start, ent.end, label="Person", span_id=slug, kb_id=SPELLING)
                changed = True
        if changed:
            set_entities(doc, ents)
        return doc


@Language.factory("diplograph_spellings")
def make_spelling_linker(nlp: Language, name: str) -> SpellingLinker:
    return SpellingLinker()
