"""When an article was written, for articles that do not say: the offices it names people by.

"Prime Minister Shigeru Ishiba said ..." was written while Ishiba was prime minister; an
article naming several office holders by their offices was written when all of them held
them. The periods come from the knowledge base (:mod:`diplograph.ontology.offices`); a role
the sentence marks as past ("former", "damalige") says nothing about the article's time.

Fusion uses the result to keep apart what undated articles report: an act told without a
date by an article written in 2024 is not the act another article dated 2022, nor the
undated act of an article written in 2022.

>>> from diplograph.extract.model import Article, ArticleFacts, Role
>>> facts = ArticleFacts(Article("a", "Prime Minister Shigeru Ishiba said so.", "en"))
>>> facts.roles = [Role("shigeru-ishiba", "prime-minister", "japan", "roles.explicit", 0.9, (0, 38))]
>>> written_between(facts)
('2024-10-01', '2025-10-21')
>>> within_year_of(("2022-04-08", "2022-04-08"), ("2024-10-01", "2025-10-21"))
False
"""
from __future__ import annotations

import re

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import ArticleFacts
from diplograph.ontology.offices import load_offices

__all__ = ["written_between", "within_year_of", "not_after"]

_OPEN_END = "9999-12-31"
_WORD = re.compile(r"[^\W\d_]+")


def _periods(person: str, role: str, org: str) -> list[tuple[str, str]]:
    return [(o.start, o.end or _OPEN_END) for o in load_offices().get(person, ())
            if o.role == role and o.org == org]


def _intersect(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for lo_a, hi_a in a:
        for lo_b, hi_b in b:
            lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
            if lo <= hi:
                out.append((lo, hi))
    return out


def _past(facts: ArticleFacts, sent: tuple) -> bool:
    """Whether the sentence of a role claim marks a role as past ("former", "damalige")."""
    markers = load_lexicon(facts.article.lang).lowered("past_role_markers")
    words = {w.lower() for w in _WORD.findall(facts.article.text[sent[0]:sent[1]])}
    return not markers.isdisjoint(words)


def written_between(facts: ArticleFacts) -> tuple[str, str] | None:
    """The span of days the article was written in, by the offices it names people by
    (ISO dates; the end "9999-12-31" when someone is still in office); None when its roles
    give no known period or contradict each other."""
    span: list[tuple[str, str]] | None = None
    for role in facts.roles:
        periods = _periods(role.person, role.role, role.org)
        if not periods or _past(facts, role.sent):
            continue
        narrowed = periods if span is None else _intersect(span, periods)
        if not narrowed:
            return None                  # "Prime Minister Abe" and "Prime Minister Kishida"
        span = narrowed
    if not span:
        return None
    return min(lo for lo, _ in span), max(hi for _, hi in span)


def _year_shift(iso: str, years: int) -> str:
    return f"{int(iso[:4]) + years:04d}{iso[4:]}"


def within_year_of(a: tuple[str, str], b: tuple[str, str], years: int = 1) -> bool:
    """Whether two spans of writing time lie within ``years`` of each other (0: overlap)."""
    return a[0] <= _year_shift(b[1], years) and b[0] <= _year_shift(a[1], years)


def not_after(iso: str, written: tuple[str, str]) -> bool:
    """Whether an event dated ``iso`` (any precision) can be told as past by an article
    written in ``written``: it did not begin after the article's last possible day."""
    return iso <= written[1][:len(iso)]
