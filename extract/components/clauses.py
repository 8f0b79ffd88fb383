"""Clause geometry for the event component: comma clauses that keep lists and role
appositions whole, relative clauses, the window of a trigger, cue words in a span.

Not a pipeline component: :class:`ClauseGeometry` is mixed into the event finder, which
provides ``self.lex`` (the language's :class:`~extract.lexicon.Lexicon`).
"""
from __future__ import annotations


class ClauseGeometry:
    """Where a trigger's clause starts and ends, and what lies in it.

    The geometry of one doc is asked for many times (every trigger looks at the clauses of
    the others), so :meth:`_start_doc` resets per-doc memos: which commas join a list or an
    apposition, and the tokens of role mentions and demonyms.
    """

    def _start_doc(self, doc) -> None:
        self._joining: dict[int, bool] = {}
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        self._role_tokens = {i for m in doc._.dg_role_mentions or [] for i in range(m.start, m.end)}
        self._demonym_tokens = {i for st, en, _ in doc._.dg_demonyms or [] for i in range(st, en)}
        self._lower = [t.lower_ for t in doc]
        self._breaks = [self.lex.has("clause_breaks", word) for word in self._lower]

    def _clause(self, doc, s, e) -> tuple[int, int]:
        """The comma-delimited clause around tokens [s, e), extended over list commas
        ("trafen sich Japan, Australien und Neuseeland")."""
        if (s, e) not in self._clauses:
            self._clauses[s, e] = self._find_clause(doc, s, e)
        return self._clauses[s, e]

    def _find_clause(self, doc, s, e) -> tuple[int, int]:
        sent = doc[s].sent
        breaks = self._breaks
        a = s
        while a > sent.start:
            if breaks[a - 1] and not self._joining_comma(doc, a - 1, sent):
                break
            a -= 1
        b = e
        while b < sent.end:
            if breaks[b] and not self._joining_comma(doc, b, sent):
                break
            b += 1
        return a, b

    def _joining_comma(self, doc, c, sent) -> bool:
        if c not in self._joining:
            self._joining[c] = self._list_comma(doc, c, sent) or self._apposition_comma(doc, c, sent)
        return self._joining[c]

    def _segment(self, doc, c, sent, step) -> tuple[int, int]:
        """The comma-free stretch of tokens after (step=1) or before (step=-1) comma ``c``."""
        k = c + step
        while sent.start <= k < sent.end and not self._breaks[k]:
            k += step
        return (c + 1, k) if step > 0 else (k + 1, c)

    def _is_apposition(self, doc, a, b) -> bool:
        """"der russische Verteidigungsminister", "Russia's foreign minister"."""
        roles, dem = self._role_tokens, self._demonym_tokens
        return a < b and any(i in roles for i in range(a, b)) and all(
            i in roles or i in dem or doc[i].ent_type_ in ("Country", "Organization")
            or doc[i].text in ("'s", "’s", "-") or self.lex.has("determiners", doc[i].text)
            or self.lex.has("role_modifiers", doc[i].text) for i in range(a, b))

    def _apposition_comma(self, doc, c, sent) -> bool:
        """A comma opening or closing a role apposition after a name
        ("Lawrow, der russische Außenminister, traf ...")."""
        if doc[c].text != ",":
            return False
        right = self._segment(doc, c, sent, 1)
        if doc[c - 1].ent_type_ == "Person" and self._is_apposition(doc, *right):
            return True
        left = self._segment(doc, c, sent, -1)
        return left[0] - 2 >= sent.start and doc[left[0] - 1].text == "," \
            and doc[left[0] - 2].ent_type_ == "Person" and self._is_apposition(doc, *left)

    def _list_comma(self, doc, c, sent) -> bool:
        """A comma between two items of a list of names (possibly with role words)."""
        if doc[c].text != "," or c == sent.start:
            return False
        k = c + 1
        if k < sent.end and self.lex.has("inclusion_words", doc[k].text):
            return True                          # "..., darunter US-Präsident Joe Biden"
        if not doc[c - 1].ent_type_:
            return False
        roles, dem = self._role_tokens, self._demonym_tokens
        while k < sent.end and (self.lex.has("determiners", doc[k].text) or k in roles or k in dem):
            k += 1
        if k >= sent.end or not doc[k].ent_type_ or \
                (doc[k].ent_type_ == "Place") != (doc[c - 1].ent_type_ == "Place"):
            return False                         # a place and a person are no list
        seg_end = self._segment(doc, c, sent, 1)[1]
        if any(self.lex.has("speech_verbs", doc[i].text) for i in range(k, seg_end)):
            return False                         # "..., Chief Cabinet Secretary X said"
        j = c - 1
        while j > sent.start and not self._breaks[j - 1]:
            j -= 1
        return not any(doc[i].is_alpha and self.lex.has("list_joiners", doc[i].text) for i in range(j, c))

    def _cues(self, doc, lo, hi, name) -> bool:
        text = " " + " ".join(self._lower[lo:hi]) + " "
        return any(f" {cue} " in text for cue in self.lex.lowered(name))

    def _window(self, doc, s, e, sent, matches) -> tuple[int, int]:
        """The sentence, cut before a complementizer ("said that ...") after the trigger."""
        lo, hi = sent.start, sent.end
        for k in range(e, hi):
            if self.lex.has("complementizers", doc[k].text):
                hi = k
                break
        for k in range(s - 1, lo - 1, -1):
            if self.lex.has("complementizers", doc[k].text):
                lo = k + 1
                break
        return lo, hi

    def _relative_clause_at(self, doc, k, sent) -> bool:
        """Whether a relative clause starts at token ``k``: "das für Ende April angesetzt
        ist", "an dem Biden teilnahm", "which ..."; not an article ("die Zusammenarbeit")."""
        if k + 1 >= sent.end:
            return False
        first, second = doc[k], doc[k + 1]
        if self.lex.has("relative_pronouns", first.text):
            if second.is_lower or not second.is_alpha:
                return True
            end = k + 1                  # German: a relative clause ends in its finite verb,
            while end < sent.end and not self.lex.has("clause_breaks", doc[end].text) \
                    and not doc[end].is_punct:
                end += 1                 # an infinitive clause in "zu" + verb
            last = doc[end - 1]
            return self.lex.lang == "de" and last.is_lower and last.is_alpha \
                and doc[end - 2].lower_ != "zu" and "zu" not in last.lower_[1:-3]
        return first.is_lower and first.is_alpha and self.lex.has("relative_pronouns", second.text) \
            and not self.lex.has("relative_pronouns", first.text)

    def _status_span(self, doc, lo, hi, sent) -> int:
        """The clause end, extended over a relative clause that follows ("…, das … ist")."""
        if hi < sent.end - 1 and doc[hi].text == "," and self._relative_clause_at(doc, hi + 1, sent):
            k = hi + 1
            while k < sent.end and not self.lex.has("clause_breaks", doc[k].text):
                k += 1
            return k
        return hi
