"""Which commas and brackets end no clause: lists of names, role appositions, photo
positions, acronyms, bracketed countries, dates and clocks ("(Ortszeit)"), a person's party
("Pistorius (63, SPD)"); relative
clauses opened after a comma; and where an "as" opens a clause of its own.

Not a pipeline component: :class:`ClauseJoins` is a base of
:class:`~diplograph.extract.components.clauses.ClauseGeometry`, which provides the doc's
columns (``self.cols``), its clause breaks and memos, the role and demonym tokens, and the
word lists (``self.lex``, ``self._has``, ``self._any``, ``self._is_date``).
"""
from __future__ import annotations

from bisect import bisect_left

#: words a role's body may have after its link ("head of the National Security Office")
_BODY_WORDS = 5

def is_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym: a capital first, then letters and digits with at
    least two capitals or digits ("EEF", "G20"; not "Grüne", "58").

    >>> is_acronym("EEF"), is_acronym("G20"), is_acronym("Grüne"), is_acronym("58")
    (True, True, False, False)
    """
    return word[:1].isupper() and word.isalnum() and sum(ch.isupper() or ch.isdigit() for ch in word) >= 2


class ClauseJoins:
    """The commas and brackets inside a clause, asked for once per break and doc."""

    def _as_clause(self, e: int, hi: int) -> int:
        """Where an "as"/"als" after token ``e`` and before ``hi`` opens a clause of its own: a
        name for its subject and a lower-case word after it ("concluded a deal Friday as France
        prepares to ..."; not "as Germany's chancellor", "as an observer"); else ``hi``."""
        c = self.cols
        for k in self._as_at[bisect_left(self._as_at, e):bisect_left(self._as_at, hi - 2)]:
            if c.ent[k + 1] and not (k > 0 and self._has("as_fixed_openers", k - 1)):
                j = k + 1                # not "as well as", "such as"
                while j < hi and c.ent[j] == c.ent[k + 1]:
                    j += 1
                if j < hi and c.is_lower[j] and c.alpha[j] and not self._has("determiners", j) \
                        and not self._has("list_joiners", j) and not self._has("clause_as", j):
                    return k
        return hi

    def _joining_comma(self, doc, c, sent) -> bool:
        """Whether the break at token ``c`` keeps its clause whole (remembered per doc)."""
        if c not in self._joining:
            self._joining[c] = self._list_comma(doc, c, sent) or self._apposition_comma(doc, c, sent) \
                or self._position_aside(doc, c, sent) or self._acronym_aside(c, sent) \
                or self._is_date(c) or self._date_aside(c, sent) or self._country_after(c) \
                or self._date_apposition(c, sent) or self._clock_aside(c, sent) or self._name_aside(c, sent) \
                or self._inclusion_end(doc, c, sent)
        return self._joining[c]          # "on May 26, 2021 in Paris", "this week (8-9 April)", "in Paris, France"

    def _inclusion_end(self, doc, c: int, sent, reach: int = 6) -> bool:
        """The comma that closes a short aside of what the sentence's subject includes
        ("Several countries, including Japan, imposed ...", "Mehrere Staaten, darunter Japan,
        verhängten ..."), which ends no clause; not one inside an object ("banned nine
        citizens, including X, from entering")."""
        if self.cols.text[c] != ",":
            return False
        a, _ = self._segment(doc, c, sent, -1)
        return a - 1 > sent.start and self.cols.text[a - 1] == "," and c - a <= reach \
            and self._has("inclusion_words", a) and a - 1 - sent.start <= reach \
            and self._segment(doc, a - 1, sent, -1)[0] == sent.start       # a short subject before it

    def _name_aside(self, c: int, sent, reach: int = 7) -> bool:
        """A break inside or around the short bracket right after a person's name ("Merkel
        (CDU)", "Pistorius (63, SPD) traf X"): an aside on the person, which ends no clause."""
        text, ent = self.cols.text, self.cols.ent
        opening = next((k for k in range(c, max(c - reach, sent.start), -1) if text[k] == "("), None)
        if opening is None or opening == sent.start or ent[opening - 1] != "Person" \
                or any(text[k] == ")" for k in range(opening + 1, c)):
            return False
        return any(text[k] == ")" for k in range(c, min(opening + reach + 1, sent.end)))

    def _country_after(self, c: int) -> bool:
        """A comma between a place and the country it lies in ("in Paris, France on ..."):
        the country says where, and ends no clause."""
        if self.cols.text[c] != "," or c + 1 >= len(self.cols.ent) or self.cols.ent[c + 1] != "Country":
            return False
        country = next((e for e in self.cols.ents if e.start == c + 1), None)
        return country is not None and self.cols.place_country(c + 1, country.ent_id_, self.kb.contains)

    def _date_aside(self, c: int, sent, reach: int = 7) -> bool:
        """A bracket around a date only ("this week (8-9 April 2025) where ..."): it tells
        the time of its clause and ends none."""
        inner = self._bracketed(c, sent, reach)
        return bool(inner) and all(self._is_date(k) for k in inner)

    def _bracketed(self, c: int, sent, reach: int) -> range:
        """The tokens inside the bracket that opens or closes at token ``c`` within ``reach``
        tokens of it and ``sent``; empty if ``c`` is no bracket or the other is not found."""
        text = self.cols.text
        if text[c] == "(":
            end = next((k for k in range(c + 1, min(c + reach, sent.end)) if text[k] == ")"), None)
            return range(c + 1, end) if end else range(0)
        if text[c] == ")":
            start = next((k for k in range(c - 1, max(c - reach, sent.start - 1), -1) if text[k] == "("), None)
            return range(start + 1, c) if start is not None else range(0)
        return range(0)

    def _clock_aside(self, c: int, sent, reach: int = 4) -> bool:
        """A bracket around the clock a time is told by ("am Abend (Ortszeit) mit X
        zusammentreffen", "on Monday (local time)"): it ends no clause."""
        inner = self._bracketed(c, sent, reach)
        return bool(inner) and all(self._has("clock_words", k) for k in inner)

    def _date_apposition(self, c: int, sent, reach: int = 6) -> bool:
        """A comma around a date that names the day before it again ("von Sonntag, den 20.
        November, bis Dienstag", "on Sunday, the 20th, and"): the date says when its clause
        is and ends none."""
        if self.cols.text[c] != ",":
            return False
        for step in (1, -1):             # the opening comma, then the closing one
            k = c + step
            while sent.start <= k < sent.end and abs(k - c) <= reach and self.cols.text[k] != "," \
                    and (self._is_date(k) or self._has("determiners", k)):
                k += step
            inner = range(c + 1, k) if step == 1 else range(k + 1, c)
            bounded = not sent.start <= k < sent.end or self.cols.text[k] == "," and not self._is_date(k) \
                or step == 1 and self.lex.lang == "en" and k < sent.end and self.cols.is_lower[k] \
                and self.cols.alpha[k] and not self.cols.is_lower[c + 1]   # "on Monday, May 7 sent"; not
                                                                           # ", on Tuesday he"
            before = c - 1 if step == 1 else k - 1
            if bounded and any(self._is_date(j) for j in inner) and before >= sent.start and self._is_date(before) \
                    and (step == 1 or c + 1 < sent.end and (self.cols.is_lower[c + 1] or self._is_date(c + 1)
                                                            or self._final_object(c + 1, sent))):
                return True              # the clause goes on after it; not ", Trudeau reiste ...": a new one
        return False

    def _final_object(self, k: int, sent) -> bool:
        """A name at ``k`` and the verb that ends the clause right after it ("..., Japan
        besucht."): the object of a clause still going on, not a new subject."""
        ent = next((e for e in self.cols.ents if e.start == k), None)     # asked before the finder indexes them
        j = ent.end if ent is not None else k
        return ent is not None and j + 1 < sent.end and self.cols.is_lower[j] and self.cols.alpha[j] \
            and (self.cols.punct[j + 1] or j + 1 == sent.end - 1 or self._has("list_joiners", j + 1))

    _ASIDE_BOUNDS = {",": ",", "(": ")"}

    def _position_aside(self, doc, c, sent) -> bool:
        """A break that opens or closes where a photo shows a person, right after the name
        ("Trudeau, left, and Lula", "Trudeau (L) and Lula", "Scholz (links) und Macron"):
        the names around it stay in one clause."""
        text = self.cols.text
        if text[c] in self._ASIDE_BOUNDS:
            a, b = self._segment(doc, c, sent, 1)
            if b < sent.end and text[b] == self._ASIDE_BOUNDS[text[c]] and self._shows_position(c, a, b):
                return True
        for opener, closer in self._ASIDE_BOUNDS.items():
            if text[c] == closer:
                a, b = self._segment(doc, c, sent, -1)
                if a - 1 >= sent.start and text[a - 1] == opener and self._shows_position(a - 1, a, b):
                    return True
        return False

    def _acronym_aside(self, c: int, sent) -> bool:
        """A bracket around an acronym ("the Eastern Economic Forum (EEF) in Vladivostok",
        "the Group of 20 (G20) summit"),
        around the country of the place before it ("von Hanoi (Vietnam) auf die Insel") or
        around one word after a person's name, a party or an age ("Baerbock (Grüne) traf",
        "Tanaka (58) said"): no clause ends there."""
        a = c + 1 if self.cols.text[c] == "(" else c - 1
        if not (sent.start < a < sent.end - 1 and self.cols.text[a - 1] == "(" and self.cols.text[a + 1] == ")"):
            return False
        return is_acronym(self.cols.text[a]) \
            or self.cols.ent[a] == "Country" and a >= 2 and self.cols.ent[a - 2] == "Place" \
            or a >= 2 and self.cols.ent[a - 2] == "Person" and not self.cols.ent[a]

    def _shows_position(self, opener: int, a: int, b: int) -> bool:
        """Whether tokens [a, b), in a break after a person's name at ``opener``, say where
        the photo shows that person."""
        words, phrases, _ = self.lex.cues("photo_positions")
        said = " ".join(self._lower[a:b])
        return opener > 0 and self.cols.ent[opener - 1] == "Person" and 0 < b - a <= 4 \
            and (said in words or said in phrases)

    def _segment(self, doc, c, sent, step) -> tuple[int, int]:
        """The comma-free stretch of tokens after (step=1) or before (step=-1) comma ``c``."""
        k = c + step
        while sent.start <= k < sent.end and not self._breaks[k]:
            k += step
        return (c + 1, k) if step > 0 else (k + 1, c)

    def _is_apposition(self, doc, a, b) -> bool:
        """"der russische Verteidigungsminister", "Russia's foreign minister", a head's word
        with its body after a link ("head of the National Security Office", "chief of the
        Japanese delegation": a few words, known or not), and a successor or predecessor
        ("Johnson's successor")."""
        roles, dem = self._role_tokens, self._demonym_tokens
        if a >= b:
            return False
        if self._succession_of(a, b):
            return True
        plain = [i in roles or i in dem or self.cols.ent[i] in ("Country", "Organization")
                 or self.cols.text[i] in ("'s", "’s", "-") or self._has("determiners", i)
                 or self._has("role_modifiers", i) for i in range(a, b)]
        if any(i in roles for i in range(a, b)):
            return all(plain)
        link = next((i for i in range(a + 1, b) if self._has("apposition_body_links", i)), None)
        return link is not None and self._has("head_words", link - 1) and all(plain[:link - 1 - a]) \
            and 0 < b - link - 1 <= _BODY_WORDS and all(self.cols.alpha[i] for i in range(link + 1, b))

    def _succession_of(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a person's successor or predecessor ("Johnson's
        successor", "Johnsons Nachfolger", "her predecessor"): a possessive, a word of
        succession, maybe the post after it ("as prime minister")."""
        k = next((i for i in range(a, b) if self._has("succession_nouns", i)), None)
        if k is None or k == a:
            return False
        owner = all(self.cols.ent[i] == "Person" or self.cols.title[i] or self.cols.text[i] in ("'s", "’s")
                    for i in range(a, k)) or k == a + 1 and self._has("possessive_pronouns", a)
        return owner and b - k - 1 <= 3 and all(self.cols.alpha[i] for i in range(k + 1, b))

    def _apposition_comma(self, doc, c, sent) -> bool:
        """A comma opening or closing a role apposition after a name
        ("Lawrow, der russische Außenminister, traf ...")."""
        if self.cols.text[c] != ",":
            return False
        right = self._segment(doc, c, sent, 1)
        if self.cols.ent[c - 1] == "Person" and self._is_apposition(doc, *right):
            return True
        left = self._segment(doc, c, sent, -1)
        if self._is_apposition(doc, *left) and self._one_person(*right):
            return True                  # "NATO Secretary General, Mark Rutte, made ..."
        if self._named_people(*right) and self._ends_in_office(c - 1):
            return True                  # "traf den Ministerpräsidenten Japans, Junichiro Koizumi, im Kreml",
                                         # "den Präsidenten Russlands und Chinas, Putin und Xi, in ..."
        if self._named_people(*left) and left[0] - 1 > sent.start and self.cols.text[left[0] - 1] == "," \
                and (self._is_apposition(doc, *self._segment(doc, left[0] - 1, sent, -1))
                     or self._ends_in_office(left[0] - 2)):
            return True
        return left[0] - 2 >= sent.start and self.cols.text[left[0] - 1] == "," \
            and self.cols.ent[left[0] - 2] == "Person" and self._is_apposition(doc, *left)

    def _ends_in_office(self, k: int) -> bool:
        """Whether token ``k`` ends an office's words: a role word, a counterpart ("his
        Japanese counterpart, Taro Kono"), an organisation's head ("the NATO chief, X"), or
        the countries after a role word
        ("Ministerpräsidenten Japans", "the prime minister of Japan", "the presidents of
        Russia and China")."""
        roles = self._role_tokens
        if k > 1 and self.cols.ent[k] == "Country":
            j = k - 1                    # back over the countries listed ("of Russia and China")
            while j > 0 and (self.cols.ent[j] == "Country" or self._has("list_joiners", j)):
                j -= 1
            return j in roles or self.cols.lower[j] == "of" and j - 1 in roles
        return k in roles or self._has("counterpart_words", k) or self._has("succession_nouns", k) \
            or self._has("head_words", k) and k > 0 and self.cols.ent[k - 1] == "Organization"

    def _one_person(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a person's name (of at most four words), perhaps after
        a rank ("Col. X"), and nothing else but the sentence's final mark ("... with his
        counterpart, Taro Kono.")."""
        while b > a and self.cols.punct[b - 1]:
            b -= 1
        while a < b - 1 and self._has("rank_titles", a) and not self.cols.ent[a]:
            a += 1
        return 0 < b - a <= 4 and all(self.cols.ent[i] == "Person" for i in range(a, b))

    def _named_people(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) name one person, or several joined by list words ("Putin
        und Xi Jinping"), and nothing else but the sentence's final mark."""
        while b > a and self.cols.punct[b - 1]:
            b -= 1
        parts, start = [], a
        for k in range(a, b + 1):
            if k == b or self._has("list_joiners", k):
                parts.append((start, k))
                start = k + 1
        return all(self._one_person(*part) for part in parts)

    def _list_comma(self, doc, c, sent) -> bool:
        """A comma between two items of a list of names (possibly with role words)."""
        if self.cols.text[c] != "," or c == sent.start:
            return False
        k = c + 1
        if k < sent.end and self._has("inclusion_words", k):
            return True                          # "..., darunter US-Präsident Joe Biden"
        before = self._before_position(c)        # "Xi (left), Putin (centre) and Modi"
        if not self.cols.ent[before]:
            return False
        roles, dem = self._role_tokens, self._demonym_tokens
        if k < sent.end and self.cols.alpha[k] and self._has("list_joiners", k):
            k += 1                               # "X, Y, and Z": the serial comma
        while k < sent.end and (self._has("determiners", k) or k in roles or k in dem):
            k += 1
        if k >= sent.end or not self.cols.ent[k] or \
                (self.cols.ent[k] == "Place") != (self.cols.ent[before] == "Place"):
            return False                         # a place and a person are no list
        seg_end = self._segment(doc, c, sent, 1)[1]
        said = next((v for v in range(k, seg_end) if self._has("speech_verbs", v)), None)
        if said is not None and not self._any("list_joiners", k, said):
            return False                         # "..., Chief Cabinet Secretary X said"; not "X,
                                                 # Y and Z protested": a list
        m = k
        while m < seg_end and (self.cols.ent[m] == self.cols.ent[k] or self._possessive_name(m)):
            m += 1                               # "Japan's Shinzo Abe": one item
        if m < seg_end and not (self._has("list_joiners", m) or self.cols.punct[m] or self.cols.text[m].isspace()) \
                and not self._names_only(*self._segment(doc, c, sent, -1)):
            return False                         # "... en route to Ukraine, Kishida visited":
                                                 # the name after the comma starts a clause
                                                 # (not so in "Abe, Putin agree to ...")
        j = c - 1
        while j > sent.start and not self._breaks[j - 1] and not self._list_opener(j - 1):
            j -= 1
        return not any(self.cols.alpha[i] and self._has("list_joiners", i) for i in range(j, c))

    def _before_position(self, c: int, reach: int = 6) -> int:
        """The token before a bracket that says where a photo shows the person named before
        it and that closes right before ``c`` ("Xi Jinping (l.), ..."), else the token
        before ``c``."""
        if c < 2 or self.cols.text[c - 1] != ")":
            return c - 1
        opener = next((k for k in range(c - 2, max(c - reach, 0), -1) if self.cols.text[k] == "("), None)
        return opener - 1 if opener is not None and self._shows_position(opener, opener + 1, c - 1) else c - 1

    def _list_opener(self, i: int) -> bool:
        """Whether the word at ``i`` is a preposition of origin that opens a list of names
        ("Warships and aircraft from | the United States, Japan and ...", "aus den USA, Japan
        und ..."): a list joiner before it joins other things, so the comma after the first
        name is the list's. Not German "von", which also opens a genitive ("der Außenminister
        von X, ...")."""
        return self._has("list_origin_prepositions", i)

    def _forces_from(self, k: int) -> bool:
        """Whether the country at token ``k`` heads a list of where craft or troops come from
        ("Warships and aircraft from the United States, Japan and ...", "Truppen aus X und Y"):
        the states whose forces they are."""
        j = k - 1
        if j > 0 and self._has("determiners", j):
            j -= 1
        return j > 0 and self._has("origin_prepositions", j) and (
            self._has("vehicle_nouns", j - 1) or self._has("troop_nouns", j - 1))

    def _names_only(self, a, b) -> bool:
        """Whether tokens [a, b) are names with their role words, determiners and possessives
        only ("China's Xi Jinping")."""
        return all(self.cols.ent[i] or i in self._role_tokens or i in self._demonym_tokens
                   or self._has("determiners", i) or self._possessive_name(i) for i in range(a, b))

    def _possessive_name(self, i: int) -> bool:
        """Whether token ``i`` is a possessive ending between two names ("Japan's Shinzo Abe")."""
        c = self.cols
        return c.text[i] in ("'s", "’s") and 0 < i < len(c.text) - 1 and bool(c.ent[i - 1]) and bool(c.ent[i + 1])

    def _in_relative_clause(self, lo: int, s: int, sent) -> bool:
        """Whether a comma and a relative clause open between ``lo`` and the trigger at ``s``
        (", die er auf der Reise ebenfalls sieht,"): the main clause's time is not
        the trigger's."""
        return any(self._relative_after_comma(k) for k in range(max(lo, sent.start + 1), s))

    def _relative_after_comma(self, k: int) -> bool:
        """Whether a relative clause opens at token ``k``, after a comma (", which ...",
        ", der ... trifft")."""
        return k > 0 and self.cols.text[k - 1] == "," and self._has("relative_pronouns", k) \
            and self._relative_clause_at(None, k, self.cols.sent_of(k))

    def _in_relative_aside(self, k: int, sent) -> bool:
        """Whether token ``k`` stands in a relative clause its sentence opens after a comma
        ("Trudeau, who served as prime minister from 2009 to 2010, ...": those years)."""
        j = k - 1
        while j > sent.start and self.cols.text[j] != ",":
            j -= 1
        return j > sent.start and self._relative_after_comma(j + 1)

