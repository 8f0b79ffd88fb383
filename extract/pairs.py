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
from diplograph.ontology.offices import load_offices

__all__ = ["PairReferences"]

#: the kinds of acts a group of two does together
_SHARED = frozenset({"Meeting", "Talks", "Summit", "PhoneCall", "Agreement"})


class PairReferences:
    """The two people a group of two refers back to."""

    def _pair_of(self, m, actors: list, sentences: int = 2, reach: int = 6) -> list[str]:
        """The two people a group of two people ("the two leaders", "die beiden Außenminister")
        before the trigger of mention ``m`` or at most ``reach`` tokens after it stands for:
        those of the nearest of the ``sentences`` sentences before that names people, if it
        names exactly two and both hold the office the group names (the lexicon's
        ``people_group_roles``: "ministers" need a minister's office in the article or the
        KB); none if there is no such group, the group is of someone ("the two leaders of
        X and Y"), the two do not share acts of its kind (a visit is the visitor's), or the
        mention's actors hold two people already."""
        if m.kind not in _SHARED or sum(self.facts.entities[a].kind == "Person" for a in actors) >= 2:
            return []                    # "the two leaders agreed that X would visit": not the visit
        last = min(m.trigger[1] + reach, self.cols.sent_of(m.trigger[0]).end) - 1     # "talks between the two leaders"
        text = doc_text(self.doc)[m.sent[0]:self.cols.idx[last] + len(self.cols.text[last])].lower()
        if (role := _group_role(text, load_lexicon(self.article.lang))) is None:
            return []
        for sent in reversed([s for s in self.cols.sents if s.end_char <= m.sent[0]][-sentences:]):
            found = list(dict.fromkeys(self.span_key[(e.start, e.end)] for e in self._ents_in(sent, "Person")))
            if found:
                return found if len(found) == 2 and all(self._holds(p, role) for p in found) else []
        return []

    def _holds(self, person: str, role: str) -> bool:
        """Whether ``person`` holds an office whose name contains ``role`` (any, if empty) by
        the article's roles or the knowledge base's offices."""
        held = {r.role for r in self.facts.roles if r.person == person} | {o.role for o in load_offices().get(person, ())}
        return not role or any(role in h for h in held)


def _group_role(text: str, lex) -> str | None:
    """The office the first group of two people in the lower-cased ``text`` names ("" for
    any: "the two leaders"), or None if it names none or only a group of someone ("the two
    leaders of X and Y").

    >>> from diplograph.extract.lexicon import load_lexicon
    >>> lex = load_lexicon("en")
    >>> _group_role("then the two foreign ministers met", lex), _group_role("the two leaders of x met", lex)
    ('foreign-minister', None)
    """
    for group, needed in lex.words.get("people_group_roles", {}).items():
        at = text.find(group.lower())
        after = text[at + len(group):].split()[:1] if at >= 0 else []
        if at >= 0 and not (after and lex.has("group_owner_words", after[0])):
            return needed
    return None

