"""Word sets derived from large package data, cached as plain text per user.

Reading a big JSON table (GeoNames' cities, spaCy's word probabilities) takes seconds and
leaves a process a hundred MB larger; the few words the extractor needs from it are
written once to ``$XDG_CACHE_HOME/diplograph`` (else ``~/.cache/diplograph``) and read
from there by every later process in a few milliseconds. A cache that cannot be written
(a read-only home) only costs the time.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["cache_dir", "cached_words"]


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/diplograph``, else ``~/.cache/diplograph``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplograph"


def cached_words(name: str, build: Callable[[], Iterable[str]]) -> frozenset:
    """The words of the cache file ``name``, made by ``build`` when there is none yet."""
    path = cache_dir() / name
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except OSError:
        pass
    words = frozenset(build())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(words)), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
    return words
