"""Whose craft an airspace violation's is, when its sentence names the craft without a
state: "the plane", "it", "die Maschine" after an earlier sentence told "a Russian Su-24
fighter jet" or "ein chinesisches Militärflugzeug".

Not a pipeline component: :class:`CraftOwners` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its demonyms (``self._demonyms``), its entities
and the word lists.
"""
from __future__ import annotations

__all__ = ["CraftOwners"]


class CraftOwners:
    """The state of a craft told again by a definite noun or a pronoun, or named with its
    navy's prefix."""

    def _ship_states(self, lo: int, hi: int) -> list[str]:
        """The states whose navies' ship prefixes name ships in tokens [lo, hi) ("the USS
        Lassen", "HMS Richmond": the lexicon's ``ship_prefixes``, each before a capitalised name)."""
        prefixes = self.lex.words.get("ship_prefixes", {})
        return [prefixes[self._lower[k]] for k in range(lo, min(hi, len(self._lower) - 1))
                if self._lower[k] in prefixes and self.cols.text[k].isupper() and self.cols.title[k + 1]]

    def _craft_owner(self, s: int, sent, back: int = 3, reach: int = 6) -> str | None:
        """The state of the craft an airspace violation at ``s`` is told of by a definite
        vehicle noun or a pronoun with no state before it ("after the plane flew into Turkish
        airspace", "it penetrated ..."): the state of the last craft named before it, in its
        sentence or the ``back`` sentences before, with a demonym or a country up to ``reach``
        words before its noun ("a Russian Su-24 fighter jet"); None if there is none."""
        anaphor = self._anaphoric_craft(sent.start, s)
        if anaphor is None:
            return None
        index = self.cols.sents.index(sent)
        spans = [(sent.start, anaphor)] + [(x.start, x.end) for x in reversed(self.cols.sents[max(0, index - back):index])]
        noun = self._lower[anaphor + 1] if self._has("vehicle_nouns", anaphor + 1) else None
        for same in ((True, False) if noun else (False,)):      # "the drone": a drone named before first
            for lo, hi in spans:
                for k in range(hi - 1, lo - 1, -1):
                    if self._has("vehicle_nouns", k) and (not same or self._lower[k] == noun) \
                            and (owner := self._owner_before(k, lo, reach)):
                        return owner
        return None

    def _anaphoric_craft(self, lo: int, s: int) -> int | None:
        """Where a craft is told again before ``s`` in the sentence from ``lo``: a pronoun for
        one opening the sentence or right before the trigger's verb ("after it penetrated"; not
        after a verb of saying: "Japan said it ..." is Japan),
        or a definite article and a vehicle noun alone ("the plane", "der Jet"; not "the
        Russian plane"); None if there is none."""
        pronoun = next((k for k in (lo, s - 1, s - 2) if lo <= k < s and self._has("craft_pronouns", k)
                        and not self._any("speech_verbs", max(lo, k - 2), k)), None)   # not "Japan said it"
        if pronoun is not None:
            return pronoun
        return next((k - 1 for k in range(lo + 1, s) if self._has("vehicle_nouns", k)
                     and self._has("definite_articles", k - 1)), None)

    def _owner_before(self, k: int, lo: int, reach: int) -> str | None:
        """The state a demonym or country names up to ``reach`` words before the vehicle noun
        at ``k`` ("a Russian Su-24 fighter jet", "Russia's Su-24"), if any."""
        for j in range(k - 1, max(lo, k - reach) - 1, -1):
            if j in self._demonym_at:
                return self._demonym_at[j]
            if self.cols.ent[j] == "Country":
                ent = self._overlapping(j, j + 1)
                return ent[0].ent_id_ if ent and ent[0].ent_id_ else None
            if self.cols.punct[j] and self.cols.text[j] != "-":
                return None
        return None

    def _own_side_said(self, ev, s: int, e: int, clo: int, sent) -> None:
        """The state that says an airspace violation or interception was its own, by a
        possessive ("Canada said that bombers violated its airspace", "entered the country's
        airspace", "in den Luftraum des Landes", "said its fighter jets fired warning shots",
        "Kanada meldete eine Verletzung seines Luftraums"): it takes part (:meth:`_said_by`). The possessive
        follows the trigger of a violation (or stands right before the German noun, "in seinen
        Luftraum eingedrungen"), stands before that of an interception."""
        lo, hi = (clo if ev.kind == "Interception" else max(clo, s - 2)), min(e + 3, sent.end)
        own = self._any("possessive_words", lo, hi) or any(     # "the country's", "des Landes"
            self._has("self_reference_nouns", k) and (self.lex.lang == "de" or self.cols.text[k + 1] in ("'s", "’s"))
            for k in range(lo, hi - 1 if self.lex.lang == "en" else hi))
        if own:
            ev.actors += [c for c in self._said_by(s, sent) if c not in ev.actors]

