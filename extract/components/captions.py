"""Captions of archive pictures ("Trump meets Putin (File photo)", "Eine Rakete fliegt über
Japan. (Archivbild)"): what such a picture shows happened before the news, and what its
caption tells the news tells again; either way the caption reports no act of its own.

Not a pipeline component: :class:`ArchiveCaptions` is mixed into the event finder, which
provides the doc's columns (``self.cols``) and the word lists (``self._cue_at``).
"""
from __future__ import annotations


class ArchiveCaptions:
    """Whether a sentence captions an archive picture."""

    def _archive_picture(self, sent, s: int) -> bool:
        """Whether the trigger at ``s`` is in the caption of an archive picture: a bracket with
        a word of ``archive_picture_words`` after it in ``sent`` ("... Putin (File image)", "(AP
        Photo/X, File)"), or opening the next sentence ("... über Japan. (Archivbild)")."""
        text = self.cols.text
        after = self.cols.sent_of(sent.end) if sent.end < len(text) else None
        return any(text[k] == "(" and self._archive_bracket(k) for k in range(s + 1, sent.end)) \
            or after is not None and text[after.start] == "(" and self._archive_bracket(after.start)

    def _archive_bracket(self, k: int, reach: int = 12) -> bool:
        """Whether the bracket opening at ``k`` is a picture credit: it closes within ``reach``
        tokens (maybe in the next sentence, where a full stop comes first), opens with a
        capital ("(File photo)", not "(see file)") and holds an archive word."""
        text = self.cols.text
        close = next((j for j in range(k + 1, min(k + reach, len(text))) if text[j] == ")"), None)
        return close is not None and close > k + 1 and text[k + 1][:1].isupper() \
            and any(self._cue_at(j, "archive_picture_words") for j in range(k + 1, close))
