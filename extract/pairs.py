"""The two people "the two leaders", "die beiden Minister" refer back to.

"X thanked Y for ... . The two ministers held talks over the telephone": the talks are X's
and Y's. A group of two people names the two people of the nearest sentence before that
names people, when it names exactly two; one naming more, or fewer, leaves the group to its
countries (:meth:`~diplograph.extract.article._Assembler._draft`), as naming a person the
article does not tie to the act would invent a participant.

Not a pipeline step of its own: :class:`PairReferences` is mixed into the article assembler
(:mod:`diplograph.extract.article`), which provides the doc (``self.doc``), its columns
(``self.cols``), the article's entities (``self.facts``), the entity keys of its spans
(``self.span_key``) and ``self._ents_in``.
"""
from __future__ import annotations

from diplograph.extract.components.columns import doc_text
from diplograph.extract.lexicon import load_lexicon

__all__ = ["PairReferences"]

#: the kinds of acts a group of two does together
_SHARED = frozenset({"Meeting", "Talks", "Summit", "PhoneCall", "Agreement"})


class PairReferences:
    """The two people a group of two refers back to."""

    def _pair_of(self, m, actors: list, sentences: int = 2, reach: int = 6) -> list[str]:
        """The two people a group of two people ("the two leaders", "die beiden Außenminister")
        before the trigger of mention ``m`` or at most ``reach`` tokens after it stands for: those of the nearest of the
        ``sentences`` sentences before that names people, if it names exactly two; none if
        there is no such group, the two do not share acts of its kind (a visit is the visitor's),
        or the mention's actors hold two people already."""
        if m.kind not in _SHARED or sum(self.facts.entities[a].kind == "Person" for a in actors) >= 2:
            return []                    # "the two leaders agreed that X would visit": not the visit
        last = min(m.trigger[1] + reach, self.cols.sent_of(m.trigger[0]).end) - 1     # "talks between the two leaders"
        text = doc_text(self.doc)[m.sent[0]:self.cols.idx[last] + len(self.cols.text[last])].lower()
        if not any(group in text for group in load_lexicon(self.article.lang).lowered("people_group_words")):
            return []
        for sent in reversed([s for s in self.cols.sents if s.end_char <= m.sent[0]][-sentences:]):
            found = list(dict.fromkeys(self.span_key[(e.start, e.end)] for e in self._ents_in(sent, "Person")))
            if found:
                return found if len(found) == 2 else []
        return []
