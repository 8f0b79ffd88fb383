"""News days of undated articles, from the events other articles date.

An article without a publication date cannot resolve "on Friday" or "im März" by itself
(unless its lead names a day both ways, :func:`~diplograph.extract.anchoring.anchor_dates`).
When the news of its lead is an event that dated articles report to the day, that day is
the article's news day: the lead told it as happened, and the article came out with it.
A lead report that names a time of its own must name that day ("am Freitag" for a Friday),
else the article is left undated; so is an article whose lead events point to different
days. The article's undated events with a relative date that no other report dates are
then resolved against the news day, the way an article's own publication day resolves
them ("on Monday" is the Monday before it, "in March" the last March); "today" and
"yesterday" are not, as the article may have come out a day after the news.

An undated article whose lead's news no report placed in time tells is :func:`floating`:
fusion then clusters its undated acts only with those of other such articles.

>>> from diplograph.extract.model import Article, ArticleFacts, Event
>>> day = TimeValue("2022-04-08", "day")
>>> lead = Event("Expulsion", ["japan", "russia"], None, None, "", "Happened", [], [], [(0, 9)], lead=True)
>>> other = Event("Sanction", ["japan"], None, None, "am Freitag", "Happened", [], [], [(10, 20)])
>>> f = ArticleFacts(Article("b", "", "de"), events=[lead, other])
>>> facts = {"a": ArticleFacts(Article("a", "", "en", published=day)), "b": f}
>>> days = news_days(facts, [[("a", Event("Expulsion", ["japan"], None, day, "", "Happened", [], [], []), day),
...                             ("b", lead, day)]])
>>> days
{'b': TimeValue(iso='2022-04-08', precision='day')}
>>> redate(facts, days, undated={id(other)}), other.date.iso, other.rules
(1, '2022-04-08', ['date.news_day'])
"""
from __future__ import annotations

from collections import defaultdict

from diplograph.extract.anchoring import ahead_of
from diplograph.extract.dates import TimeValue, find_dates
from diplograph.extract.model import ArticleFacts, Event
from diplograph.graph.fusion.timing import written_between

__all__ = ["RULE", "anchored", "floating", "news_days", "placed", "redate"]

#: the rule an event dated against its article's news day records
RULE = "date.news_day"

#: relative dates that need the publication day itself, not a news day near it
_SAME_DAY_RULES = frozenset({"rel_day"})


def _names_day(ev: Event, lang: str, day: TimeValue) -> bool:
    """Whether a report's own relative date, if any, names ``day`` when resolved against it."""
    if not ev.relative_date:
        return True
    found = find_dates(ev.relative_date, lang, day)
    return bool(found) and found[0].value is not None and found[0].value.contains(day)


def news_days(facts: dict[str, ArticleFacts], clusters) -> dict[str, TimeValue]:
    """Article id -> news day, for the undated articles of ``facts`` whose lead tells an event
    that others date to the day.

    ``clusters`` holds, per fused event, its reports as ``(article id, Event, cluster date)``.
    """
    found: dict[str, set] = defaultdict(set)
    for reports in clusters:
        for article_id, ev, day in reports:
            if ev.date is not None or not ev.lead or facts[article_id].article.published is not None:
                continue
            if day is None or day.precision != "day" or ev.status != "Happened":
                continue
            if not any(other != article_id and e.date is not None for other, e, _ in reports):
                continue
            found[article_id].add(day if _names_day(ev, facts[article_id].article.lang, day) else None)
    return {a: next(iter(days)) for a, days in sorted(found.items()) if len(days) == 1 and None not in days}


def redate(facts: dict[str, ArticleFacts], days: dict[str, TimeValue], undated: set) -> int:
    """Resolve the relative dates of the events (``id`` in ``undated``) of the articles in
    ``days`` against their news day, in place; how many events got a date."""
    dated = 0
    for article_id, day in days.items():
        f = facts[article_id]
        for ev in f.events:
            if id(ev) not in undated or ev.date is not None or not ev.relative_date:
                continue
            found = find_dates(ev.relative_date, f.article.lang, day)
            if not found or found[0].value is None or found[0].rule in _SAME_DAY_RULES:
                continue
            ev.date = ahead_of(found[0], day) if ev.status == "Planned" else found[0].value
            ev.rules = [*ev.rules, RULE]
            dated += 1
    return dated


def placed(cluster) -> bool:
    """Whether anything places the fused event ``cluster`` in time: a date, a dated
    article, or the offices its articles name people by."""
    return cluster.date is not None or cluster.dated_source or bool(cluster.written)


def floating(facts: dict[str, ArticleFacts], clusters) -> frozenset:
    """The articles nothing places in time: no publication date, no office that dates
    them, and the news of their lead told by no report that is placed in time. Their
    undated acts are one only with such acts of other such articles: an undated summons
    of one is not last year's summons of the same ambassador, nor another article's
    undated summons of him.

    >>> from diplograph.extract.model import Article
    >>> from diplograph.graph.fusion.fuse import FusedEvent
    >>> lead = Event("AirspaceViolation", ["china", "japan"], None, None, "", "Happened", [], [], [], lead=True)
    >>> fe = FusedEvent("AirspaceViolation"); fe.add("a", lead, set())
    >>> sorted(floating({"a": ArticleFacts(Article("a", "", "en"), events=[lead])}, [fe]))
    ['a']
    """
    timed = _lead_timed(clusters)
    return frozenset(a for a, anchored in timed.items()
                     if not anchored and facts[a].article.published is None and written_between(facts[a]) is None)


def anchored(facts: dict[str, ArticleFacts]) -> frozenset:
    """The articles their own text places in time: a publication date, or a date the news of
    their lead carries (not a date their lead only borrows from another article's report).

    >>> from diplograph.extract.model import Article
    >>> lead = Event("Visit", ["japan"], None, TimeValue("2013-12-26", "day"), "", "Happened", [], [], [], lead=True)
    >>> sorted(anchored({"a": ArticleFacts(Article("a", "", "en"), events=[lead])}))
    ['a']
    """
    return frozenset(a for a, f in facts.items() if f.article.published is not None or any(
        ev.lead and ev.date is not None and ev.status == "Happened" and not ev.prior for ev in f.events))


def _lead_timed(clusters) -> dict[str, bool]:
    """Article id -> whether a report of its lead's news is in a cluster placed in time."""
    timed: dict[str, bool] = {}
    for cluster in clusters:
        for article_id, ev in cluster.reports:
            if ev.lead and ev.status == "Happened" and not ev.prior:
                timed[article_id] = timed.get(article_id, False) or placed(cluster)
    return timed
