"""Talks an article later calls a call: "X spoke with Y on Friday. ... The call was the first
contact since 1979" tells a phone call, not talks in one room.

Not a pipeline step of its own: :class:`CallAnaphors` is mixed into the article assembler
(:mod:`diplograph.extract.article`), which provides the article (``self.article``) and its
text. Only talks found by a verb of speaking (the lexicon's ``speaking_rules``: "spoke
with", "sprach mit") with no place change, only when a sentence after theirs names a call
definitely (the lexicon's ``call_anaphors``: "the call", "das Telefonat"; not an appeal: "the
call for a ceasefire", ``appeal_prepositions``) and the article tells no call of its own: a
call it tells is what "the call" names, unless that call is first found where a "the call"
names it, at the first anaphor or after it, among the talks' people.
"""
from __future__ import annotations

import re

from diplograph.extract.components.columns import doc_text
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import Event

__all__ = ["CallAnaphors"]


class CallAnaphors:
    """Talks by a verb of speaking that a later "the call" names are a phone call."""

    def _calls_told_again(self, events: list[Event]) -> None:
        """Make each talks event of a speaking verb a ``PhoneCall`` when a later sentence
        names "the call" and no event of the article is a call but one that anaphor tells; a
        call told only in the anaphor's sentence is dropped (``events`` changed in place)."""
        lex = load_lexicon(self.article.lang)
        rules, anaphors = lex.lowered("speaking_rules"), lex.lowered("call_anaphors")
        if not rules or not anaphors:
            return
        told = [ev for ev in events if ev.kind == "Talks" and ev.sents and ev.place is None
                and rules.intersection(ev.rules)]     # talks with a place were held there
        if not told:
            return
        text = doc_text(self.doc).lower()
        appeal = "|".join(re.escape(w) for w in sorted(lex.lowered("appeal_prepositions")))
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(anaphors, key=len, reverse=True))
                             + r")\b" + (rf"(?!\s+(?:{appeal})\b)" if appeal else ""))   # not "the call for a ceasefire"
        calls = [ev for ev in events if ev.kind == "PhoneCall"]
        for ev in told:
            found = pattern.search(text, ev.sents[0][1])
            if found and all(self._named_back(call, found.start(), pattern, text)
                             and self._people(call, call.sents[0]) <= self._people(ev) for call in calls):
                ev.kind = "PhoneCall"
                for call in [c for c in calls if len(c.sents) == 1 and c.sents[0][0] <= found.start() < c.sents[0][1]]:
                    events.remove(call)          # told only there: the same call, its teller no party
                    calls.remove(call)

    def _people(self, ev: Event, span: tuple | None = None) -> set:
        """The people among the event's actors, or among those named in the character ``span``
        (a call of others the anaphor's sentence tells is no retelling)."""
        people = {a for a in ev.actors if a in self.facts.entities and self.facts.entities[a].kind == "Person"}
        return people if span is None else {m.key for m in self.facts.mentions
                                            if m.key in people and span[0] <= m.start < span[1]}

    @staticmethod
    def _named_back(call: Event, at: int, pattern, text: str) -> bool:
        """Whether the call event was found first in the sentence of the anaphor at ``at`` or
        later, by that anaphor ("according to a readout of the phone call"): the
        call the talks are, told again, not one of the article's own."""
        start, end = call.sents[0]
        return start <= at < end or start > at and bool(pattern.search(text[start:end]))
