"""The gender of a personal pronoun (:func:`diplograph.extract.person_refs.pronoun_gender`),
on tokens of the real pipeline's tokenizer."""
from __future__ import annotations

import pytest

from diplograph.extract.components.columns import columns
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.person_refs import pronoun_gender
from diplograph.extract.pipeline import get_pipeline


@pytest.mark.parametrize("lang,text,gender", [
    ("en", "Then he met the envoy.", "m"),
    ("en", "Then she met the envoy.", "f"),
    ("de", "Dann traf er den Gesandten.", "m"),
    ("de", "Dann trafen sie den Gesandten.", None),     # "sie": she or they
])
def test_the_gender_of_the_last_pronoun(lang, text, gender):
    doc = get_pipeline(lang).make_doc(text)
    assert pronoun_gender(columns(doc), load_lexicon(lang), 0, len(doc)) == gender
