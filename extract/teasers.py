"""Lines that tease another story between an article's paragraphs ("ALSO READ: ...",
"Lesen Sie auch: ...", "Video: ..."): their headline is no act of the article, and their
countries are nobody's "two sides"."""
from __future__ import annotations

from diplograph.extract.lexicon import load_lexicon

__all__ = ["is_teaser", "in_headline"]


def is_teaser(text: str, lang: str, reach: int = 5, headline: bool = False) -> bool:
    """Whether the sentence ``text`` teases another story: a few words before a colon that
    open with a cue of ``teaser_cues``, or, below the ``headline``, a label of
    ``teaser_labels`` alone before it ("Video:", not "Video summit:"; a page's own headline
    "Video: X meets Y" is its story).

    >>> is_teaser("ALSO READ: Scholz meets Macron", "en"), is_teaser("Paris: Scholz met Macron", "en")
    (True, False)
    >>> is_teaser("Video: Scholz meets Macron", "en"), is_teaser("Video summit: Scholz met Macron", "en")
    (True, False)
    """
    head, colon, _ = text.lstrip().lower().partition(":")
    words = head.split()
    if not colon or not words or len(words) > reach:
        return False
    lexicon = load_lexicon(lang)
    singles, phrases, _ = lexicon.cues("teaser_cues")
    return words[0] in singles or any(words[:len(p.split())] == p.split() for p in phrases) \
        or not headline and " ".join(words) in lexicon.lowered("teaser_labels")


def in_headline(text: str, start: int) -> bool:
    r"""Whether character ``start`` of ``text`` lies on its first line that holds words.

    >>> in_headline("\nVideo: X meets Y\nBody.", 1), in_headline("Title\nVideo: X", 6)
    (True, False)
    """
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    return start < (end if end >= 0 else len(text))
