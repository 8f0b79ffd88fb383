"""Which dates open or close a period rather than date an event: the start of one ("the
first since 2019", "seit dem 3. Mai", "seit ihrem Treffen in Kalifornien im November"), a
deadline ("must leave by May 10", "bis zum 10. Mai") and the end of a span whose length is
told ("a three-day visit through Saturday"); and the phrases a "since" opens, with the
relative clause on its time ("since 1950, when X and Y signed ..."), whose names take no part.

Not a pipeline component: :class:`PeriodDates` is a base of
:class:`~diplograph.extract.components.timing.EventTiming`, mixed into the event finder,
which provides the doc's columns (``self.cols``), where triggers start
(``self._trigger_starts``) and the word lists (``self._has``, ``self._any``, ``self._lists``).
"""
from __future__ import annotations

from bisect import bisect_right

__all__ = ["PeriodDates"]


class PeriodDates:
    """The dates that open or close a period, asked for by the event's date rules."""

    def _since(self, date, own: int | None = None) -> bool:
        """Whether a date opens a period ("the first since 2019", "seit dem 3. Mai"): when
        something began, not when the event took place."""
        first = date.text.split(maxsplit=1)[0].lower()
        if own is not None and self._when_then(date, own):
            return False                 # "since 1972, when Nixon visited China": the visit's year
        if first in self._lists.get("since_words", ()):
            return True
        k = bisect_right(self.cols.idx, date.start) - 2        # the token before the date
        while k >= 0 and self._has("determiners", k):
            k -= 1
        return k >= 0 and self._has("since_words", k) or self._ends_since_phrase(k, own)

    def _when_then(self, date, own: int, reach: int = 2) -> bool:
        """Whether the trigger at ``own`` is in the clause that a comma and "when"/"als" open
        after ``date`` and at most ``reach`` words ("since 1972, when X visited China", "seit 2014
        eingefroren, als Russland ... annektierte"): the date is when that happened."""
        k = bisect_right(self.cols.idx, date.start + len(date.text) - 1)      # the token after the date
        end = min(k + reach, own)
        while k < end and self.cols.alpha[k]:
            k += 1                       # "seit 2014 eingefroren, als"
        return k + 1 < own and self.cols.text[k] == "," and self._has("date_relatives", k + 1) \
            and not any(self.cols.punct[j] and self.cols.text[j] != "-" for j in range(k + 2, own))

    def _deadline(self, date) -> bool:
        """Whether a date is a deadline ("must leave by May 10", "bis zum 10. Mai",
        "spätestens am Montag"): when something must be done, not when the event was."""
        first = date.text.split(maxsplit=1)[0].lower()
        if first in self._lists.get("deadline_words", ()):
            return True
        k = bisect_right(self.cols.idx, date.start) - 2        # the token before the date
        while k >= 0 and (self._has("determiners", k) or self.cols.lower[k] in ("zum", "am")):
            k -= 1
        return k >= 0 and (self._has("deadline_words", k) or self._has("span_end_words", k)
                           and self._any("span_length_words", max(0, k - 12), k)    # "a three-day visit
                           ) or self._takes_effect(date)        # through Saturday", "ongoing drills through Monday"

    def _takes_effect(self, date) -> bool:
        """Whether a date is when a measure is to take effect ("set to take effect on July 1",
        "enters into force on Monday", "soll am 1. Juli in Kraft treten"): its coming start,
        not the day it was decided (not "took effect on Monday": then it was imposed). The
        words before it, past ``effect_links``, end in one of ``effect_phrases_before``, or in
        German the words after it start with one of ``effect_phrases_after``, or with one of
        ``effect_ends`` after a present verb of ``effect_verbs_before`` before it."""
        k = bisect_right(self.cols.idx, date.start) - 2
        while k >= 0 and self._has("effect_links", k):
            k -= 1
        before = " " + " ".join(self.cols.lower[max(0, k - 3):k + 1])
        if k >= 0 and any(before.endswith(" " + p) for p in self._lists.get("effect_phrases_before", ())):
            return True
        j = bisect_right(self.cols.idx, date.start + len(date.text) - 1)
        after = " ".join(self.cols.lower[j:j + 4]) + " "
        if k >= 0 and self._has("effect_verbs_before", k):
            return any(after.startswith(p + " ") for p in self._lists.get("effect_ends", ()))   # "treten am
                                                                                  # 1. Juli in Kraft"
        return any(after.startswith(p + " ") for p in self._lists.get("effect_phrases_after", ()))

    def _ends_since_phrase(self, k: int, own: int | None = None, reach: int = 10) -> bool:
        """Whether the words up to token ``k`` continue a phrase "since"/"seit" opens, with
        no punctuation (a hyphen in a name is none), event verb or auxiliary between ("seit
        dem Ende der langen Flaute im Hafen am 3. Mai", "seit ihrem Treffen in Neu-Delhi im
        November"): the date is the period's start, but for the event at ``own`` that the
        phrase names (the meeting's)."""
        for j in range(k, max(-1, k - reach), -1):
            if self.cols.punct[j] and self.cols.text[j] != "-" or j == own \
                    or j in self._trigger_starts and not self._noun_at(j) \
                    or self.lex.lang == "de" and self._has("finite_auxiliaries", j):   # (a clause's is
                                                                                        # verb-final)
                return False             # "seit ihrem Treffen in X im November": the phrase's, but
                                         # the meeting's own; "seit X haben sich Y am Montag getroffen"
            if self._has("since_words", j):
                return True
        return False

    def _since_phrases(self, sent, s: int | None = None, reach: int = 6) -> set:
        """Tokens of the phrases a "since"/"seit" opens in the sentence ("since the start
        of Russia's war", "seit dem russischen Überfall"), and those "despite"/"ungeachtet"
        opens ("despite a warrant of the court"): when a period began or what is defied, not
        who takes part; but the subject of the act at ``s`` when the phrase ends at its verb
        ("since Putin sent troops into Ukraine"). A relative clause on the time after a comma
        ("since 1950, when X and Y signed ...") belongs to the phrase, except for the act it
        tells itself (its visit's people are the visit's)."""
        if ("since", sent.start) not in self._phrases_of:
            self._phrases_of["since", sent.start] = self._find_since_phrases(sent, reach)
        out = self._phrases_of["since", sent.start]
        if s is not None and s in (told := self._phrases_of.get(("since-when", sent.start), set())):
            return out - told            # "since 1972, when X visited China": the visit's own clause
        if s is None or s in out or s - 1 not in out or not self.cols.is_lower[s] or self.lex.lang == "de":
            return out                   # (a German verb ends its clause: the words before are objects)
        k = s
        while k - 1 in out:
            k -= 1
        return out - set(range(k, s))

    def _find_since_phrases(self, sent, reach: int) -> set:
        out: set = set()
        told: set = set()
        for name, far in (("since_words", reach), ("concessive_words", 2 * reach)):   # "despite X's warrant"
            for k in (range(sent.start, sent.end) if self._any(name, sent.start, sent.end) else ()):
                if self._has(name, k):
                    j = k + 1
                    while j < sent.end and j - k <= far and (not self.cols.punct[j] or self.cols.text[j] in "()") \
                            and not self._phrase_ends(j) and not (far > reach and self._defied_ends(k, j)):
                        out.add(j)
                        j += 1
                    if name == "since_words" and j + 1 < sent.end and self.cols.text[j] == "," \
                            and self._has("time_relatives", j + 1):      # "since 1950, when X and Y
                        j += 1                                         # signed ...": that time's
                        while j < sent.end and self.cols.text[j] not in (",", ";", "."):
                            told.add(j)
                            j += 1
        self._phrases_of["since-when", sent.start] = told
        return out | told
