"""When a bare four-digit number is a year: that of an occasion ("the 2018 summit",
"Gipfeltreffen 2018") or, in German, a time of its own ("trafen sich 2018 in Ottawa"), not
a count ("rund 2000 Soldaten"). Used by :func:`~diplograph.extract.dates.find_dates` for its
``year_noun`` pattern; the words are the language's ``dates.json`` lists.

>>> import re
>>> [bare_year(m, "de") for m in re.finditer(r"\\d{4}", "Sie trafen sich 2018 in Ottawa mit rund 2000 Gästen.")]
[True, False]
>>> [bare_year(m, "de") for m in re.finditer(r"\\d{4}", "Es nahmen 2000 der 5000 Soldaten teil.")]
[False, False]
>>> [bare_year(m, "en") for m in re.finditer(r"\\d{4}", "the 2018 Helsinki summit, 2000 troops")]
[True, False]
"""
from __future__ import annotations

import re

from diplograph.extract.lexicon import load_lexicon

__all__ = ["bare_year"]

_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
_LAST_WORD = re.compile(r"([\w-]+)\s+$")
_FOLLOWER = re.compile(r"(?:\s*([,;:).])|\s+(\w+))")


def _fronted_verb(text: str, nxt: re.Match, d: dict) -> bool:
    """Whether the word ``nxt`` after a number is a German finite verb with its subject after
    it ("1998 hatte Nordkorea", "2006 war die Lage"), not an adjective or a reflexive verb of a
    count ("2000 russische Soldaten", "2000 beteiligten sich").

    >>> d = load_lexicon("de").dates
    >>> [_fronted_verb(t, _FOLLOWER.match(t, 4), d) for t in ("1998 hatte Nordkorea", "2000 russische Soldaten",
    ...                                                      "2000 beteiligten sich an", "2018 trafen sich Kim")]
    [True, False, False, True]
    """
    word = nxt.group(2)
    if not word.islower() or word in d.get("year_followers", ()) or word.endswith(tuple(d.get("adjective_endings", ()))):
        return False
    after = _NEXT_WORD.match(text, nxt.end())
    if after and after.group(1) == "sich":       # "2018 trafen sich Kim und Trump", not "2000
        after = _NEXT_WORD.match(text, after.end())   # beteiligten sich an ..."
    return bool(after) and (after.group(1)[0].isupper() or after.group(1).lower() in d.get("year_subjects", ()))


def _opens_sentence(m: re.Match, openers) -> bool:
    """Whether the number ``m`` opens its sentence, alone or after one of ``openers``
    ("Schon 1998 ...").

    >>> [_opens_sentence(x, ("schon",)) for x in re.finditer(r"\\d{4}", "1998 kam es. Schon 2001 ging es, wie 2002.")]
    [True, True, False]
    """
    lo = max(0, m.start() - 30)
    before = m.string[lo:m.start()]
    last = _LAST_WORD.search(before)
    if last and last.group(1).lower() in openers:
        before = before[:last.start()]
    return bool(re.search(r"[.!?:\n]\s*$", before)) or lo == 0 and not before.strip()


def bare_year(m: re.Match, lang: str) -> bool:
    """Whether a bare year is that of an occasion: before its noun in English ("the 2018
    summit", "the 2018 Helsinki summit"), after it in German ("Gipfeltreffen 2018", "G7-Gipfel
    2023"); or in German a time of its own, before a preposition or punctuation ("trafen sich
    2018 in Ottawa"), not a count ("rund 2000 in Lettland"). Not before "und" or an adverb:
    "begannen 2012 und ...", "1991 wieder aufgenommen" tell a series' or a process's start."""
    d = load_lexicon(lang).dates
    nouns = d.get("year_nouns", ())
    if lang == "de":
        last = _LAST_WORD.search(m.string, max(0, m.start() - 40), m.start())
        if last and last.group(1).lower().endswith(tuple(nouns)):
            return True
        nxt = _FOLLOWER.match(m.string, m.end())     # "trafen sich 2018 in Ottawa", "2018,":
        if nxt and nxt.group(2) and re.match(r"\s+\d", m.string[nxt.end():]):
            return False                 # "2000 der 5000 Soldaten": a part of a count
        if nxt and nxt.group(2) and _fronted_verb(m.string, nxt, d) and _opens_sentence(m, d.get("year_openers", ())):
            return True                  # "1998 hatte Nordkorea ...", "Schon 1998 war die ...": fronted
        return bool(nxt) and (nxt.group(1) or nxt.group(2).lower() in d.get("year_followers", ())) \
            and not (last and last.group(1).lower() in d.get("count_hedges", ())) \
            and not (m.start() and m.string[m.start() - 1] in "./-–")           # not "rund 2000 in"
    at = m.end()
    for _ in range(4):                   # past up to three names: "the 2018 Helsinki summit",
                                         # "the 1951 San Francisco Peace Treaty"
        nxt = _NEXT_WORD.match(m.string, at)
        if not nxt or nxt.group(1).lower() in nouns:
            return bool(nxt)
        if not nxt.group(1)[0].isupper():
            return False
        at = nxt.end()
    return False
