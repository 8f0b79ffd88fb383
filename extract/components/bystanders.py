"""Names in an event's window that take no part in it: what an act is near or flies over,
who holds a place or is angered, who observes, who did what another noun names ("the
invasion ordered by X"), who judges a test another state owns ("called North Korea's nuclear
test unforgivable").

Not a pipeline component: :class:`Bystanders` is mixed into the event finder with
:class:`~diplograph.extract.components.actors.ActorCollection`, which asks it; the finder
provides the doc's columns (``self.cols``), its entities, role tokens and word lists.
"""
from __future__ import annotations

import re

__all__ = ["Bystanders"]

#: an inflected German past participle ("befohlenen", "angeordnete", "verhängten"), not "weitere"
_DE_PARTICIPLE = re.compile(r"(?:\w*ge\w+|be\w+|ver\w+|er\w+|ent\w+|zer\w+|\w+ier)(?:t|en)(?:e|en|em|er|es)")


class Bystanders:
    """Tests of a name in an event's window that make it neither party nor place."""

    def _criticised_sites(self, e: int, hi: int) -> set:
        """The tokens of the countries an act protested after the protest's trigger (ending
        at ``e``) is sent to or held in, up to ``hi`` ("condemn the deployment of Brazilian
        troops to Bolivia", "verurteilen die Stationierung ... in Bolivien"): where, not who."""
        acts = [t for t in self._trigger_starts if e <= t < hi]
        return {k for ent in self._overlapping(min(acts), hi) if ent.label_ == "Country"
                and ent.start > 0 and (self._has("destination_prepositions", ent.start - 1)
                                       or self._has("host_prepositions", ent.start - 1))
                for k in range(ent.start, ent.end)} if acts else set()

    def _observer(self, k: int) -> bool:
        """Whether the name ending before token ``k`` is called an observer right after it,
        or after one verb ("Mexiko als Beobachter", "with Mexico joining as an observer")."""
        if k < len(self._lower) and self.cols.is_lower[k] and self.cols.alpha[k] and not self._cue_at(k, "observer_phrases"):
            k += 1
        return k < len(self._lower) and self._cue_at(k, "observer_phrases")

    def _landmark(self, k: int) -> bool:
        """Whether the name at token ``k`` only says where something is: a landmark word
        ends right before it, or before its determiner ("near Japan", "off the coast of
        Japan", "in der Nähe Japans", "nahe der Ukraine")."""
        j = k - 1
        if j >= 0 and self._has("determiners", j):
            j -= 1
        if j < 0:
            return False
        if self._claimed_place(k, j):
            return True
        if self._has("list_joiners", j) and self.cols.alpha[j] and j > 0 and self.cols.ent[j - 1]:
            first = j - 1                        # "off the coast of Japan and Taiwan": both
            while first > 0 and self.cols.ent[first - 1] == self.cols.ent[j - 1]:
                first -= 1
            return self._landmark(first)
        words, phrases, _ = self.lex.cues("landmark_words")
        return self._lower[j] in words or any(
            self._lower[max(0, j - len(p) + 1):j + 1] == p for p in (ph.split() for ph in phrases))

    def _overflown(self, ent) -> bool:
        """Whether the country ``ent`` is what a missile or plane flew over: the object of a
        verb of overflight ("overflew Japan", "hat Japan überflogen")."""
        k = ent.start - 1                        # "overflew Japan", "überflog Japan"
        if k > 0 and self._has("determiners", k):
            k -= 1
        return k >= 0 and self._has("overflight_verbs", k) \
            or self.lex.lang == "de" and ent.end < len(self._lower) and self._has("overflight_verbs", ent.end)

    def _agent_of_other(self, ev, ent) -> bool:
        """Whether the person ``ent`` is the agent of a participle describing a noun other
        than the event's trigger: "the war ordered by President X", "der vom Präsidenten X
        befohlene Krieg" (X is no party of the sanctions the sentence tells of), "an envoy
        sent by X", "der von X entsandte Gesandte"."""
        cols = self.cols
        if ent.label_ != "Person":
            return False
        j = ent.start - 1                       # back over role words and adjectives to "by"/"von"
        while j > 0 and ent.start - j <= 4 and not self._has("passive_agents", j) and (
                j in self._role_tokens or j in self._demonym_tokens or cols.is_lower[j] and cols.alpha[j]):
            j -= 1
        if j < 1 or not self._has("passive_agents", j):
            return False
        if self.lex.lang == "de":               # "von", the name, participle, noun
            part, head = ent.end, ent.end + 1
            if head >= len(cols.lower) or not (cols.is_lower[part] and cols.alpha[part]) \
                    or not cols.title[head] or cols.ent[head] or len(cols.lower[part]) < 7 \
                    or not _DE_PARTICIPLE.fullmatch(cols.lower[part]):
                return False
        else:                                   # noun, participle, "by", the name
            part, head = j - 1, j - 2
            if head < 0 or not (cols.lower[part].endswith("ed") or self._has("sending_participles", part)
                                and self._has("delegation_nouns", head)) \
                    or not (cols.is_lower[head] and cols.alpha[head]) \
                    or self._has("copula_verbs", head) or self._has("passive_auxiliaries", head):
                return False
        told = range(*ev.trigger)               # "the declaration signed by X": X signed
        return head not in told and part not in told and not (
            self._has("delegation_nouns", head) and not self._has("sending_participles", part))
        # "a delegation led by X": X leads who takes part; "an envoy sent by X": X stays home

    def _claimed_place(self, k: int, j: int) -> bool:
        """Whether the name at ``k`` is the agent of a participle describing a place:
        "the islands claimed by Japan", "auf den von China beanspruchten Riffen"."""
        cols = self.cols
        if cols.lower[j] == "by":               # place noun, participle, "by", the name
            return j >= 2 and cols.is_lower[j - 1] and cols.lower[j - 1].endswith("ed") \
                and self._has("place_nouns", j - 2)
        if cols.lower[j] != "von":              # "von", the name, participle, place noun
            return False
        end = cols.name_end(k)
        return end + 1 < len(cols.ent) and cols.is_lower[end] and cols.lower[end].endswith("en") \
            and self._has("place_nouns", end + 1)

    def _affected(self, ent) -> bool:
        """Whether the entity is whom the event angers or alarms ("das Manöver ärgert Kanada",
        "hat Ottawa verärgert", "drills that alarmed Canada"): neither party nor place."""
        j = ent.start - 1
        while j >= 0 and self._has("determiners", j):
            j -= 1
        if j >= 0 and self._has("affect_verbs", j):      # its object, not "was alarmed Russia ..."
            return not (j > 0 and (self._has("finite_auxiliaries", j - 1) or self._has("passive_auxiliaries", j - 1)))
        k = ent.end                                         # "hat Ottawa verärgert": a participle
        return self.lex.lang == "de" and k + 1 < len(self._lower) and self._has("affect_verbs", k) \
            and self.cols.punct[k + 1]                      # that ends the clause

    def _victim(self, ent) -> bool:
        """Whether the person ``ent`` is whom a crime or an arrest was done to ("the murder of
        X", "the poisoning of X", "der Mord an X", "die Vergiftung des Kremlkritikers X"): what
        the act answers, no party to it."""
        if ent.label_ != "Person":
            return False
        j = ent.start - 1
        while j >= 0 and ent.start - j <= 4 and self.cols.alpha[j] and self.cols.ent[j] != "Person" \
                and not self._has("victim_links", j) and not self._has("victim_nouns", j):
            j -= 1                       # "des Kremlkritikers", "of former Russian spy",
                                         # "of Hamas leader"
        if j >= 0 and self._has("victim_links", j):
            j -= 1
        return j >= 0 and self._has("victim_nouns", j)

    def _holder(self, ent) -> bool:
        """Whether the entity only says who holds what follows ("the Ottawa-held islands",
        "die von Moskau kontrollierten Inseln"): neither a party nor the place of an event."""
        k = ent.end + 1 if ent.end < len(self._lower) and self.cols.text[ent.end] == "-" else ent.end
        if self.lex.lang == "de" and k < len(self._lower) and not self._has("possession_participles", k):
            k = self._names_until(k)     # "die von Japan und China beanspruchten Inseln"
        if k >= len(self._lower) or not self._has("possession_participles", k):
            return self._held_by(ent.start)
        j = self._list_start(ent.start, 0)
        return k == ent.end + 1 and self.cols.text[ent.end] == "-" or self.lex.lang == "de" and j > 0 \
            and self._has("holder_prepositions", j - 1)

    def _names_until(self, k: int) -> int:
        """The token after the list of names that goes on at ``k`` ("Japan | und China beanspruchte")."""
        while k + 1 < len(self._lower) and (self._has("list_joiners", k) or self.cols.text[k] == ",") and self.cols.ent[k + 1]:
            k = self.cols.name_end(k + 1)
        return k

    def _held_by(self, start: int) -> bool:
        """Whether the entity at ``start`` follows a participle of holding and its preposition,
        perhaps as a later member of a list ("islands controlled by X and claimed by Y",
        "claimed by both X and Y", "disputed with Y")."""
        j = start - 1
        while j > 0 and (self.cols.ent[j] or self._has("list_joiners", j) or self._has("both_words", j)):
            j -= 1
        return j > 0 and self._has("holder_prepositions", j) and self._has("possession_participles", j - 1)

    def _question_of(self, ev, end: int) -> bool:
        """Whether the name or demonym ending before token ``end`` names what an issue is
        about ("die Nordkorea-Frage", "the Ukraine issue", "North Korean issues"): a topic,
        neither party nor place (but a war's country takes part in it)."""
        compound = end < len(self._lower) and self.cols.text[end] == "-"
        k = end + 1 if compound else end
        if ev.kind == "Conflict" or k >= len(self._lower) or not self._has("question_nouns", k):
            return False
        start = next((e.start for e in self._overlapping(end - 1, end) if e.end == end), end - 1)
        return compound or start > 0 and (self._has("determiners", start - 1) or start - 1 in self._demonym_tokens
                                          or bool(self.cols.ent[start - 1]))   # "the Ukraine issue", not
                                                                                # "Russia issues a protest"

    def _clock_zone(self, k: int, reach: int = 4) -> bool:
        """Whether token ``k`` is a word of a clock's zone ("7:23 a.m. Japan time", "um 7 Uhr
        japanischer Zeit"; the lexicon's ``clock_words``) with a clock a few words before it
        (not "China Zeit geben")."""
        if k >= len(self._lower) or not self._has("clock_words", k):
            return False
        return any(self._has("clock_cues", j) or any(ch.isdigit() for ch in self.cols.text[j])
                   for j in range(max(0, k - reach), k))

    def _decision_outsiders(self, s: int, sent, reach: int = 12) -> set:
        """The tokens before a decision noun whose owner takes the act at ``s`` ("NATO
        regrets Russia's decision to suspend ...", "Die Nato bedauerte die Entscheidung
        Russlands, ... auszusetzen"): who judges the decision takes no part in the act. Empty
        when no owned decision noun stands within ``reach`` words before the trigger."""
        for d in range(s - 1, max(sent.start, s - reach) - 1, -1):
            if not self._has("decision_nouns", d):
                continue
            if self.lex.lang == "en" and d + 1 < s and self._infinitive_to(d + 1) and d > sent.start + 1 \
                    and self.cols.text[d - 1] in ("'s", "’s") and self.cols.ent[d - 2]:
                owner = self._overlapping(d - 2, d - 1)
                return self._outside_owner(sent.start, owner[0], self._list_start(owner[0].start, sent.start)) \
                    if owner else set()
            if self.lex.lang == "de" and d + 1 < s and self.cols.ent[d + 1] and (
                    self.cols.text[s - 1] == "zu" or self._zu_infinitive(s) or "," in self.cols.text[d + 1:s]):
                owner = self._overlapping(d + 1, d + 2)
                return self._outside_owner(sent.start, owner[0], d) if owner else set()
            return set()
        return set()

    def _owned_test(self, ev, s: int, e: int) -> None:
        """A test named with its owner ("den nordkoreanischen Atomtest", "North Korea's
        nuclear test", "den Atomtest Nordkoreas") is the owner's alone: who judges, condemns
        or reports it in the sentence takes no part; "the test" named before brings no
        people of its own ("sollte sich der Atomtest als wahr herausstellen")."""
        owner = self._demonym_at.get(s - 1) or self._demonym_at.get(s - 2)
        if owner is None and s >= 2 and self.cols.text[s - 1] in ("'s", "’s"):
            owner = next((ent.ent_id_ for ent in self._overlapping(s - 2, s - 1) if ent.ent_id_), None)
        if owner is None and e < len(self.cols.text):
            owner = next((ent.ent_id_ for ent in self._overlapping(e, e + 1)
                          if ent.start == e and ent.label_ == "Country" and ent.ent_id_), None)
        if owner is not None:
            ev.actors, ev.described, ev.referred, ev.group = [owner], [], [], False
        elif ev.definite:
            ev.actors = [a for a in ev.actors if isinstance(a, str) and self.kb.is_country(a)]
            ev.described, ev.referred = [], []

    def _outside_owner(self, lo: int, owner, hi: int) -> set:
        """The tokens [lo, hi) before the owner's name(s), but those of people not known to
        serve another state ("Putin announced Moscow's decision to suspend ...", "Lavrov
        announced the Kremlin's decision": they act for it; "Blinken called ..." does not)."""
        state = self.capital_of.get(owner.ent_id_) or self.kb.country_slug(owner.ent_id_) \
            or (owner.ent_id_ if self.kb.is_country(owner.ent_id_) else None)
        own = {k for ent in self._overlapping(lo, hi) if ent.label_ == "Person" and (
            state is None or not ent.ent_id_ or self.kb.country_slug(ent.ent_id_) in (None, state))
            for k in range(ent.start, ent.end)}
        return set(range(lo, hi)) - own

    def _list_start(self, k: int, lo: int) -> int:
        """Where the list of names that ends with the one starting at token ``k`` starts
        ("Japan and South Korea's decision": at Japan)."""
        j = k
        while j - 1 > lo and (self.cols.text[j - 1] == "," or self._has("list_joiners", j - 1)) and self.cols.ent[j - 2]:
            j = self._overlapping(j - 2, j - 1)[0].start
        return j

    def _norm_owner(self, ent) -> bool:
        """Whether ``ent`` only owns a norm an act is measured by ("violate a U.N. Security
        Council resolution", "gegen Resolutionen des UN-Sicherheitsrates", "Verletzung von
        UN-Resolutionen"): a norm noun right after it (or its hyphen), or before it with a
        genitive article; no party."""
        k = ent.end + (ent.end < len(self._lower) and self.cols.text[ent.end] in ("'s", "’s", "-"))
        while k < len(self._lower) and self.cols.ent[k] == "Organization":
            k += 1                       # "U.N. Security Council resolution": the body's; "UN-Resolutionen"
        if k < len(self._lower) and self._has("norm_nouns", k):
            return True
        j = ent.start - 1
        return j > 0 and self._has("genitive_articles", j) and self._has("norm_nouns", j - 1)

    def _news_source(self, k: int, meeting: bool = False) -> bool:
        """Whether the name at token ``k`` says where the news came from, after a source noun
        and its preposition ("nach Angaben aus Berlin", "sources in Ottawa"): neither the
        event's place nor a party; of a ``meeting`` of others also after a genitive article
        ("Nach Angaben der Bundesregierung traf X Y"; a state that reports an act done to it,
        "nach Angaben des südkoreanischen Ministeriums", stays its party)."""
        return k > 1 and self._has("source_nouns", k - 2) and (self._has("source_prepositions", k - 1)
                                                             or meeting and self._has("genitive_articles", k - 1))

    def _reacting(self, ev, ent, reach: int = 3) -> bool:
        """Whether ``ent`` is who reacts to the event ("drew sharp rebukes from China and South
        Korea", "stieß auf Kritik aus China", "protests from Beijing", "infuriated China"): a
        reaction noun a few words before the preposition that heads the names, or a verb of
        angering right before them; no party or place of the event (unless the reaction
        noun is its trigger: "protests from China" is China's protest)."""
        j = ent.start - 1                # back over names, joining words and articles, not commas
        while j > 0 and (self.cols.ent[j] or self._has("determiners", j)
                         or self.cols.alpha[j] and self._has("list_joiners", j)):
            j -= 1
        if j >= 0 and self._has("angering_verbs", j) and not ev.trigger[0] <= j < ev.trigger[1]:
            return True                  # "Abe's visit infuriated China and South Korea"
        if j >= 0 and self._has("reaction_nouns", j) and (j + 1 < ent.start and self._has("genitive_articles", j + 1)
                                                          or j + 1 == ent.start and self._genitive_name(ent)):
            return not ev.trigger[0] <= j < ev.trigger[1]    # "begleitet von Kritik der Nato", "Drohungen Chinas"
        if j < 1 or not self._has("reaction_prepositions", j):
            return False
        for k in range(j - 1, max(-1, j - 1 - reach), -1):
            if self._has("reaction_nouns", k):
                return not ev.trigger[0] <= k < ev.trigger[1]
            if not (self.cols.is_lower[k] and self.cols.alpha[k] or self._has("determiners", k)):
                return False
        return False

    def _genitive_name(self, ent) -> bool:
        """Whether the German name ``ent`` is in the genitive ("Chinas", "Pekings"): its last
        word is a name the knowledge base knows with an "s" added."""
        if self.lex.lang != "de" or not self.cols.text[ent.end - 1].endswith("s") or not ent.ent_id_:
            return False
        known = self.kb.by_slug(ent.ent_id_)
        return known is not None and self.cols.text[ent.end - 1][:-1] in {n.split()[-1] for n in known.names("de")}

    def _discussed_objects(self, lo: int, hi: int, reach: int = 12) -> set:
        """The names a verb of discussing takes as its object in [lo, hi) ("discussed Syria
        and Iran during talks in Paris", "erörterten am Montag Syrien und den Iran"): what was
        talked about, no party of the talks a noun of the clause names. The object runs over
        names, demonyms, articles, possessive endings, dates, list joiners and the commas
        between names; a preposition ("discussed with X") ends it."""
        out = set()
        for v in range(lo, hi):
            if not self._has("topic_verbs", v):
                continue
            k = v + 1
            while k < min(hi, v + reach) and (self.cols.ent[k] or k in self._demonym_tokens or self._is_date(k)
                                              or self._has("determiners", k) or self._has("genitive_endings", k)
                                              or self._has("list_joiners", k) and self.cols.alpha[k]
                                              or self.cols.text[k] == "," and k + 1 < hi and self.cols.ent[k + 1]):
                if self.cols.ent[k] and not self._is_date(k):
                    out.add(k)
                k += 1
        return out
