"""Relative dates resolved against a day that is not the publication's: an undated article's
news day, which its lead names both as a date and by its weekday (:func:`anchor_dates`),
the coming day or month a plan names (:func:`ahead_of`), and the day a text named before
("the next day": :func:`day_anaphors`).

The dates themselves are found by :func:`~diplograph.extract.dates.find_dates`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from diplograph.extract.dates import DateMention, TimeValue, find_dates, parse_iso
from diplograph.extract.lexicon import load_lexicon

__all__ = ["anchor_dates", "ahead_of", "so_far", "day_anaphors", "ANCHORED_RULES"]


def anchor_dates(text: str, lang: str, dates: list[DateMention], published: TimeValue | None,
                 lead: int = 1000) -> tuple[list[DateMention], TimeValue | None]:
    """The dates of an article whose publication day is unknown, resolved against the day
    its lead names twice: as a date and by its weekday ("on Wednesday" and "Sept. 12, 2018"
    in the first ``lead`` characters); and that day, the article's news day. "On Monday" is
    the Monday before it, "September 5" the one of its year. Weekdays, and relative dates
    that had no value, are resolved again ("yesterday" and "today" are not: the article may
    have been written a day later). Without such a pair nothing changes and the day is None.

    >>> text = "Tokyo, Sept. 12, 2018 - They spoke on Wednesday. They had met on Monday in May."
    >>> dates, day = anchor_dates(text, "en", find_dates(text, "en"), None)
    >>> [(m.text, m.value.iso if m.value else None) for m in dates], day.iso
    ([('Sept. 12, 2018', '2018-09-12'), ('on Wednesday', '2018-09-12'), ('on Monday', '2018-09-10'), ('in May', '2018-05')], '2018-09-12')
    >>> text = "On Sept. 13, 2018 they spoke on Wednesday."
    >>> [m.value for m in anchor_dates(text, "en", find_dates(text, "en"), None)[0]]
    [TimeValue(iso='2018-09-13', precision='day'), None]
    """
    if published is not None and published.precision == "day":
        return dates, None
    weekdays = [m.start for m in dates if m.rule == "weekday" and m.start < lead]
    if not weekdays:
        return dates, None
    days = sorted({m.value.iso for m in dates if m.start < lead and not m.relative and m.value
                   and m.value.precision == "day" and (published is None or published.contains(m.value))},
                  reverse=True)
    for iso in days:
        anchor = TimeValue(iso, "day")
        again = {m.start: m for m in find_dates(text, lang, anchor)}
        if any(again[w].value == anchor for w in weekdays if w in again):
            return [again[m.start] if m.start in again and m.rule != "rel_day"
                    and (m.rule == "weekday" or m.value is None) else m for m in dates], anchor
    return dates, None


def day_anaphors(dates: list[DateMention], lang: str, published: TimeValue | None = None,
                 text: str = "", reach: int = 400) -> list[DateMention]:
    """``dates`` (in text order) with "the same day", "the next day", "am Tag darauf" and
    the like (the lexicon's ``day_anaphors``) resolved against the last day the text named
    before them; without one they keep no value (the publication day is not theirs). A
    part of the day ("am Morgen", not "morgen") is no date at all. "Hours earlier",
    "Stunden zuvor" (``hour_anaphors``) take only a day named at most ``reach`` characters
    before them, in their sentence or the one before (in ``text``), and not after
    ``published``; else they are no date at all (a lead's news day is still theirs).

    >>> text = "They met on March 3, 2019. Talks followed the next day. Earlier, in May, the same day passed."
    >>> [(m.text, m.value.iso if m.value else None) for m in day_anaphors(find_dates(text, "en"), "en")]
    [('March 3, 2019', '2019-03-03'), ('the next day', '2019-03-04'), ('in May', None), ('the same day', '2019-03-04')]
    >>> [m.value for m in day_anaphors(find_dates("Am Tag darauf reiste er ab.", "de"), "de")]
    [None]
    """
    offsets, last, out = load_lexicon(lang).dates.get("day_anaphors", {}), None, []
    parts = frozenset(load_lexicon(lang).dates.get("day_part_anaphors", ()))
    hours = frozenset(load_lexicon(lang).dates.get("hour_anaphors", ()))
    for m in dates:
        said = " ".join(m.text.lower().split())
        offset = offsets.get(said) if m.rule == "day_anaphor" else None
        if said in parts:
            continue                     # "am Morgen": a time of day, no date (nor "morgen", tomorrow)
        if said in hours and (last is None or m.start - last.end > reach or _sentence_ends(text, last.end, m.start) > 1
                              or published is not None and published.precision == "day"
                              and last.value.date() > published.date()):
            continue                     # "hours earlier" than a plan to come, or than nothing named near
        if offset is not None and last is not None:      # of a weekday, a weekday: a plan's moves ahead with it
            m = replace(m, value=TimeValue((last.value.date() + dt.timedelta(days=offset)).isoformat(), "day"),
                        rule="weekday" if last.rule == "weekday" else m.rule)
        if m.value is not None and m.value.precision == "day":
            last = m
        out.append(m)
    return out


#: relative dates that say themselves which day, month or year they are ("last July",
#: "next year", "vergangene Woche"): no plan moves them ahead
ANCHORED_RULES = frozenset({"rel_day", "rel_month", "rel_year", "month_rel_year", "rel_period", "rel_season",
                            "day_anaphor"})


def so_far(mention: DateMention, published: TimeValue | None, lang: str) -> TimeValue | None:
    """The value of "this week" ("earlier this week", "diese Woche") for an act told as
    done: from its Monday to the day of publication, not the whole week, which may run into
    the next month. The mention's own value for any other date.

    >>> pub = TimeValue("2018-03-27", "day")
    >>> m = find_dates("They met this week.", "en", pub)[0]
    >>> m.value.iso, so_far(m, pub, "en").iso
    ('2018', '2018-03')
    """
    if mention.rule != "rel_period" or published is None or published.precision != "day":
        return mention.value
    said = " ".join(mention.text.lower().split())
    if tuple(load_lexicon(lang).dates.get("relative_periods", {}).get(said, ())) != ("week", 0):
        return mention.value
    day = published.date()
    monday = day - dt.timedelta(days=day.weekday())
    if (monday.year, monday.month) == (day.year, day.month):
        return TimeValue(day.isoformat()[:7], "month")
    return TimeValue(str(day.year), "year") if monday.year == day.year else None


def ahead_of(mention: DateMention, published: TimeValue | None) -> TimeValue | None:
    """The value of a relative date that names a plan: the next such day or month at or
    after publication, where the plain resolution took the last one before it.

    >>> m = find_dates("im September", "de", TimeValue("2019-06-10", "day"))[0]
    >>> m.value.iso, ahead_of(m, TimeValue("2019-06-10", "day")).iso
    ('2018-09', '2019-09')
    """
    value = mention.value
    if value is None or published is None or value.date() >= published.date() or value.contains(published):
        return value                     # "noch im November" told in November: this one
    if mention.rule == "weekday" and value.precision == "day":
        return TimeValue((value.date() + dt.timedelta(days=7)).isoformat(), "day")
    if mention.rule in ANCHORED_RULES:
        return value                     # "last July", "vergangene Woche": told which one
    shifted = f"{value.year + 1:04d}{value.iso[4:]}"
    return parse_iso(shifted) or value


def _sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentences end in ``text[start:end]`` (a stop, question or exclamation mark
    before a space or a line break).

    >>> _sentence_ends("Met on Monday. Spoke by phone. Hours", 0, 36)
    2
    """
    return len(re.findall(r"[.!?][\"”»]?\s", text[start:end]))
