"""Reading article files: text files, JSON and JSON Lines records, encodings, bad input,
language detection and metadata (from the text, a sidecar file or the record).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_text("Japan und Russland trafen sich am 02.11.2013 in Tokio.", encoding="cp1252")
>>> art = read_article(p)
>>> art.id, art.lang
('a', 'de')
"""
from __future__ import annotations

import glob
import json
import re
import sys
import unicodedata
from pathlib import Path

import charset_normalizer

from diplograph.ontology.errors import InputError

from diplograph.extract.read.html import HTML_SUFFIXES, html_article
from diplograph.extract.lexicon import LANGUAGES
from diplograph.extract.read.manifest import manifest_row
from diplograph.extract.read.metadata import apply_metadata, metadata_from_text
from diplograph.extract.model import Article
from diplograph.extract.read.records import iter_records

__all__ = ["collect_inputs", "read_article", "read_articles", "make_article", "detect_language",
           "ARTICLE_SUFFIXES", "MAX_BYTES", "READ_WARNING"]

TEXT_SUFFIXES = (".txt", ".md")
RECORD_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + RECORD_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
MAX_BYTES = 5_000_000
#: The key of ``Article.extra`` that holds a warning about how the file was read.
READ_WARNING = "read_warning"

_STOPWORDS = {
    "de": set("der die das und ist nicht mit den von zu sich des auf für im dem ein eine "
              "auch als nach wird bei einer um am sind noch wie einem über einen so zum war "
              "haben nur oder aber vor zur bis mehr durch man sein wurde sei in traf sagte "
              "seine seinen ihre gegen beim vom".split()),
    "en": set("the and of to in is that for it with as was on be by at this have from or an "
              "are not but they which has were their been its he said would will who more "
              "also after".split()),
    # a few other languages, only to name them when an article is in neither de nor en
    "fr": set("le la les et des du un une est que pour dans qui pas sur au avec".split()),
    "es": set("el la los las y de que en un una es por con para del se".split()),
    "ru": set("и в не на что с по это как из за от для".split()),
}


def _is_sidecar(path: Path) -> bool:
    """``a.json`` beside ``a.txt`` (or ``a.meta.json``) holds the metadata of ``a.txt``."""
    if path.suffix.lower() != ".json":
        return False
    stem = path.name[:-len(".meta.json")] if path.name.endswith(".meta.json") else path.stem
    return any((path.parent / (stem + suffix)).is_file() for suffix in TEXT_SUFFIXES)


def collect_inputs(paths) -> tuple[list[Path], list[InputError]]:
    """Article files under ``paths`` (files, or folders searched recursively; sidecar
    metadata files are not articles), sorted, and an error for each missing path."""
    files, errors = [], []
    for raw in paths:
        if str(raw) == STDIN:
            files.append(Path(STDIN))
            continue
        path = Path(raw)
        if not path.exists() and any(c in str(raw) for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True))
            files += [p for p in matches if p.is_file() and not _is_sidecar(p)]
            if not matches:
                errors.append(InputError(path, "the pattern matches no file"))
            continue
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and p.suffix.lower() in ARTICLE_SUFFIXES and not _is_sidecar(p))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return list(dict.fromkeys(files)), errors


def _decode(data: bytes, path) -> tuple[str, str]:
    """Text from bytes, and a warning ("" if none): UTF-8 (with or without BOM; a few
    invalid bytes in otherwise UTF-8 text are replaced by U+FFFD, with a warning), UTF-16/32
    (BOM or detected), else the encoding charset-normalizer finds (cp1252, latin-1, ...);
    binary data is refused. NUL bytes inside text stay (they are replaced later, one for one)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _mostly_utf8(data)
        if text is not None:
            return text
    else:
        head = text[:8192]
        if head.count("\x00") * 20 <= len(head):        # not UTF-16 without a BOM
            return text, ""
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and (b"\x00" not in data[:8192] or best.encoding.startswith("utf_16")):
        try:
            return data.decode(best.encoding), ""
        except (UnicodeDecodeError, LookupError):
            pass
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    return data.decode("cp1252", errors="replace"), ""


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few invalid bytes: at least twice as many good non-ASCII characters
    as bad sequences (a legacy-encoded file has no good ones), each bad one replaced."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    replaced = text.count("\ufffd")
    bad = replaced - data.count("\ufffd".encode("utf-8"))      # not those the file holds
    good = sum(1 for c in text if c > "\x7f") - replaced
    if bad <= 0 or good < 2 * bad or "\x00" in text[:8192]:
        return None
    return text, f"not valid UTF-8: {bad} invalid byte sequence{'s' if bad > 1 else ''} replaced by U+FFFD"


#: Unusual Unicode variants folded to the common form; each maps one character to one
#: character (or removes invisible ones before offsets are taken), so the stored normalised
#: text is what every character offset refers to.
_FOLD = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
         "\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2015": "—",
         "\u201f": "“", "\u2033": "\"", "\u00ad": "", "\u200b": "",
         "\u200c": "", "\u200d": "", "\ufeff": ""}
# found by one scan and replaced where they are: str.translate looks every character up
_FOLDED = re.compile("[" + "".join(_FOLD) + "]")


# Unicode's control characters (category Cc: C0, DEL and C1) other than tab and newline.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


#: a run of spaces between two letters of a line ("President Bashar  al-Assad", where a page
#: put a no-break space beside a space): one space, so names read as one; not a gap after a
#: number or a mark ("28 May 2017    Read: 857" keeps the header's date apart)
_SPACE_RUN = re.compile(r"(?<=[^\W\d_]) {2,}(?=[^\W\d_])")


def _normalise(text: str) -> str:
    r"""NFC, Unix line ends, soft hyphens and zero-width characters removed, special spaces
    and hyphens folded, runs of spaces between two letters of a line made one.

    >>> _normalise("President Bashar\u00a0 al-Assad\r\n  said so.")
    'President Bashar al-Assad\n  said so.'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _SPACE_RUN.sub(" ", _FOLDED.sub(lambda m: _FOLD[m.group()], text))


def detect_language(text: str) -> str:
    """"de", "en", another code from a small stop-word list, or "unknown".

    >>> detect_language("The ministers said that the talks were held in Tokyo.")
    'en'
    """
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return "unknown"
    scores = {lang: sum(map(stop.__contains__, words)) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    runner_up = max(v for k, v in scores.items() if k != best)
    enough = scores[best] >= max(2, len(words) // 50) or scores[best] >= 1 and runner_up == 0
    return best if enough and scores[best] > runner_up else "unknown"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """A file's bytes (standard input for ``-``); InputError if unreadable or too large."""
    try:
        if str(path) == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
            size = len(data)
        else:
            size = path.stat().st_size
            data = path.read_bytes() if size <= max_bytes else b""
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise InputError(path, f"file too large ({size:,} bytes, limit {max_bytes:,})")
    return data


def _read_text(path: Path, max_bytes: int) -> tuple[str, str]:
    """The decoded, normalised text of a file and a warning about its decoding ("" if
    none); InputError if it cannot be used."""
    text, warning = _decode(_read_bytes(path, max_bytes), path)
    return _normalise(text), warning


def _warned(article: Article, warning: str) -> Article:
    if warning:
        article.extra[READ_WARNING] = warning
    return article


def make_article(article_id: str, text: str, where: str, meta: dict | None = None) -> Article:
    """An Article from text and optional metadata; InputError (naming ``where``) for text
    that is empty, binary or in an unsupported language."""
    if not text.strip():
        raise InputError(where, "empty file (no text)")
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) // 20:
        raise InputError(where, "binary file (mostly control characters), not text")
    meta = meta or {}
    lang = str(meta.get("lang") or meta.get("language") or detect_language(text)).lower()
    lang = lang.split("-")[0].split("_")[0]          # "de-DE", "en_GB"
    if lang not in LANGUAGES:
        name = lang if lang.isalpha() else "unknown"
        raise InputError(where, f"language {name!r} is not supported (only {', '.join(LANGUAGES)}); skipped")
    article = Article(id=article_id, text=text, lang=lang, path=where)
    metadata_from_text(article)
    apply_metadata(article, meta)
    return article


def _sidecar(path: Path) -> tuple[dict, str]:
    """The given metadata of ``path``: its row in the folder's manifest, updated by its
    sidecar JSON file (``a.json`` or ``a.meta.json``), which wins; and a warning about the
    manifest ("" if none)."""
    row, warning = manifest_row(path)
    return {**row, **_sidecar_file(path)}, warning


def _sidecar_file(path: Path) -> dict:
    for candidate in (path.with_suffix(".json"), path.with_name(path.stem + ".meta.json")):
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError) as exc:
                raise InputError(candidate, f"unreadable metadata: {exc}") from exc
            if not isinstance(data, dict):
                raise InputError(candidate, "metadata must be a JSON object")
            return data
    return {}


def read_article(path, max_bytes: int = MAX_BYTES) -> Article:
    """Read one text article (``.txt``/``.md``) with its sidecar metadata, if any."""
    path = Path(path)
    text, warning = _read_text(path, max_bytes)
    meta, problem = _sidecar(path)
    return _warned(make_article(path.stem, text, str(path), meta), "; ".join(w for w in (warning, problem) if w))


def _read_html(path: Path, max_bytes: int) -> Article:
    """One article from an HTML page: trafilatura's main text and metadata, then the
    sidecar's metadata (which wins)."""
    text, meta = html_article(_read_bytes(path, max_bytes))
    if not text.strip():
        raise InputError(path, "no article text found in the HTML page (only boilerplate)")
    given, problem = _sidecar(path)
    return _warned(make_article(path.stem, _normalise(text), str(path), {**meta, **given}), problem)


def read_articles(path, max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[InputError]]:
    """The articles of one input (a text or HTML file, a JSON object or list, JSON Lines,
    or ``-`` for standard input: plain text or JSON Lines) and an error for each record
    that cannot be used."""
    path = Path(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return [_read_html(path, max_bytes)], []
    if str(path) == STDIN:
        text, warning = _read_text(path, max_bytes)
        if not text.lstrip().startswith("{"):
            return [_warned(make_article("stdin", text, "<stdin>"), warning)], []
        path = Path("stdin.jsonl")
        records = iter_records(path, text)
    elif path.suffix.lower() not in RECORD_SUFFIXES:
        return [read_article(path, max_bytes)], []
    else:
        text, warning = _read_text(path, max_bytes)
        records = iter_records(path, text)
    articles, errors = [], []
    for where, article_id, record in records:
        try:
            if isinstance(record, InputError):
                raise record
            text = record.get("text") or record.get("body") or record.get("content")
            if not isinstance(text, str):
                raise InputError(where, "record has no 'text' string")
            articles.append(_warned(make_article(str(record.get("id") or article_id),
                                                 _normalise(text), where, record), warning))
        except InputError as exc:
            errors.append(exc)
    return articles, errors
