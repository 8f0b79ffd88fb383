"""The per-language rule data of the extractor, read from ``extract/data/<lang>/``.

Rules are data: word lists (``lexicon.json``), date words (``dates.json``) and event
trigger patterns (``event_triggers.jsonl``, spaCy Matcher patterns) live in files a user
can extend without touching code.

>>> lex = load_lexicon("de")
>>> "sowie" in lex.words["list_joiners"]
True
>>> lex.dates["months"]["november"]
11
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from diplograph.ontology.errors import PipelineError

__all__ = ["Lexicon", "load_lexicon", "rule_confidence", "lookup_lemmas", "lemma_table_words", "ordinary_words", "DATA_DIR",
           "LANGUAGES"]

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Lexicon:
    """Word lists, date words and event-trigger patterns of one language."""

    lang: str
    words: dict = field(hash=False)
    dates: dict = field(hash=False)
    triggers: tuple = ()

    def __post_init__(self):
        lowered = {name: _typographic(frozenset(w.lower() for w in words)) for name, words in self.words.items()
                   if isinstance(words, (list, tuple, set, frozenset))}
        object.__setattr__(self, "_lowered", lowered)
        cues = {name: (frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w),
                       frozenset(w.split()[0] for w in words if " " in w))
                for name, words in lowered.items()}
        object.__setattr__(self, "_cues", cues)

    def lowered(self, list_name: str) -> frozenset:
        """The word list ``list_name``, lower-cased (empty if there is none)."""
        return self._lowered.get(list_name, frozenset())

    def cues(self, list_name: str) -> tuple[frozenset, tuple, frozenset]:
        """The word list ``list_name``, lower-cased, split into its one-word entries (a set)
        and its entries of several words, with the first words of those (a set: where none
        of them is, no entry of several words can be).

        >>> words, phrases, firsts = load_lexicon("en").cues("list_joiners")
        >>> "and" in words, all(" " in p for p in phrases), firsts == {p.split()[0] for p in phrases}
        (True, True, True)
        """
        return self._cues.get(list_name, (frozenset(), (), frozenset()))

    @property
    def lowered_lists(self) -> dict:
        """Every word list by name, lower-cased (a read-only view for hot loops)."""
        return self._lowered

    def has(self, list_name: str, word: str) -> bool:
        """Whether ``word`` is in the word list ``list_name`` (case-insensitive)."""
        return word.lower() in self._lowered.get(list_name, ())


def _typographic(words: frozenset) -> frozenset:
    """``words`` and, for each with a straight apostrophe, its form with a typographic one
    (the way most news pages print it: "won’t" is tokenized "wo" + "n’t").

    >>> sorted(_typographic(frozenset({"n't", "not"})))
    ["n't", 'not', 'n’t']
    """
    return words | {w.replace("'", "\u2019") for w in words if "'" in w}


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PipelineError(f"cannot read rule file {str(path)!r}: {exc}") from exc


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSON Lines rule file; a bad line is reported with its number."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PipelineError(f"cannot read rule file {str(path)!r}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise PipelineError(f"{str(path)!r} line {number}: {exc}") from exc
    return out


@lru_cache(maxsize=1)
def rule_confidence() -> Mapping[str, float]:
    """Confidence of each rule (``extract/data/rules.json``), read once: every role, event
    and name asks for it.

    >>> rule_confidence()["roles.apposition"] == rule_confidence()["roles.apposition"] > 0
    True
    """
    return MappingProxyType(_read_json(DATA_DIR / "rules.json"))


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The rule data of ``lang`` ("de" or "en")."""
    folder = DATA_DIR / lang
    if lang not in LANGUAGES or not folder.is_dir():
        raise PipelineError(f"no rule data for language {lang!r} (have {', '.join(LANGUAGES)})")
    return Lexicon(lang=lang, words=_read_json(folder / "lexicon.json"),
                   dates=_read_json(folder / "dates.json"),
                   triggers=tuple(read_jsonl(folder / "event_triggers.jsonl")))


@lru_cache(maxsize=None)
def lookup_lemmas(lang: str) -> frozenset:
    """The lemmas of spacy-lookups-data's lookup table for ``lang`` (empty without one),
    read directly, without spaCy's per-entry hashing: the language's ordinary words.

    >>> "island" in lookup_lemmas("en"), "Russland" in lookup_lemmas("en")
    (True, False)
    """
    from spacy.util import load_language_data, registry
    data = registry.lookups.get(lang) if lang in registry.lookups else {}
    if "lemma_lookup" not in data:
        return frozenset()
    return frozenset(w for w in load_language_data(data["lemma_lookup"]).values() if isinstance(w, str))


@lru_cache(maxsize=None)
def lemma_table_words(lang: str) -> frozenset:
    """Every form and lemma of spacy-lookups-data's lookup table for ``lang`` (empty without
    one): in German, where nouns are capitalised, the nouns among them ("Gespräche").
    Cached as plain text (see :mod:`diplograph.extract.wordcache`).

    >>> "Gespräche" in lemma_table_words("de")
    True
    """
    from importlib.metadata import version
    from spacy.util import load_language_data, registry
    from diplograph.extract.wordcache import cached_words

    def build():
        data = registry.lookups.get(lang) if lang in registry.lookups else {}
        if "lemma_lookup" not in data:
            return ()
        table = load_language_data(data["lemma_lookup"])
        return set(table) | {w for w in table.values() if isinstance(w, str)}
    return cached_words(f"lemma-table-{lang}-spacy-lookups-data-{version('spacy-lookups-data')}.txt", build)


@lru_cache(maxsize=None)
def lemma_table_nouns(lang: str) -> frozenset:
    """The capitalised common nouns of spacy-lookups-data's lookup table for ``lang``, with
    their forms: a lemma with a form other than its genitive in -s ("Gespräch":
    "Gesprächen"), or one whose lower-case form is an ordinary word ("Treffen"). Given and
    family names are in the German table too, but only with their genitive ("Helmut":
    "Helmuts", "Jansen": "Jansens"), so they are no nouns here. Cached as plain text.

    >>> nouns = lemma_table_nouns("de")
    >>> "Gespräche" in nouns, "Treffen" in nouns, "Helmut" in nouns, "Jansen" in nouns
    (True, True, False, False)
    """
    from importlib.metadata import version
    from spacy.util import load_language_data, registry
    from diplograph.extract.wordcache import cached_words

    def build():
        data = registry.lookups.get(lang) if lang in registry.lookups else {}
        if "lemma_lookup" not in data:
            return ()
        forms: dict[str, set] = {}
        for form, lemma in load_language_data(data["lemma_lookup"]).items():
            if isinstance(lemma, str) and lemma[:1].isupper():
                forms.setdefault(lemma, set()).add(form)
        ordinary = ordinary_words(lang)
        return {w for lemma, fs in forms.items()
                if lemma.lower() in ordinary or fs - {lemma, lemma + "s", lemma + "'"}
                for w in fs | {lemma} if w[:1].isupper()}
    return cached_words(f"lemma-nouns-{lang}-spacy-lookups-data-{version('spacy-lookups-data')}.txt", build)


#: a word rarer than this (natural log of its probability) is not counted as ordinary
ORDINARY_LOG_PROB = -18.0


@lru_cache(maxsize=None)
def ordinary_words(lang: str) -> frozenset:
    """The lower-case words of ``lang`` that are written in lower case more often than
    capitalised (spacy-lookups-data's word probabilities): "electric", "exchange", "then"
    are ordinary words, "smith", "chad", "hilton" are names. Cached as plain text (see
    :mod:`diplograph.extract.wordcache`); empty without the table.

    >>> words = ordinary_words("en")
    >>> "electric" in words, "smith" in words, "hilton" in words
    (True, False, False)
    """
    from spacy.util import load_language_data, registry
    from importlib.metadata import version
    from diplograph.extract.wordcache import cached_words

    def build():
        data = registry.lookups.get(lang) if lang in registry.lookups else {}
        if "lexeme_prob" not in data:
            return ()
        probs = load_language_data(data["lexeme_prob"])
        return (w for w, p in probs.items() if w.isalpha() and w.islower() and p > ORDINARY_LOG_PROB
                and p > probs.get(w.capitalize(), float("-inf")))
    return cached_words(f"ordinary-{lang}-spacy-lookups-data-{version('spacy-lookups-data')}.txt", build)
