"""Numbers that name: an article whose news is "the second meeting" of two leaders tells
of "their first summit in Singapore" as one before the news; a year between an article and
its noun names the thing ("scrap the 2015 agreement"), not the act on it, and so does a
year in brackets after a name ("the Korean War (1950-53)").

Not a pipeline component: :class:`EventOrdinals` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its trigger starts and kinds (``self._kind_at``)
and the word lists (``self.lex``).
"""
from __future__ import annotations

from diplograph.extract.components.topics import GATHERINGS

__all__ = ["EventOrdinals"]


class EventOrdinals:
    """Which gathering of an article that numbers two is the earlier one, and which years
    name a thing rather than date an act."""

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

    def _naming_years(self, kind: str, s: int, clause: tuple[int, int]) -> set[int]:
        """The years in ``clause`` that name a thing between its article and its noun ("scrap
        the 2015 agreement", "das 2015 geschlossene Abkommen kündigen"): when neither the
        trigger at ``s`` is that noun, nor the thing is the setting ("at the 2018 summit"), nor
        the act is an agreement's, the year is the thing's, not the act's."""
        sent = self.cols.sent_of(s)
        bracketed = self._bracketed_years((sent.start, sent.end))
        if kind == "Agreement":
            return bracketed
        return bracketed | {k for k in range(max(clause[0], 1), clause[1] - 1)
                if self.cols.text[k].isdigit() and len(self.cols.text[k]) == 4 and self._is_date(k)
                and self._has("determiners", k - 1) and self.cols.alpha[k + 1] and not self._year_of(k, s)
                and not (k > 1 and self._has("setting_prepositions", k - 2))}

    def _bracketed_years(self, span: tuple[int, int]) -> set[int]:
        """The years in ``span`` that open brackets right after a word that is no trigger
        ("since the Korean War (1950-53)", "Kohl (1930-2017)"): the named thing's or
        person's span, not the act's time."""
        ends = set(self._trigger_reach.values())
        return {k for k in range(max(span[0], 2), span[1] - 1)
                if self.cols.text[k - 1] == "(" and self.cols.alpha[k - 2] and k - 1 not in ends
                and len(self.cols.text[k]) == 4 and self.cols.text[k].isdigit() and self._is_date(k)
                and (self.cols.text[k + 1] == ")" or self.cols.text[k + 1] in "-–/")}

    def _year_of(self, k: int, s: int, reach: int = 6) -> bool:
        """Whether the year at ``k`` is the trigger's at ``s``: the words between are names,
        hyphens or up to two modifiers ("the 2018 US-North Korea summit", "the 2015 landmark
        summit"), no other noun."""
        if not k < s <= k + reach:
            return False
        lowered = 0
        for j in range(k + 1, s):
            if self.cols.ent[j] or self.cols.text[j] == "-" or self.cols.title[j] and self.lex.lang == "en":
                continue
            lowered += 1
            if lowered > 2 or not (self.cols.alpha[j] and self.cols.is_lower[j]):
                return False
        return True
