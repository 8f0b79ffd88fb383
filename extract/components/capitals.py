"""Capitals named by their country (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`, through
:class:`~diplograph.extract.components.places.EventPlaces`): "in der japanischen Hauptstadt",
"in the UK capital", "France's capital" are where an event is held, as the capital itself.
"""
from __future__ import annotations

from bisect import bisect_left

__all__ = ["CapitalPlaces"]


class CapitalPlaces:
    """The capital a country's name or demonym before a capital word names."""

    def _capital(self, doc, ev, lo, hi) -> None:
        """"in der japanischen Hauptstadt", "in the UK capital", "France's capital": the
        capital of the country a demonym or name before a capital word in [lo, hi) names (the
        nearest after the trigger first), when no other act's trigger stands between them (but
        one of its purpose: "met X to sign the deal in the Japanese capital"); not
        "Russia's capital controls", "the French capital markets" (``capital_compounds``)."""
        if ev.place is not None and not self.kb.is_country(ev.place):
            return
        first = bisect_left(self._demonym_firsts, lo)
        named = [(s, e, slug) for s, e, slug in self._demonyms[first:bisect_left(self._demonym_firsts, hi)]]
        named += [(ent.start, ent.end, ent.ent_id_) for ent in self._overlapping(lo, hi) if ent.label_ == "Country"]
        t0, t1 = ev.trigger
        for s, e, slug in sorted(named, key=lambda n: (n[0] < t1, abs(n[0] - t1))):
            between = range(t1, s) if s >= t1 else range(e, t0)
            e += e + 1 < hi and self.cols.text[e] in ("'s", "’s")       # "France's capital"
            if e < hi and self._has("capital_words", e) and slug in self.capitals \
                    and not (e + 1 < len(self._lower) and self._has("capital_compounds", e + 1)) \
                    and not self._other_trigger_in(between, s):
                ev.place = self.capitals[slug]
                return

    def _other_trigger_in(self, between: range, named: int) -> bool:
        """Whether another act's trigger stands at a token of ``between``, not counting those
        from an infinitive of purpose on when a locative preposition heads the capital's phrase
        named at ``named`` ("met X to sign the deal in the Japanese capital": where; not "to
        travel to the Chinese capital": where next)."""
        j = named - 1
        while j > 0 and self._has("determiners", j):
            j -= 1
        located = j >= 0 and self._has("place_prepositions", j) and not self._has("destination_prepositions", j)
        purpose = next((k for k in between if self._has("infinitive_markers", k) and k + 1 < len(self._lower)
                        and self.cols.is_lower[k + 1] and self.cols.alpha[k + 1]
                        and not self._has("determiners", k + 1)), None) if located else None   # not "went to the"
        return any(k in self._trigger_starts and (purpose is None or k < purpose) for k in between)
