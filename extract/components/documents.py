"""Agreements that make a document: "the leaders adopted a joint declaration", "signed
agreements on trade", "unterzeichneten ein Abkommen", "In a joint statement, X and Y said".

A document signed or adopted at a summit is an act of its own that outlives the summit
(analysts ask which treaties were signed where), unlike "agreed to step up efforts", which
is what the summit itself reached. The event finder flags such mentions so that the article
step keeps them as agreements beside the gathering instead of absorbing them into it.

Not a pipeline component: :class:`DocumentActs` is mixed into the event finder, which
provides the doc's columns (``self.cols``), the word lists (``self.lex``), the trigger
kinds (``self.kinds``) and the positions of arranged gatherings (``self._arranged_order``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from diplograph.extract.components.columns import within

__all__ = ["DocumentActs"]

#: tokens that end the phrase a document noun may stand in around its verb
_STOPS = frozenset({".", ",", ";", ":", "(", ")", "?", "!", "\"", "“", "”", "„"})


class DocumentActs:
    """Whether an agreeing mention signs or adopts a named document; accords failed or
    named, and the gatherings an accord arranges."""

    def _document_act(self, ev, rule: str, s: int, e: int, lo: int, hi: int) -> None:
        """Flag an agreeing mention that signs or adopts a document, without what it is about
        as a party; one whose subject is a plural pronoun or "both" ("They signed a treaty",
        "Sie unterzeichneten ein Abkommen", "Beide Minister unterzeichneten") is signed by the
        sides of the gathering told before."""
        ev.document = ev.document or ev.kind == "Agreement" and self._makes_document(rule, s, e, lo, hi)
        if ev.document:
            self._drop_topics(ev, e, hi)
        if ev.document and not (ev.actors or ev.described) and any(
                self._cue_at(k, "plural_subjects") for k in range(lo, s)):
            ev.group = True

    def _drop_topics(self, ev, e: int, hi: int) -> None:
        """What a document is about is no party of it: a name after a topic preposition and
        its articles ("a communique on Ukraine", "ein Abkommen über die Ukraine")."""
        for ent in self._overlapping(e, hi):
            k = ent.start - 1
            while k > e and self._has("determiners", k):
                k -= 1
            ref = ent.ent_id_ or (ent.start, ent.end)
            if self._has("topic_prepositions", k) and ref in ev.actors:
                ev.actors.remove(ref)

    def _makes_document(self, rule: str, s: int, e: int, lo: int, hi: int, reach: int = 10) -> bool:
        """Whether the agreeing trigger [s, e) names a document its parties issue ("in a
        joint statement", "in ihrer Abschlusserklärung": rules listed as ``document_rules``),
        or both a verb of making a document ("adopted", "signed", "unterzeichneten") and a
        document noun ("declaration", "treaty", "Abkommen"), within ``reach`` words of it in
        its clause [lo, hi) and with no punctuation between."""
        if rule in self._lists.get("document_rules", ()):
            return True
        words = self._phrase_around(s, e, lo, hi, reach)
        return any(self._has("document_verbs", k) for k in words) \
            and any(self._document_noun(k) for k in words)

    def _issuers(self, doc, ev, s: int, e: int, sent, ents, clause: tuple[int, int], reach: int = 6) -> None:
        """The parties of a joint statement [s, e) are who issue it, not what it speaks of:
        the agent of a participle after it ("the declaration signed by X and Y"), the subject
        of a verb of saying or issuing a few words before it ("X and Y said in a joint
        statement", "Beide Seiten veröffentlichten eine gemeinsame Erklärung"), else of
        a verb of saying after it ("In a joint statement, the two leaders said"), when they
        are two or a group ("both sides"). Where no one is said to issue it ("according to
        a joint statement", "A joint statement issued after the meeting said ..."), it names
        no parties of its own. A year before it names an earlier one ("the 1956 joint
        declaration"): told of, not news."""
        if e + 1 < sent.end and self._has("passive_auxiliaries", e) \
                and (self._has("document_verbs", e + 1) or self._has("issuing_verbs", e + 1)):
            return                        # "The joint declaration was adopted at a summit among X and Y"
        ev.actors, ev.described, ev.referred, ev.group, ev.document = [], [], [], False, True
        ev.prior = ev.prior or self._named_document(s, sent)
        verbs = [v for v in within(self._speech_verbs, sent.start, sent.end) if not self._has("attribution_words", v)]
        before = [v for v in verbs if v < s] + [k for k in range(max(sent.start, s - reach), s)
                                                  if self._has("issuing_verbs", k) or self._has("document_verbs", k)]
        after = [v for v in verbs if v > s]
        if e + 1 < sent.end and (self._has("issuing_verbs", e) or self._has("document_verbs", e)) \
                and self._has("passive_agents", e + 1):
            window = (e + 2, self._clause(doc, e + 2, e + 3)[1])     # "the declaration signed by X and Y"
        elif before and s - max(before) <= reach:
            verb = max(before)
            lo = max([k + 1 for k in range(sent.start, verb) if self._has("complementizers", k)] or [sent.start])
            window = (lo, verb)
        elif after and self._fronted(s, sent):     # "In a joint statement, X and Y said", "In ihrer
            window = (s + 1, after[0]) if self.lex.lang == "en" else \
                (after[0] + 1, self._clause(doc, after[0], after[0] + 1)[1])   # Erklärung erklärten X und Y"
        else:
            return                        # "according to a joint statement", "the statement said"
        self._collect(doc, ev, window, ents, set(), clause)      # (also "both sides": ev.group)
        if len(ev.actors) + len(ev.described) < 2 and not (ev.group or ev.counted):
            ev.actors, ev.described = [], []     # one side's statement is no joint act

    def _named_document(self, s: int, sent) -> bool:
        """Whether the statement noun at ``s`` names an earlier document: a year before it
        ("the 1956 joint declaration") or a title written mid-sentence ("the Japan-Soviet
        Joint Declaration")."""
        return any(self.cols.text[k].isdigit() and len(self.cols.text[k]) == 4 and self._year_of(k, s)
                   for k in range(max(sent.start, s - 4), s)) \
            or s > sent.start and self.lex.lang == "en" and self.cols.title[s] and self.cols.title[s + 1]

    def _fronted(self, s: int, sent) -> bool:
        """Whether the noun at ``s`` stands in a phrase that opens its sentence ("In a joint
        statement, ..."): only a preposition and its article before it."""
        return s - sent.start <= 3 and self._has("fronted_settings", sent.start)

    def _phrase_around(self, s: int, e: int, lo: int, hi: int, reach: int) -> list[int]:
        """The trigger's tokens and those up to ``reach`` before and after it, up to the
        first punctuation each way and within [lo, hi)."""
        words = list(range(s, e))
        for step, start, end in ((-1, s - 1, max(lo, s - reach) - 1), (1, e, min(hi, e + reach))):
            for k in range(start, end, step):
                if self.cols.text[k] in _STOPS:
                    break
                words.append(k)
        return words

    def _document_noun(self, k: int) -> bool:
        """Whether token ``k`` names a document: one of the words, or in German a compound
        ending in one ("Abschlusserklärung", "Grundlagenvertrag")."""
        word = self.cols.lower[k]
        nouns = self._lists.get("document_nouns", frozenset())
        if word in nouns:
            return True
        return self.lex.lang == "de" and not self.cols.is_lower[k] and word.endswith(tuple(nouns))

    # --- accords and what they arrange ----------------------------------------------
    def _failed_or_told(self, doc, key, s, e, ents, matches):
        """The mention of the trigger [s, e), or None where a cue of failure denies it
        ("failed to meet"); an agreement they failed to reach tells of talks they held
        ("X and Y fell short of agreement on Tuesday"), unless a noun tells the failure as a
        state of affairs ("the failure of X and Y to sign a treaty")."""
        if not self._failed(doc, s, e):
            return self._mention(doc, key, s, e, ents, matches)
        if self.kinds[key][0] != "Agreement" or self._failure_noun(doc, s, e) or (ev := self._mention(doc, key, s, e, ents, matches)) is None:
            return None
        ev.kind, ev.agreed, ev.agreed_span = "Talks", "", (0, 0)
        return ev

    def _named_accord(self, key, s, e) -> bool:
        """An accord word inside an organisation's name ("North Atlantic Treaty
        Organization") names no accord."""
        return self.kinds[key][0] == "Agreement" and all(
            self.cols.ent[i] == "Organization" for i in range(s, e))

    def _after_gathering(self, char: int, s: int) -> bool:
        """Whether character ``char`` lies after the last gathering, call or visit noun before
        token ``s`` (in the phrase of what the verb at ``s`` arranges)."""
        i = bisect_left(self._arranged_order, s) - 1
        return i >= 0 and bisect_right(self.cols.idx, char) - 1 > self._arranged_order[i]

    def _arranged_in(self, span: tuple[int, int], char: int) -> int | None:
        """The first gathering, call or visit noun within the token span ``span`` (what an
        accord agreed) if it stands before character ``char``: a date after it is that
        event's. None if there is none."""
        k = bisect_left(self._arranged_order, span[0])
        if k < len(self._arranged_order) and self._arranged_order[k] < span[1] \
                and bisect_right(self.cols.idx, char) - 1 > self._arranged_order[k]:
            return self._arranged_order[k]
        return None
