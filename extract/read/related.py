"""Related-article links in page text ("Zum Thema:", "Lesen Sie auch:", "Read more") blanked
out: the headlines of other stories they list are not this article's news.

The marker line and the link titles after it (lines without a sentence's end, up to the
first blank line or line of running text) become spaces of the same length, so that every
character offset into the text stays what it was. The markers are the language's
``related_link_markers`` (``extract/data/<lang>/lexicon.json``).

>>> text = "Jets stiegen auf.\\n\\nZum Thema:\\n\\n  Bomber vor Alaska\\n  Neue Sanktionen\\n\\nEnde."
>>> out = blank_related_links(text, "de")
>>> len(out) == len(text), out.split()
(True, ['Jets', 'stiegen', 'auf.', 'Ende.'])
>>> blank_related_links("Read more\\n\\nIndependent journalism is not dead.", "en").split()
['Independent', 'journalism', 'is', 'not', 'dead.']
"""
from __future__ import annotations

import re

from diplograph.extract.lexicon import load_lexicon

__all__ = ["blank_related_links"]

_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = tuple('.!?"»“”')
_BULLETS = ("- ", "• ", "* ", "– ")
_INLINE = re.compile(r"\s*[:‒–—-]\s*\S")      # "Mehr zum Thema ‒ Auf Rekordkurs: ..."
_LONGEST_TITLE = 160


def blank_related_links(text: str, lang: str) -> str:
    """``text`` with its related-link blocks replaced by spaces (newlines kept)."""
    markers = load_lexicon(lang).lowered("related_link_markers")
    if not markers:
        return text
    lines = [m.group(0) for m in _LINE.finditer(text) if m.group(0)]
    out, i = [], 0
    while i < len(lines):
        kind = _marker(lines[i], markers)
        if kind is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(_blank(lines[i]))
        i += 1
        if kind == "inline":
            continue
        while i < len(lines) and not lines[i].strip():
            out.append(lines[i])
            i += 1
        bulleted = i < len(lines) and lines[i].strip().startswith(_BULLETS)
        while i < len(lines) and _link_title(lines[i], bulleted):
            out.append(_blank(lines[i]))
            i += 1
    return "".join(out)


def _marker(line: str, markers: frozenset) -> str | None:
    """"block" for a line that is only a marker ("Zum Thema:"), "inline" for a marker and one
    title ("Mehr zum Thema ‒ Gas"), else None."""
    low = line.strip().lower()
    if low.rstrip(":").strip() in markers:
        return "block"
    head = next((m for m in markers if low.startswith(m)), None)
    return "inline" if head and _INLINE.match(low, len(head)) else None


def _link_title(line: str, bulleted: bool) -> bool:
    """Whether ``line`` is one more title of a link list: not blank, no sentence's end, short;
    in a bulleted list, bulleted."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST_TITLE or stripped.endswith(_SENTENCE_END):
        return False
    return stripped.startswith(_BULLETS) or not bulleted


def _blank(line: str) -> str:
    return re.sub(r"[^\n]", " ", line)
