"""What talks are about, not who takes part in them: the names a talk verb or a
gathering's noun talks about ("sprachen über die Lage in China", "talks on Ukraine"), those a
topic noun before the gathering names ("among the main topics of the talks"), and those of
the topic of talks named before another act of the sentence ("talks on X ... but agreed to
meet again") (a mixin of :class:`~diplograph.extract.components.events.EventFinder`, through
:class:`~diplograph.extract.components.topics.EventTopics`, which provides the doc's
columns and the word lists).
"""
from __future__ import annotations

from diplograph.extract.components.columns import within

__all__ = ["TalkedAbout"]


class TalkedAbout:
    """The tokens of what talks are about, which are no parties."""

    def _talked_about(self, e: int, hi: int, noun: bool = False) -> set:
        """The tokens of the countries, people and bodies a talk verb ending at token ``e``
        talks about, not with ("sprachen über die Lage in China", "discussed North Korea
        with Macron"): from a topic preposition, or in English the verb's object, up to a
        partner word ("mit", "with") or ``hi``; after a gathering's noun, from a topic
        preposition right after it or its partner ("talks on Ukraine", "Treffen mit Macron
        über China"). A place a preposition heads stays: "discussed trade in Paris" says where."""
        k, focus = e, e < hi and self._has("topic_participles", e)    # "talks focusing on dealing with X":
        if noun and not focus:   # from there on; else past the parties: "Treffen von Scholz mit Macron über ..."
            while k < hi and (self._has("partner_words", k) or self._has("party_prepositions", k) or self._is_date(k)
                              or k + 1 < hi and self._is_date(k + 1) and self.cols.is_lower[k]):
                k = k + 1 if self._is_date(k) or self._is_date(k + 1) else self._after_partner(k, hi)   # "am Montag mit X über"
            if not (k < hi and self._has("topic_prepositions", k)):
                return set()
        elif self.lex.lang == "en" and not focus:
            if k < hi and self._has("partner_words", k):        # "discussed with Macron the
                k = self._after_partner(k, hi)                 # situation in China"
        elif not focus:
            while k < hi and not self._has("topic_prepositions", k):
                k = self._after_partner(k, hi) if self._has("partner_words", k) else k + 1
        skip = set()
        while k < hi and not (self._has("partner_words", k) and not (focus and self._lower[k - 1].endswith("ing"))) \
                and not (noun and not focus and self._has("party_prepositions", k)):   # "dealing with X": a topic
            if self.cols.ent[k] and (self.cols.ent[k] != "Place" or not self._located(k)) or k in self._demonym_tokens:
                skip.add(k)              # "talked about the expulsion of Brazilian diplomats"
            k += 1
        return skip

    def _topics_before(self, s: int, sent) -> set:
        """The tokens of the names a gathering noun before the trigger at ``s`` in its
        sentence is about, in the phrase a topic preposition opens right after it ("talks on
        Taiwan ... but agreed to meet again"): the topic of the talks, no party to what was
        agreed in them. The phrase ends at punctuation, a time ("talks on Monday after X
        imposed ...") or a word that opens another phrase or clause before the trigger."""
        skip = set()
        for te in within(self._gathering_end_list, sent.start, s):   # the sentence's, before the trigger
            if self._gathering_ends[te] < sent.start or not self._has("topic_prepositions", te) or self._is_date(te + 1):
                continue
            k, names = te + 1, set()
            while k < s and not (self.cols.punct[k] and self.cols.text[k] != "-" or self._is_date(k)
                                 or self._has("subordinators", k)
                                 or self._has("accord_path_breaks", k) and not (self._has("list_joiners", k)
                                                                               and self.cols.ent[k + 1])
                                 or self._has("partner_words", k) or self._has("party_prepositions", k)):
                if self.cols.ent[k]:
                    names.add(k)
                k += 1
            skip |= names if k < s else set()    # not a phrase that runs into the trigger's own
        return skip                              # names ("zur Vorbereitung auf das X-Y-Treffen")

    def _topic_before(self, s: int, clause: tuple[int, int], reach: int = 4) -> set:
        """The tokens of the clause ``clause`` that a topic noun right before a gathering's
        noun at ``s`` ("among the main topics of the talks", "Hauptthemen der Beratungen",
        "im Mittelpunkt der Gespräche") says are talked about, from the clause start; and
        what "issues such as ..." lists, to the clause end. Their countries and people are no
        parties."""
        lo, hi = clause
        topic = next((k for k in range(s - 1, max(lo, s - reach) - 1, -1)
                      if self._has("topic_nouns", k) and self._has("genitive_links", k + 1)), None)
        if topic is not None:
            return set(range(lo, topic))
        listed = next((k for k in range(lo, min(hi, len(self._lower) - 1))
                       if self._has("topic_nouns", k) and self._cue_at(k + 1, "example_cues")), None)
        return set(range(listed, hi)) if listed is not None else set()

    def _after_partner(self, k: int, hi: int) -> int:
        """The token after the phrase of parties a word at ``k`` opens ("mit Macron", "von
        Scholz", "between Canada and Brazil")."""
        k += 1
        while k < hi and (self.cols.ent[k] or self._has("determiners", k) or self._has("list_joiners", k)):
            k += 1
        return k
