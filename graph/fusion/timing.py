"""When an article was written, for articles that do not say: the offices it names people by.

"Prime Minister Shigeru Ishiba said ..." was written while Ishiba was prime minister; an
article naming several office holders by their offices was written when all of them held
them. The periods come from the knowledge base (:mod:`diplograph.ontology.offices`); a role
the sentence marks as past ("former", "damalige") says nothing about the article's time.

Fusion uses the result to keep apart what undated articles report: an act told without a
date by an article written in 2024 is not the act another article dated 2022, nor the
undated act of an article written in 2022. The date arithmetic fusion compares reports
with is here too: whether two dates can be one event's, the earliest day a lead's date
stands for, day numbers and the gap between them.

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
from datetime import date as _day, timedelta
from functools import lru_cache

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.dates import TimeValue, find_dates
from diplograph.extract.model import ArticleFacts
from diplograph.ontology.offices import load_offices

__all__ = ["written_between", "within_year_of", "not_after", "dates_meet", "earliest", "day_number",
           "before", "filed_after", "filed_near", "names_month", "one_day"]

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
    """``iso`` moved by ``years``, within years 1 to 9999 (an open end stays open).

    >>> _year_shift("9999-12-31", 1), _year_shift("2020-02-29", -1)
    ('9999-12-31', '2019-02-29')
    """
    return f"{min(max(int(iso[:4]) + years, 1), 9999):04d}{iso[4:]}"


def within_year_of(a: tuple[str, str], b: tuple[str, str], years: int = 1) -> bool:
    """Whether two spans of writing time lie within ``years`` of each other (0: overlap)."""
    return a[0] <= _year_shift(b[1], years) and b[0] <= _year_shift(a[1], years)


def not_after(iso: str, written: tuple[str, str]) -> bool:
    """Whether an event dated ``iso`` (any precision) can be told as past by an article
    written in ``written``: it did not begin after the article's last possible day."""
    return iso <= written[1][:len(iso)]


def dates_meet(a: TimeValue, a_lead: bool, b: TimeValue, b_lead: bool, days: int = 7) -> bool:
    """Whether two reported dates can be one event's: one within the other, or a date
    only taken from a lead's publication day (``a_lead``, ``b_lead``) and a day up to
    ``days`` before it (the news came out after the act).

    >>> day, month = TimeValue("2022-12-05", "day"), TimeValue("2022-12", "month")
    >>> dates_meet(day, False, month, False), dates_meet(TimeValue("2022-12-06", "day"), True, day, False)
    (True, True)
    >>> dates_meet(TimeValue("2022-12-06", "day"), False, day, False)
    False
    """
    if a.contains(b) or b.contains(a):
        return True
    if a.precision != "day" or b.precision != "day" or not (a_lead or b_lead):
        return False
    later, earlier = (a, b) if a.iso > b.iso else (b, a)
    lead_is_later = a_lead if later is a else b_lead
    return lead_is_later and (later.date() - earlier.date()).days <= days


def earliest(date: TimeValue, lead_dated: bool, days: int = 7) -> str:
    """The earliest day a date can stand for: a lead's publication day may report an act
    of up to ``days`` before it.

    >>> earliest(TimeValue("2022-12-06", "day"), True), earliest(TimeValue("2022-12-06", "day"), False)
    ('2022-11-29', '2022-12-06')
    """
    if not lead_dated or date.precision != "day":
        return date.iso
    return (date.date() - timedelta(days=days)).isoformat()


def day_number(iso: str) -> int:
    """A number of days that orders ISO dates and spaces them nearly as the calendar does
    (months of 31 days: "2022-02-31", the end of a month's span, is a number too).

    >>> day_number("2022-04-08") - day_number("2022-04-01"), day_number("2022-03") < day_number("2022-03-02")
    (7, True)
    """
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return parts[0] * 372 + (parts[1] - 1) * 31 + parts[2] - 1


def before(a: TimeValue, b: TimeValue) -> bool:
    """Whether ``a`` lies wholly before ``b`` (at their common precision)."""
    n = min(len(a.iso), len(b.iso))
    return a.iso[:n] < b.iso[:n]


#: date rules that name a month, not a time relative to the article's ("on Friday", "last week")
_MONTH_RULES = frozenset({"dmy", "mdy", "dmy_range", "mdy_range", "month", "rel_month", "part_month"})


def other_month_or_day(date: TimeValue, told: str, lead_dated: bool = False) -> bool:
    """Whether a date a report gives without its year ("14. November", "September 4-6")
    cannot be ``date``: it names another month, or another day of the month.

    A weekday ("on Monday", "am Montagabend") cannot be a day of another weekday (nor,
    for the publication day a lead was dated by, ``lead_dated``, of another than that day's
    or the day before's).

    >>> dec2 = TimeValue("2016-12-02", "day")
    >>> other_month_or_day(dec2, "14. November"), other_month_or_day(dec2, "Dec. 2"), other_month_or_day(dec2, "Friday")
    (True, False, False)
    >>> other_month_or_day(dec2, "am Montagabend"), other_month_or_day(TimeValue("2016-12", "month"), "Monday")
    (True, False)
    """
    if not told or date.precision == "year":
        return False
    month_day = _month_day(told)
    if month_day is None:
        weekday = _weekday(told)
        if weekday is None or date.precision != "day":
            return False
        days = {date.date().weekday(), (date.date().weekday() - 1) % 7} if lead_dated else {date.date().weekday()}
        return weekday not in days       # a lead dated by its article's day may tell the day before
    month, day = month_day
    return month != date.iso[5:7] or bool(day) and date.precision == "day" and day != date.iso[8:10]


def one_day(a: TimeValue, told_a, b: TimeValue, told_b) -> bool:
    """Whether two reports' dates are one day: the same day, or a day and a coarser date
    that holds it, told with that day's weekday (``told_a``, ``told_b``: the reports'
    relative dates). "Am Mittwoch" in an article of November 2017 may be 29 November 2017.

    >>> nov29, nov = TimeValue("2017-11-29", "day"), TimeValue("2017-11", "month")
    >>> one_day(nov29, [""], nov, ["am Mittwoch"]), one_day(nov, ["on Thursday"], nov29, [""])
    (True, False)
    >>> one_day(nov29, [""], nov, [""]), one_day(nov29, [""], nov29, [""])
    (False, True)
    """
    if a.precision == "day" and b.precision == "day":
        return a == b
    if b.precision == "day":
        a, told_a, b, told_b = b, told_b, a, told_a
    return a.precision == "day" and b.contains(a) and any(_weekday(t) == a.date().weekday() for t in told_b if t)


def filed_after(date: TimeValue, filed: str, days: int = 7) -> bool:
    """Whether an act of ``date`` can be the news of an article filed on the day its
    dateline names without a year (``filed``, "Aug. 31"): that day, or up to ``days`` after
    the act, in the act's year or the next. True when either is not precise to the day.

    >>> monday = TimeValue("2020-08-31", "day")
    >>> filed_after(monday, "Aug. 31"), filed_after(TimeValue("2018-03-19", "day"), "Aug. 31")
    (True, False)
    >>> filed_after(TimeValue("2019-12-30", "day"), "Jan. 2"), filed_after(TimeValue("2020-08", "month"), "Aug. 31")
    (True, True)
    """
    month_day = _month_day(filed)
    if date.precision != "day" or month_day is None or not month_day[1]:
        return True
    act = _day.fromisoformat(date.iso)
    for year in (act.year, act.year + 1):
        try:
            gap = (_day(year, int(month_day[0]), int(month_day[1])) - act).days
        except ValueError:                # "Feb. 29" of a year without it
            continue
        if 0 <= gap <= days:
            return True
    return False


def names_month(told: str) -> bool:
    """Whether a date told without its year names a month ("in March", "14. November"),
    not only a weekday ("on Monday").

    >>> names_month("in March"), names_month("on Monday"), names_month("")
    (True, False, False)
    """
    return bool(told) and _month_day(told) is not None


def filed_near(day: str, filed: str, days: int = 7) -> bool:
    """Whether an article written on ``day`` (ISO) and one filed on the day a dateline
    names without its year (``filed``) can tell the same news: at most ``days`` apart.

    >>> filed_near("2020-09-01", "Aug. 31"), filed_near("2018-03-19", "Aug. 31")
    (True, False)
    """
    start = _day.fromisoformat(day) - timedelta(days=days)
    return filed_after(TimeValue(start.isoformat(), "day"), filed, 2 * days)


@lru_cache(maxsize=4096)
def _weekday(told: str) -> int | None:
    """The weekday (0 for Monday) a date told as one names ("on Monday", "am
    Montagabend"), or None (also for a span of days: "from Monday to Friday")."""
    words = re.findall(r"[^\W\d_]+", told.lower())
    days = {day for lang in ("en", "de") for name, day in load_lexicon(lang).dates.get("weekdays", {}).items()
            if any(w.startswith(name) for w in words)}
    return days.pop() if len(days) == 1 else None


@lru_cache(maxsize=4096)
def _month_day(told: str) -> tuple[str, str] | None:
    """The month and day (or "") a date told without its year names, or None (a weekday,
    "last week"): read once per text, whichever report asks."""
    anchor = TimeValue("2000-12-31", "day")          # any year: only month and day are read
    for lang in ("en", "de"):
        for found in find_dates(told, lang, anchor):
            value = found.value
            if value is not None and found.rule in _MONTH_RULES and value.precision != "year":
                return value.iso[5:7], value.iso[8:10] if value.precision == "day" else ""
    return None
