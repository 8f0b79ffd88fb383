"""German visit nouns that name their destination in the compound: "Chinabesuch",
"Japan-Reise", "USA-Visite" — the country or place before the head is where the visit goes;
and pairs of countries that modify a noun ("India-China relations").

Not a pipeline component: :class:`DestinationCompounds` is mixed into the event finder,
which provides the doc's columns (``self.cols``), the lexicon (``self.lex``) and the
knowledge base (``self.kb``). The heads are the lexicon's ``destination_compound_heads``;
the names are the knowledge base's countries and places, in the text's language.
"""
from __future__ import annotations

from functools import lru_cache

from diplograph.ontology.kb import load_kb

__all__ = ["DestinationCompounds"]


@lru_cache(maxsize=4)
def _destinations(lang: str) -> dict[str, str]:
    """Lower-cased one-word names of the knowledge base's countries and places in ``lang``
    -> their slugs; a name two entities bear is left out.

    >>> _destinations("de")["china"], _destinations("de")["japan"]
    ('china', 'japan')
    """
    out: dict[str, str] = {}
    for ent in load_kb().entities.values():
        if ent.kind not in ("Country", "Place"):
            continue
        for name in ent.names(lang):
            key = name.lower()
            if " " not in key:
                out[key] = ent.slug if out.get(key, ent.slug) == ent.slug else ""
    return {k: v for k, v in out.items() if v}


class DestinationCompounds:
    """The destination a German visit compound names."""

    def _compound_destination(self, s: int, e: int) -> str | None:
        """The slug of the country or place that the visit noun [s, e) names before its head
        ("Chinabesuch" -> china, "Japan-Reise" -> japan), or None."""
        heads = self._lists.get("destination_compound_heads", ())
        if not heads or e - s > 3:
            return None
        word = "".join(self.cols.text[s:e]).lower()
        head = next((h for h in heads if word.endswith(h) and len(word) > len(h)), None)
        if head is None:
            return None
        return _destinations(self.lex.lang).get(word[:-len(head)].rstrip("-"))

    def _pair_compound(self, ent) -> bool:
        """Whether the country ``ent`` is one of a pair of names joined by a hyphen after a
        place preposition that goes on into a noun which is no event, nor two or three words
        before one ("in India-China relations", "in US-Russia ties"; not "in Armenia-Azerbaijan
        peace talks"): what the noun is about, neither where anything happens nor who takes
        part."""
        text, kinds = self.cols.text, self.cols.ent
        first, j = ent.start, ent.end
        while first > 1 and text[first - 1] == "-" and kinds[first - 2] == "Country":
            first -= 2
            while first > 0 and kinds[first - 1] == "Country":
                first -= 1
        if first == ent.start and not (j + 1 < len(text) and text[j] == "-" and kinds[j + 1] == "Country"):
            return False
        while j < len(text) and (kinds[j] == "Country"
                                 or text[j] == "-" and j + 1 < len(text) and kinds[j + 1] == "Country"):
            j += 1
        return first > 0 and self._has("place_prepositions", first - 1) and j < len(text) and self.cols.alpha[j] \
            and not any(k in self._trigger_starts for k in range(j, min(j + 3, len(text))))   # "peace talks"
