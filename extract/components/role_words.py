"""``diplograph_role_words``: role words such as "Außenminister" or "Prime Minister".

Phrases come from the KB's role concepts (all labels and variants, with German plural
and case endings). Coordinated role words share their head: "Außen- und
Verteidigungsminister" and "foreign and defence ministers" are one mention of two roles.
Results go to ``doc._.dg_role_mentions`` as :class:`RoleMention` records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.patterns import role_phrases


#: a time of day before "PM" ("10:58", "9", "10.30")
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?")


@dataclass(frozen=True)
class RoleMention:
    """Role words at tokens [start, end) naming one or more roles (in textual order)."""

    start: int
    end: int
    roles: tuple
    deputy: bool = False     # the deputy of an office that has no deputy role of its own
                             # ("stellvertretender Kabinettssekretär"): a title, no office held


def past_post(doc: Doc, i: int, lex) -> int:
    """Where a holder's name starts after role words that end before token ``i``: past the
    post's place ("Ambassador to Japan X", "ambassador to the United Nations X"), else ``i``.

    ``lex`` is the language's lexicon (``role_place_prepositions``, ``definite_determiners``).
    """
    if i + 2 >= len(doc) or not lex.has("role_place_prepositions", doc[i].lower_):
        return i
    j = i + 2 if lex.has("definite_determiners", doc[i + 1].text) else i + 1
    if j >= len(doc) or doc[j].ent_iob_ != "B" or doc[j].ent_type_ not in ("Country", "Organization", "Place"):
        return i
    k = j + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k if k < len(doc) and doc[k].text[:1].isupper() else i


class RoleWordFinder:
    def __init__(self, nlp: Language):
        self.table = role_phrases(load_kb(), nlp.lang)
        self.lex = load_lexicon(nlp.lang)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("ROLE", list(nlp.tokenizer.pipe(sorted(self.table))))
        heads = self.lex.lowered("compound_role_heads")      # their forms in the table ("sprecherin")
        self.compound_forms = tuple(sorted((f for f in self.table if any(
            f.startswith(h) and len(f) - len(h) <= 3 for h in heads)), key=len, reverse=True))
        self.compound_blocked = tuple(self.lex.lowered("compound_role_blocked_prefixes"))
        self.name_heads = frozenset().union(*(self.lex.lowered(key) for key in (
            "role_name_heads", "organisation_words", "membership_nouns", "event_nouns")))

    def __call__(self, doc: Doc) -> Doc:
        matched = [(s, e) for _, s, e in self.matcher(doc)]
        spans = sorted(matched + self._compounds(doc, {s for s, _ in matched}), key=lambda x: (x[0], -x[1]))
        mentions, last_end = [], -1
        for start, end in spans:
            if start < last_end or self._clock_meridiem(doc, start, end) or self._in_name(doc, start, end):
                continue                 # "10:58 PM IST": the time of day, no prime minister
            slug = self._slug(doc[start:end].text.lower())
            mention = self._coordinated(doc, start, end, slug) or RoleMention(start, end, (slug,))
            if self._deputy(doc, mention.start):     # "der stellvertretende chinesische Außenminister":
                deputies = self.lex.words.get("deputy_roles", {})    # the deputy's office, or a title
                if all(r in deputies for r in mention.roles):
                    mention = RoleMention(mention.start, mention.end, tuple(deputies[r] for r in mention.roles))
                else:
                    mention = RoleMention(mention.start, mention.end, mention.roles, deputy=True)
            if mentions and mention.start < mentions[-1].end:
                continue
            mentions.append(mention)
            last_end = end
        doc._.dg_role_mentions = mentions
        return doc

    def _slug(self, low: str) -> str:
        """The role of the lower-cased role words ``low``, a phrase of the table or a compound."""
        return self.table.get(low) or self.table[next(f for f in self.compound_forms if low.endswith(f))]

    def _compounds(self, doc: Doc, found: set) -> list:
        """German compounds ending in a role word the lexicon lets head one
        ("Ministeriumssprecherin", "Armeesprecher"), not a word of their own ("Fürsprecher",
        "Lautsprecher": ``compound_role_blocked_prefixes``) nor one the matcher found."""
        if not self.compound_forms:
            return []
        out = []
        for tok in doc:
            low = tok.lower_
            if tok.i in found or not tok.is_title or not low.endswith(self.compound_forms):
                continue
            stem = low[:-len(next(f for f in self.compound_forms if low.endswith(f)))]
            if len(stem) >= 3 and stem.isalpha() and not stem.startswith(self.compound_blocked):
                out.append((tok.i, tok.i + 1))
        return out

    def _in_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether capitalised role words [start, end) begin the name of a body or an
        occasion ("the U.S.-China Governors Forum", "the Presidents Cup"): English only."""
        return self.lex.lang == "en" and end < len(doc) and doc[start].is_title and doc[end].is_title \
            and doc[end].lower_ in self.name_heads and doc[end].ent_type_ != "Person"   # "Secretary-General Ban Ki-moon"

    @staticmethod
    def _clock_meridiem(doc: Doc, start: int, end: int) -> bool:
        """Whether the words [start, end) are "PM" after a time of day ("10:58 PM", "9 PM")."""
        return end - start == 1 and doc[start].lower_ == "pm" and start > 0 \
            and _CLOCK.fullmatch(doc[start - 1].text) is not None

    def _deputy(self, doc: Doc, start: int, reach: int = 3) -> bool:
        """Whether a word making its holder a deputy ("deputy", "stellvertretende") stands
        before the role word at ``start``, past at most ``reach`` country names or adjectives
        ("stellvertretende chinesische Außenminister", "deputy Chinese foreign minister")."""
        j, de = start - 1, self.lex.lang == "de"
        while j >= 0 and start - j <= reach + 1:
            tok = doc[j]
            if self.lex.has("deputy_modifiers", tok.text):
                return True
            if not (tok.ent_type_ == "Country" or tok.text in ("'s", "’s")
                    or tok.is_alpha and (tok.is_lower if de else tok.is_title) and not self.lex.has("determiners", tok.text)):
                return False
            j -= 1
        return False

    def _coordinated(self, doc: Doc, start: int, end: int, slug: str) -> RoleMention | None:
        """"Außen- und Verteidigungsminister" / "foreign and defence ministers"."""
        if start < 2 or not self.lex.has("suspended_hyphen_joiners", doc[start - 1].text) \
                and not self.lex.has("list_joiners", doc[start - 1].text):
            return None
        first = doc[start - 2]
        head = doc[start:end].text.lower()
        if first.text.endswith("-"):
            stem = first.text[:-1].lower()
            for cut in range(1, len(head)):
                other = self.table.get(stem + head[cut:])
                if other and other != slug:
                    return RoleMention(start - 2, end, (other, slug))
            return None
        if end - start >= 2 and first.is_alpha:
            other = self.table.get(first.lower_ + " " + doc[start + 1:end].text.lower())
            if other and other != slug:
                return RoleMention(start - 2, end, (other, slug))
        return None


@Language.factory("diplograph_role_words")
def make_role_word_finder(nlp: Language, name: str) -> RoleWordFinder:
    return RoleWordFinder(nlp)
