"""Hard-wrapped text: wire copy and plain-text pages that break every line at a fixed width.

A line break inside such a paragraph is no boundary: "Prime Minister\\nShinzo Abe" names
one person and "agreed the latest launch\\nmakes it clear" is one sentence. The breaks are
replaced by spaces one for one, so character offsets into the text stay valid.
"""
from __future__ import annotations

import re

__all__ = ["unwrap_lines"]

#: a text is wrapped when at least this many of its lines run close to its common width ...
MIN_FULL_LINES = 3
#: ... which is at most this many characters (longer lines are whole paragraphs) ...
MAX_WIDTH = 100
#: ... and a line is "full" within this many characters of that width; one that ends a
#: sentence ends its paragraph (text written one paragraph per line is no wrapped text)
SLACK = 20
_ENDS = (".", "!", "?", ":", '"', "”", "“", "»", "«", ")")
#: a dateline's dash ("OTTAWA — The minister ..."): a story's first line, no headline
_DATELINE = re.compile(r"^\S.{0,40}?\s[—–-]{1,2}\s")
#: a list item: a bullet, dash or number first
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪►]|\d{1,4}[.):]?\s)")


def _width(lengths: list[int]) -> int:
    """The width the text was wrapped at: the length most lines stay within (the 90th
    percentile of the non-empty lines)."""
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def _continued(lines: list[str], i: int) -> bool:
    """Whether line ``i + 1`` continues line ``i`` as wrapped prose does: it starts in lower
    case ("... that flew\nover Japan"); or a later line of the paragraph does; or the next
    line is the paragraph's last and ends a sentence that this line, in lower case, goes on
    with ("... community,\" spokesman Tony\nSnow said in a statement."); and
    the line is neither a list item, nor one its next line starts as a list item, nor a
    paragraph's first line without a comma or a dateline's dash (a headline over its story)."""
    line, nxt = lines[i].strip(), lines[i + 1].strip()
    if nxt[:1].islower():
        return True
    if _LIST_MARK.match(line) or _LIST_MARK.match(nxt):
        return False
    first = i == 0 or not lines[i - 1].strip()
    if first and "," not in line and not _DATELINE.search(line):
        return False
    lo, hi = i, i + 1                    # the paragraph's lines, before and after
    while lo > 0 and lines[lo - 1].strip():
        lo -= 1
    while hi < len(lines) and lines[hi].strip():
        hi += 1
    if any(lines[j].strip()[:1].islower() for j in range(i + 2, hi)):
        return True
    last = hi == i + 2 and nxt.endswith(_ENDS) and line[:1].islower()   # the paragraph's last line ends
    return last and any(lines[j].strip()[:1].islower() for j in range(lo + 1, i + 1))   # a continued sentence


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs replaced by spaces: a break
    after a full line (one that runs close to the text's wrap width) that the next line of
    the same paragraph continues, and that ends no sentence. Short lines (headlines,
    bylines, list items) and blank lines between paragraphs stay; text written one
    paragraph per line is left alone.

    >>> wrapped = ("Tokyo protests\\n\\nIn a teleconference on Tuesday, Prime Minister\\n"
    ...            "Hanna Beispiel and President Jo Muster agreed that the latest\\n"
    ...            "launch makes it clear that more pressure is needed, an official\\n"
    ...            "said on condition of anonymity.\\n")
    >>> print(unwrap_lines(wrapped))
    Tokyo protests
    <BLANKLINE>
    In a teleconference on Tuesday, Prime Minister Hanna Beispiel and President Jo Muster agreed that the latest launch makes it clear that more pressure is needed, an official said on condition of anonymity.
    <BLANKLINE>
    >>> unwrap_lines("One paragraph.\\nAnother paragraph.") == "One paragraph.\\nAnother paragraph."
    True
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_FULL_LINES:
        return text
    width = _width(lengths)
    if width > MAX_WIDTH:
        return text
    full = [i for i, line in enumerate(lines[:-1])
            if len(line.rstrip()) >= width - SLACK and lines[i + 1].strip()
            and not line.rstrip().endswith(_ENDS) and _continued(lines, i)]
    if len(full) < MIN_FULL_LINES:
        return text
    out = list(text)
    offset = 0
    breaks = set(full)
    for i, line in enumerate(lines[:-1]):
        offset += len(line)
        if i in breaks:
            out[offset] = " "
        offset += 1
    return "".join(out)
