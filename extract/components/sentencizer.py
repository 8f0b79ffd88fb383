"""``diplograph_sentencizer``: spaCy's Sentencizer, deciding over token hashes.

spaCy's ``Sentencizer.predict`` makes a Token for every token of the doc to read its text
and punctuation flag; this one reads both for the whole doc with one ``to_array`` call and
compares hashes with the hashes of the punctuation characters. The same sentence starts
as spaCy's (a test compares them); configuration and serialisation are spaCy's. The
pipeline names it ``sentencizer``.
"""
from __future__ import annotations

from spacy.attrs import IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string


class HashSentencizer(Sentencizer):
    """A :class:`~spacy.pipeline.Sentencizer` whose ``predict`` reads no Token objects."""

    def predict(self, docs):
        """Per doc, whether each token starts a sentence: the first token, and the first
        token that is no punctuation after a sentence-final character."""
        punct = {hash_string(char) for char in self.punct_chars}
        return [self._starts(doc, punct) for doc in docs]

    @staticmethod
    def _starts(doc, punct: set) -> list[bool]:
        guesses = [False] * len(doc)
        if not guesses:
            return guesses
        orth, is_punct = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
        start, seen_period = 0, False
        guesses[0] = True
        for i, word in enumerate(orth):
            final = word in punct
            if seen_period and not is_punct[i] and not final:
                guesses[start] = True
                start, seen_period = i, False
            elif final:
                seen_period = True
        guesses[start] = True
        return guesses


@Language.factory("diplograph_sentencizer", default_config={"punct_chars": None, "overwrite": False})
def make_hash_sentencizer(nlp: Language, name: str, punct_chars, overwrite: bool) -> HashSentencizer:
    return HashSentencizer(name, punct_chars=punct_chars, overwrite=overwrite)
