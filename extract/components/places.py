"""Where an event took place: the place rules of the event component.

Not a pipeline component: :class:`EventPlaces` is mixed into the event finder beside
:class:`~diplograph.extract.components.actors.ActorCollection`, which asks it whether a
name is the event's place rather than a party, and provides the doc's columns
(``self.cols``), its entities (``self._ents``, ``self._overlapping``) and the word lists
(``self.lex``, ``self._has``).
"""
from __future__ import annotations

from bisect import bisect_right

from diplograph.extract.components.capitals import CapitalPlaces
from diplograph.extract.components.columns import within
from diplograph.extract.components.locatives import PASSING
from diplograph.extract.components.topics import GATHERINGS

#: kinds a country can host: "talks in Canada", "signed an agreement in Canada"
_HOSTED = GATHERINGS | {"Visit", "Agreement"}
#: measures a state takes, which a capital named before their noun takes as its country's
_STATE_MEASURES = frozenset({"Sanction", "EntryBan", "Expulsion", "Protest", "Suspension"})
_FROM_SITE = frozenset({"Expulsion", "MissileLaunch"})    # "from X" is where: the envoy's post, the launch site


class EventPlaces(CapitalPlaces):
    """The place of an event mention: named before its noun, after a locative
    preposition, in a predicate or aside on it, or by a relative adverb."""

    def _place_or_party(self, doc, ev, ent, ref, located: bool, clause, hi: int):
        """What the name ``ent`` (key ``ref``) in an event's window is: None when it is a
        place (taken as the event's place when the trigger's clause ties it to the event),
        else the party it stands for (a capital not after a locative preposition stands
        for its country: "Tokyo imposed sanctions")."""
        if ent.start > 1 and self._has("bearing_links", ent.start - 1) and self._has("bearing_words", ent.start - 2) \
                and (ent.label_ != "Place" or not self._bearing_from(ent.start - 2)) \
                or ent.label_ == "Country" and self.cols.dateline_place(ent.start, ent.end):
            return None                  # "a strait north of Canada", "SINGAPORE --": neither party nor
                                         # place ("drills east of Gotland" are there: :meth:`_located`)
        if ev.kind in GATHERINGS | {"Visit", "PhoneCall"} and ent.start > 1 and self._has("offshore_links", ent.start - 1) \
                and self._has("place_nouns", ent.start - 2):
            return None                  # "to discuss the islands off Hokkaido": where they lie
        if ent.label_ == "Place" and ent.ent_id_ in self.capital_of and (owned := self._possessed(doc, ent)) \
                and not (self.lex.lang == "en" and (self.cols.title[owned] or self._has("place_nouns", owned))
                         or ent.start > 0 and self._has("place_prepositions", ent.start - 1)
                         and not self._any("possessed_stances", owned, min(owned + 2, len(doc)))):
            return self.capital_of[ent.ent_id_]     # "Tokyo's export curbs", "in Washington's ties
                                                    # with X", "in Washingtons Beziehungen": its
                                                    # government's; not "Tokyo's Haneda airport",
                                                    # "in Berlin's summit hall"
        if ent.label_ == "Place" and self.lex.lang == "en" and ent.end < len(doc) and self.cols.is_lower[ent.end] \
                and self._has("place_topic_heads", ent.end) and not (ent.end + 1 < len(doc) and (
                    self._has("place_nouns", ent.end + 1) or self._has("area_nouns", ent.end + 1))):
            return None                  # "to address Korean Peninsula issues": a topic, not where;
                                         # not "in the East China Sea security zone"
        if ent.label_ == "Place" and (site := self._site_of(ev)) is not None and site.start == ent.start:
            return None                              # "Ottawa, the site of Wednesday's meeting,": its
                                                     # place (:meth:`_place_in_front`), no party
        if ent.label_ == "Country":
            return self._country_place(ev, ent, ref, located, clause)
        if ev.kind == "Visit" and ent.label_ == "Place" and ev.place is None and self._visited(ev, ent):
            ev.place, ev.venue = ref, True           # "besuchte Tokio", "visited Tokyo"
            return None
        if self._measure_of_capital(ev, ent) and self._noun_trigger(doc, ev) and self._named_before(ent, ev):
            return self.capital_of[ent.ent_id_]      # "Ottawa sanctions": the state's measure
        if ent.label_ == "Place" and ev.place is None and self._noun_trigger(doc, ev) and self._named_before(ent, ev):
            ev.place = ref                           # "the Vilnius summit", "Tokio-Gipfel"
            return None
        nxt = ent.end + 1 if ent.end < len(doc) and self.cols.text[ent.end] == "-" else ent.end
        before_event = nxt in self._trigger_starts and nxt < len(doc) and (
            self.cols.title[nxt] if self.lex.lang == "de" else self._has("event_nouns", nxt))
        if ent.label_ == "Place" and ent.ent_id_ in self.capital_of and not located \
                and not before_event and not self.cols.dateline_place(ent.start, ent.end) \
                and not (nxt + 1 < len(doc) and self.cols.text[nxt] in ("(", ",")
                         and self.cols.ent[nxt + 1] == "Country"):
            return self.capital_of[ent.ent_id_]     # "the Vilnius summit", "MADRID --"; "Tokyo
                                                    # imposed sanctions": metonymy; not "Hanoi
                                                    # (Vietnam)", "Tokyo, Japan --": a place
        if ent.label_ == "Place":
            of_body = ent.start > 1 and self.cols.ent[ent.start - 2] == "Organization" \
                and not self._occasion(ent.start - 2) \
                and not self._body_of(ev, ent.start - 2)   # "on the sidelines of the G20 in Osaka",
                                                            # "the summit of the G20 in Osaka"
            compound = nxt != ent.end and nxt < hi - 1 and self._has("place_nouns", nxt) \
                and bool(self.cols.ent[nxt + 1])     # "Ostsee-Exklave Kaliningrad", not "Kurilen-Inseln"
            compound = compound or nxt != ent.end and nxt < len(doc) and nxt not in self._trigger_starts \
                and self.cols.alpha[nxt] and not self._has("place_nouns", nxt)   # "die Kurilen-Frage": a topic
            named = before_event and ev.kind in GATHERINGS and self._regional(ent) \
                or self._place_of_other(ent, ev)   # "at the Asia-Pacific summit in Lima"; "the
                                                   # meeting in Lyon and ... their summit"
            if (ev.place is None or self.kb.is_country(ev.place)) and located and not compound \
                    and not (ev.kind not in _FROM_SITE and self._origin(ent.start)) \
                    and not self._other_clause(ev, ent) and clause[0] <= ent.start < clause[1] \
                    and not of_body and not named and (city := self._city_in(ent)) != "" \
                    and (ev.place is None or self.kb.contains(ev.place, city or ref)):
                ev.place = city or ref       # not "das Außenministerium in Moskau"; "in Canada,
                                             # in Ottawa": the city
                ev.venue = ev.venue or self._after_its_noun(doc, ev, ent)
            return None
        if ent.ent_id_ in self.venues and located:
            if ev.place is None and clause[0] <= ent.start < clause[1]:
                ev.place = self.venues[ent.ent_id_]  # "talks at the Kremlin": a place there,
            return None                              # not the presidency taking part
        return ref

    def _possessed(self, doc, ent) -> int | None:
        """Where the word a name in the possessive owns starts ("Tokyo's export curbs",
        "Washingtons Beziehungen": a German genitive no KB name spells), else None."""
        k = ent.end
        if k + 1 < len(doc) and self.cols.text[k] in ("'s", "’s"):
            return k + 1
        text = self.cols.text[ent.end - 1]
        known = self.kb.by_slug(ent.ent_id_)
        genitive = self.lex.lang == "de" and ent.end - ent.start == 1 and text.endswith("s") and known is not None \
            and text not in known.names("de") and text[:-1] in known.names("de")
        return k if genitive and k < len(doc) and self.cols.alpha[k] else None

    def _after_its_noun(self, doc, ev, ent) -> bool:
        """Whether the place ``ent`` follows the event's noun in a phrase of its own ("the
        summit in Geneva", "der Gipfel im schweizerischen Genf"): the noun's own venue, which a
        later mention of an event told before keeps."""
        k = ev.trigger[1]
        if not self._noun_trigger(doc, ev) or k >= ent.start or not self._has("place_prepositions", k):
            return False
        between = range(k + 1, ent.start)
        return len(between) <= 2 and all(self._has("determiners", j) or j in self._demonym_tokens
                                         or self.lex.lang == "de" and self.cols.is_lower[j] and self.cols.alpha[j]
                                         for j in between)

    def _country_place(self, ev, ent, ref, located: bool, clause):
        """A country "in" which a gathering or visit is held is its place ("talks in
        Canada", "traf ihn in Kanada"; a city-state too); a country hosting a meeting of
        others takes no part in it, one a visit goes to does. Else the country is a party."""
        if self._possessor_of_place(ent) or located and ev.kind != "Visit" and self._country_of_place_before(ent) \
                or self._pair_compound(ent):
            return None                              # "in Japan's Osaka", "in Manila auf den
                                                     # Philippinen": where the city is; "in India-China ties"
        if ev.kind == "Visit" and ev.place is None and self._visited(ev, ent):
            ev.place, ev.venue = ref, True           # "visited Canada", "Besuch in Kanada"
            return ref
        if ev.kind == "Visit" and ent.start >= ev.trigger[1] and self._visit_from(ev, ent):
            return None                              # "arrived from Canada": neither place nor party
        if ev.kind == "Deployment" and located and clause[0] <= ent.start < clause[1] and not self._origin(ent.start):
            if self._hosted_in(ent.start) or self._has("destination_prepositions", ent.start - 1):
                ev.place = ev.place or ref           # "sent troops to Latvia", "nach Lettland":
            return None                              # where they go; "near Japan": not who
        if ev.kind in PASSING and located and clause[0] <= ent.start < clause[1]:
            if self._hosted_in(ent.start):
                lo, hi = sorted((ent.start, ev.trigger[0]))
                if ev.place is None and not any(k in self._trigger_starts for k in range(lo + 1, hi)):
                    ev.place = ref                   # "drills in Belarus": there, and the host's
                return ref                           # (not "the visit in Japan follows drills ...")
            return None                              # "Fregatten fuhren vor Kanada", "drills near
                                                     # Canada": where, not who
        if ev.kind not in _HOSTED or not located or not self._hosted_in(ent.start):
            return ref
        if self._other_clause(ev, ent) or not clause[0] <= ent.start < clause[1] or self._place_of_other(ent, ev):
            return None                              # "meeting in Singapore, they agreed to
                                                     # resume talks", "build on their summit in
                                                     # Singapore": another act's place
        if ev.place is None:
            ev.place = ref
        return ref if ev.kind == "Visit" else None

    def _measure_of_capital(self, ev, ent) -> bool:
        """Whether ``ent`` is a capital and ``ev`` a measure a state takes, so that the
        capital named before its noun stands for the state ("Ottawa sanctions")."""
        return ev.kind in _STATE_MEASURES and ent.ent_id_ in self.capital_of

    def _possessor_of_place(self, ent) -> bool:
        """Whether the country ``ent`` owns the place named right after it ("Japan's Osaka")."""
        k = ent.end
        return k + 1 < len(self.cols.ent) and self.cols.text[k] in ("'s", "’s") and self.cols.ent[k + 1] == "Place"

    def _country_of_place_before(self, ent) -> bool:
        """Whether the country ``ent`` holds the place named right before it, after a comma,
        a bracket or a locative preposition and its article ("in Manila, Philippines", "in
        Lima (Peru)", "in Manila auf den Philippinen", "in Bangkok in Thailand"): it says
        where that place lies."""
        j = ent.start - 1
        if j > 0 and self._has("determiners", j):
            j -= 1
        if j < 1 or not (self.cols.text[j] in (",", "(") or self._has("place_prepositions", j)):
            return False
        before = self._overlapping(j - 1, j)
        return bool(before) and before[0].label_ == "Place" and bool(before[0].ent_id_) and bool(ent.ent_id_) \
            and self.kb.contains(ent.ent_id_, before[0].ent_id_)

    def _hosted_in(self, k: int) -> bool:
        """Whether a host preposition ("in") heads the name at token ``k``, after at most a
        determiner, and follows no word that makes the name someone's post or office ("the
        ambassador in Canada", "die Regierung in Ottawa")."""
        j = k - 1
        if j > 0 and self._has("determiners", j):
            j -= 1
        return j > 0 and self._has("host_prepositions", j) and j - 1 not in self._role_tokens \
            and not any(self._has(name, j - 1) for name in ("target_nouns", "government_nouns"))

    def _other_clause(self, ev, ent) -> bool:
        """Whether a subordinator stands between the trigger and the later name ``ent``."""
        return ev.trigger[1] <= ent.start and self._any("subordinators", ev.trigger[1], ent.start)

    def _origin(self, k: int) -> bool:
        """Whether an origin preposition heads the place starting at token ``k`` ("on the
        flight back from Jakarta", "auf dem Heimflug aus Jakarta"): where someone came from,
        not where the event was (but where diplomats are expelled from)."""
        j = k - 1
        while j > 0 and self._has("determiners", j):
            j -= 1
        return j >= 0 and self._has("departure_prepositions", j)

    def _place_in_front(self, doc, ev, ents) -> None:
        """The place named in front of a noun trigger, when the window of its actors began
        after it (a phrase such as "between X and Y" bound them)."""
        if ev.place is None and (site := self._site_of(ev)) is not None:
            ev.place, ev.venue = site.ent_id_ or (site.start, site.end), True   # "Ottawa, Schauplatz des Treffens"
        k = ev.trigger[0] - 1
        while ev.place is None and k >= 0 and ev.trigger[0] - k <= 3:
            ent = ents.get(k)
            if ent is not None and ent.label_ == "Place" and self._noun_trigger(doc, ev) \
                    and self._named_before(ent, ev) and not self._measure_of_capital(ev, ent):
                ev.place = ent.ent_id_ or (ent.start, ent.end)
            k -= 1

    def _named_before(self, ent, ev) -> bool:
        """Whether the place ``ent`` is named in front of a noun trigger: "the Vilnius
        summit", "Tokio-Gipfel", "the Tokyo-hosted talks"; not a place within no country
        (a sea, a continent, a region of several), which names a summit, not its venue
        ("the Asia-Pacific summit", "Ostsee-Gipfel"; "Ostsee-Manöver" is held there)."""
        start, text = ev.trigger[0], self.cols.text
        if ev.kind in GATHERINGS and self._regional(ent):
            return False
        if ent.end == start and self._noun_span(start, start + 1) or ent.end + 1 == start and text[ent.end] == "-":
            return True                  # not "Botschaft in Peking übermittelte ... Protest": a verb
        body = self._overlapping(ent.end, ent.end + 1)     # "the Hiroshima G7 summit"
        if ev.kind in GATHERINGS and body and body[0].start == ent.end and body[0].end == start \
                and body[0].label_ == "Organization":
            return True
        return ent.end + 2 == start and text[ent.end] == "-" and self._has("hosting_participles", ent.end + 1)

    def _place_of_other(self, ent, ev) -> bool:
        """Whether the place ``ent`` is another gathering noun's, named right after it ("the
        meeting in Lyon", "das Treffen in Lyon"; a determiner may stand between)."""
        k = ent.start - 1
        if k > 0 and self._has("determiners", k):
            k -= 1
        if k < 1 or not self._has("place_prepositions", k):
            return False
        other = self._gathering_ends.get(k)
        return other is not None and other != ev.trigger[0] and (
            self.lex.lang == "de" and self.cols.title[k - 1] or self._has("event_nouns", k - 1)) \
            and not self._any("occasion_heads", max(0, other - 4), other)   # "on the sidelines of
                                                                            # the forum in Z": Z's

    def _regional(self, ent) -> bool:
        """Whether ``ent`` is a known place the knowledge base puts within no country: a
        sea, a continent, a region of several countries, and the disputed places it leaves
        unassigned (the Kurils, Crimea)."""
        known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
        return known is not None and not known.within

    def _site_of(self, ev, reach: int = 4):
        """The place set in apposition as the site of the event's gathering ("Ottawa, the site
        of Wednesday's meeting", "Ottawa, Schauplatz des Treffens"), or None."""
        s = ev.trigger[0]
        k = next((j for j in range(s - 1, max(-1, s - reach - 1), -1) if self._has("site_nouns", j)), None)
        if ev.kind not in GATHERINGS or k is None or any(self.cols.punct[j] or self.cols.ent[j] for j in range(k, s)):
            return None
        k -= 1
        while k > 0 and self._has("determiners", k):
            k -= 1
        return next((ent for ent in self._overlapping(k - 1, k) if ent.label_ == "Place" and ent.end == k
                     and self.cols.text[k] == ","), None) if k >= 1 else None

    def _visited(self, ev, ent) -> bool:
        """Whether the place ``ent`` is what a visit's trigger visits: right after or before
        it, but for one word ("visit to Tokyo"), a date, place nouns and the visitor
        ("besucht diese Woche Moskau", "besuchte X am Montag die Insel Y")."""
        k = ent.end + (ent.end < len(self.cols.text) and self.cols.text[ent.end] in ("'s", "’s", "-"))
        if k < len(self.cols.text) and (k in self._role_tokens or self.cols.ent[k] == "Person"):
            return False                 # "der Besuch von Kanadas Premier X", "the visit of
                                         # Canada's Prime Minister X", "eines US-Präsidenten": the visitor's country
        if 0 <= ev.trigger[0] - ent.end <= 1:
            return not self._origin(ent.start)      # not "Warnungen aus Paris | besuchte"
        if self.lex.lang == "en" and k < len(self.cols.text) and self.cols.title[k] and not self.cols.ent[k] \
                and not self._is_date(k) and not self._preposition(k):       # not "Visits Mexico For Talks"
            return False                 # "arrived at the US Navy base": the name modifies a noun
        between = range(ev.trigger[1], ent.start)
        return ent.start >= ev.trigger[1] and len(between) <= 6 and not self._visit_from(ev, ent) and sum(
            not (self._is_date(k) or self._has("place_nouns", k) or self.cols.ent[k] == "Person"
                 or self._has("determiners", k) or self._has("place_links", k) and self._has("place_nouns", k - 1))
            for k in between) <= 1       # "besuchte X am Montag die Insel Y", "the small island of Y"

    def _visit_from(self, ev, ent) -> bool:
        """Whether the place ``ent`` after a visit's trigger is where the visitors came from
        ("der Besuch aus Paris", "the visit from Paris"), not when someone comes from the visit
        there ("kam von einem Staatsbesuch aus Indien"), nor by a verb ("arrived from Canada for
        talks": told with the talks)."""
        j = ev.trigger[0] - 1
        while j > 0 and self._has("determiners", j):
            j -= 1
        came = j >= 0 and (self._has("origin_prepositions", j) or self._has("departure_prepositions", j))
        return self._noun_at(ev.trigger[1] - 1) and self._origin(ent.start) and not came

    def _city_in(self, ent) -> str | None:
        """"in the Far East port city", "in der Pazifik-Stadt": a city of the region ``ent``
        names, the last place named before that lies in it (the dateline's, the caption's);
        if none was, "" for a compound ("Pazifik-Stadt" is no place in the ocean) and None
        for a phrase (the region is the place: "the Russian Far East city"); None too if the
        words after the region name no city."""
        end, n = ent.end, len(self._lower)
        city = end < n and self._has("city_nouns", end) or end + 1 < n and self._has("city_nouns", end + 1) \
            and (self.cols.text[end] == "-"                                      # "Pazifik-Stadt"
                 or self.cols.text[end].isalpha() and self.cols.text[end].islower())     # "port city"
        if not city or not ent.ent_id_:
            return None
        for other in reversed(self._ents[:bisect_right(self._ent_ends, ent.start)]):
            if other.label_ == "Place" and other.ent_id_ and other.ent_id_ != ent.ent_id_ \
                    and other.end <= ent.start and self.kb.contains(ent.ent_id_, other.ent_id_):
                return other.ent_id_
        return "" if self.cols.text[end] == "-" else None

    def _predicate_setting(self, ev, span: tuple[int, int], sent) -> None:
        """The date and place the predicate after an aside on the event gives ("The forum,
        organised by a foundation, will be held in Oslo on May 3"): the event's, not the
        aside's. Tokens [start, end) of ``span`` are that predicate."""
        date = self._date_within(span, sent)
        if date is not None:
            ev.date = date
        self._located_place(ev, *span)

    def _occasion(self, k: int) -> bool:
        """Whether the organisation named at token ``k`` (or ending there) is the occasion
        of a meeting on its sidelines ("on the sidelines of the G20", "am Rande des
        NATO-Gipfels" is the summit's own noun): "sidelines"/"Rande" and at most "of" and
        articles before its name, or before a session noun before it ("am Rande der Sitzung
        der UN-Vollversammlung")."""
        j = self._word_before_body(k)
        if j is not None and self._has("session_nouns", j):
            j = self._word_before_body(j, organisation=False)     # "am Rande der Sitzung der UN-..."
        return j is not None and self._has("occasion_heads", j)

    def _occasion_bodies(self, s: int, lo: int, summit: bool, reach: int = 10) -> tuple | None:
        """The organisations named in the phrase of a gathering noun at token ``s`` that may
        be the occasion of a meeting held there ("on the sidelines of the two-day NATO
        summit", "of Monday's G20 summit", "am Rande des NATO-Gipfels"; for a ``summit`` of
        a body also "at the G20 summit", "during the Asia-Pacific Economic Cooperation (APEC)
        summit", "beim NATO-Gipfel"): their keys, none for "the summit". None if no occasion
        word heads the phrase (within ``reach`` tokens, not before ``lo``), or a preposition
        of setting heads one with other words ("at a news conference after the summit"),
        no body ("at their summit", "at a summit in Ottawa": as likely theirs) or another
        trigger."""
        c, k, loose, joined = self.cols, s - 1, False, False
        while k >= lo and s - k <= reach:
            if self._has("occasion_heads", k):
                return self._bodies_in(k + 1, s)
            if summit and not loose and self._has("occasion_prepositions", k):
                return (self._bodies_in(k + 1, s) or None) if self._held_before(k) else None
            if k in self._trigger_starts and not joined or self._has("possessive_words", k):
                return None              # "am Rande des Gipfels ein Gipfeltreffen": the summit's;
            joined = joined or self._has("list_joiners", k)     # not "des G20- und des APEC-Gipfels"
            named = c.ent[k] == "Organization" or c.title[k] and self.lex.lang == "en" \
                or c.text[k] in ("-", "(", ")") or c.text[k].isdigit()      # not every German noun
            if not (named or self._has("determiners", k) or c.lower[k] == "of" or c.alpha[k] and c.is_lower[k]
                    or joined and k in self._trigger_starts
                    or self._has("genitive_endings", k) or self._is_date(k)):   # "this week's"
                return None              # "Scholz met Macron, said the summit": no occasion word
            loose = loose or c.alpha[k] and c.is_lower[k] and not (
                c.lower[k] == "of" or self._has("determiners", k) or "-" in (c.text[k - 1], c.text[k + 1]))
            k -= 1
        return None

    def _held_before(self, k: int) -> bool:
        """Whether the gathering a preposition of setting at ``k`` ("at the G20 summit") may be
        the occasion of the trigger before it in its sentence: none comes between another
        clause's joiner or a temporal preposition ("met X in Paris and will see him again at
        the summit", "days after they spoke at the summit"); true if no trigger comes before."""
        start = self.cols.sent_of(k).start
        before = [t for t in self._trigger_starts if start <= t < k]
        return not before or not any(self.cols.alpha[j] and (self._has("list_joiners", j) or self._has("reference_preps", j))
                                     for j in range(max(before) + 1, k))

    def _hosting_place(self, ev, s: int, sent) -> None:
        """"Vilnius, which hosted a NATO summit", "Ottawa will host the summit": the city that
        hosts a gathering (the verb opens its trigger at ``s`` or comes right before its
        noun) is its place. German puts the
        verb last ("die den Gipfel ausrichtete"); its list of such verbs is empty."""
        v = s
        while v > sent.start and s - v < 4 and not self._has("hosting_verbs", v) and (
                self._has("determiners", v - 1) or self.cols.ent[v - 1] == "Organization" or self.cols.text[v - 1] == "-"
                or self._has("hosting_verbs", v - 1)):
            v -= 1                       # "will host the G7 summit": the verb before its noun
        if ev.place is not None or not self._has("hosting_verbs", v):
            return
        k = v - 1
        while k > sent.start and (self._has("relative_pronouns", k) or self._has("finite_auxiliaries", k)
                                  or self.cols.text[k] == ","):
            k -= 1
        ent = next((e for e in self._overlapping(k, k + 1) if e.end == k + 1 and e.label_ == "Place"), None)
        if ent is not None:
            ev.place = ent.ent_id_ or (ent.start, ent.end)

    def _bodies_in(self, lo: int, hi: int) -> tuple:
        """The keys of the organisations named in tokens [lo, hi)."""
        return tuple(e.ent_id_ or (e.start, e.end) for e in self._overlapping(lo, hi) if e.label_ == "Organization")

    def _body_of(self, ev, k: int) -> bool:
        """Whether the organisation ending at token ``k`` is the body whose gathering the
        event's trigger names right before it ("the summit of the G20", "beim Gipfeltreffen
        der NATO"), or a gathering the event is held at ("traf X beim Gipfeltreffen der G20
        in Osaka"): a place after it is that gathering's, and so the event's."""
        j = self._word_before_body(k)
        return j is not None and (j + 1 == ev.trigger[1] or j + 1 in self._gathering_ends
                                  and self._setting_before(self._gathering_ends[j + 1]))

    def _word_before_body(self, k: int, reach: int = 4, organisation: bool = True) -> int | None:
        """The word before the name of the organisation named at token ``k`` (or ending
        there; else before the word at ``k``) and the "of" and articles before it
        ("sidelines" of "the sidelines of the G20", "Gipfeltreffen" of "beim Gipfeltreffen
        der NATO"), within ``reach`` tokens of its name; None past that."""
        while organisation and k > 0 and self.cols.ent[k - 1] == "Organization":
            k -= 1
        j = k - 1
        while j >= 0 and k - j <= reach and (self._has("determiners", j) or self.cols.lower[j] == "of"):
            j -= 1
        return j if j >= 0 and k - j <= reach else None

    def _setting_before(self, k: int, reach: int = 3) -> bool:
        """Whether a setting preposition heads the gathering noun starting at token ``k``
        ("at the summit", "beim Gipfeltreffen"): what happens there happens where it is."""
        return any(self._has("setting_prepositions", j) for j in range(max(0, k - reach), k))

    def _aside_setting(self, ev, hi: int, sent, predicate: tuple[int, int] | None, noun: bool) -> None:
        """Where the event took place, from what follows its clause (ending at token ``hi``):
        the city after the building the clause ends with ("met at the Presidential Villa,
        Abuja, ..."); for a ``noun`` trigger the predicate after an aside
        (:meth:`_predicate_setting`), else an aside that holds the event (", held in Oslo on
        Monday,", ", das in Berlin stattfand,")."""
        city = self._overlapping(hi + 1, hi + 2) if ev.place is None and hi + 1 < sent.end else ()
        if city and city[0].label_ == "Place" and self._after_building(hi + 1) \
                and (city[0].end >= sent.end or self.cols.punct[city[0].end]):     # not "…, Tokyo said"
            ev.place = city[0].ent_id_ or (city[0].start, city[0].end)
        if not noun:
            return
        if predicate:
            self._predicate_setting(ev, predicate, sent)
        if ev.place is not None or hi >= sent.end - 1 or self.cols.text[hi] != ",":
            return
        aside = self._segment(None, hi, sent, 1)
        if self._venue_after(ev, *aside) and ev.place is not None:
            ev.date = self._date_within(aside, sent) or ev.date     # ", das am Montag … stattfand,"

    def _located_place(self, ev, lo: int, hi: int, owned=None) -> None:
        """The first place or country in tokens [lo, hi) a locative preposition heads, as
        the event's place if it has none ("took place in Spain") and ``owned`` (if given)
        does not give it to another noun."""
        for ent in self._overlapping(lo, hi) if ev.place is None else ():
            if any(k in self._trigger_starts and self._reference_prep(None, k, lo) is not None
                   for k in range(max(lo, ev.trigger[1]), ent.start)):
                return                   # "fanden nach dem Besuch ... in der Ukraine statt": the visit's
            if ent.label_ in ("Place", "Country") and ent.start >= lo and self._located(ent.start, ev.kind):
                if owned is None or not owned(ent):
                    ev.place, ev.venue = ent.ent_id_ or (ent.start, ent.end), True
                return

    def _place_headed(self, slug: str, sent, prepositions: str) -> bool:
        """Whether the place ``slug`` is named in ``sent`` right after a word of the list
        ``prepositions`` ("expelled from Ottawa", "aus Ottawa ausgewiesen")."""
        return any(ent.ent_id_ == slug and ent.start > sent.start and self._has(prepositions, ent.start - 1)
                   for ent in self._overlapping(sent.start, sent.end))

    def _post_openers(self, lo: int, hi: int) -> list[int]:
        """The prepositions in [lo, hi) right after a role word that say where the role is
        held ("Kanadas Botschafter in Paris", "ambassador to France")."""
        return [k + 1 for k in self._role_tokens if lo <= k and k + 1 < hi and self._has("role_place_prepositions", k + 1)]

    def _destination(self, ev, k: int, clause: tuple[int, int]) -> bool:
        """Whether the name at token ``k`` is where someone travels to a gathering ("flew to
        Spain for the NATO summit", "ist zum Gipfel nach Spanien abgeflogen"): a destination
        preposition before it (past articles) and a verb of travel in the clause. The host
        country of a summit is no party of it."""
        if ev.kind not in GATHERINGS:
            return False
        j = k - 1
        while j >= clause[0] and self._has("determiners", j):
            j -= 1
        return j >= clause[0] and self._has("destination_prepositions", j) and self._any("travel_verbs", *clause)

    def _spoken_at(self, ev, prep: int, sent) -> None:
        """"Y said in Ottawa after talks with X", "sagte Y am Freitag in Ottawa nach Gesprächen
        mit X": where the talks' side speaks right after them is where they were held, the
        place a locative preposition heads between the verb of saying and the phrase's
        preposition at ``prep``, if the talks have none."""
        verbs = within(self._speech_verbs, sent.start, prep)
        if ev.place is not None or not verbs or any(d.start > self.cols.idx[prep] for d in self._dates_of.get(
                sent.start_char, [])):
            return                       # "after talks with X last week": another day, maybe elsewhere
        for ent in reversed(self._overlapping(verbs[-1] + 1, prep)):
            if ent.label_ in ("Place", "Country") and ent.end <= prep and self._located(ent.start, ev.kind):
                ev.place = ent.ent_id_ or (ent.start, ent.end)
                return
