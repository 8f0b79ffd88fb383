"""When an act told again is another act, and which acts of an article share a time.

Acts told as another instance of an act told before: "... said on Monday it scrambled
fighter jets ... Earlier on Friday, Japan also scrambled jets": an additive particle ("also",
"auch", "again") after a word that sets it apart in time ("earlier", "zuvor", "separately")
and a day of its own other than the day the earlier act was told on make a second act, not
a later mention of the first ("On Monday, Tokyo also summoned the envoy and protested" tells
the protest said done on Tuesday). A later mention of a sentence shares the time of an
earlier one with the same background cue; an act dated in a year before the article's is
background a definite "the meeting" does not go back to, nor is a summit only told of ("met
after the G20 summit"), and any later mention not of a past year goes back to it only when
no act of the article's own time can take it; a sentence naming another country may tell
another country's act.

Not a pipeline step of its own: :class:`OtherInstances` is mixed into the article assembler
(:mod:`diplograph.extract.article`), which provides the doc's columns (``self.cols``), the
article (``self.article``), the days sayings told events done on (``self._told``) and the
mentions placed so far with the events they went to (``self._placed``).
"""
from __future__ import annotations

from bisect import bisect_left

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import Event

__all__ = ["OtherInstances"]


class OtherInstances:
    """Whether a mention is another act than one told before, and the times acts share."""

    def _other_instance(self, m, ev, cand) -> bool:
        """Whether the mention ``m`` (drafted as ``ev``) tells another act of ``cand``'s kind:
        ``ev`` has a day, ``cand`` none but the day a saying told it on, another one, and an
        additive particle and a word of sequence stand before ``m``'s trigger in its sentence."""
        told = self._told.get(id(cand))
        if ev.date is None or cand.date is not None or told is None or ev.kind != cand.kind \
                or told.contains(ev.date) or ev.date.contains(told):
            return False
        words = load_lexicon(self.article.lang)
        start = bisect_left(self.cols.idx, m.sent[0])
        said = [self.cols.lower[k] for k in range(start, m.trigger[0])]
        return any(words.has("sequence_adverbs", w) for w in said) and any(
            words.has("additive_particles", w) or words.has("repetition_words", w) for w in said)

    @staticmethod
    def _one_time(cand: Event, ev: Event) -> bool:
        """Whether a later mention of a sentence shares the time of an earlier one: the same background
        cue, or none and no time of its own ("had already imposed sanctions, including freezing ...")."""
        return cand.prior == ev.prior or cand.prior and not (ev.date or ev.relative_date)

    def _of_past_year(self, ev: Event) -> bool:
        """Whether ``ev`` is dated in a year before the article's."""
        published = self.article.published
        return ev.date is not None and published is not None and ev.date.iso[:4] < published.iso[:4]

    def _recent_first(self, events: list[Event], ev: Event) -> list[Event]:
        """The candidates for ``ev``'s antecedent, latest first; for a mention not dated in a
        past year, those dated in the article's own time before those of a past year ("the
        joviality of a 2018 meeting between X and Y. The first round of talks, with X and Y,
        ...": the talks of the news, not of 2018)."""
        latest = list(reversed(events))
        if ev.date is not None and self._of_past_year(ev):
            return latest
        return [c for c in latest if not self._of_past_year(c)] + [c for c in latest if self._of_past_year(c)]

    def _only_told_of(self, ev: Event) -> bool:
        """Whether every mention the article placed in ``ev`` names it after a temporal
        preposition ("after the G20 summit"): told of, not reported."""
        placed = [m for m, _, t in self._placed if t is ev]
        return bool(placed) and all(m.reference for m in placed)

    def _other_countries(self, sent: tuple, host: Event, site: str | None = None) -> bool:
        """Whether the sentence at character span ``sent`` names a country ``host`` does not
        hold ("The drills in the Sea of Japan, held by Russia, ..." after China's drills):
        what it places may be that country's act, not the host's. The country that is the
        ``site`` itself ("The drills began in Poland") is where, not who."""
        lo, hi = sent
        for ent in self.ents[bisect_left(self.ents, lo, key=lambda e: e.start_char):]:
            if ent.start_char >= hi:
                break
            if ent.label_ == "Country" and ent.ent_id_ not in host.actors and ent.ent_id_ != site:
                return True
        return False
