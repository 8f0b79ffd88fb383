"""``diplograph_paragraphs``: a line break or a ticker separator ends a sentence.

News text puts headlines, bylines and page clutter on lines of their own without a full
stop; without this they would run into the next sentence.

>>> import spacy, extract.components
>>> nlp = spacy.blank("de"); _ = nlp.add_pipe("sentencizer"); _ = nlp.add_pipe("diplograph_paragraphs")
>>> [s.text for s in nlp("Gipfel in Madrid\\n\\nKishida nahm teil.").sents]
['Gipfel in Madrid\\n\\n', 'Kishida nahm teil.']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


#: Ticker and title separators ("Headline +++ Headline", "Title | Outlet | Date").
_SEPARATORS = {"+++", "++", "|", "•", "·"}


def _ends_plus_run(doc: Doc, token) -> bool:
    """The last "+" of "++" or "+++" (spaCy splits them into single "+" tokens)."""
    return token.text == "+" and token.i > 0 and doc[token.i - 1].text == "+" \
        and doc[token.i + 1].text != "+"


@Language.component("diplograph_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the token after any whitespace token that holds a line break as sentence start."""
    for token in doc[:-1]:
        if token.text in _SEPARATORS or _ends_plus_run(doc, token):
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.text_with_ws and (token.is_space or token.whitespace_ == "\n"):
            doc[token.i + 1].is_sent_start = True
        elif not token.is_space and "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
