"""Acts a sentence sets at a gathering, call or visit it names: "In their first talks
since ..., the two leaders ... agreed to ...", "Bei ihrem Telefonat am Montag vereinbarten
die beiden ...", "X and Y signed a pact during the minister's visit to Z in April 2019":
the act was done there, so on that occasion's day, and it is no other act of the article
told later with a day of its own.

Not a pipeline step of its own: :class:`FrontedOccasions` is mixed into the article
assembler (:mod:`diplograph.extract.article`), which provides the doc's columns
(``self.cols``), the article (``self.article``), the mentions placed so far with the events
they went to (``self._placed``) and ``self._after_publication``.
"""
from __future__ import annotations

from bisect import bisect_left

from diplograph.extract.lexicon import load_lexicon

__all__ = ["FrontedOccasions"]

#: kinds a sentence can set another act at
_OCCASIONS = frozenset({"Meeting", "Talks", "Summit", "PhoneCall", "Visit"})


class FrontedOccasions:
    """The day an act with none of its own takes from the occasion its sentence sets it at."""

    def _occasion_day(self, m, draft, in_sent: list) -> None:
        """Give the draft of the verb mention ``m`` with no time of its own the day of the
        occasion its sentence sets it at: the gathering or call whose noun opens the
        sentence in a phrase of its own (a setting preposition first, a comma before
        ``m``), once that mention has found its event; or the gathering, call or visit
        after ``m`` in a setting phrase ("during the visit to Z in April 2019") with a day
        of its own that is not after the publication of what is told as done."""
        if m.noun or draft.date is not None or draft.relative_date:
            return
        words = load_lexicon(self.article.lang)
        if m.kind == "Agreement" and (day := self._opening_day(m, draft, words)) is not None:
            draft.date = day
            return
        for host in in_sent:
            s = host.trigger[0]
            if host.kind in _OCCASIONS and host.noun and not host.prior and not host.reference \
                    and m.trigger[1] <= s and host.date is not None and host.date.value is not None \
                    and not host.date.relative and any(words.has("setting_prepositions", self.cols.lower[k])
                                                       for k in range(max(m.trigger[1], s - 5), s)) \
                    and "," not in self.cols.text[m.trigger[1]:s] \
                    and not (draft.status == "Happened" and self._after_publication(host.date.value)):
                draft.date = host.date.value
                return

    def _fronted_gathering(self, m, draft):
        """The event of the gathering or call whose noun opens the sentence of the verb
        mention ``m`` of talks or a meeting ("During the meeting, the two leaders discussed
        ..."): the talking was that gathering; None for any other mention."""
        if m.kind != "Talks" or m.noun or draft.date is not None:
            return None                   # not "During the talks, X met Y separately"
        host = self._opening_host(m, draft, load_lexicon(self.article.lang), dated=False)
        return host if host is not None and host.kind in _OCCASIONS - {"Visit"} else None

    def _opening_day(self, m, draft, words):
        """The day of the gathering or call whose noun opens the sentence of ``m``."""
        host = self._opening_host(m, draft, words)
        return host.date if host is not None else None

    def _opening_host(self, m, draft, words, dated: bool = True):
        """The event the gathering or call noun that opens the sentence of ``m`` in a phrase
        of its own went to (with a date, if ``dated``), or None."""
        start = bisect_left(self.cols.idx, m.sent[0])
        if not words.has("fronted_settings", self.cols.lower[start]):
            return None
        for host, _, target in self._placed:
            if host.sent == m.sent and host.kind in _OCCASIONS - {"Visit"} and host.noun and not host.prior \
                    and target is not None and (target.date is not None or not dated) and target.status == draft.status \
                    and host.trigger[0] - start <= 5 and "," in self.cols.text[host.trigger[1]:m.trigger[0]]:
                return self._absorber(target)
        return None
