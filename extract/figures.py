"""Amounts of money in text: value, unit and what they measure.

Currency and scale words, the decimal separator and the words for what an amount measures
are data (``extract/data/<lang>/figures.json``).

>>> [(f.text, f.value, f.unit, f.measures) for f in find_figures(
...     "Der Handel erreichte rund 24,5 Milliarden Euro.", "de")]
[('24,5 Milliarden Euro', Decimal('24500000000'), 'EUR', 'trade')]
>>> [(f.value, f.unit) for f in find_figures("trade totaled $33 billion (24.4 billion euros)", "en")]
[(Decimal('33000000000'), 'USD'), (Decimal('24400000000'), 'EUR')]
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from diplograph.extract.lexicon import DATA_DIR

__all__ = ["Figure", "find_figures"]


@dataclass(frozen=True)
class Figure:
    """An amount at characters [start, end) of a text."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    measures: str          # canonical name of what it measures ("trade"), or ""


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    return json.loads((DATA_DIR / lang / "figures.json").read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern:
    d = _data(lang)
    cur, scale = _alternation(d["currencies"]), _alternation(d["scales"])
    num = r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    codes = _alternation(k for k in d["currencies"] if len(k) == 3 and k.isalpha())
    return re.compile(
        rf"(?:(?P<pre>[$€¥])\s?(?P<n1>{num})(?:\s*(?P<s1>{scale})\b)?)"
        rf"|(?:\b(?P<code>{codes})\s?(?P<n3>{num})(?:\s*(?P<s3>{scale})\b)?)"
        rf"|(?:\b(?P<n2>{num})[\s-]*(?:(?P<s2>{scale})[\s-]*)?(?P<post>{cur})(?!\w))",
        re.IGNORECASE)


def _number(text: str, decimal_comma: bool) -> Decimal | None:
    thousands, point = (".", ",") if decimal_comma else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", text):
        text = text.replace(thousands, "")
    text = text.replace(thousands, "").replace(point, ".") if point in text else text.replace(thousands, "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


_INFLECTIONS = {"de": ("", "s", "es", "e", "n", "en"), "en": ("", "s")}


def _measure(sentence: str, lang: str) -> str:
    """What the amounts of a sentence measure: the longest measure word it contains, as a
    whole word with its inflections ("Hilfen" is aid, "Handelsminister" is not trade)."""
    low = sentence.lower()
    words = set(re.findall(r"\w+", low))
    for key, canonical in sorted(_data(lang)["measures"].items(), key=lambda kv: -len(kv[0])):
        if " " in key:
            if re.search(rf"\b{re.escape(key)}", low):
                return canonical
        elif any(key + end in words for end in _INFLECTIONS.get(lang, ("",))):
            return canonical
    return ""


def find_figures(text: str, lang: str, sentence: str | None = None) -> list[Figure]:
    """Every amount of money in ``text``; ``sentence`` (default ``text``) names what it measures."""
    d = _data(lang)
    out = []
    for m in _pattern(lang).finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3")
        number = _number(raw, d["decimal_comma"])
        if number is None:
            continue
        scale_word = (m.group("s1") or m.group("s2") or m.group("s3") or "").lower()
        unit = d["currencies"][(m.group("pre") or m.group("post") or m.group("code")).lower()]
        value = number * Decimal(str(d["scales"].get(scale_word, 1))).normalize()
        value = value.quantize(Decimal(1)) if value == value.to_integral() else value
        out.append(Figure(m.start(), m.end(), m.group(0).strip(), value, unit,
                          _measure(sentence or text, lang)))
    return out
