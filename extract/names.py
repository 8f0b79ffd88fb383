"""Spellings of names: one key for the ways German and English write a name, so that
"Sergej Schoigu" and "Sergei Shoigu", "Wolodimir Selenskij" and "Volodymyr Zelenskyy",
"Kishida Fumio" and "Fumio Kishida" are found to be one name.

>>> translit_key("Sergej Schoigu") == translit_key("Sergei Shoigu")
True
>>> translit_key("Maria Sacharowa") == translit_key("Maria Zakharova")
True
>>> translit_key("Kishida Fumio") == translit_key("Fumio Kishida")
True
>>> translit_key("Wolodimir Selenskij") == translit_key("Volodymyr Zelenskyy")
True
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["token_key", "translit_key"]

# German spellings of Russian (and other) names -> a neutral Latin form; applied in order
_RULES = (("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("zh", "j"), ("w", "v"), ("z", "s"),
          ("ck", "k"), ("j", "i"), ("y", "i"), ("ph", "f"), ("ou", "u"), ("kh", "h"))


def token_key(token: str) -> str:
    """One word of a name in its neutral spelling ("Schoigu" -> "shoigu")."""
    token = unicodedata.normalize("NFKD", token.casefold())
    token = "".join(c for c in token if c.isalpha()).replace("ß", "ss")
    for old, new in _RULES:
        token = token.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", token)            # doubled letters: "Kissinger" ~ "Kisinger"


def translit_key(name: str) -> str:
    """Spelling- and order-insensitive key of a name."""
    return " ".join(sorted(token_key(t) for t in name.split() if token_key(t)))
