"""The person a reference stands for, among the people an article named before it.

A role reference is filled by the offices the knowledge base knows: an article that names
"Vladimir Putin" and later says "the Russian president met ..." speaks of Putin when Putin
held that office at the article's time, even though the article never calls him so. Only
people the article names before the reference count, and only one: a reference two named
people could fill, or one nobody named before it, stays unresolved (naming a person the
article does not would invent a participant). A speaker given by country ("a Russian
official said") is the last person of that country named before.
"""
from __future__ import annotations

from bisect import bisect_left

from diplograph.ontology.offices import load_offices

__all__ = ["last_person_of", "named_holder"]


def named_holder(mentions: list, entities: dict, role: str, org: str | None, when: str | None,
                 before: int) -> str | None:
    """The one person of ``mentions`` (sorted by start, as :class:`Mention` records) named
    before character ``before`` who held ``role`` (of ``org`` when given) at ``when`` (an
    ISO date, month or year) by the offices of the knowledge base; None if nobody or
    several did, or the time is unknown.

    >>> from types import SimpleNamespace as NS
    >>> ms = [NS(key="vladimir-putin", start=0), NS(key="shinzo-abe", start=30)]
    >>> es = {k: NS(kind="Person", known=True) for k in ("vladimir-putin", "shinzo-abe")}
    >>> named_holder(ms, es, "president", "russia", "2019-05-10", 60)
    'vladimir-putin'
    >>> named_holder(ms, es, "prime-minister", "japan", "2019-05-10", 20) is None   # named after
    True
    >>> named_holder(ms, es, "president", "russia", None, 60) is None               # no time
    True
    """
    if not when:
        return None
    offices, found = load_offices(), set()
    for m in mentions[:bisect_left(mentions, before, key=lambda m: m.start)]:
        ent = entities.get(m.key)
        if ent is None or ent.kind != "Person" or not ent.known or m.key in found:
            continue
        if any(o.role == role and (org is None or o.org == org) and o.during(when)
               for o in offices.get(m.key, ())):
            found.add(m.key)
    return found.pop() if len(found) == 1 else None


def last_person_of(mentions: list, facts, kb, country: str, before: int) -> str | None:
    """The last person of ``mentions`` (sorted by start) named before character ``before``
    who belongs to ``country``: by a role ``facts`` (the article's facts so far) states, or
    by nationality in the knowledge base ``kb``."""
    of_country = {r.person for r in facts.roles if r.org == country}
    for m in reversed(mentions[:bisect_left(mentions, before, key=lambda m: m.start)]):
        ent = facts.entities[m.key]
        if ent.kind != "Person":
            continue
        known = kb.country_slug(m.key) if ent.known else None
        if m.key in of_country or (known is not None and known == country):
            return m.key
    return None


def person_genders(cols, ents: list, span_key: dict, lex, roles: list) -> dict:
    """The grammatical gender the article marks each person with, by key: "f" after a word
    of ``female_titles`` ("first lady X", "Frau X") or a German feminine role word right
    before the name ("Außenministerin X": role words ending in ``feminine_role_endings``);
    "m" after one of ``male_titles`` ("Mr X", "Herr X"). A person marked both ways, or not
    at all, is left out. ``ents`` are the article's entities (with ``start``, ``end``,
    ``label_``), ``roles`` its role mentions (with ``start``, ``end``)."""
    role_end = {m.end for m in roles}
    marks: dict[str, set] = {}
    for ent in ents:
        if ent.label_ != "Person" or ent.start == 0:
            continue
        word = cols.text[ent.start - 1]
        feminine = ent.start in role_end and any(word.lower().endswith(e) for e in lex.lowered("feminine_role_endings"))
        if feminine or lex.has("female_titles", word):
            marks.setdefault(span_key[(ent.start, ent.end)], set()).add("f")
        elif lex.has("male_titles", word):
            marks.setdefault(span_key[(ent.start, ent.end)], set()).add("m")
    return {key: next(iter(g)) for key, g in marks.items() if len(g) == 1}


def pronoun_gender(cols, lex, lo: int, hi: int) -> str | None:
    """The gender of the last personal pronoun among tokens [lo, hi) that has one ("he",
    "his", "she", "er", "sein"): "m", "f", or None (no such pronoun; "sie" and "ihr" are also
    plural and say nothing)."""
    for k in range(hi - 1, lo - 1, -1):
        if lex.has("male_pronouns", cols.text[k]):
            return "m"
        if lex.has("female_pronouns", cols.text[k]):
            return "f"
    return None
