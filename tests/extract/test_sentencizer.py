"""diplograph.extract.components.sentencizer: the same sentence starts as spaCy's Sentencizer."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import diplograph.extract.components  # noqa: F401  (registers the factories)
from diplograph.extract.components.sentencizer import HashSentencizer
from diplograph.extract.pipeline import get_pipeline

ARTICLES = Path(__file__).parent / "articles"
TEXTS = ["Abe traf Putin. Dann... gingen sie!? Ja.", "„Gut.“ Sagte er. (Reuters) - Tokio.",
         "No stop at all", "", ".", "Wait!! Really?? Yes 3.5 % . ok"]


def starts(factory, lang, text, **config):
    nlp = spacy.blank(lang)
    nlp.add_pipe(factory, config=config)
    return [t.is_sent_start for t in nlp(text)]


@pytest.mark.parametrize("text", TEXTS + [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))])
def test_same_starts_as_spacys_sentencizer(text):
    found = starts("diplograph_sentencizer", "de", text)
    assert found == starts("sentencizer", "de", text)
    assert len(text) < 50 or found.count(True) > 3


def test_own_punctuation_characters():
    text = "Eins; zwei; drei. Vier"
    ours = starts("diplograph_sentencizer", "en", text, punct_chars=[";"])
    assert ours == starts("sentencizer", "en", text, punct_chars=[";"]) and ours.count(True) == 3


def test_the_pipeline_uses_it_under_spacys_name():
    assert isinstance(get_pipeline("de").get_pipe("sentencizer"), HashSentencizer)
