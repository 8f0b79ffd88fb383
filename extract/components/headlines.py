"""Plans told in the style of headlines, which drop their verbs: "Scholz to hold talks with
Macron", "Canada PM to attend NATO summit", "Ministers meeting likely April 16", "Gipfel im
Mai geplant".

Not a pipeline component: :class:`HeadlinePlans` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its role tokens and dates, and the word lists
(``self._has``).
"""
from __future__ import annotations


class HeadlinePlans:
    """Whether a trigger is planned by a headline's "to" or a verbless word of a plan."""

    def _verbless_plan(self, e: int, sent, reach: int = 10) -> bool:
        """Whether a word of a headline's plan ("likely", "expected", "geplant") follows the
        noun trigger ending at ``e`` within ``reach`` tokens of dates and places, with no verb
        after it ("meeting likely April 16", "Gipfel im Mai geplant"; not "talks likely took
        place")."""
        for k in range(e, min(sent.end, e + reach)):
            if self._has("headline_plan_words", k):
                return k + 1 >= sent.end or not (self.cols.is_lower[k + 1] and self.cols.alpha[k + 1]) \
                    or any(self._is_date(j) for j in range(k + 1, min(k + 3, sent.end)))   # "likely on May 4"
            if not (self._is_date(k) or self.cols.ent[k] or self._has("place_prepositions", k)
                    or self._has("list_joiners", k) or self._has("partner_words", k) or self._has("between_words", k)
                    or self._has("genitive_links", k) or self._has("bearing_links", k)):
                return False
        return False

    def _headline_plan(self, s: int, lo: int, reach: int = 12) -> bool:
        """Whether the trigger at ``s`` follows a headline's "to" after its subject's name
        or office ("Scholz to hold talks with Macron", "Scholz, Macron To Hold Talks In Ottawa",
        "Canada PM to attend NATO summit", "German leader to hold Kremlin talks"): a plan. The
        subject opens the clause or a list of names; only words of the verb phrase (lower-case,
        names, or capitalised after a capital "To") stand between."""
        roles = self._role_tokens
        for k in range(s - 1, max(lo - 1, s - reach - 1), -1):
            word = self.cols.text[k]
            if word in ("to", "To") and k > lo and (self.cols.ent[k - 1] or k - 1 in roles) \
                    and sum(self.cols.alpha[k + 1:s]) <= 4 and not self._has("determiners", k + 1) \
                    and (self.cols.is_lower[k + 1] or word == "To"):
                first = k - 1
                while first > lo and (self.cols.ent[first - 1] or first - 1 in roles or first - 1 in self._demonym_at
                                      or self.cols.text[first - 1] in (",", "and")):
                    first -= 1
                return first == lo
            if not (self.cols.alpha[k] and (self.cols.is_lower[k] or self.cols.ent[k] or self.cols.title[k] and "To" in
                                            self.cols.text[max(lo, k - 3):k])
                    or word in ("'", '"', "‘", "’", "“", "”", "-") or word[:1].isdigit()):
                return False             # "to hold '2-plus-2' security talks"
        return False
