"""Whether a place is where an act was: after a locative preposition, past determiners,
place nouns and modifiers ("on the islands of", "in the remote port of Bergen", "auf der
Insel"), or by a bearing taken from it ("east of Gotland"). A mixin of
:class:`~diplograph.extract.components.events.EventFinder`."""
from __future__ import annotations

#: kinds that pass (over) a country, which takes no part in them
PASSING = frozenset({"MilitaryExercise", "Interception", "MissileLaunch"})
#: kinds that move through a place ("sailed through the strait"): a passage places them
_MOVEMENTS = PASSING | {"AirspaceViolation", "Deployment"}


class Locatives:
    """Tests of a place's preposition, for the event finder's places."""

    def _bearing_from(self, j: int, reach: int = 3) -> bool:
        """Whether token ``j`` is a bearing ("east", "östlich") that no distance comes
        before ("some 2,000 km east of") and no place noun it locates ("the islands north
        of X"): what it is taken from is where the act was."""
        return self._has("bearing_words", j) and not (j > 0 and self._has("place_nouns", j - 1)) and not any(
            any(c.isdigit() for c in self.cols.text[i]) for i in range(max(0, j - reach), j))

    def _located(self, k: int, kind: str | None = None) -> bool:
        """Whether a locative preposition heads the place at token ``k``: right before it, or a
        few determiners, place nouns and modifiers before it ("on the islands of", "auf der
        Insel"), or, for a movement of ``kind``, "through" a place that is no country ("durch die
        Meerenge"; "durch China" is by China; "gas flows through the Baltic" is a topic of a
        call); not for the owner of a plan or act ("over Canada's plans to ...")."""
        if self._owns_act(k):
            return False                 # "over Russia's (naval) drills": their owner
        if self._message_to(k):
            return False                 # "sent a message to Tokyo": to its government
        if k > 1 and self.cols.ent[k - 2] == "Place" and (self.cols.text[k - 1] == ","
                                                          or self._has("list_joiners", k - 1)):
            first = self._overlapping(k - 2, k - 1)       # "in Geneva, Brussels and Vienna": each is where,
            return bool(first) and self._located(first[0].start, kind) and not self._seat_of_power(first[0]) \
                and not self._any("seat_holders", max(0, first[0].start - 3), first[0].start)   # not
                                                          # "officials in Washington and Beijing"
        j, modifiers = k - 1, 0
        while j >= 0 and k - j <= 7:
            if self.cols.lower[j] == "of" and j > 0 and self._has("partitive_words", j - 1):
                j -= 2                           # "on one of the Kurils"
                continue
            room = next((r for r in range(j - 1, max(j - 4, -1), -1) if self._room(r)), None) \
                if self.cols.lower[j] == "of" and modifiers == 0 else None
            if room is not None and all(self.cols.title[r] for r in range(room + 1, j)):
                return self._headed_name(room, "place_prepositions")       # "in the East Room of", "in the Salon Murat of"
            if self.cols.lower[j] == "of" and not (j > 0 and self._has("place_nouns", j - 1)):
                return j > 0 and self._bearing_from(j - 1)   # "east of Gotland": by it, not
                                                             # "2,000 km east of Hokkaido"
            if self.lex.lang == "de" and self._has("bearing_words", j):
                return self._bearing_from(j)     # "östlich der Insel Gotland"
            if self.lex.lang == "de" and modifiers == 0 and self._room(j):
                return self._headed_name(j, "place_prepositions")          # "im Festsaal des Weißen Hauses"
            if self._has("determiners", j) or self._has("place_nouns", j) or self._has("capital_words", j):
                j -= 1                           # "in der japanischen Hauptstadt Tokio"
            elif self.cols.ent[j] == "Country" and j + 1 < k and self._has("capital_words", j + 1):
                while j > 0 and self.cols.ent[j - 1] == "Country":
                    j -= 1               # "in Saudi-Arabiens Hauptstadt Riad": the capital is there
                j -= 1
            elif self.cols.text[j] in ("'s", "’s") and j > 0 and self.cols.ent[j - 1] == "Country":
                j -= 1                           # "in Japan's Osaka": the city is there
                while j > 0 and self.cols.ent[j - 1] == "Country":
                    j -= 1
                j -= 1
            elif self.cols.text[j] == "-" and j > 0 and self.cols.alpha[j - 1] and modifiers < 2:
                modifiers += 1                   # "auf der Nordsee-Insel Helgoland"
                j -= 2
            elif modifiers < 2 and self.cols.alpha[j] and (self.cols.is_lower[j] or self._has("direction_words", j)
                                                          or j in self._demonym_tokens) \
                    and not any(self._has(name, j) for name in (
                        "place_prepositions", "passage_prepositions", "list_joiners", "party_prepositions",
                        "partner_words", "event_nouns")) \
                    and not (self.lex.lang == "en" and self._has("accord_path_breaks", j)):   # not "in
                                                 # retaliation for Washington": "for" heads it
                modifiers += 1                   # "in the remote northern port of Bergen", "in the
                                                 # disputed Southern Kurils", "in the Russian port
                                                 # city of Vladivostok"
                j -= 1
            else:
                break
        return j >= 0 and (self._has("place_prepositions", j) or kind in _MOVEMENTS and self.cols.ent[k] != "Country"
                           and self._has("passage_prepositions", j)) and not self._news_source(j + 1) \
            and not (j > 0 and self._has("issue_nouns", j - 1) and self._has("issue_prepositions", j))   # "Streit über"

    def _room(self, r: int) -> bool:
        """Whether token ``r`` names a room of a building: a named one in English ("the East
        Room", not "the office of the chancellor"), any German noun ending in a room word
        ("Rosengarten", "Kabinettssaal")."""
        if self.lex.lang != "de":
            return self.cols.title[r] and self._has("room_nouns", r)
        word = self.cols.lower[r]
        return self.cols.title[r] and any(word.endswith(room) for room in self.lex.lowered("room_nouns"))

    def _headed_name(self, r: int, prepositions: str, reach: int = 3) -> bool:
        """Whether a word of the list ``prepositions`` heads the noun at ``r`` (a room, a
        building), past the capitalised words of its name and an article ("in the State
        Dining Room", "at the Presidential Villa", "im Festsaal")."""
        j = r - 1
        while j >= 0 and r - j <= reach and self.cols.title[j] and self.cols.alpha[j] and not self.cols.ent[j]:
            j -= 1
        while j >= 0 and self._has("determiners", j):
            j -= 1
        return j >= 0 and self._has(prepositions, j)

    def _after_building(self, k: int) -> bool:
        """Whether the place at ``k`` stands after a comma that ends a building's name a
        locative preposition heads ("at the Presidential Villa, Abuja", "at the State House,
        Nairobi"): the city the building is in; not "the raid on the Embassy, Quito"."""
        b = k - 2
        return b >= 1 and self.cols.text[k - 1] == "," and self.cols.title[b] and self._has("building_nouns", b) \
            and self._headed_name(b, "building_prepositions", reach=4)

    def _message_to(self, k: int) -> bool:
        """Whether the capital at token ``k`` is whom a message goes to ("sending an unspoken
        reminder to Beijing", "ein deutliches Signal an Peking"): a word of the lexicon's
        ``message_nouns`` and an ``address_prepositions`` word before it, with at most a
        determiner between; the capital stands for its government, not for a place."""
        if self.cols.ent[k] != "Place" or not any(x.start == k and x.ent_id_ in self.capital_of
                                                   for x in self._overlapping(k, k + 1)):
            return False                 # a capital, standing for its government
        j = k - 1
        while j > 0 and self._has("determiners", j):
            j -= 1
        return j > 0 and self._has("address_prepositions", j) and self._has("message_nouns", j - 1)
