"""find_conflicts: role and figure conflicts, checked against their definition by pairs
on random fusions, and on a story told by thousands of articles."""
from __future__ import annotations

import random
from types import SimpleNamespace as NS

import pytest

from diplograph.graph.fusion.conflicts import Conflict, FigureConflict, find_conflicts


def fusion_of(articles, events):
    """A stand-in for a Fusion: ``articles`` as (id, year, roles, figures), ``events`` as
    lists of source article ids."""
    facts = [NS(article=NS(id=a, published=NS(iso=f"{y}-01-01") if y else None), latest_date=None,
                roles=[NS(person=p, org=o, role=r) for p, o, r in roles],
                figures=[NS(measures=m, unit=u, value=v, speaker=s, start=st, end=st + 4)
                         for m, u, v, s, st in figures])
             for a, y, roles, figures in articles]
    return NS(articles=facts, events=[NS(sources=sorted(set(srcs))) for srcs in events])


def by_pairs(fusion):
    """The definition, pair by pair: claims of articles that report the same event (or,
    for figures, of one speaker at the same time) and differ."""
    share = {(a, b) for ev in fusion.events for a in ev.sources for b in ev.sources}
    roles, figures = {}, {}
    year = {}
    for f in fusion.articles:
        year[f.article.id] = f.article.published.iso[:4] if f.article.published else None
        for r in f.roles:
            roles.setdefault((r.person, r.org), []).append((f.article.id, r.role))
        for x in f.figures:
            figures.setdefault((x.measures, x.unit), []).append((f.article.id, x))
    out = []
    for (person, org), claims in sorted(roles.items()):
        related = {(a, r) for a, r in claims for b, rb in claims if a != b and rb != r and (a, b) in share}
        if related:
            out.append(Conflict(person, org, tuple(sorted(related))))
    for (measure, unit), claims in sorted(figures.items()):
        related = set()
        for a, x in claims:
            for b, y in claims:
                same_time = year[a] is None or year[b] is None or year[a] == year[b]
                story = (a, b) in share or (x.speaker and x.speaker == y.speaker and same_time)
                if a != b and x.value != y.value and story:
                    related |= {(a, str(x.value), x.start, x.end), (b, str(y.value), y.start, y.end)}
        if related:
            speakers = {x.speaker for a, x in claims if (a, str(x.value), x.start, x.end) in related}
            out.append(FigureConflict(measure, unit, next(iter(speakers)) if len(speakers) == 1 else None,
                                      tuple(sorted(related))))
    return out


def random_fusion(rng: random.Random, n: int):
    ids = [f"a{i:03d}" for i in range(n)]
    articles = []
    for a in ids:
        roles = [(rng.choice("PQ"), "russia", rng.choice(["fm", "dm", "pm"])) for _ in range(rng.randint(0, 2))]
        figures = [("trade", "EUR", rng.choice([1, 2, 3]), rng.choice([None, "s1", "s2"]), 10 * k)
                   for k in range(rng.randint(0, 2))]
        articles.append((a, rng.choice([None, 2013, 2014]), roles, figures))
    events = [rng.sample(ids, rng.randint(1, 4)) for _ in range(n // 2)]
    return fusion_of(articles, events)


@pytest.mark.parametrize("seed", range(40))
def test_conflicts_as_their_definition_by_pairs(seed):
    fusion = random_fusion(random.Random(seed), 14)
    assert find_conflicts(fusion) == by_pairs(fusion)


def test_random_fusions_do_have_conflicts_of_both_kinds():
    found = [c for seed in range(40) for c in find_conflicts(random_fusion(random.Random(seed), 14))]
    assert any(isinstance(c, Conflict) for c in found)
    assert any(isinstance(c, FigureConflict) for c in found)


def test_held_roles_at_different_events_are_no_conflict():
    fusion = fusion_of([("a", 2013, [("kishida", "japan", "fm")], []),
                        ("b", 2022, [("kishida", "japan", "pm")], []),
                        ("c", 2022, [("kishida", "japan", "pm")], [])],
                       [["a"], ["b", "c"]])
    assert find_conflicts(fusion) == []


def test_an_undated_figure_conflicts_with_any_year_of_its_speaker_but_years_not_with_each_other():
    fusion = fusion_of([("a", 2013, [], [("trade", "EUR", 1, "s", 0)]),
                        ("b", 2014, [], [("trade", "EUR", 2, "s", 0)]),
                        ("c", None, [], [("trade", "EUR", 3, "s", 0)])], [])
    [conflict] = find_conflicts(fusion)
    assert conflict.claims == (("a", "1", 0, 4), ("b", "2", 0, 4), ("c", "3", 0, 4))
    fusion = fusion_of([("a", 2013, [], [("trade", "EUR", 1, "s", 0)]),
                        ("b", 2014, [], [("trade", "EUR", 2, "s", 0)])], [])
    assert find_conflicts(fusion) == []


def test_a_story_told_by_thousands_of_articles():
    """5,000 copies of one story with one dissenting role and one dissenting figure: the
    pairs (25 million) are never listed."""
    n = 5000
    articles = [(f"a{i:05d}", 2014, [("shoigu", "russia", "dm" if i else "fm")],
                 [("trade", "EUR", 24.5 if i else 24.4, None, 0)]) for i in range(n)]
    fusion = fusion_of(articles, [[a for a, *_ in articles]])
    role, figure = find_conflicts(fusion)
    assert len(role.claims) == n and ("a00000", "fm") in role.claims
    assert len(figure.claims) == n and ("a00000", "24.4", 0, 4) in figure.claims
