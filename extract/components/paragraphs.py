"""``diplograph_paragraphs``: a line break or a ticker separator ends a sentence; a line
break that only wraps running text (before a lower-case word) does not.

News text puts headlines, bylines and page clutter on lines of their own without a full
stop; without this they would run into the next sentence.

>>> import spacy, diplograph.extract.components
>>> nlp = spacy.blank("de"); _ = nlp.add_pipe("sentencizer"); _ = nlp.add_pipe("diplograph_paragraphs")
>>> [s.text for s in nlp("Gipfel in Madrid\\n\\nKishida nahm teil.").sents]
['Gipfel in Madrid\\n\\n', 'Kishida nahm teil.']
>>> [s.text for s in nlp("Gipfel +++ Treffen | Agentur").sents]
['Gipfel +++', 'Treffen |', 'Agentur']
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.components.columns import doc_text
from diplograph.extract.lexicon import load_lexicon

#: The shortest line (in characters) a line break may only wrap; shorter lines are
#: headlines, bylines and labels.
WRAPPED_LINE = 40

#: Ticker and title separators ("Headline +++ Headline", "Title | Outlet | Date").
_SEPARATORS = ("+++", "++", "|", "•", "·")


def _wrapped(doc: Doc, i: int) -> bool:
    """Whether the line break at whitespace token ``i`` only wraps a line of running text
    (wire copy broken at a fixed width: "sent home four Brazilian\\nofficials"): one
    break, after a word, before a lower-case word or after a word no line ends in
    ("Foreign ministers from Japan and\\nRussia").

    >>> import spacy
    >>> doc = spacy.blank("en")("OTTAWA\\nOn Friday Canada said it would send home four Brazilian\\nofficials.\\nTalks")
    >>> [(doc[i - 1].text, _wrapped(doc, i)) for i in range(len(doc)) if doc[i].is_space]
    [('OTTAWA', False), ('Brazilian', True), ('.', False)]
    """
    continued = i > 0 and doc[i - 1].lower_ in _continuers(doc.lang_) \
        or i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "’s")      # "Japan and\nRussia", "Korea\n's"
    if doc[i].text.count("\n") != 1 or i == 0 or doc[i - 1].is_punct or not (doc[i + 1].text[:1].islower() or continued):
        return False
    start = doc_text(doc).rfind("\n", 0, doc[i].idx) + 1      # a wrapped line is long, and not the
    return (start > 0 or continued) and doc[i].idx - start >= WRAPPED_LINE   # first: not "Headline\nby X"


@lru_cache(maxsize=8)
def _continuers(lang: str) -> frozenset:
    """Words no line of a headline or byline ends in: joiners, and the language's
    ``line_continuers`` (in English also its articles and place prepositions; a German line
    may end in a verb particle that is a preposition too: "bereitet ... Besuch vor")."""
    lists = load_lexicon(lang).lowered_lists
    names = ("list_joiners", "line_continuers") + (("determiners", "place_prepositions") if lang == "en" else ())
    return frozenset().union(*(lists.get(name, ()) for name in names))


@lru_cache(maxsize=8)
def _run_in_openers(lang: str) -> tuple[str, ...]:
    """The capitalised articles of ``lang`` that may open a story a headline runs into."""
    return tuple(w.capitalize() for w in load_lexicon(lang).lowered_lists.get("run_in_openers", ()))


def _run_in(doc: Doc, orth: list) -> list[int]:
    """The tokens a headline run into its story ends at, with no break or stop between
    ("... zu reisen Der deutsche Kanzler ..."): a lower-case word before a
    capitalised article of the language's ``run_in_openers`` that a lower-case word and a
    capitalised one follow (not "laut Die Zeit").

    >>> import spacy
    >>> doc = spacy.blank("de")("Scholz will nach Paris reisen Der deutsche Kanzler trifft Macron.")
    >>> _run_in(doc, [t.orth for t in doc])
    [4]
    """
    openers = {doc.vocab.strings.add(w) for w in _run_in_openers(doc.lang_)}
    if not openers:
        return []
    out = []
    for i in range(1, len(orth) - 2):
        if orth[i] in openers and doc[i].text[:1].isupper() and doc[i - 1].is_alpha and doc[i - 1].is_lower \
                and doc[i + 1].is_alpha and doc[i + 1].is_lower and doc[i + 2].text[:1].isupper():
            out.append(i - 1)
    return out


def _inside_brackets(doc: Doc, orth: list, reach: int = 12) -> list[int]:
    """The tokens inside a short round bracket that opens inside a sentence, on one line
    ("begann (dt.: Osten 2018) das Manöver"): none of them starts a sentence. Not a bracket
    after a full stop or a line break ("... über Japan. (Archivbild)"), which may be a
    caption of its own.

    >>> import spacy
    >>> doc = spacy.blank("de")("Russland begann (dt.: Osten 2018) das Manöver.")
    >>> [doc[i].text for i in _inside_brackets(doc, [t.orth for t in doc])]
    ['dt', '.', ':', 'Osten', '2018', ')']
    """
    opening, closing = doc.vocab.strings.add("("), doc.vocab.strings.add(")")
    out: list[int] = []
    for i in range(1, len(orth) - 1):
        if orth[i] != opening or doc[i - 1].text in (".", "!", "?", "…") or doc[i - 1].is_space:
            continue
        close = next((j for j in range(i + 1, min(i + reach, len(orth))) if orth[j] == closing), None)
        if close is not None and not any("\n" in doc[j].text for j in range(i + 1, close)):
            out.extend(range(i + 1, close + 1))
    return out


@Language.component("diplograph_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the token after a separator, after the last "+" of "++" or "+++" (spaCy splits
    them into single "+" tokens) and after a whitespace token that holds a line break as a
    sentence start. Tokens are compared by their hashes, read and written with one array each."""
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    separators = {strings.add(s) for s in _SEPARATORS}
    plus = strings.add("+")
    orth, space, dep = doc.to_array([ORTH, IS_SPACE, DEP]).T.tolist()
    last = len(orth) - 1
    marks = separators | {plus}
    ends = [i for i in range(last) if orth[i] in marks and (
        orth[i] in separators or i > 0 and orth[i - 1] == plus and orth[i + 1] != plus)]
    ends += [i for i in range(last) if space[i] and "\n" in strings[orth[i]] and not _wrapped(doc, i)]
    ends += _run_in(doc, orth)
    if not any(dep):                     # "mit „X“ (dt.: „Y“) ein großes Manöver ...":
        for i in _inside_brackets(doc, orth):    # the stop of an abbreviation inside ends nothing
            if doc[i].is_sent_start:
                doc[i].is_sent_start = False
    if not ends:
        return doc
    if any(dep):                          # spaCy refuses to cut a parse (its own check)
        for i in ends:
            doc[i + 1].is_sent_start = True
        return doc
    starts = doc.to_array(SENT_START)     # one write instead of a check of every token per start
    starts[[i + 1 for i in ends]] = 1
    doc.from_array([SENT_START], starts)
    return doc
