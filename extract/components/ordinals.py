"""Gatherings told by their number: an article whose news is "the second meeting" of two
leaders tells of "their first summit in Singapore" as one before the news.

Not a pipeline component: :class:`EventOrdinals` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its trigger starts and kinds (``self._kind_at``)
and the word lists (``self.lex``).
"""
from __future__ import annotations

from diplograph.extract.components.topics import GATHERINGS

__all__ = ["EventOrdinals"]


class EventOrdinals:
    """Which gathering of an article that numbers two is the earlier one."""

    def _rank_before(self, s: int, lo: int, reach: int = 3) -> int | None:
        """The rank of an ordinal up to ``reach`` words before the noun at ``s`` ("first",
        "zweiten"; past adjectives: "their historic first summit"), if any."""
        ranks = self.lex.words.get("ordinal_ranks", {})
        for k in range(s - 1, max(lo, s - reach) - 1, -1):
            if self.cols.lower[k] in ranks:
                return ranks[self.cols.lower[k]]
            if not (self.cols.alpha[k] and self.cols.is_lower[k]):
                return None
        return None

    def _earlier_numbered(self, s: int, sent) -> bool:
        """Whether the gathering noun at ``s`` has an ordinal lower than that of another
        gathering noun of the article ("their first summit" where "the second meeting" is the
        news; not "his second summit with Trump", another pair's): it is an earlier one, no
        part of the news."""
        rank = self._rank_before(s, sent.start)
        if rank is None:
            return False
        return any(t != s and self._kind_at.get(t) in GATHERINGS and (other := self._rank_before(
            t, self.cols.sent_of(t).start)) is not None and other > rank and not self._named_partner(t)
                   for t in self._trigger_starts)

    def _named_partner(self, t: int, reach: int = 5) -> bool:
        """Whether the gathering noun at ``t`` names a partner right after it ("seinen zweiten
        Gipfel mit US-Präsident Donald Trump"): another pair's gathering, whose number says
        nothing about the news's."""
        end = min(len(self.cols.text), t + 2 + reach)
        return any(self._has("partner_words", k) and any(self.cols.ent[j] in ("Person", "Country") for j in range(k + 1, end))
                   for k in range(t + 1, min(t + 3, end)))
