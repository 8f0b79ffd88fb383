"""Words that make a trigger tell of no occurrence of its own (a mixin of
:class:`~diplograph.extract.components.occurrence.Occurrences`): talking to the press, a
record told again as an apposition, the topic of an accord, an attributive participle, an
announcement that refers back, the signing of a decree, an act talked of at talks, a
stance adopted, an accord left, and a universal determiner ("every visit").
"""
from __future__ import annotations

from diplograph.extract.components.topics import GATHERINGS


class NonEvents:
    """Tests of the words around a trigger, each one class of non-occurrence; the event
    finder provides the doc's columns and word lists."""

    def _stance_adopted(self, s: int, chi: int, reach: int = 8, words: int = 3) -> bool:
        """Whether the verb of adopting at ``s`` takes a stance as the head of its object,
        past a date and up to ``words`` lower-case words ("adopted a tougher stance on X",
        "needs to adopt an approach of engagement", "verabschiedete am Dienstag eine härtere
        Linie gegenüber X"): a line of policy, no accord, and X no party to one. Not a joint
        one ("adopted a joint strategy", "eine gemeinsame Position": agreed between them),
        nor a stance inside another object ("adopted a resolution condemning the policy")."""
        if not self._has("adoption_verbs", s):
            return False
        seen = 0
        for k in range(s + 1, min(chi, s + reach)):
            if self._is_date(k):
                continue
            if self._has("adopted_stances", k):
                return True
            seen += 1
            if not (self.cols.alpha[k] and self.cols.is_lower[k]) or self._has("joint_words", k) or seen > words:
                return False
        return False

    def _to_the_press(self, e: int, chi: int, reach: int = 3) -> bool:
        """Whether the clause after a verb of talking at ``e`` says whom to as the press,
        before its topic or a second verb: an audience preposition with a press word within a
        few words ("talks to reporters", "sprachen am Freitag in Moskau mit Journalisten";
        not "sprachen über Gewalt gegen Journalisten", "held talks and then spoke to reporters")."""
        hi = min(chi, len(self.cols.text))
        hi = next((k for k in range(e, hi) if self._has("list_joiners", k)
                   or self._has("topic_prepositions", k) and not (k + 1 < hi and self._is_date(k + 1))), hi)
        return any(self._has("audience_prepositions", k) and self._any("press_audiences", k + 1, min(k + reach, hi))
                   for k in range(e, hi))

    def _apposed_first(self, kind: str, s: int, sent, reach: int = 12) -> bool:
        """Whether the trigger at ``s`` ends an apposition that tells a record of an act of its
        ``kind`` the sentence named before: a comma, a determiner (or "als"), "first" and a
        person's word, then the trigger as an infinitive ("travelled to X, the first
        Brazilian leader to visit the place,") or in a relative clause (", als erster
        Staatschef, der den Ort besuchte,"): the act told again, not one more. Not "the
        first leg of a tour to visit ...", nor a record told after a verb no trigger found."""
        for k in range(max(sent.start + 1, s - reach), s - 2):
            if self.cols.text[k - 1] != "," or not self._has("record_firsts", k + 1) \
                    or not (self._has("determiners", k) or self._has("predicative_words", k)):
                continue
            if not any(self._kind_at.get(j) == kind for j in range(sent.start, k)) or not any(
                    j in self._role_starts or self._has("record_holders", j) for j in range(k + 2, s)):
                return False
            commas = [j for j in range(k + 1, s) if self._breaks[j]]
            if not commas:
                return self._infinitive_to(s - 1)
            return len(commas) == 1 and self._has("relative_pronouns", commas[0] + 1)
        return False

    def _accord_topic(self, s: int, lo: int, reach: int = 4) -> bool:
        """Whether the noun at ``s`` is a bare noun phrase (no article, no name) after a topic
        preposition after an accord's or talks' noun: a kind of act the accord is about, not
        one that took place."""
        k = next((k for k in range(s - 1, max(lo, s - reach) - 1, -1) if self._has("topic_prepositions", k)), None)
        if k is None or k - 1 < lo or self._kind_at.get(k - 1) not in ("Agreement", "Talks") \
                or not self._noun_at(k - 1):
            return False
        return not any(self.cols.ent[j] or self._has("determiners", j) for j in range(k + 1, s))

    def _attributive_participle(self, s: int, e: int, chi: int) -> bool:
        """Whether the one-word trigger at ``s`` is a participle between a definite article
        (and a count) and the noun it qualifies ("the 11 sanctioned individuals", "die
        sanktionierten Personen"): it names those an act concerns, no act of its own; nor
        does one after a word of ``standing_modifiers`` and before a place's preposition ("a
        destroyer forward deployed to Rota": where the ship is based; not "forward deployed
        a carrier group to ...")."""
        if s > 0 and self._has("standing_modifiers", s - 1) and e < len(self._lower) \
                and self._has("place_prepositions", e):
            return True
        if e != s + 1 or e >= chi or not self.cols.lower[s].endswith(tuple(self.lex.words.get("past_endings", ()))):
            return False
        j = s - 1
        if j > 0 and self.cols.text[j].isdigit():
            j -= 1
        noun = self.cols.title[e] and not self.cols.ent[e] if self.lex.lang == "de" \
            else self.cols.is_lower[e] and self.cols.alpha[e]
        return j >= 0 and self._has("definite_determiners", j) and noun

    def _announces_told(self, s: int, clo: int, reach: int = 3) -> bool:
        """Whether the announcement at ``s`` refers back to what the article told: a word
        after a definite article ("made the announcement", "the announced measures"), or a
        clause that opens with a pronoun of reference and an auxiliary ("Das hat X
        bekanntgegeben") or with a definite article, a few words that are no name and a
        passive auxiliary ("The moves were announced", "Die Militäraktion wurde ...
        angekündigt"; not "The government has announced ...": its own news)."""
        if s > clo and self._has("definite_determiners", s - 1):
            return True                  # "the announcement", "the announced sanctions"
        k = clo
        if k >= s or not (self._has("definite_determiners", k) or self._has("anaphoric_pronouns", k)):
            return False
        if self._has("anaphoric_pronouns", k):
            return k + 1 < s and self._has("finite_auxiliaries", k + 1)
        j = k + 1
        while j < min(s, k + 1 + reach) and not self.cols.ent[j] and self.cols.alpha[j] \
                and not self._has("finite_auxiliaries", j) and j not in self._demonym_tokens:
            j += 1
        return k + 1 < j < s and self._has("passive_finite_auxiliaries", j)

    def _overrun(self, k: int) -> bool:
        """Whether the cue of a plan at ``k`` follows a comparison ("earlier than planned",
        "länger als geplant") in a sentence told in the past (a past auxiliary or verb:
        "ended their talks earlier than planned", "haben ... früher als geplant beendet"):
        the plan was overrun, the act done; not "findet früher als geplant am Montag statt",
        still to come."""
        sent = self.cols.sent_of(k)
        return k > 0 and self._has("comparison_markers", k - 1) and any(
            self._has(name, j) for j in range(sent.start, sent.end) for name in ("past_auxiliaries", "doer_auxiliaries",
                                                                                  "past_tense_verbs"))

    def _crewed_only(self, kind: str, clo: int, s: int) -> bool:
        """Whether the subject of a trigger that needs people, in [clo, s), is only craft or
        troops ("warships and aircraft gathered", "aircraft of the air force arrived"): no
        person's ("Xi's plane arrived"), and for a visit no ship's, whose arrival is a port
        call ("the frigate arrived in Colombo for a port call")."""
        if "Person" in self.cols.ent[clo:s] or kind == "Visit" and self._any("ship_nouns", clo, s):
            return False
        return self._vehicle_in(clo, s) or self._any("troop_nouns", clo, s)

    def _signs_decree(self, s: int, e: int, clo: int, chi: int, reach: int = 4) -> bool:
        """Whether the verb of agreeing at [s, e) takes a decree, law or bill, or a paper one
        signs that is no accord (a letter, a visitors' book: ``signed_papers``), as its
        object: such a noun a few words after it, or in German before it or after it in its
        clause before any accord noun ("unterzeichnete am Montag in Paris das Gästebuch")."""
        after = range(e, min(chi, e + reach))
        before = range(max(clo, s - reach), s) if self.lex.lang == "de" else ()
        if self.lex.lang == "de":
            after = range(e, next((k for k in range(e, chi) if self._accord_noun(k)), chi))
        return any(self._has("decree_nouns", k) or self._has("signed_papers", k) and not (   # not "a letter
            k + 1 < len(self._lower) and self._has("genitive_links", k + 1)) for k in (*after, *before))   # of intent"

    def _talked_of(self, s: int, clo: int, reach: int = 3, gap: int = 6) -> bool:
        """Whether the act noun at ``s`` follows a topic preposition that follows talks or a
        call, within a few words each ("sprachen bei ihrem Gespräch über neue Sanktionen",
        "talks on new sanctions against X"): what was talked about."""
        p = next((k for k in range(s - 1, max(clo, s - reach) - 1, -1) if self._has("topic_prepositions", k)), None)
        return p is not None and any(self._kind_at.get(k) in GATHERINGS | {"PhoneCall"} for k in range(max(clo, p - gap), p))

    def _ruled_out(self, clo: int, chi: int) -> bool:
        """Whether the clause [clo, chi) rules its act out with a separable verb whose particle
        ends it ("Iran schloss einen Ausstieg aus dem Abkommen aus", "schließt ... aus"): the
        lexicon's ``ruling_out_verbs`` and ``ruling_out_particles``."""
        last = next((k for k in range(min(chi, len(self.cols.text)) - 1, clo - 1, -1) if self.cols.alpha[k]), None)
        if last is None or not self._has("ruling_out_particles", last):
            return False
        verb = next((k for k in range(last - 1, clo - 1, -1) if self._has("ruling_out_verbs", k)), None)
        return verb is not None and not self._any("list_joiners", verb + 1, last)   # not "schloss X und setzte Y aus"

    def _relative_after(self, e: int, chi: int, reach: int = 8) -> bool:
        """Whether a comma and a relative pronoun follow the trigger ending at ``e`` within
        ``reach`` words ("um einen Gipfel zwischen X und Y, der am Dienstag stattfand"): the
        clause tells the gathering itself."""
        return any(self.cols.text[k] == "," and self._has("relative_pronouns", k + 1)
                   for k in range(e, min(e + reach, len(self.cols.text) - 1)))

    def _accord_left(self, s: int, clo: int, chi: int, reach: int = 5) -> bool:
        """Whether the accord noun at ``s`` is one a party leaves or ends: a word of
        ``accord_exit_words`` shortly before it ("withdrew from the agreement", "Ausstieg aus
        der Vereinbarung") or, in German, ending its clause ("das Abkommen ... zu kündigen");
        not "kündigte ein Abkommen an" (announced)."""
        last = next((k for k in range(chi - 1, s, -1) if not self.cols.punct[k]), s)
        if self.lex.lang == "de" and self._has("announcement_particles", last):
            return False
        return self._any("accord_exit_words", max(clo, s - reach), s) \
            or self.lex.lang == "de" and last > s and self._has("accord_exit_words", last)

    def _universal_before(self, s: int, clo: int, reach: int = 4) -> bool:
        """Whether a universal determiner stands before the noun at ``s``, maybe past names
        ("every visit", "every NATO summit", "an jedem Nato-Gipfel"), or before a period in
        its clause ("every year they meet", "jeden Sommer treffen sich"): no one occurrence."""
        k, names = s - 1, 0
        while k > clo and names < reach and (self.cols.ent[k] or self.cols.text[k] == "-"):
            names += not self.cols.ent[k - 1]        # a name of several words counts once
            k -= 1
        return self._has("universal_determiners", k) and self._noun_at(s) or any(   # not "would each expel";
            self._has("universal_determiners", j) and self._has("recurrence_nouns", j + 1)   # "every year",
            and not (j > 0 and self._has("comparative_openers", j - 1)) for j in range(clo, s - 1))   # "jeden
                                                                 # Sommer"; not "wie jeden Sommer ... am Montag"
