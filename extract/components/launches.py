"""Which missile launches a trigger names are none: missiles fired at a target are a strike
in a war ("fired missiles at Kyiv", "into eastern Ukraine", "a missile attack on Odesa",
"feuerte Raketen auf Kiew ab"), missiles fired during drills are the drills, a rocket that
carries a satellite or astronauts goes to space, and "came under fire" fires nothing. A
launch "toward the East Sea", "into the sea" or "on a lofted trajectory" stays a launch.

Not a pipeline component: :class:`LaunchFilters` is mixed into the event finder, which
provides the doc's columns (``self.cols``), its triggers (``self.kinds``) and the word lists.
"""
from __future__ import annotations

__all__ = ["LaunchFilters"]


class LaunchFilters:
    """The tests that leave a missile launch trigger out."""

    def _no_launch(self, key, s: int, e: int, matches) -> bool:
        """Whether the launch trigger [s, e) names no launch of its own."""
        return self._strike(e) or self._struck(e) or self._launch_in_drills(e, matches) or self._to_space(s, e) \
            or e < len(self.cols.text) and self._has("missile_compound_heads", e) \
            or s > 0 and (self._has("fire_idiom_openers", s - 1)          # "came under fire for ..."
                          or self._plural_launch(s) and (self.cols.text[s - 1] in ("'s", "’s")
                                                         or self._has("determiners", s - 1))) \
            or self.kinds[key][1].endswith(".shot") and any(k in self._demonym_tokens for k in range(s, e))
        # "North Korea's launches of missiles", "die Raketenstarts": a noun, what is done again and
        # again; "schossen sechs russische Raketen ab": others' missiles, shot down; "tested its
        # missile defence system": the missile word modifies another noun

    def _plural_launch(self, s: int) -> bool:
        """Whether the trigger opens with a plural launch noun ("launches", "Raketentests")."""
        return self._has("plural_launch_nouns", s) or self.lex.lang == "de" and self.cols.lower[s].endswith(("tests", "starts"))

    def _strike(self, e: int, reach: int = 3) -> bool:
        """Whether the missiles are fired at a target: an attack noun right after them ("a
        missile attack"), or a preposition of aim whose next words name a country, place or
        target and no sea ("at Kyiv", "into eastern Ukraine", "on Ukrainian cities", "auf
        Kiew"; not "toward the East Sea", "on Thursday", "at 7 a.m. Japan time"); or the
        missile word heads a compound ("eine Raketen-Übung": an exercise)."""
        c = self.cols
        if e + 1 >= len(c.text):
            return False
        if c.text[e] == "-" or self._has("strike_nouns", e):
            return True
        if not (self._has("strike_prepositions", e) or self._has("strike_country_prepositions", e)):
            return False
        for k in range(e + 1, min(len(c.text), e + 1 + reach)):
            if c.punct[k] or self._has("water_words", k) or self._clock_at(k):
                return False             # "at 7:15 a.m. Japan time": a clock, no aim
            if c.ent[k] in ("Country", "Place") or self._has("strike_target_words", k):
                return True
        return False

    def _clock_at(self, k: int) -> bool:
        """Whether token ``k`` tells a time of day: digits with a colon or point ("7:15",
        "7.15") or before a clock word ("7 a.m.", "um 7 Uhr"); not a count ("at 4 cities")."""
        text = self.cols.text[k]
        if not any(ch.isdigit() for ch in text):
            return False
        return any(sep in text for sep in (":", ".")) or k + 1 < len(self._lower) and self._has("clock_cues", k + 1)

    def _struck(self, e: int, reach: int = 8) -> bool:
        """Whether a verb of striking follows the launch trigger ending at ``e`` in its
        clause, its object no sea ("a missile launched by X struck an apartment block", "hit
        targets in Syria"; not "landed in the sea")."""
        c = self.cols
        for k in range(e, min(len(c.text), e + reach)):
            if c.punct[k]:
                return False
            if self._has("strike_verbs", k):
                return not any(self._has("water_words", j) for j in range(k + 1, min(len(c.text), k + 5)))
        return False

    def _launch_in_drills(self, e: int, matches, reach: int = 4) -> bool:
        """Whether missiles are fired as part of an exercise the clause names right after
        ("fired missiles during military drills", "bei einem Manöver"): the drills."""
        return any(self.kinds[k][0] == "MilitaryExercise" and e < ms <= e + reach
                   and self._any("part_of_prepositions", e, ms) and not any(self.cols.punct[j] for j in range(e, ms))
                   for k, ms, _ in matches)

    def _to_space(self, s: int, e: int, reach: int = 6) -> bool:
        """Whether the words around the trigger [s, e) tell of space ("a rocket carrying a
        satellite", "eine Trägerrakete mit einem Spionagesatelliten"): a space launch, no
        show of force. Only within ``reach`` words, in the trigger's sentence."""
        sent = self.cols.sent_of(s)
        lo, hi = max(sent.start, s - reach), min(sent.end, e + reach)
        if self.lex.lang != "de":
            return self._any("space_words", lo, hi)
        words = tuple(self.lex.lowered("space_words"))
        return any(w.endswith(words) for w in self.cols.lower[lo:hi])   # "Spionagesatelliten"

    def _launch_aims(self, kind: str, s: int, e: int, sent) -> set:
        """The words after a launch trigger [s, e): where the missile flew or who protested,
        not its launcher ("fired a missile toward Japan", "eine Rakete über Japan hinweg ab",
        "drew protests from Seoul"); but for the launcher named right after it ("der
        Raketentest Nordkoreas", "the launch by North Korea"). Inside a trigger that ends in
        its verb, the names after a word of course ("eine Rakete Richtung Japan abgefeuert")."""
        if kind != "MissileLaunch":
            return set()
        c, j = self.cols, e
        course = {k for k in range(s + 1, e) if c.ent[k] in ("Country", "Place")
                  and self._any("course_words", max(s, k - 2), k)}
        j += j < sent.end and self._has("agent_prepositions", j)
        if j < sent.end and c.ent[j] in ("Country", "Person", "Organization"):
            label = c.ent[j]
            while j < sent.end and c.ent[j] == label:
                j += 1
        return course | {k for k in range(j, sent.end) if c.ent[k] in ("Country", "Person", "Organization")}   # places stay

    def _flight_of_launch(self, trigger: tuple[int, int], k: int, reach: int = 14) -> bool:
        """Whether the token ``k`` (a date) stands in a relative clause on the missile of the
        launch trigger ``trigger`` ("fired a missile that flew over X on Tuesday", "hat eine
        Rakete abgefeuert, die am Dienstag über X flog"): the flight is the launch's, and so
        is its day: a verb of ``flight_verbs`` tells the flight ("flew", "landed", "stürzte"),
        not the day the missile was shown or inspected. No other trigger may stand between."""
        s, e = trigger
        if self._kind_at.get(s) != "MissileLaunch" or not e <= k < e + reach:
            return False
        j = e + 1 if e < len(self.cols.text) and self.cols.text[e] == "," else e
        end = next((x for x in range(k, min(len(self.cols.text), k + reach)) if self.cols.punct[x]), k)
        return j < k and self._has("relative_pronouns", j) and not any(t in self._trigger_starts for t in range(j, k)) \
            and self._any("flight_verbs", j, end)      # not "a missile that was shown at a parade in February"

