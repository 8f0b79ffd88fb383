"""``diplograph_paragraphs``: a line break or a ticker separator ends a sentence.

News text puts headlines, bylines and page clutter on lines of their own without a full
stop; without this they would run into the next sentence.

>>> import spacy, extract.components
>>> nlp = spacy.blank("de"); _ = nlp.add_pipe("sentencizer"); _ = nlp.add_pipe("diplograph_paragraphs")
>>> [s.text for s in nlp("Gipfel in Madrid\\n\\nKishida nahm teil.").sents]
['Gipfel in Madrid\\n\\n', 'Kishida nahm teil.']
>>> [s.text for s in nlp("Gipfel +++ Treffen | Agentur").sents]
['Gipfel +++', 'Treffen |', 'Agentur']
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

#: Ticker and title separators ("Headline +++ Headline", "Title | Outlet | Date").
_SEPARATORS = ("+++", "++", "|", "•", "·")


@Language.component("diplograph_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the token after a separator, after the last "+" of "++" or "+++" (spaCy splits
    them into single "+" tokens) and after a whitespace token that holds a line break as a
    sentence start. Tokens are compared by their hashes, as arrays."""
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    separators = numpy.array([strings.add(s) for s in _SEPARATORS], dtype=numpy.uint64)
    plus = strings.add("+")
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    ends = numpy.isin(orth[:-1], separators)
    ends[1:] |= (orth[1:-1] == plus) & (orth[:-2] == plus) & (orth[2:] != plus)
    spaces = numpy.flatnonzero(space[:-1])
    ends[spaces] |= numpy.array(["\n" in strings[word] for word in orth[spaces].tolist()], dtype=bool)
    for i in numpy.flatnonzero(ends).tolist():
        doc[i + 1].is_sent_start = True
    return doc
