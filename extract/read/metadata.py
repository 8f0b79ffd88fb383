"""Article metadata: from the text's header lines and from given metadata (a sidecar
JSON file, a JSON or JSON Lines record). Given metadata wins over what the text suggests.

>>> from diplograph.extract.model import Article
>>> art = Article("a", "MOSCOW, March 22, 2022 (Reuters) - Russia said ...", "en")
>>> metadata_from_text(art); art.published.iso, art.outlet
('2022-03-22', 'Reuters')
>>> apply_metadata(art, {"date": "2022-03-21", "title": "Talks halted", "url": "https://x.org/1"})
>>> art.published.iso, art.title, art.url
('2022-03-21', 'Talks halted', 'https://x.org/1')
"""
from __future__ import annotations

import re
from functools import lru_cache

from diplograph.extract.dates import TimeValue, find_dates, parse_iso
from diplograph.extract.model import Article

__all__ = ["metadata_from_text", "apply_metadata", "published_from", "url_date", "is_stamp", "METADATA_FIELDS",
           "DATELINE_DAY"]

#: Fields of given metadata and the Article attribute each sets.
METADATA_FIELDS = {"title": "title", "headline": "title", "url": "url", "source": "outlet",
                   "outlet": "outlet", "publisher": "outlet", "author": "author"}
DATE_FIELDS = ("date", "published", "datePublished", "date_published", "pubdate")
#: the key of ``Article.extra`` that keeps the day a dateline names without its year
DATELINE_DAY = "dateline_day"

_DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}),\s*")
#: "by Jane Doe October 31, 2023 9:35 PM", "Von Hans Meier 12.03.2022": a byline before a date
_BYLINE = re.compile(r"(?i:by|von):?\s+(?:[A-ZÄÖÜ][\w.'’-]*\s+){1,4}(?:[,|]\s*)?")
_AGENCY = re.compile(r"^(?:[A-ZÄÖÜ][\w .,'’-]{0,60}?)?\(([A-Za-z][\w /.-]{0,30})\)\s*[-–—]")
_STAMP_WORDS = r"date|published|posted|issued|stand|veröffentlicht|erschienen|datum|archivmeldung|meldung"
_STAMP_WORD_LIST = tuple(_STAMP_WORDS.split("|"))
# a clock time, maybe with its zone and offset ("13:20 GMT+8", "09:12 Uhr", "9:35 PM")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Uhr|h|[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?|[ap]\.?m\.?))?"
_DATE_PREFIX = re.compile(rf"^(?:(?:{_STAMP_WORDS}|updated|aktualisiert)\s*:?\s*(?:(?:am|on)\s+)?)?"
                          rf"(?:{_CLOCK}\s*[,|]?\s*)?", re.IGNORECASE)
_TRAILING_CLOCK = re.compile(rf"(?:[\s,|]+(?:um\s+|at\s+)?{_CLOCK})+\s*$", re.IGNORECASE)
#: "Stand: 21.03.2023 14:31 Uhr", "Published: 21:31, September 29, 2020" anywhere in a header line
_STAMP = re.compile(rf"\b(?:{_STAMP_WORDS})(?:\s+(?:time|date))?(?:\s*:|\s+(?:am|on|vom)\b)\s*(?:{_CLOCK}\s*[,|]?\s*)?",
                    re.IGNORECASE)
#: A date in a URL's path: "/2022/05/11/", "/2022-05-11-", "/20220511/", "/2022/05/"
_URL_DATE = re.compile(r"/((?:19|20)\d{2})(?:([/-])(\d{1,2})(?:\2(\d{1,2}))?|(\d{2})(\d{2}))(?=[/_.-]|$)")
_UPDATED = re.compile(r"(?:updated|aktualisiert)\b", re.IGNORECASE)
#: "29. April 2013Russlands Präsident ...": a page's date glued to the story's first word
_GLUED = re.compile(r"^(.{4,40}?\b(?:19|20)\d{2})(?=[A-ZÄÖÜ][a-zäöüß])")
#: "07.02.13" alone on a header line: a day with a two-digit year; "15-10-2002 Politik |": a
#: day with dashes opening one
_SHORT_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$|^(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?=\s|$)")
#: what may stand before a header line's date: place and agency names, clock times and the
#: marks between them ("Agency) 14:00, ", "OSLO (Some News / Agency - ", "Oslo (Norwegen), ")
_HEAD_PREFIX = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’&-]*|\d{1,2}:\d{2}|[\s()/|:,–—-])*$")
#: a label before a header line's date ("Chronik:", "Anniversary:"): a story's or a section's, no stamp
_LABEL = re.compile(r"[^\W\d_]:\s")
_LEADING_CLOCK = re.compile(rf"^[\s,|]*(?:um\s+|at\s+)?{_CLOCK}", re.IGNORECASE)
# a clock time a header line's date follows ("All News 01:06 June 30, 2022", "Politik 09:41 Uhr 21. März 2023")
_ENDS_CLOCK = re.compile(rf"(?<![\d:]){_CLOCK}$", re.IGNORECASE)
#: what may follow a date that opens a header line: a gap, a field mark or an agency in
#: brackets ("(Agency)", not "(Photo: X)"), not a dash a timeline's entry goes on after
_HEAD_REST = re.compile(rf"^(?:\s{{2,}}|\s*[|/]|\s*\([^():]*\)|\s*[-–—]\s*{_CLOCK}|\s*$)")
#: a line that credits a picture ("Foto: Reuters / 12.03.2019"): its date is the picture's
_CREDIT = re.compile(r"^(?:foto|fotos|bild|bilder|photo|photos|image|credit|quelle|grafik|video)\s*:", re.IGNORECASE)
HEAD_LINES = 5
#: lines a page's date may stand alone on, after navigation lines ("1. Zum Inhalt springen")
DATE_LINES = 12


def is_stamp(text: str, start: int) -> bool:
    """Whether a date at character ``start`` of ``text`` opens it as a header stamp: only
    a stamp word and a clock time before it on the first line ("date 2022-12-06 Title",
    "Stand: 14.02.2019 09:12 Uhr"), or the place of a dateline ("OSLO, March 4, 2015 -").

    >>> is_stamp("date 2022-12-06 Russia moves", 5), is_stamp("Russia moved on 6 December", 16)
    (True, False)
    >>> is_stamp("OSLO, March 4, 2015 - Norway and Chile will meet", 6)     # a dateline's date
    True
    """
    head = text[:start]
    if "\n" in head.strip():
        return False
    return _DATE_PREFIX.sub("", head.strip(), count=1) == "" or bool(_DATELINE.fullmatch(head.lstrip()))


# A header date is shorter than this ("Wednesday, 14 September 2022, 10:35 CET").
_DATE_REACH = 100


def _line_date(line: str, lang: str):
    """A publication date stated by a header line: the line is a date ("May 31, 2019",
    "date 2022-06 ..."), or a dateline ("MOSCOW, March 22, 2022 (Reuters) -")."""
    stripped = _DATE_PREFIX.sub("", line, count=1)
    prefix = len(line) - len(stripped)
    lead = _DATELINE.match(stripped)
    # only a date at the start or after the dateline's place counts: no need to look past it
    for found in find_dates(stripped[:(lead.end() if lead else 0) + _DATE_REACH], lang):
        if found.value is None or found.relative:
            continue
        at_start = found.start == 0 and (prefix or found.end == _bare_length(stripped))
        after_place = lead is not None and found.start == lead.end()
        after_byline = _BYLINE.fullmatch(stripped[:found.start]) is not None
        if at_start or after_place or after_byline or (prefix and found.start == 0) or _headed(stripped, found):
            rest = stripped[found.end:].strip(" .-–—|")
            return found, "" if _UPDATED.match(rest) or _TRAILING_CLOCK.fullmatch(" " + rest) else rest
    return None, ""


def _page_day(value: TimeValue, rest: str, lang: str) -> tuple:
    """A stamp's month or year refined by the day the page states right after it, with the
    rest of the line after that day and its clock time ("date 2018-04 27. April 2018,
    11:04 Uhr Title" gives 27 April 2018 and "Title"); else ``value`` and ``rest``.

    >>> _page_day(parse_iso("2018-04"), "27. April 2018, 11:04 Uhr Gipfel in Panmunjom", "de")
    (TimeValue(iso='2018-04-27', precision='day'), 'Gipfel in Panmunjom')
    >>> _page_day(parse_iso("2018-04"), "3. Mai 2018 Gipfel", "de")[0].iso     # not within the stamp
    '2018-04'
    """
    if value.precision == "day" or not rest:
        return value, rest
    found = find_dates(rest[:_DATE_REACH], lang)[:1]
    if not found or found[0].start != 0 or found[0].value is None or found[0].relative \
            or found[0].value.precision != "day" or not value.contains(found[0].value):
        return value, rest
    after = _LEADING_CLOCK.sub("", rest[found[0].end:], count=1)
    return found[0].value, after.strip(" .-–—|")


def _bare_length(line: str) -> int:
    """The length of ``line`` without a trailing clock and full stop ("14.02.2019 09:12")."""
    return len(_TRAILING_CLOCK.sub("", line).rstrip(" ."))


def _headed(line: str, found) -> bool:
    """Whether the day ``found`` in a header line is the page's: it opens the line before a
    gap, a field mark or an agency ("28 Juni 2017    Gelesen: 857", "Dec. 15, 2016 (Agency)—"),
    or only names, clock times and marks stand before it, the last a mark ("Agency) 14:00,
    February 3, 2026", "OSLO (Some News / Agency - 24th December, 2021)") or a clock time
    when the date ends the line ("All News 01:06 June 30, 2022"; not "Deadline 23:59 March
    31, 2023 for comments"), not a word ("On 12 May 2022, ..." opens a story).

    >>> from diplograph.extract.dates import find_dates
    >>> [_headed(t, find_dates(t, "en")[0]) for t in ("28 May 2017    Read: 857", "On 28 May 2017 they met")]
    [True, False]
    """
    if found.value.precision != "day":
        return False
    before = line[:found.start]
    if not before:
        return _HEAD_REST.match(line[found.end:]) is not None
    tail = before.rstrip()
    if _HEAD_PREFIX.match(before) is None or _LABEL.search(before):
        return False
    if tail[-1:] in tuple("(),|/-–—") and any(c in before for c in "()|/"):
        return True
    return _ENDS_CLOCK.search(tail) is not None and not line[found.end:].strip(" .|")   # and ends the line


@lru_cache(maxsize=1)
def _outlets() -> frozenset:
    from diplograph.ontology.kb import load_kb
    from diplograph.ontology.namespace import DG
    return frozenset(name.lower() for e in load_kb().entities.values() if e.cls == DG.NewsOutlet
                     for lang in ("de", "en") for name in e.names(lang))


def _field_line(article: Article, parts: list[str]) -> bool:
    """"Title | Section | Outlet | 02.11.2013", "Analysis | July 14, 2023",
    "Ostsee-Kurier | Politik | 25.05.2022": a date field, an outlet, maybe a title."""
    dated = [(i, d.value) for i, p in enumerate(parts) for d in find_dates(p, article.lang)[:1]
             if d.value is not None and not d.relative and d.start == 0] \
        or [(i, day) for i, p in enumerate(parts) if (day := _short_day(p)) is not None]   # "Von: X | 15.01.19"
    if not dated:
        return False
    at, value = dated[-1]
    article.published = article.published or value
    others = parts[:at] + parts[at + 1:]
    known = [p for p in others if p.lower() in _outlets()]
    if known:
        article.outlet = article.outlet or known[-1]
    elif len(parts) >= 3 and len(parts[0].split()) <= 3:
        article.outlet = article.outlet or parts[0]          # "Ostsee-Kurier | Politik | date"
    elif len(parts) >= 3:
        article.outlet = article.outlet or parts[at - 1]     # "Title | News | DW | date"
    long = [p for p in others if len(p.split()) > 3]
    if long and not article.title:
        article.title = long[0][:200]
    return True


def _dateline_day(line: str, lang: str) -> str:
    """The day without its year a dateline opens ``line`` with ("TOKYO, Aug. 31 (Xinhua) --"
    gives "Aug. 31"), or "".

    >>> _dateline_day("TOKYO, Aug. 31 (Xinhua) -- Japan said ...", "en"), _dateline_day("Tokyo, in May", "en")
    ('Aug. 31', '')
    """
    lead = _DATELINE.match(line)
    if lead is None:
        return ""
    found = find_dates(line[lead.end():lead.end() + 30], lang)[:1]
    if found and found[0].start == 0 and found[0].relative and found[0].rule in ("mdy", "dmy"):
        return line[lead.end() + found[0].start:lead.end() + found[0].end]
    return ""


def _stamped_date(lines: list[str], lang: str):
    """The date after a publication stamp in a header line ("Stand: 14.02.2019 09:12 Uhr",
    "Published: 07:40, March 3, 2021 | Updated: ..."), or None."""
    for line in lines:
        low = line.lower()
        if not any(word in low for word in _STAMP_WORD_LIST):
            continue                     # (a quick test before the search)
        for m in _STAMP.finditer(line):
            found = find_dates(line[m.end():], lang)[:1]
            if found and found[0].start == 0 and found[0].value is not None and not found[0].relative:
                return found[0].value
    return None


def _date_line(lines: list[str], lang: str) -> TimeValue | None:
    """The first of ``lines`` (the page's head below its first header lines, where menus
    may push it) that is nothing but a full date ("10. April 2025"), maybe after its day of
    the week ("Donnerstag, 21. Oktober 2021"), or None.

    >>> _date_line(["Politik", "Donnerstag, 21. Oktober 2021"], "de").iso
    '2021-10-21'
    """
    for line in lines:
        found = find_dates(line, lang)[:2]
        if len(found) == 2 and found[0].rule == "weekday" and found[0].start == 0 \
                and not line[found[0].end:found[1].start].strip(" ,"):
            found = found[1:]            # "Thursday, October 21, 2021"
        elif found and found[0].start != 0:
            continue
        if found and found[0].end == len(line.rstrip(" .")) \
                and found[0].value is not None and not found[0].relative and found[0].value.precision == "day":
            return found[0].value
    return None


def _short_day(line: str) -> TimeValue | None:
    """The day a header line of nothing but "dd.mm.yy" names (years 2000-2049 and 1950-1999),
    or None.

    >>> _short_day("07.02.13").iso, _short_day("07.02.13 Tokio"), _short_day("31.02.13")
    ('2013-02-07', None, None)
    """
    m = _SHORT_DAY.match(line.strip())
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups() if g is not None)
    year = year if year >= 100 else 2000 + year if year < 50 else 1900 + year
    return parse_iso(f"{year:04d}-{month:02d}-{day:02d}")


def metadata_from_text(article: Article) -> None:
    """Title, outlet and publication date from the header lines of the text, if any.

    A publication stamp ("Stand: ...", "Published: ...") refines a coarser header date it
    lies within, and gives the date where no header line does.

    >>> art = Article("a", "date 2019-02 Gespräche in Oslo Stand: 14.02.2019 09:12 Uhr\\nText.", "de")
    >>> metadata_from_text(art); art.published.iso
    '2019-02-14'
    >>> art = Article("b", "Published: 07:40, March 3, 2021 | Updated: 10:02, May 1, 2024\\nOslo hosts the talks", "en")
    >>> metadata_from_text(art); art.published.iso, art.title
    ('2021-03-03', 'Oslo hosts the talks')
    >>> art = Article("c", "Gespräche in Oslo\\n3. Mai 2021Norwegen und Chile ...", "de")
    >>> metadata_from_text(art); art.published.iso
    '2021-05-03'
    """
    head = [ln.strip() for ln in article.text.split("\n") if ln.strip()][:DATE_LINES]
    lines = head[:HEAD_LINES]
    titles = []
    for number, line in enumerate(lines):
        if re.match(r"https?://\S+$", line):        # a page saved with its address
            article.url = article.url or line
            article.published = article.published or url_date(line)
            continue
        if _CREDIT.match(line):
            continue                                # "Foto: dpa / 03.10.2015": the picture's day
        parts = [p.strip() for p in re.split(r"\||\s/\s", line) if p.strip()] if "|" in line or "/" in line else []
        if len(parts) >= 2 and _field_line(article, parts):          # "Outlet / 14.08.2014 / Politik"
            continue
        found, rest = _line_date(line, article.lang)
        if found is None and (glued := _GLUED.match(line)):
            found, rest = _line_date(glued.group(1), article.lang)[0], line[glued.end():]
        if found is None and article.published is None:
            article.published = _short_day(line)
        if found is not None and article.published is None:
            article.published, rest = _page_day(found.value, rest, article.lang)
            if number == 0 and rest and _DATE_PREFIX.match(line).end():
                article.title = rest[:200]
        agency = _AGENCY.match(line) or _AGENCY.match(rest or "")
        if agency and not article.outlet:
            article.outlet = agency.group(1).strip()
        if found is None and agency is None and len(line.split()) >= 3:
            titles.append(line)
    if not article.title and (titles or lines):
        article.title = (titles or lines)[0][:200]
    if article.published is None:
        article.published = _date_line(head[HEAD_LINES:], article.lang)
    if article.published is None and (day := next(filter(None, (_dateline_day(ln, article.lang) for ln in head)), "")):
        article.extra.setdefault(DATELINE_DAY, day)     # "TOKYO, Aug. 31 (Xinhua) --": no year
    stamped = _stamped_date(lines, article.lang)
    if stamped is not None and (article.published is None or article.published.precision != "day"
                                and article.published.contains(stamped)):
        article.published = stamped


def url_date(url: str) -> TimeValue | None:
    """The publication day (or month) a URL's path gives, or None.

    >>> url_date("https://ex.org/news/2022/05/11/talks"), url_date("https://ex.org/20211026/a.html")
    (TimeValue(iso='2022-05-11', precision='day'), TimeValue(iso='2021-10-26', precision='day'))
    >>> url_date("https://ex.org/2019/03/summit"), url_date("https://ex.org/a/2019-13-40-x"), url_date("https://ex.org/p/20221")
    (TimeValue(iso='2019-03', precision='month'), None, None)
    """
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE).split("?")[0]
    for m in _URL_DATE.finditer(path):
        year, _, month, day, month2, day2 = m.groups()
        month, day = month or month2, day or day2
        iso = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        value = parse_iso(iso) if 1 <= int(month) <= 12 and (not day or 1 <= int(day) <= 31) else None
        if value is not None:
            return value
    return None


def published_from(value: str) -> TimeValue | None:
    """A publication date from metadata text ("2013-11-02", "02.11.2013", an ISO timestamp).

    >>> published_from("2013-11-02T08:15:00Z"), published_from("2. November 2013")
    (TimeValue(iso='2013-11-02', precision='day'), TimeValue(iso='2013-11-02', precision='day'))
    """
    value = value.strip()
    iso = re.match(r"^(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", value)
    if iso:
        return parse_iso(iso.group(1))
    for lang in ("de", "en"):
        found = [d.value for d in find_dates(value, lang) if not d.relative and d.value]
        if found:
            return found[0]
    return None


def apply_metadata(article: Article, meta: dict) -> None:
    """Set title, date, url, outlet and author from ``meta``; other fields are kept in
    ``article.extra``. Values that are empty or of the wrong type are ignored."""
    for key, value in meta.items():
        if not isinstance(value, (str, int, float)) or value == "":
            continue
        if key in METADATA_FIELDS:
            setattr(article, METADATA_FIELDS[key], str(value).strip())
        elif key in DATE_FIELDS:
            article.published = published_from(str(value)) or article.published
        elif key not in ("text", "lang", "language", "id"):
            article.extra[key] = str(value)
    if article.published is None and article.url:
        article.published = url_date(article.url)
