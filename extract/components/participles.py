"""Participle clauses that hold a trigger and share the main clause's subject ("Speaking by
phone with X, Y confirmed ...", "Y, speaking by phone with X, said ...", "Y said ...,
speaking on the phone with X"), and talks with someone whose other side opens the main
clause ("After talks with X, Y flew on").

Not a pipeline component: :class:`ParticipleClauses` is mixed into the clause geometry of the
event finder, which provides the token columns, word lists and entity spans.
"""
from __future__ import annotations


class ParticipleClauses:
    """Who a participle clause or a fronted phrase of talks leaves unnamed."""

    def _subject_after(self, ev, end: int, sent, reach: int = 3) -> None:
        """"After talks with X, Y flew on", "Nach dem Treffen mit X reiste Y weiter": talks
        with someone have another side, the person the main clause opens with (after a
        comma or its verb)."""
        for ent in self._overlapping(end, min(end + reach, sent.end)):
            if ent.label_ == "Person" and ent.start < end + reach:
                ref = ent.ent_id_ or (ent.start, ent.end)
                if ref not in ev.actors:
                    ev.actors.append(ref)
                return

    def _fronted_participle(self, s: int, sent) -> int | None:
        """The comma ending a participle clause that opens the sentence and holds the trigger
        at ``s`` ("Speaking by phone with X on Thursday, Y ...", "Meeting X in Paris, Y ..."), or None."""
        first = sent.start
        if not (self.cols.title[first] and self._lower[first].endswith("ing") and self._has("participle_openers", first)):
            return None
        comma = next((k for k in range(first, sent.end) if self.cols.text[k] == ","), None)   # with a partner
        return comma if comma is not None and comma > s and self._any("partner_words", first, comma) else None

    def _participle_subject(self, ev, s: int, sent) -> None:
        """A participle clause holding the trigger at ``s`` shares the main clause's subject:
        after it ("Speaking by phone with X, Y confirmed") or before it ("Y, speaking by
        phone with X, said", "Y said ..., speaking on the phone with X")."""
        if (comma := self._fronted_participle(s, sent)) is not None:
            self._subject_after(ev, comma + 1, sent)
        elif self._participle_aside(s, sent):
            self._main_subject(ev, s, sent)

    def _participle_aside(self, s: int, sent, reach: int = 8) -> bool:
        """Whether the trigger at ``s`` is in a participle clause after a comma that goes
        with a partner ("Y, speaking by phone with X, said ...", "Y said ..., speaking on the
        phone with X"): its subject is the main clause's."""
        c = next((k for k in range(s - 1, max(sent.start, s - reach) - 1, -1) if self.cols.text[k] == ","), None)
        return c is not None and c > sent.start and self._has("participle_openers", c + 1) \
            and self.cols.is_lower[c + 1] and self._any("partner_words", c + 2, min(s + 5, sent.end - 1))

    def _main_subject(self, ev, s: int, sent) -> None:
        """The person the sentence opens with, before any "that" and the trigger at ``s``,
        joins the event's actors (the subject a participle clause shares)."""
        end = next((k for k in range(sent.start, s) if self._has("complementizers", k)), s)
        for ent in self._overlapping(sent.start, end):
            if ent.label_ == "Person" and ent.end <= end:
                ref = ent.ent_id_ or (ent.start, ent.end)
                if ref not in ev.actors:
                    ev.actors.insert(0, ref)
                return

    def _later_participle(self, e: int, sent, reach: int = 8) -> set:
        """The tokens of a participle clause with a partner and a trigger of its own after
        the trigger ending at ``e`` ("... to visit Seoul this year, speaking by phone with X"):
        the partner is the call's, not the visit's."""
        for c in range(e, sent.end - 2):
            if self.cols.text[c] == "," and self._has("participle_openers", c + 1) and self.cols.is_lower[c + 1] \
                    and self._any("partner_words", c + 2, min(c + reach, sent.end)) \
                    and any(c < t < c + reach for t in self._trigger_starts):
                return set(range(c, sent.end))
        return set()
