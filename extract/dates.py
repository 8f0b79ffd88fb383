"""Temporal expressions: find them in text and normalise them to ISO values.

Absolute dates ("02.11.2013", "2. November 2013", "November 2, 2013", "Dec. 16",
"im Dezember 2016", "im Frühjahr 2014") and relative ones ("am Montag", "last December",
"vergangenes Jahr") are resolved against the publication date when it is known and kept
as relative text otherwise. Every value carries its precision: day, month or year.

>>> pub = TimeValue("2013-11-04", "day")
>>> [(m.text, m.value.iso if m.value else None) for m in find_dates("Am Samstag trafen sie sich.", "de", pub)]
[('Am Samstag', '2013-11-02')]
>>> find_dates("Talks on November 2, 2013 in Tokyo", "en")[0].value
TimeValue(iso='2013-11-02', precision='day')
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from diplograph.ontology.errors import PipelineError

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.years import bare_year
from diplograph.extract.pickling import by_fields

__all__ = ["TimeValue", "DateMention", "find_dates", "parse_iso"]


@by_fields
@dataclass(frozen=True, slots=True)
class TimeValue:
    """An ISO date ("2013-11-02"), month ("2013-11") or year ("2013") with its precision."""

    iso: str
    precision: str          # "day", "month" or "year"

    @property
    def year(self) -> int:
        return int(self.iso[:4])

    def date(self) -> dt.date:
        """The first day the value covers."""
        parts = [int(p) for p in self.iso.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    def contains(self, other: "TimeValue") -> bool:
        """Whether ``other`` lies within this value (or equals it)."""
        return other.iso.startswith(self.iso) or self.iso.startswith(other.iso)


@dataclass(frozen=True)
class DateMention:
    """A temporal expression at characters [start, end) of a text."""

    start: int
    end: int
    text: str
    value: TimeValue | None     # None when relative and unresolvable
    relative: bool
    rule: str = ""              # the pattern that found it ("weekday", "month", ...)


def parse_iso(text: str) -> TimeValue | None:
    """A TimeValue from "YYYY-MM-DD", "YYYY-MM" or "YYYY" (None if not a valid date).

    >>> parse_iso("2022-06"), parse_iso("2022-13")
    (TimeValue(iso='2022-06', precision='month'), None)
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text.strip())
    if not m:
        return None
    return _value(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


def _value(year: int, month: int | None = None, day: int | None = None) -> TimeValue | None:
    try:
        if day is not None and month is not None:
            return TimeValue(dt.date(year, month, day).isoformat(), "day")
        if month is not None:
            dt.date(year, month, 1)
            return TimeValue(f"{year:04d}-{month:02d}", "month")
        if 1000 <= year <= 2999:
            return TimeValue(f"{year:04d}", "year")
    except ValueError:
        return None
    return None


class _Pattern(NamedTuple):
    name: str
    rx: re.Pattern
    openers: frozenset         # the words it can start at
    digit: bool                # or it starts at a word with a digit


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[list[_Pattern], frozenset, re.Pattern]:
    """The date patterns of ``lang`` in the order they take precedence, and all the words
    that open one: every pattern starts at a word with a digit, or at a whole word that
    opens one of the language's date words and phrases; and a regular expression finding
    those words in lower-cased text."""
    d = load_lexicon(lang).dates
    mon = _trie(d["months"])
    wd = _trie(d["weekdays"])
    day_parts = d.get("day_parts", [])           # "Freitagabend": a weekday and its part
    wd_part = "(?:" + "|".join(map(re.escape, day_parts)) + ")?" if day_parts else ""
    season = "|".join(map(re.escape, d["seasons"]))
    season_links = _phrases(d["season_links"])
    part = _trie(d["part_of_month"])
    past = "|".join(map(re.escape, d["past_markers"] + d["next_markers"]))
    rel_years = _trie(d["relative_years"])
    rel_days = "|".join(map(re.escape, d["relative_days"]))
    rel_periods = _trie(d.get("relative_periods", {}))
    dp, mp = d["day_preps"], d["month_preps"]
    comma_year = "|" + d["year_comma"] if d.get("year_comma") else ""    # "26th May, 2021"
    counts, units = _trie(d["ago_counts"]), _trie(d["ago_units"])
    hedges = _phrases(d.get("ago_hedges", []))
    hedge = rf"(?:(?:{hedges})\s+)?" if hedges else ""        # "vor mehr als einem Jahr"
    ago = r"\s+".join(rf"{hedge}(?P<n>\d{{1,2}}|{counts})" if w == "N" else rf"(?P<unit>{units})" if w == "U"
                      else re.escape(w) for w in d["ago"].split())
    if d.get("ago_not_before"):        # "vor einer Woche voller Gipfel": facing one, no time ago
        ago += rf"(?!\s+(?:{_phrases(d['ago_not_before'])})\b)"
    year_preps = "im jahr|in the year|seit dem jahr"
    joiner = "|".join(rf"\s*{re.escape(j)}\s*" if not j.isalpha() else rf"\s+{j}\s+"
                      for j in d.get("range_joiners", []))
    # the word lists a pattern can open with ("digit": a word starting with a digit)
    lists = {"mon": list(d["months"]), "wd": list(d["weekdays"]) + [w + p for w in d["weekdays"] for p in day_parts],
             "season": list(d["seasons"]), "so": d["season_openers"],
             "part": list(d["part_of_month"]), "past": d["past_markers"] + d["next_markers"],
             "ry": list(d["relative_years"]), "rd": list(d["relative_days"]),
             "rp": list(d.get("relative_periods", {})), "da": list(d["day_anaphors"]) + d.get("day_part_anaphors", []),
             "dp": dp.split("|"), "mp": mp.split("|"), "yp": year_preps.split("|"),
             "ago": [d["ago"].split()[0]] if not d["ago"].startswith("N") else list(d["ago_counts"])}
    specs = [
        # "3. bis 5. Mai", "3-5 May", "May 3 to 5, 2021": the days of one month (a number after a
        # colon is a clock time's minutes: "01:06 June 30, 2022" names June 30)
        ("dmy_range", "digit", rf"(?<!:)\b(?P<d>\d{{1,2}})\.?(?:{joiner})(?P<d2>\d{{1,2}})\.?\s+(?P<mon>{mon})\.?"
                               rf"(?:\s+(?P<y>\d{{4}}))?\b"),
        ("mdy_range", "mon", rf"\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:{joiner})"
                             rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),
        ("numeric", "digit", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
        ("iso", "digit", r"\b(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b"),
        # "02/24/2022", "24/02/2022": read only when one number cannot be a month
        ("slashed", "digit", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
        ("dmy", "digit", rf"(?<!:)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{mon})\.?(?:\s+(?P<y>\d{{4}}){comma_year})?\b"),
        ("mdy", "mon", rf"\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),
        # "on the 26th", "am 26.": a day of the publication's month (or the one before)
        ("bare_day", "dp", rf"\b(?:{dp})\s+{d['bare_day']}(?!\s*(?:\d|of\b|(?:{mon})\b)|{joiner})") if d.get("bare_day") else None,
        ("part_month", "part", rf"\b(?P<part>{part})[\s-]+(?P<mon>{mon})\b(?:\s+(?P<y>\d{{4}}))?"),
        ("part_year", "part", rf"\b(?P<part>{part})[\s-]+(?P<y>(?:19|20)\d{{2}})\b"),   # "Ende 2019"
        ("season", "mp season", rf"\b(?:(?:{mp})\s+)?(?P<season>{season})\s+(?:(?:{season_links})\s+)?"
                                rf"(?P<y>\d{{4}})\b"),
        # "last summer", "this summer", "in the spring", "im vergangenen Herbst", "im Frühjahr"
        ("rel_season", "so past", rf"\b(?:(?P<so>{_trie(d['season_openers'])})\s+)?(?:(?P<past>{past})\s+)?"
                                  rf"(?P<season>{season})\b(?!\s+(?:{season_links})\b)"),
        ("month_year", "mp mon", rf"\b(?:(?:{mp})\s+)?(?P<mon>{mon})\s+(?P<y>\d{{4}})\b"),
        ("month_rel_year", "mp mon", rf"\b(?:(?:{mp})\s+)?(?P<mon>{mon})\s+(?P<ry>{rel_years})\b"),
        ("rel_month", "past", rf"\b(?:(?P<past>{past})\s+)(?P<mon>{mon})\b"),
        ("month", "mp", rf"\b(?:{mp})\s+(?P<mon>{mon})\b"),
        # "the same day", "the next day", "am Tag darauf": resolved against the day named before
        # and a part of the day, "am Morgen" (no date; not "morgen", tomorrow)
        ("day_anaphor", "da", rf"\b(?P<da>{_trie(list(d['day_anaphors']) + d.get('day_part_anaphors', []))})\b"),
        ("weekday", "dp past wd", rf"\b(?:(?:{dp})\s+)?(?:(?P<past>{past})\s+)?(?P<wd>{wd}){wd_part}\b"),
        ("rel_period", "rp", rf"\b(?P<rp>{rel_periods})\b"),
        ("rel_year", "ry", rf"\b(?P<ry>{rel_years})\b"),
        ("rel_day", "rd", rf"\b(?P<rd>{rel_days})\b"),
        # "two days ago", "a week ago", "vor drei Tagen", "vor einem Monat"
        ("ago", "digit ago", rf"\b{ago}\b"),
        ("year", "mp yp", rf"\b(?:(?:{mp}|{year_preps})\s+)(?P<y>(?:19|20)\d{{2}})\b"),
        # "a 2018 summit", "beim Gipfeltreffen 2018": a year naming an occasion's
        ("year_noun", "digit", r"\b(?P<y>(?:19|20)\d{2})\b"),
    ]
    out = []
    for name, opens, rx in filter(None, specs):
        words = frozenset(phrase.split()[0].lower() for key in opens.split() if key != "digit"
                          for phrase in lists[key])
        for word in words:
            if not _WORD.fullmatch(word):
                raise PipelineError(f"date word {word!r} ({lang}) is not one word of letters")
        out.append(_Pattern(name, re.compile(rx, re.IGNORECASE), words, "digit" in opens.split()))
    openers = frozenset().union(*(p.openers for p in out))
    return out, openers, re.compile(rf"\b(?:\d\w*|{_trie(openers)}\b)")


_WORD = re.compile(r"\w+")


def _phrases(phrases) -> str:
    """A regular expression matching any of ``phrases``, their words apart by any white space.

    >>> [bool(re.fullmatch(_phrases(["des Jahres", "of"]), text)) for text in ("des  Jahres", "of", "des")]
    [True, True, False]
    """
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


def _trie(words) -> str:
    """A regular expression matching any of ``words``, the longest first, written as a
    tree of their common prefixes: "jan(?:uar)?|ju(?:li|ni)" for "jan", "januar", "juli",
    "juni". The regex engine then rejects a position on its first letters instead of
    trying every word in turn. Words are compared in lower case (the patterns ignore case).

    >>> _trie(["jan", "januar", "juli", "juni", "mai"])
    '(?:j(?:an(?:uar)?|u(?:li|ni))|mai)'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree) or "(?!)"


def _branches(node: dict) -> str:
    """The regex of a prefix-tree node: its branches, optional where a word ends here."""
    parts = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        while len(child) == 1 and "" not in child:     # a chain of single letters
            (nxt, child), = child.items()
            ch += nxt
        parts.append(re.escape(ch) + _branches(child))
    if not parts:
        return ""
    if "" in node:
        return "(?:" + "|".join(parts) + ")?"           # longer words first, then this one
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def find_dates(text: str, lang: str, published: TimeValue | None = None) -> list[DateMention]:
    """Every temporal expression of ``text``; where two overlap, the one of the pattern
    that takes precedence.

    Each pattern's matches are those of ``finditer`` over the text, but it is only tried
    at the words that can open one (found once for all of them), not at every character:
    this made the date component four times faster.
    """
    found: list[DateMention] = []
    taken_starts: list[int] = []          # the spans taken, sorted; they never overlap
    taken_ends: list[int] = []
    patterns, openers, opener_rx = _patterns(lang)
    lowered = text.lower()
    if len(lowered) == len(text):        # the same offsets: find the openers in one scan
        words = [(m.start(), m.group()) for m in opener_rx.finditer(lowered)]
    else:
        words = [(m.start(), word) for m in _WORD.finditer(text)
                 if (word := m.group().lower()) in openers or word[0].isdigit()]
    digits = [start for start, word in words if word[0].isdigit()]
    for name, rx, opening, digit in patterns:
        starts = [start for start, word in words if word in opening]
        if digit:
            starts = sorted(set(starts).union(digits)) if starts else digits
        for m in _matches(rx, text, starts):
            at = bisect_left(taken_ends, m.start() + 1)      # the first span ending after its start
            if at < len(taken_starts) and taken_starts[at] < m.end():
                continue
            mention = _normalise(name, m, lang, published)
            if mention is not None:
                mention = replace(mention, rule=mention.rule or name)
                found.append(mention)
                taken_starts.insert(at, m.start())
                taken_ends.insert(at, m.end())
    return sorted(found, key=lambda x: x.start)


def _matches(rx: re.Pattern, text: str, starts: list[int]):
    """The matches of ``rx.finditer(text)``, given every position where one can start."""
    pos = 0
    for start in starts:
        if start >= pos and (m := rx.match(text, start)) is not None:
            pos = max(m.end(), start + 1)
            yield m


def _normalise(name: str, m: re.Match, lang: str, pub: TimeValue | None) -> DateMention | None:
    d = load_lexicon(lang).dates
    g = m.groupdict()
    text = m.group(0)
    month = d["months"].get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    if g.get("m"):
        month = int(g["m"])
    year = int(g.get("y") or g.get("y2")) if g.get("y") or g.get("y2") else None
    day = int(g["d"]) if g.get("d") else None
    if name == "slashed":
        a, b = int(g["a"]), int(g["b"])
        if (a > 12) == (b > 12):
            return None                  # "03/04/2022": the 3rd of April or March 4th
        value = _value(year, b if a > 12 else a, a if a > 12 else b)
        return DateMention(m.start(), m.end(), text, value, False) if value else None
    if name == "year_noun":
        return DateMention(m.start(), m.end(), text, _value(year), False) if bare_year(m, lang) else None
    if name == "iso" and day is None and month > year % 100:     # "aid for 2002-07": the years
        return DateMention(m.start(), m.end(), text, _value(year), False)    # from 2002, no July
    if name in ("numeric", "iso", "dmy", "mdy", "part_month", "month_year", "year", "dmy_range", "mdy_range"):
        if name == "part_month" or name.endswith("_range"):
            if name.endswith("_range") and not day < int(g["d2"]) <= 31:
                return None
            day = None                   # a part or a span of days: the month
        if year is None:
            return _relative(m, _year_for(month, day, pub) if month else None, month, day)
        value = _value(year, month, day)
        return DateMention(m.start(), m.end(), text, value, False) if value else None
    if name in ("season", "part_year"):
        return DateMention(m.start(), m.end(), text, _value(year), False)
    if name == "rel_season":
        return _season(m, d, lang, pub)
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else d["ago_counts"][g["n"].lower()]
        return DateMention(m.start(), m.end(), text, _ago(n, d["ago_units"][g["unit"].lower()], pub), True)
    if name == "month_rel_year":
        if pub is None:
            return DateMention(m.start(), m.end(), text, None, True)
        return _relative(m, pub.year + d["relative_years"][g["ry"].lower()], month, None)
    if name in ("rel_month", "month"):
        past = (g.get("past") or "").lower() not in [w.lower() for w in d["next_markers"]]
        yr = _year_for(month, None, pub, past, strict=name == "rel_month")
        return _relative(m, yr, month, None)
    if name == "weekday":
        return _weekday(m, d, pub)
    if name == "day_anaphor":
        return DateMention(m.start(), m.end(), text, None, True)     # see anchoring.day_anaphors
    if name == "bare_day":
        return _bare_day(m, day, pub)
    if name == "rel_year":
        if pub is None:
            return DateMention(m.start(), m.end(), text, None, True)
        offset = d["relative_years"][g["ry"].lower()]
        return DateMention(m.start(), m.end(), text, _value(pub.year + offset), True)
    if name == "rel_period":
        unit, offset = d["relative_periods"][" ".join(g["rp"].lower().split())]
        value = _period(unit, offset, pub)
        return DateMention(m.start(), m.end(), text, value, True)
    if name == "rel_day":
        if pub is None or pub.precision != "day":
            return DateMention(m.start(), m.end(), text, None, True)
        when = pub.date() + dt.timedelta(days=d["relative_days"][g["rd"].lower()])
        return DateMention(m.start(), m.end(), text, TimeValue(when.isoformat(), "day"), True)
    return None


def _bare_day(m: re.Match, day: int, pub: TimeValue | None) -> DateMention:
    """"on the 26th": that day of the publication's month, or of the month before when the
    day is later than the publication's."""
    if pub is None or pub.precision != "day":
        return DateMention(m.start(), m.end(), m.group(0), None, True)
    first = pub.date().replace(day=1)
    if day > pub.date().day:
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return _relative(m, first.year, first.month, day)


def _relative(m: re.Match, year: int | None, month, day) -> DateMention:
    value = _value(year, month, day) if year else None
    return DateMention(m.start(), m.end(), m.group(0), value, True)


def _year_for(month: int, day: int | None, pub: TimeValue | None, past: bool = True,
              strict: bool = False) -> int | None:
    """The year of a month (and day) given without one: the latest not after publication
    (the earliest not before it for a coming one). ``strict`` for "last July" / "next July":
    not the month of publication itself.

    >>> pub = TimeValue("2024-07-09", "day")
    >>> _year_for(7, None, pub), _year_for(7, None, pub, strict=True), _year_for(7, None, pub, False, True)
    (2024, 2023, 2025)
    """
    if pub is None or pub.precision == "year" and month is None:
        return None
    if pub.precision == "year":
        return pub.year
    pub_month = int(pub.iso[5:7])
    if past:
        return pub.year if month < pub_month or month == pub_month and not strict else pub.year - 1
    return pub.year if month > pub_month or month == pub_month and not strict else pub.year + 1


def _period(unit: str, offset: int, pub: TimeValue | None) -> TimeValue | None:
    """The month, or the month or year a calendar week lies in, ``offset`` months or weeks
    from publication ("last month", "vergangene Woche"); None without the day (for a week)
    or month (for a month) of publication.

    >>> pub = TimeValue("2022-07-20", "day")
    >>> _period("month", -1, pub).iso, _period("week", -1, pub).iso, _period("week", 0, TimeValue("2022-07-01", "day")).iso
    ('2022-06', '2022-07', '2022')
    """
    if pub is None or pub.precision == "year" or unit in ("week", "weekend") and pub.precision != "day":
        return None
    if unit == "month":
        months = pub.year * 12 + int(pub.iso[5:7]) - 1 + offset
        return TimeValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    if unit == "weekend":                 # 0: the last one begun by publication ("over the weekend")
        saturday = pub.date() - dt.timedelta(days=(pub.date().weekday() - 5) % 7) + dt.timedelta(weeks=offset)
        return _span(saturday, saturday + dt.timedelta(days=1))
    monday = pub.date() - dt.timedelta(days=pub.date().weekday()) + dt.timedelta(weeks=offset)
    return _span(monday, monday + dt.timedelta(days=6))


def _season(m: re.Match, d: dict, lang: str, pub: TimeValue | None) -> DateMention | None:
    """A season told without its year: the year of the last one begun by publication ("in
    the spring", "im Sommer"; a plan's moves ahead, see
    :func:`~diplograph.extract.anchoring.ahead_of`), of the last one ended before it ("last
    summer", "im vergangenen Herbst"), of the next one ("next spring") or of publication
    ("this summer"); a winter spans two years and keeps only its text. None for a bare
    season word with no opener or marker ("summer" alone), and for a capitalised English
    one ("during the Summer Davos").

    >>> pub = TimeValue("2024-05-15", "day")
    >>> [d.value.iso for d in find_dates("in the summer, last summer, next spring, this autumn", "en", pub)]
    ['2023', '2023', '2025', '2024']
    """
    g = m.groupdict()
    opener, marker = (g.get("so") or "").lower(), (g.get("past") or "").lower()
    if not opener and not marker or lang == "en" and not g["season"].islower():
        return None
    first, last = d["seasons"][g["season"].lower()]
    if pub is None or first > last:
        return DateMention(m.start(), m.end(), m.group(0), None, True, rule="rel_season")
    this = opener in d["this_season"]
    if marker:
        coming = marker in [w.lower() for w in d["next_markers"]]
        year = _year_for(first if coming else last, None, pub, past=not coming, strict=True)
    else:
        year = pub.year if this else _year_for(first, None, pub)
    rule = "rel_season" if marker or this else "season_bare"
    return DateMention(m.start(), m.end(), m.group(0), TimeValue(f"{year:04d}", "year"), True, rule=rule)


def _ago(n: int, unit: str, pub: TimeValue | None) -> TimeValue | None:
    """The time ``n`` days, weeks, months or years before publication ("two days ago",
    "vor drei Wochen", "a year ago"): a day, the month or year of a calendar week, a month,
    a year; None without a publication date precise enough. A plan takes no such time (the
    events of an article drop it: "vor einem Jahr angekündigt" is when it was announced).

    >>> pub = TimeValue("2022-07-20", "day")
    >>> [_ago(n, unit, pub).iso for n, unit in ((2, "day"), (2, "week"), (3, "month"), (1, "year"))]
    ['2022-07-18', '2022-07', '2022-04', '2021']
    """
    if unit == "day":
        return TimeValue((pub.date() - dt.timedelta(days=n)).isoformat(), "day") if pub and pub.precision == "day" \
            else None
    if unit == "year":
        return TimeValue(f"{pub.year - n:04d}", "year") if pub else None
    return _period(unit, -n, pub)


def _span(first: dt.date, last: dt.date) -> TimeValue | None:
    """The month or year that holds the days ``first`` to ``last``; None if none does.

    >>> _span(dt.date(2021, 5, 29), dt.date(2021, 5, 30)).iso, _span(dt.date(2021, 5, 31), dt.date(2021, 6, 6)).iso
    ('2021-05', '2021')
    """
    if (first.year, first.month) == (last.year, last.month):
        return TimeValue(first.isoformat()[:7], "month")
    return TimeValue(str(first.year), "year") if first.year == last.year else None


def _weekday(m: re.Match, d: dict, pub: TimeValue | None) -> DateMention:
    text = m.group(0)
    if pub is None:
        return DateMention(m.start(), m.end(), text, None, True)
    if pub.precision != "day":
        # The weekday lies within a week of publication: keep the publication's month.
        return DateMention(m.start(), m.end(), text, pub, True)
    target = d["weekdays"][m.group("wd").lower()]
    marker = (m.group("past") or "").lower()
    base = pub.date()
    if marker in [w.lower() for w in d["next_markers"]]:
        delta = (target - base.weekday()) % 7 or 7
    else:
        delta = -((base.weekday() - target) % 7)
    when = base + dt.timedelta(days=delta)
    return DateMention(m.start(), m.end(), text, TimeValue(when.isoformat(), "day"), True)
