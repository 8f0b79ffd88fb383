"""Article records in JSON (an object or a list of objects) and JSON Lines files.

Each record is a JSON object with at least ``text``; ``id``, ``title``, ``date``, ``url``,
``lang``, ``source`` and any other fields are metadata. A malformed line is reported with
its line number and the other lines are read.

>>> recs = list(iter_records("c.jsonl", '{"text": "a"}\\nnot json\\n{"id": "x", "text": "b"}\\n'))
>>> [(where, aid, rec if isinstance(rec, dict) else str(rec)) for where, aid, rec in recs]
... # doctest: +NORMALIZE_WHITESPACE
[('c.jsonl:1', 'c-1', {'text': 'a'}),
 ('c.jsonl:2', 'c-2', "'c.jsonl:2': malformed JSON: Expecting value (column 1)"),
 ('c.jsonl:3', 'c-3', {'id': 'x', 'text': 'b'})]
"""
from __future__ import annotations

import json
from pathlib import Path

from diplograph.ontology.errors import InputError

__all__ = ["iter_records"]

_TOO_DEEP = "malformed JSON: nested too deeply (a record is an object of text and metadata)"


def _record(value, where: str):
    return value if isinstance(value, dict) else InputError(where, "a record must be a JSON object")


def iter_records(path, text: str):
    """(where, default id, record dict or InputError) for each record of a JSON/JSONL text."""
    path = Path(path)
    stem = path.stem
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield where, f"{stem}-{number}", _record(json.loads(line), where)
            except ValueError as exc:
                yield where, f"{stem}-{number}", InputError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
            except RecursionError:
                yield where, f"{stem}-{number}", InputError(where, _TOO_DEEP)
        return
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield str(path), stem, InputError(path, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield str(path), stem, InputError(path, _TOO_DEEP)
        return
    if isinstance(data, list):
        for number, item in enumerate(data, 1):
            yield f"{path}[{number}]", f"{stem}-{number}", _record(item, f"{path}[{number}]")
    else:
        yield str(path), stem, _record(data, str(path))
