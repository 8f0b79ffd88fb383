"""Acts an article tells as answers to another country's act: an interception ("Japan
scrambled fighter jets", "prompting Japan to scramble fighter jets") answers the flight,
passage or airspace violation of another country told in its sentence or the one before.

Not a pipeline step of its own: :class:`Responses` is mixed into the article assembler
(:mod:`diplograph.extract.article`), which provides the doc's columns (``self.cols``) and
the countries an event's actors are or act for (``self._countries``). The flight an
interception's sentence tells after it ("after a Chinese aircraft violated its airspace") is
the news, not background.
"""
from __future__ import annotations

from bisect import bisect_right

from diplograph.extract.lexicon import load_lexicon

__all__ = ["Responses"]

#: kinds answered by an interception
_ANSWERED = frozenset({"MilitaryExercise", "AirspaceViolation"})


class Responses:
    """Who an interception is against, when it names only the side that intercepts."""

    def _answered_now(self, mentions: list) -> None:
        """"Japan scrambled jets on Monday after a Chinese aircraft violated its airspace":
        the violation or flight an interception of the same sentence answers is its news,
        not an act before it, unless words after it set it earlier ("after Chinese warplanes
        flew near the island last week"; mentions of one sentence, changed in place)."""
        scrambles = [m for m in mentions if m.kind == "Interception" and not m.prior]
        words = load_lexicon(self.article.lang)
        for m in mentions:
            if m.kind in _ANSWERED and m.prior and any(
                    s.trigger[0] < m.trigger[0] and (m.date is None or _day(s) == m.date.value)
                    for s in scrambles) and not any(
                    words.has("earlier_cues", self.cols.lower[k])
                    for k in range(m.trigger[1], bisect_right(self.cols.idx, m.sent[1] - 1))):
                m.prior = False           # not "... last week", "... vergangene Woche"

    def _answered_flights(self, events: list) -> None:
        """Give an interception of one side the country of the flight it answers as its
        target (and a party), and that flight's day when it has none of its own: the last
        flight, passage or violation of another country told, as happened, in the same
        sentence or the one before, on a day that agrees with the interception's."""
        starts = [sent.start_char for sent in self.cols.sents]
        for ev in events:
            if ev.kind == "Interception" and not ev.prior and ev.place is None:
                ev.place = next((f.place for f in events if f.kind in _ANSWERED and not f.prior and f.place
                                 and f.sents[0] == ev.sents[0]), None)   # "... after X violated its airspace near Y"
            if ev.kind != "Interception" or ev.targets or ev.prior:
                continue
            at = bisect_right(starts, ev.sents[0][0]) - 1
            near = {starts[at], starts[at - 1] if at > 0 else starts[at]}
            own = self._countries(ev)
            flights = [f for f in events if f.kind in _ANSWERED and not f.prior and f.status == ev.status
                       and f.sents[0][0] in near and self._countries(f) - own - set(f.targets)
                       and not (ev.date and f.date and not (ev.date.contains(f.date) or f.date.contains(ev.date)))]
            if not flights:
                continue
            flight = flights[-1]
            for side in sorted(self._countries(flight) - own - set(flight.targets)):
                ev.actors.append(side)
                ev.targets.append(side)
            if ev.date is None and not ev.relative_date:
                ev.date = flight.date      # "... on Monday. Japan scrambled fighter jets."


def _day(mention):
    """The day of an event mention: its own date's, else the day of the saying that tells it
    ("X said on Tuesday its jets fired ...")."""
    found = mention.date or mention.told
    return found.value if found is not None else None

