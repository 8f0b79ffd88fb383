"""Reporting clauses: where the saying of what a sentence tells is, and the day it gives
("Japan said on Friday it had expelled ...", "..., Kishida said on Monday", "..., as
reported by the press service on March 20", "..., wie der Pressedienst am 20. März
mitteilte": :func:`~diplograph.extract.components.quotes.wie_tellers`). An act told done in a
saying of a given day came by that day.

Not a pipeline component: :class:`ReportingClauses` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its dates by sentence (``self._dates_of``), the
speech verbs' positions (``self._speech_verbs``) and the clause rules of
:mod:`~diplograph.extract.components.timing` (``_speaker_clause``, ``_report_end``).
Also who says it: the states or bodies a pronoun of what was said stands for
(:meth:`ReportingClauses._sayers`), and the state that says it.
"""
from __future__ import annotations

from diplograph.extract.components.columns import within
from diplograph.extract.components.quotes import wie_tellers

__all__ = ["ReportingClauses"]


class ReportingClauses:
    """The reporting part of a sentence and the day of its saying."""

    def _says_at(self, v, s, reach: int = 6, sequel: bool = False) -> bool:
        """Whether the trigger at ``s`` is where the speech verb at ``v`` was said: a setting
        preposition follows the verb (after the speaker and a time, in German word order)
        and heads the trigger's phrase ("said at a forum", "sagte am Mittwoch beim Forum"),
        or "in" heads it ("said in a phone call with", "sagte in einem Telefonat mit");
        with ``sequel``, also right after which ("told reporters on Monday after talks with")."""
        if any(self._has("complementizers", j) or self.cols.text[j] == "," for j in range(v + 1, s)):
            return False
        return any((self._has("setting_prepositions", k) or sequel and self._has("sequel_prepositions", k)
                    or self._has("speech_setting_prepositions", k) and self._heads(k, s) and self._right_after(v, k)
                    and not self._dated_after(s))
                   and not (self._has("reaction_verbs", v) and self._has("object_determiners", k + 1))
                   for k in range(max(v + 1, s - reach), s))   # "reagierte auf die Stationierung": what
                                                               # it answers, not where

    def _right_after(self, v: int, k: int) -> bool:
        """Whether only a time and names stand between the speech verb at ``v`` and ``k``
        ("said on Wednesday in", "told Moon in"; not "said Scholz had raised it in")."""
        return all(self._is_date(j) or self._has("day_prepositions", j) or self.cols.ent[j] for j in range(v + 1, k))

    def _dated_after(self, s: int, reach: int = 10) -> bool:
        """Whether the phrase of the trigger at ``s`` names a time of its own before a comma
        or "that" ("said on Friday in talks with X on Monday", "in meetings last month")."""
        end = min(self.cols.sent_of(s).end, s + reach)
        k = s + 1
        while k < end and self.cols.text[k] != "," and not self._has("complementizers", k):
            if self._is_date(k):
                return True
            k += 1
        return False

    def _heads(self, k: int, s: int, reach: int = 2) -> bool:
        """Whether the preposition at ``k`` heads the trigger at ``s``: at most a determiner
        and a lower-case word between ("in a phone call", "in einem kurzen Telefonat"; not
        "in a statement on the call")."""
        between = range(k + 1, s)
        return len(between) <= reach and all(
            self._has("determiners", j) if j == k + 1 and len(between) == reach else
            self.cols.is_lower[j] and self.cols.alpha[j] for j in between)

    def _said_on(self, sent, s: int, e: int | None = None):
        """The day the speech verb before the trigger at ``s`` gives its saying ("Japan said
        on Friday it had expelled ...", "teilte am Freitag mit, ..."), when the trigger is
        in what was said: a date of day precision between the speaker's clause start and
        the end of the reporting part; else, with the trigger's end ``e``, the day of a
        reporting clause after it (", as reported by the press service on March 20", ", wie
        der Pressedienst am 20. März mitteilte"); else None."""
        dates = self._dates_of.get(sent.start_char, [])
        verbs = within(self._speech_verbs, sent.start, s)
        if verbs:
            lo, hi = self._speaker_clause(sent, verbs[-1]), self._report_end(sent, s)
        elif e is not None:
            lo, hi = self._trailing_report(sent, e), sent.end_char
            if lo >= sent.end_char and self.lex.lang == "de":
                lo = next((self.cols.idx[c] for c, v in self._wie_tellers() if e <= c and v < sent.end), lo)
        else:
            return None
        return next((d for d in dates if lo <= d.start < hi and d.value is not None and d.value.precision == "day"),
                    None)

    def _trailing_report(self, sent, e, reach: int = 6) -> int:
        """Where a reporting clause after the trigger begins (", Kishida said on Monday",
        ", teilte das Ministerium am Montag mit"): the comma before a speech verb at most
        ``reach`` words on; the sentence's end if there is none. Its date is the saying's."""
        for v in within(self._speech_verbs, e, sent.end):
            k = v - 1
            while k > e and v - k <= reach and self.cols.text[k] != ",":
                k -= 1
            if k >= e and self.cols.text[k] == ",":
                return self.cols.idx[self._apposed_speaker(e, k, v)]
        return sent.end_char

    def _apposed_speaker(self, e: int, comma: int, verb: int, reach: int = 12) -> int:
        """The comma that opens a speaker named before an apposition (", Yoshihide Suga, the
        chief cabinet secretary(,) told"): the comma found before the speech verb, or the
        one before the name when that comma closes an apposition or follows the name."""
        ent, cols = self.cols.ent, self.cols
        if comma == verb - 1:                    # ", NAME, APPOSITION, told"
            commas = [k for k in range(comma - 1, max(e, comma - reach) - 1, -1) if cols.text[k] == ","]
            if len(commas) >= 2 and any(ent[k] in ("Person", "Organization") for k in range(commas[1] + 1, commas[0])):
                return commas[1]
            return comma
        k = comma - 1                            # ", NAME, the chief cabinet secretary told"
        if k <= e or ent[k] not in ("Person", "Organization"):
            return comma
        while k > e and ent[k - 1] == ent[k] and cols.text[k - 1] != ",":
            k -= 1
        return k - 1 if k - 1 >= e and cols.text[k - 1] == "," else comma

    def _wie_tellers(self) -> list[tuple[int, int]]:
        """The doc's trailing "wie" clauses of telling, found once per doc (see
        :func:`~diplograph.extract.components.quotes.wie_tellers`)."""
        if ("wie tellers",) not in self._phrases_of:
            self._phrases_of["wie tellers",] = wie_tellers(self.cols, self.lex)
        return self._phrases_of["wie tellers",]

    def _sayers(self, s: int, sent) -> list:
        """The countries or bodies a pronoun subject right before the trigger at ``s`` stands
        for when its clause is what they said ("Russia said that it was expelling ...",
        "France and Germany said they would expel ...", "Moskau erklärte, es werde ...
        ausweisen"): those named before the speech verb, the last one for a singular
        pronoun; none if no such pronoun follows the verb or a clause opens between it and
        the trigger ("said it hoped that the deployment ...")."""
        verbs = within(self._speech_verbs, sent.start, s)
        if not verbs:
            return []
        k = self._said_from(verbs[-1], s)
        reach = 9 if self.lex.lang == "de" and self.cols.is_lower[s] else 5    # a German verb last: "dass
        between = self.cols.unquoted(k + 1, s)                                  # es die Gespräche ... ausgesetzt habe"
        words = len([j for j in between if not self._has("determiners", j)])   # a quoted name and an article
        if k >= s or words >= reach \
                or any(self.cols.punct[j] or self._has("complementizers", j) for j in between):
            return []                    # count for nothing ('it would hold the "X" drills')
        if f"{self._lower[k]} {self._lower[k + 1]}" in self._lists.get("own_country_words", ()):
            if s - k > 3 or not self.cols.is_lower[s]:               # its verb, not an object noun
                return []                                            # ("sein Land begrüße die Sanktionen")
            return self._speakers_countries(sent.start, verbs[-1])   # "X said his country is
        if not self._has("pronouns_for_bodies", k) or words >= reach - 1:    # suspending ...": his country acts
            return []
        named = self._bodies_named(sent.start, verbs[-1], ("Country", "Organization"))
        return named[-1:] if self._has("singular_pronouns", k) else named

    def _drill_sayers(self, s: int, sent, reach: int = 8) -> list:
        """The sayers (:meth:`_sayers`) of drills they say they hold themselves: a verb of
        ``conducting_verbs`` after the pronoun, before the drills in English ("said it had
        begun exercises", "it would hold the drills"), or a few words after them in German,
        before any punctuation ("es habe mit einem Manöver ... begonnen"); not "said it was
        watching the drills China began", "es beobachte Manöver, die China begonnen habe"."""
        verbs = within(self._speech_verbs, sent.start, s)
        if not verbs:
            return []
        k = self._said_from(verbs[-1], s)
        hi = s if self.lex.lang == "en" else next((j for j in range(s, min(sent.end, s + reach))
                                                   if self.cols.punct[j]), min(sent.end, s + reach))
        return self._sayers(s, sent) if self._any("conducting_verbs", k + 1, hi) else []

    def _bodies_named(self, lo: int, hi: int, labels: tuple) -> list:
        """The slugs of the names of ``labels`` in [lo, hi), a capital or a KB body standing
        for its state ("Moscow said that it ...", "South Korea's Defense Ministry said its
        jets ..."), in text order."""
        named = []
        for ent in self._overlapping(lo, hi):
            if ent.label_ in labels and ent.ent_id_:
                named.append(ent.ent_id_)
            elif ent.label_ == "Place" and ent.ent_id_ in self.capital_of:
                named.append(self.capital_of[ent.ent_id_])
            elif ent.label_ == "Organization" and "Country" in labels and ent.ent_id_ \
                    and (state := self.kb.country_slug(ent.ent_id_)) is not None:
                named.append(state)
        return named

    def _said_by(self, s: int, sent) -> list:
        """The state that says what the trigger at ``s`` tells, named last before the
        sentence's speech verb ("Canada said that bombers violated its airspace", "Kanada
        meldete eine Verletzung seines Luftraums"); none if no speech verb comes before."""
        verbs = within(self._speech_verbs, sent.start, s)
        return self._bodies_named(sent.start, verbs[-1], ("Country",))[-1:] if verbs else []

    def _speakers_countries(self, lo: int, hi: int) -> list:
        """The countries of the known people named in [lo, hi) (the speaker of "said his
        country ..."), the last one."""
        found = [c for ent in self._overlapping(lo, hi) if ent.label_ == "Person" and ent.ent_id_
                 and (c := self.kb.country_slug(ent.ent_id_))]
        return found[-1:]
