"""Words around an event mention that say which event told before it is: "the latest
meeting" is the news, "had called the meeting important" speaks of one named already.

Plain functions over a doc's columns (:class:`~diplograph.extract.components.columns.DocColumns`)
and the language's word lists, for the in-article coreference.
"""
from __future__ import annotations

from diplograph.extract.lexicon import load_lexicon

__all__ = ["described", "latest_named"]


def latest_named(cols, lang: str, s: int, reach: int = 2) -> bool:
    """Whether "the latest", "des jüngsten" ... (``latest_words``) stands right before the
    trigger at token ``s``."""
    words = load_lexicon(lang).lowered("latest_words")
    return any(cols.lower[k] in words for k in range(max(0, s - reach), s))


def described(cols, lang: str, s: int, reach: int = 4) -> bool:
    """Whether the gathering noun at token ``s`` is what a verb of describing calls something
    ("had called the meeting ... important", "hatte das Treffen ... als wichtig bezeichnet"):
    the event told before, whatever the tense of the calling. English: the verb shortly
    before the noun; German: the verb after it, with "als" between."""
    lex, sent = load_lexicon(lang), cols.sent_of(s)
    verbs, links = lex.lowered("description_verbs"), lex.lowered("description_links")
    low = cols.lower
    return any(low[k] in verbs for k in range(max(sent.start, s - reach), s)) or any(
        low[k] in verbs and any(low[j] in links for j in range(s, k)) for k in range(s + 1, sent.end))
