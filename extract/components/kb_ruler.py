"""``diplograph_kb_ruler``: spaCy's EntityRuler over the knowledge base's names, its matches
set in one pass.

spaCy's ``EntityRuler.set_annotations`` looks at every token of every match for an entity
already there and filters the doc's entities once per match. With ``overwrite_ents`` (how
the pipeline uses it) the first decides nothing and the second can be done once for all
matches; on a doc without entities yet (no pretrained NER before it) the entity tags are
written as one array instead of a Span per match (spaCy makes three Tokens for each). It
also skips spaCy's count of every pattern on every doc. Without ``overwrite_ents`` spaCy's
own method runs. The entities and every token's entity tag, label, id and KB id are the
same as spaCy's ruler sets (tests compare them).
"""
from __future__ import annotations

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from diplograph.extract.components.columns import entities_set


_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


class KBRuler(EntityRuler):
    """An :class:`~spacy.pipeline.EntityRuler` whose matches are set in one pass."""

    def set_annotations(self, doc: Doc, matches) -> None:
        """The longest matches win, and new entities replace the ones they overlap."""
        if not self.overwrite:
            super().set_annotations(doc, matches)
            entities_set(doc)
            return
        new, seen = [], set()
        for match_id, start, end in matches:       # longest first, as EntityRuler.match sorts
            if start in seen or end - 1 in seen:
                continue
            new.append((start, end) + (self._ent_ids[match_id] if match_id in self._ent_ids else (match_id, "")))
            seen.update(range(start, end))
        tags = doc.to_array(_ENT_ATTRS)
        if (tags[:, 0] % 2).any():                  # entities there already (B or I): as spaCy
            kept = [e for e in doc.ents if seen.isdisjoint(range(e.start, e.end))]
            doc.ents = kept + [Span(doc, start, end, label=label, span_id=ent_id)
                               for start, end, label, ent_id in new]
            entities_set(doc)
            return
        strings, n = doc.vocab.strings, len(doc)
        iob, types, ids = [2] * n, [0] * n, tags[:, 3].tolist()   # what doc.ents = new sets
        for start, end, label, ent_id in new:
            iob[start:end] = [3] + [1] * (end - start - 1)
            types[start:end] = [strings.add(label) if isinstance(label, str) else label] * (end - start)
            if ent_id:
                ids[start:end] = [strings.add(ent_id)] * (end - start)
        doc.from_array(_ENT_ATTRS, numpy.array([iob, types, [0] * n, ids], dtype=numpy.uint64).T)
        entities_set(doc)

    def _require_patterns(self) -> None:
        """spaCy's check counts every pattern of the ruler on every doc."""
        if not len(self.phrase_matcher) and not len(self.matcher):
            super()._require_patterns()


@Language.factory("diplograph_kb_ruler", default_config={"phrase_matcher_attr": "ORTH",
                                                         "overwrite_ents": True})
def make_kb_ruler(nlp: Language, name: str, phrase_matcher_attr: str, overwrite_ents: bool) -> KBRuler:
    return KBRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents)
