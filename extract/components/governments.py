"""People named only as the head of a government whose members are meant, or as the
principal of an office holder: "Obama administration officials", "members of the Biden
administration", "Mitglieder der Obama-Regierung", "Vertreter der Regierung Scholz",
"Obama's Secretary of State John Kerry", "Merkels Außenminister" — the name says whose
government or minister it is; that person is no party of what is done to them. The
government acting itself ("the Biden administration imposed sanctions") keeps the name,
which stands for it, and so do its members named before the act ("X administration
officials met Y": the name stands for the government's side).

Not a pipeline component: :class:`GovernmentNames` is mixed into the event finder (through
:class:`~diplograph.extract.components.background.BackgroundPhrases`), which provides the
doc's columns (``self.cols``) and the word lists (``self._has``). The nouns are the
lexicon's ``government_heads`` and ``government_member_nouns``.
"""
from __future__ import annotations

__all__ = ["GovernmentNames"]


class GovernmentNames:
    """The tokens of people's names that only say whose government's members or whose
    office holder are meant."""

    def _government_names(self, lo: int, hi: int) -> set:
        """Tokens of the person names in [lo, hi) (from an act's trigger on: its targets or
        partners, not its subject) right before a government noun, maybe past a hyphen
        ("Obama administration", "Obama-Regierung"), or in German right after one
        ("Regierung Scholz"), when members of that government are meant: a member noun right
        after the phrase ("Obama administration officials") or before it and its article
        ("members of the Obama administration", "Mitglieder der Obama-Regierung")."""
        c, out = self.cols, set()
        for ent in self._overlapping(lo, hi):
            if ent.label_ != "Person":
                continue
            after = ent.end + (ent.end < hi and c.text[ent.end] == "-")
            if after < hi and self._has("government_heads", after):
                first, last = ent.start, after
            elif self.lex.lang == "de" and ent.start - 1 >= lo and self._has("government_heads", ent.start - 1):
                first, last = ent.start - 1, ent.end - 1
            else:
                continue
            if self._members_of(first, last, lo, hi):
                out.update(range(ent.start, ent.end))
        return out

    def _principals(self, lo: int, hi: int) -> set:
        """Tokens of the person names in [lo, hi) in the possessive right before a role
        ("Obama's Secretary of State", "Putin's spokesman", German "Merkels Außenminister")."""
        c, out = self.cols, set()
        for r in self._role_starts:
            if not lo < r < hi:
                continue
            possessive = c.text[r - 1] in ("'s", "’s")
            j = r - 2 if possessive else r - 1
            if possessive or self.lex.lang == "de" and c.lower[j].endswith("s"):
                out |= {i for ent in self._overlapping(j, j + 1) if ent.end == j + 1 and ent.label_ == "Person"
                        for i in range(ent.start, ent.end)}
        return out

    def _members_of(self, first: int, last: int, lo: int, hi: int) -> bool:
        """Whether a member noun follows the government phrase [first, last] or stands before
        it, past its article and a genitive link ("officials of the", "Mitglieder der")."""
        if last + 1 < hi and self._has("government_member_nouns", last + 1):
            return True
        k = first - 1
        while k >= lo and (self._has("determiners", k) or self._has("genitive_links", k)):
            k -= 1
        return k >= lo and k < first - 1 and self._has("government_member_nouns", k)
