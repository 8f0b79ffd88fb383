"""Reading article files: encodings, bad input, language and metadata from the text.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_text("Japan und Russland trafen sich am 02.11.2013 in Tokio.", encoding="cp1252")
>>> art = read_article(p)
>>> art.id, art.lang
('a', 'de')
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ontology.errors import InputError

from .dates import TimeValue, find_dates, parse_iso
from .lexicon import LANGUAGES
from .model import Article

__all__ = ["collect_inputs", "read_article", "detect_language", "ARTICLE_SUFFIXES",
           "MAX_BYTES"]

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 5_000_000

_STOPWORDS = {
    "de": set("der die das und ist nicht mit den von zu sich des auf für im dem ein eine "
              "auch als nach wird bei einer um am sind noch wie einem über einen so zum war "
              "haben nur oder aber vor zur bis mehr durch man sein wurde sei".split()),
    "en": set("the and of to in is that for it with as was on be by at this have from or an "
              "are not but they which has were their been its he said would will who more "
              "also after".split()),
    # a few other languages, only to name them when an article is in neither de nor en
    "fr": set("le la les et des du un une est que pour dans qui pas sur au avec".split()),
    "es": set("el la los las y de que en un una es por con para del se".split()),
    "ru": set("и в не на что с по это как из за от для".split()),
}


def collect_inputs(paths) -> tuple[list[Path], list[InputError]]:
    """Article files under ``paths`` (files, or folders searched recursively), sorted,
    and an error for each path that does not exist."""
    files, errors = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return list(dict.fromkeys(files)), errors


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00ad", "").replace("\u00a0", " ")


def detect_language(text: str) -> str:
    """"de", "en", another code from a small stop-word list, or "unknown".

    >>> detect_language("The ministers said that the talks were held in Tokyo.")
    'en'
    """
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return "unknown"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(2, len(words) // 50) else "unknown"


def read_article(path, max_bytes: int = MAX_BYTES) -> Article:
    """Read, decode, normalise and check one article file; raise InputError if unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file too large ({size:,} bytes, limit {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    text = _normalise(_decode(data, path))
    if not text.strip():
        raise InputError(path, "empty file (no text)")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t")
    if controls > len(text) // 20:
        raise InputError(path, "binary file (mostly control characters), not text")
    lang = detect_language(text)
    if lang not in LANGUAGES:
        raise InputError(path, f"language {lang!r} is not supported (only {', '.join(LANGUAGES)}); skipped")
    article = Article(id=path.stem, text=text, lang=lang, path=str(path))
    _metadata_from_text(article)
    return article


_DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}),\s*")
_AGENCY = re.compile(r"^(?:[A-ZÄÖÜ][\w .'’-]{0,40}?)?\(([A-Za-z][\w /.-]{0,30})\)\s*[-–—]")
_DATE_PREFIX = re.compile(r"^(?:date|published|updated|stand|veröffentlicht|datum)\s*:?\s*", re.IGNORECASE)
HEAD_LINES = 5


def _line_date(line: str, lang: str):
    """A publication date stated by a header line: the line is a date ("May 31, 2019",
    "date 2022-06 ..."), a dateline ("MOSCOW, March 22, 2022 (Reuters) -"), or the last
    field of a "Title | Section | Outlet | 02.11.2013" line."""
    stripped = _DATE_PREFIX.sub("", line)
    prefix = len(line) - len(stripped)
    lead = _DATELINE.match(stripped)
    for found in find_dates(stripped, lang):
        if found.value is None or found.relative:
            continue
        at_start = found.start == 0 and (prefix or found.end == len(stripped.rstrip(" .")))
        after_place = lead is not None and found.start == lead.end()
        if at_start or after_place or (prefix and found.start == 0):
            return found, stripped[found.end:].strip(" .-–—")
    return None, ""


def _metadata_from_text(article: Article) -> None:
    """Title, outlet and publication date from the header lines of the text, if any."""
    lines = [ln.strip() for ln in article.text.split("\n") if ln.strip()][:HEAD_LINES]
    for number, line in enumerate(lines):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) >= 3:
            found = find_dates(parts[-1], article.lang)
            if found and found[0].value is not None and not found[0].relative:
                article.published, article.title, article.outlet = found[0].value, parts[0], parts[-2]
                return
        found, rest = _line_date(line, article.lang)
        if found is not None and article.published is None:
            article.published = found.value
            if number == 0 and rest and _DATE_PREFIX.match(line):
                article.title = rest[:200]
        agency = _AGENCY.match(line) or _AGENCY.match(rest or "")
        if agency and not article.outlet:
            article.outlet = agency.group(1).strip()
    if lines and not article.title:
        article.title = lines[0][:200]


def published_from(value: str) -> TimeValue | None:
    """A publication date from metadata text ("2013-11-02", "02.11.2013")."""
    return parse_iso(value) or next((d.value for d in find_dates(value, "de") if not d.relative), None)
