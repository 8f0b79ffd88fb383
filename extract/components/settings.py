"""Relative clauses that set an event on an occasion or at a place: ", where he met X",
", during which she will meet X", ", bei dem er X treffen wird". The place they refer to
is the event's; the occasion's date is not when the clause tells a plan.

Not a pipeline component: :class:`RelativeSettings` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its entities (``self._overlapping``), the
knowledge base and the word lists (``self._has``, ``self._cue_at``, ``self._planned_in``).
"""
from __future__ import annotations

from diplograph.extract.components.topics import GATHERINGS


class RelativeSettings:
    """The place and date rules of relative clauses on an occasion or a place."""

    def _where(self, ev, clo: int, sent) -> None:
        """", wo er Kishida traf", ", where he met Kishida": the place the relative adverb
        refers to, the last place named before it in the sentence; for a gathering in a
        clause on its occasion (``setting_relatives``: "a visit to Canada, during which he will
        meet X") also a country that follows "in" or "to"."""
        setting = ev.kind in GATHERINGS and self._cue_at(clo, "setting_relatives")
        if ev.place is not None or clo <= sent.start or not (setting or self._has("place_relatives", clo)):
            return
        for ent in reversed(self._overlapping(sent.start, clo)):
            if ent.end <= clo and (ent.label_ == "Place" or setting and ent.label_ == "Country" and (
                    self._has("host_prepositions", ent.start - 1) or self._has("destination_prepositions", ent.start - 1))):
                ev.place = ent.ent_id_ or (ent.start, ent.end)
                return

    def _relative_subject(self, clo: int, s: int):
        """What a subject relative pronoun that opens the trigger's clause at ``clo`` right
        after a comma stands for ("Moon, who met Xi", "die Verbündeten, die sich ...
        versammelt hatten"): the entity that ends before the comma; "" for another word there
        (a common noun: "allies, who gathered": none of the names before is the subject);
        None when no such pronoun opens the clause."""
        c = self.cols
        if clo < 2 or c.text[clo - 1] != "," or not self._has("subject_relatives", clo) \
                or clo + 1 < len(c.text) and c.ent[clo + 1] == "Country" \
                or self._any("speech_verbs", clo + 1, s):     # not "Japan, die USA und ...", nor
            return None                                        # "Peskov, who said Putin met Xi"
        ent = next((x for x in reversed(self._overlapping(max(0, clo - 6), clo - 1)) if x.end == clo - 1), None)
        if ent is not None:
            return ent if ent.label_ == "Person" else None
        return "" if c.alpha[clo - 2] else None

    def _region_narrowed(self, ev, e: int, sent) -> None:
        """"paid a visit to East Asia, where he gave a lecture in Tokyo", "reiste nach
        Europa, wo er in Berlin ...": a region the event lies in gives way to the place the
        relative clause after it names after "in" (a city or site, not a country)."""
        if not self.kb.is_region(ev.place) or self._city_after(ev, e, sent):
            return
        k = next((k for k in range(e, sent.end) if self._has("place_relatives", k)), None)
        before = [ent for ent in self._overlapping(e, k) if ent.label_ in ("Place", "Country")] if k else []
        if not before or before[-1].ent_id_ != ev.place:
            return                       # the relative clause is on another place
        ev.place = self._hosting_city(k + 1, sent.end) or ev.place    # a city "in" which, not "aid
                                                                      # to Brazil"

    def _city_after(self, ev, e: int, sent) -> bool:
        """"called for calm over the conflict in Europe by signing a treaty at a ceremony in
        Berlin": a region named before the trigger ending at ``e`` gives way to a city that
        "in" heads after it, before a comma or a word that breaks the clause. Sets the place;
        whether it did."""
        if not any(ent.ent_id_ == ev.place for ent in self._overlapping(sent.start, e)):
            return False
        end = next((k for k in range(e, sent.end)
                    if self.cols.text[k] in ",;" or self._has("clause_breaks", k)), sent.end)
        city = self._hosting_city(e, end)
        ev.place = city or ev.place
        return city is not None

    def _hosting_city(self, lo: int, hi: int):
        """The first place (a city or site, not a country) in tokens [lo, hi) that "in" heads
        from within them (past an article), as the event's place reference; None if none."""
        for ent in self._overlapping(lo, hi):
            j = ent.start - 1 - (ent.start > 1 and self._has("determiners", ent.start - 1))
            if ent.label_ == "Place" and j >= lo and self._has("host_prepositions", j):
                return ent.ent_id_ or (ent.start, ent.end)
        return None

    def _main_of_setting(self, doc, s: int, sent) -> set:
        """The tokens of the main clause when the trigger at ``s`` is in a relative clause on
        its occasion ("arrived on Monday for a visit, during which he will meet X", "..., bei
        dem er X treffen wird"; openers of ``setting_relatives`` after a comma): when the
        relative clause tells a plan, the main clause's date is the occasion's, not this
        event's; a done one ("attended the summit on Friday, at which he met X") keeps it."""
        for c in range(s - 1, sent.start, -1):
            if self.cols.text[c] == "," and c + 2 < s and self._cue_at(c + 1, "setting_relatives"):
                end = next((k for k in range(s, sent.end) if self._has("clause_breaks", k)), sent.end)
                return set(range(sent.start, c)) if self._planned_in(doc, c + 1, end) else set()
        return set()

    def _setting_cues(self, slo: int, s: int, reach: int = 6) -> set:
        """The tokens before a noun trigger at ``s`` (from ``slo``) whose cues of a plan do
        not tell its status: for a noun in a setting phrase ("agreed to seek X during the
        minister's visit in April 2013") the verb an infinitive "to" before it opens: what
        was agreed to be sought is planned, the visit it was agreed at is not (a plan of the
        main verb, "will sign X during the visit", "plans to sign X during ...", counts)."""
        prep = next((k for k in range(s - 1, max(slo, s - reach) - 1, -1) if self._has("setting_prepositions", k)
                     and "," not in self.cols.text[k:s]), None)
        return set() if prep is None else {k + 1 for k in range(slo, prep) if self._infinitive_to(k)}

    def _venue_after(self, ev, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) say where the event noun's event took place ("The talks
        between the two leaders took place in Paris", "Das Treffen der beiden fand in Berlin
        statt", ", held in Oslo,"): its place is then the first place there a preposition
        heads, if it had none, and marked as its venue (not a topic's place)."""
        if hi <= lo:
            return False
        if self._has("venue_participles", lo) or self._cues(None, lo, hi, "venue_predicates"):
            self._located_place(ev, lo, hi)
        elif (verb := self._split_venue_verb(ev, hi)) is not None:
            self._located_place(ev, lo, hi, self._owned_place)    # "fand ein Treffen ... in X statt",
            self._located_place(ev, verb + 1, ev.trigger[0], self._owned_place)   # "fand in X ein Treffen"
        else:
            return False
        ev.venue = ev.place is not None
        return True

    def _owned_place(self, ent, reach: int = 4) -> bool:
        """Whether a noun before the preposition heading the place ``ent`` owns it ("über die
        Lage in Kiew", "nach der Rückkehr aus Peking": a topic's or an origin's place; not an
        event noun: "während des Besuchs in Peking" is where a split venue predicate puts it)."""
        j = next((j for j in range(ent.start - 1, max(0, ent.start - reach) - 1, -1)
                  if self._has("place_prepositions", j)), None)
        return j is not None and j > 0 and self.cols.title[j - 1] and self.cols.alpha[j - 1] \
            and not self.cols.ent[j - 1] and not self._is_date(j - 1) and not self._has("event_nouns", j - 1)

    def _split_venue_verb(self, ev, hi: int, reach: int = 4) -> int | None:
        """The finite verb of a German venue predicate split around the event noun ("Am
        Dienstag fand ein Treffen zwischen X und Y statt"): a ``venue_predicates`` word a few
        tokens before the noun, and the clause ending in its particle (``venue_particles``)."""
        end = hi
        while end > ev.trigger[1] and self.cols.punct[end - 1]:
            end -= 1
        if end <= ev.trigger[1] or not self._has("venue_particles", end - 1):
            return None
        s = ev.trigger[0]
        lo = self.cols.sent_of(s).start
        return next((k for k in range(s - 1, max(lo, s - reach) - 1, -1)
                     if self._has("venue_predicates", k) and not self.cols.punct[k]), None)
