"""A corpus folder's manifest: ``index.tsv`` (or ``index.csv``) beside the articles, one row
per file with its metadata, as corpora are often shipped::

    file            lang  url                          date        title
    01_en_talks.txt en    https://example.org/2022/x   2022-03-21  Talks halted

A row gives its file's language, address, publication date, title and outlet (the columns
named as in given metadata: ``lang``, ``url``, ``date``, ``title``, ``outlet`` ...; other
columns are not read). The file column is ``file`` (or ``filename``, ``path``, ``name``),
naming the file within the folder. A sidecar JSON file of the article wins over its row; the
row wins over what the text suggests.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "index.tsv").write_text("file\\tdate\\ttitle\\na.txt\\t2022-03-21\\tTalks halted\\n")
>>> manifest_row(folder / "a.txt")
({'date': '2022-03-21', 'title': 'Talks halted'}, '')
>>> manifest_row(folder / "b.txt")
({}, '')
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from diplograph.extract.read.metadata import DATE_FIELDS, METADATA_FIELDS

__all__ = ["manifest_row", "MANIFEST_NAMES"]

#: the manifest files a folder may hold, in the order they are looked for
MANIFEST_NAMES = ("index.tsv", "index.csv")
_FILE_COLUMNS = ("file", "filename", "path", "name")
#: the metadata names a column may carry, by their lower-case form ("datePublished" too)
_READ = {name.lower(): name for name in (*METADATA_FIELDS, *DATE_FIELDS, "lang", "language")}


def manifest_row(path: Path) -> tuple[dict, str]:
    """The metadata the manifest of ``path``'s folder gives for it ({} when the folder has
    no manifest or it has no row for the file), and a warning ("" if none) naming the
    manifest when it cannot be read or has no file column: it is then left out, the article
    is read without it."""
    for name in MANIFEST_NAMES:
        index = path.parent / name
        if index.is_file():
            stat = index.stat()
            rows, problem = _rows(index, stat.st_mtime_ns, stat.st_size)
            return dict(rows.get(path.name, {})), problem
    return {}, ""


@lru_cache(maxsize=16)
def _rows(index: Path, mtime: int, size: int) -> tuple[dict[str, dict], str]:
    """The rows of one manifest by file name, and what is wrong with it (read once per
    version of the file)."""
    try:
        text = index.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{index}: unreadable manifest ({exc}); left out"
    reader = csv.DictReader(text.splitlines(), delimiter="\t" if index.suffix == ".tsv" else ",")
    fields = [(f or "").strip().lower() for f in reader.fieldnames or ()]
    column = next((f for f in _FILE_COLUMNS if f in fields), None)
    if column is None:
        return {}, (f"{index}: manifest has no file column (one of {', '.join(_FILE_COLUMNS)}), "
                    f"its columns are {fields!r}; left out")
    reader.fieldnames = fields
    rows = {}
    for row in reader:
        name = Path((row.get(column) or "").strip()).name
        if name:
            rows[name] = {_READ[k]: v.strip() for k, v in row.items() if k in _READ and isinstance(v, str) and v.strip()}
    return rows, ""
