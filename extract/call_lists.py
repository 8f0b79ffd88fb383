"""One call per partner: "X spoke by phone with A, B and C", "A, B und C telefonierten mit X"
tell three calls, each between X and one of them, not one call of four.

Not a pipeline step of its own: :class:`CallLists` is mixed into the article assembler
(:mod:`diplograph.extract.article`), which provides the doc's columns (``self.cols``), its
entities (``self.ents``, ``self.span_key``), the facts so far (``self.facts``) and the
knowledge base (``self.kb``). A call is split only when its one sentence names exactly one
person on one side of the partner word (``partner_words``: "with", "mit") and two or more on
the other, and nothing calls it joint (``joint_call_words``: "trilateral", "Videokonferenz",
in its sentence or the next); several callers with one partner only when the sentence says
the calls were apart (``separate_call_words``: "separate", "jeweils"). Its states stay with
the split calls whose people they belong to.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import Event

__all__ = ["CallLists"]


class CallLists:
    """Calls of one person with a list of others are that person's calls with each."""

    def _bilateral_calls(self, events: list[Event]) -> list[Event]:
        """``events`` with each call of one person and a list of others split into one call
        per other person (in the list's order)."""
        out = []
        for ev in events:
            sides = self._call_sides(ev) if ev.kind == "PhoneCall" and len(ev.sents) == 1 else None
            if sides is None:
                out.append(ev)
                continue
            one, many = sides
            for other in many:
                pair = {one, other}
                states = [a for a in ev.actors if a not in pair and self._state_of_pair(a, pair)]
                out.append(replace(ev, actors=[a for a in ev.actors if a in pair] + states,
                                   triggers=list(ev.triggers), rules=list(ev.rules), sents=list(ev.sents),
                                   targets=[t for t in ev.targets if t in pair or t in states]))
        return out

    def _call_sides(self, ev: Event) -> tuple[str, list] | None:
        """The one person on one side of the partner word of the call's sentence and the two
        or more on the other, if so."""
        lo, hi = ev.sents[0]
        first = bisect_left(self.cols.idx, lo)
        last = bisect_left(self.cols.idx, hi)
        lex = load_lexicon(self.article.lang)
        partner = next((k for k in range(first, last) if lex.has("partner_words", self.cols.text[k])), None)
        if partner is None or self._told_joint(lex, first, last):
            return None                  # "a joint call", "eine Videokonferenz": all together
        people = [(e.start, self.span_key[(e.start, e.end)]) for e in self.ents
                  if e.label_ == "Person" and first <= e.start < last]
        before = list(dict.fromkeys(k for s, k in people if s < partner and k in ev.actors))
        after = list(dict.fromkeys(k for s, k in people if s > partner and k in ev.actors))
        if len(before) == 1 and len(after) >= 2 and before[0] not in after:
            return before[0], after
        if len(after) == 1 and len(before) >= 2 and after[0] not in before \
                and any(lex.has("separate_call_words", self.cols.text[k]) for k in range(first, last)):
            return after[0], before      # "A and B held separate calls with X"; not "A und B
        return None                      # telefonierten mit X", often one call of three

    def _told_joint(self, lex, first: int, last: int) -> bool:
        """Whether the call's sentence or the next one says it was one call of all
        (``joint_call_words``: "joint", "video", "Schalte"; "three-way" with its hyphen)."""
        nxt = self.cols.sent_of(last) if last < len(self.cols.text) else None
        end = nxt.end if nxt is not None and nxt.start == last else last
        words = self.cols.text[first:end]
        joined = {"".join(words[k:k + 3]) for k in range(len(words) - 2) if words[k + 1] == "-"}
        return any(lex.has("joint_call_words", w) for w in list(words) + sorted(joined))

    def _state_of_pair(self, actor: str, pair: set) -> bool:
        """Whether ``actor`` is the state of one of the two people of ``pair``: by a role the
        article gives them, or by their nationality in the knowledge base."""
        if any(r.person in pair and r.org == actor for r in self.facts.roles):
            return True
        return any(self.facts.entities[p].known and self.kb.country_slug(p) == actor for p in pair)
