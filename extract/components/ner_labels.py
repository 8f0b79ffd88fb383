"""``diplograph_ner_labels``: a pretrained pipeline's entity labels in the project's kinds.

spaCy's pretrained pipelines label PER/PERSON, ORG, LOC/GPE/FAC, MISC, DATE and more;
the rule components work with Person, Organization, Country and Place. The mapping is data
(``extract/data/ner_labels.json``); labels mapped to null are dropped, unknown labels kept.
Runs right after the pretrained NER and before the knowledge-base ruler, which then
overrides what the KB knows better (a GPE "Japan" becomes the Country japan).
"""
from __future__ import annotations

import json
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.extract.lexicon import DATA_DIR
from diplograph.extract.components.columns import entities_set


@lru_cache(maxsize=1)
def label_map() -> dict:
    return json.loads((DATA_DIR / "ner_labels.json").read_text(encoding="utf-8"))


@Language.component("diplograph_ner_labels")
def map_ner_labels(doc: Doc) -> Doc:
    """Relabel (or drop) the entities a pretrained NER component set."""
    mapping = label_map()
    ents = []
    for ent in doc.ents:
        label = mapping.get(ent.label_, ent.label_)
        if label:
            ents.append(Span(doc, ent.start, ent.end, label=label, span_id=ent.id_))
    doc.ents = ents
    entities_set(doc)
    return doc
