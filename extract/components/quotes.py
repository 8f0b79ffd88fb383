"""``diplograph_quotes``: direct quotes and indirect speech with their speakers.

Direct quotes are text between „…“, “…”, "…", «…», »…« or ‘…’/'…' of at least three
words. The speaker is the person next to a speech verb in the same sentence ("…,"
Kishida told; Kishida fügte hinzu: "…"), a role named instead of a person ("the Russian
foreign minister said", resolved later), or the last person named before a pronoun ("he
said"). Indirect speech ("Kishida sagte, der Handel habe …") is a statement too.
Results go to ``doc._.dg_quotes`` as :class:`Quote` records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicon

_QUOTES = re.compile(r"„([^“”\"]{3,}?)[“”\"]|“([^”]{3,}?)”|\"([^\"]{3,}?)\"|«([^»]{3,}?)»"
                     r"|»([^«]{3,}?)«|(?<!\w)[‘']([^’']{3,}?)[’'](?!\w)")
MIN_WORDS = 3
WINDOW = 5


@dataclass(frozen=True)
class Quote:
    """What was said at characters [start, end), by ``speaker`` (a KB slug or token span),
    or by the holder of ``speaker_role`` ((role slug, country slug))."""

    text: str
    start: int
    end: int
    sent: tuple
    speaker: object = None
    speaker_role: tuple | None = None
    direct: bool = True


class QuoteFinder:
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        persons = [e for e in doc.ents if e.label_ == "Person"]
        quotes, quoted_sents = [], set()
        for m in _QUOTES.finditer(doc.text):
            group = next(i for i in range(1, 7) if m.group(i) is not None)
            text = m.group(group).strip()
            if len(text.split()) < MIN_WORDS:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            quotes.append(self._attribute(doc, text, m.start(group), m.end(group), span, persons))
            quoted_sents.add(span.sent.start)
        quotes += [q for sent in doc.sents if sent.start not in quoted_sents
                   and (q := self._indirect(doc, sent)) is not None]
        doc._.dg_quotes = sorted(quotes, key=lambda q: q.start)
        return doc

    def _speech_verb_near(self, doc, lo, hi) -> int | None:
        for i in range(max(lo, 0), min(hi, len(doc))):
            if self.lex.has("speech_verbs", doc[i].text):
                return i
        return None

    def _attribute(self, doc, text, start, end, span, persons) -> Quote:
        sent = span.sent
        sspan = (sent.start_char, sent.end_char)
        # outside the quote, within the sentence (or the sentence before for "X fügte hinzu:")
        for lo, hi in ((span.end, min(sent.end, span.end + WINDOW + 3)),
                       (max(sent.start, span.start - WINDOW - 3), span.start)):
            verb = self._speech_verb_near(doc, lo, hi)
            if verb is None and not (lo < hi and doc[hi - 1].text == ":"):
                continue
            speaker = self._speaker_in(doc, lo, hi, persons)
            if speaker is not None:
                return Quote(text, start, end, sspan, speaker=speaker)
            role = self._role_in(doc, lo, hi)
            if role is not None:
                return Quote(text, start, end, sspan, speaker_role=role)
            if any(self.lex.has("pronouns_for_people", doc[i].text) for i in range(lo, hi)):
                return Quote(text, start, end, sspan, speaker=self._last_person(span.start, persons))
        if span.start > 0 and doc[span.start - 1].text == ":" or sent.start == span.start:
            prev = self._speaker_in(doc, max(0, span.start - 12), span.start, persons)
            return Quote(text, start, end, sspan, speaker=prev)
        return Quote(text, start, end, sspan)

    def _speaker_in(self, doc, lo, hi, persons):
        for ent in persons:
            if lo <= ent.start < hi:
                return ent.ent_id_ or (ent.start, ent.end)
        return None

    def _role_in(self, doc, lo, hi):
        for claim in doc._.dg_roles or []:
            if claim.person is None and lo <= claim.mention[0] < hi:
                return (claim.role, claim.org)
        return None

    def _last_person(self, i, persons):
        before = [e for e in persons if e.end <= i]
        return (before[-1].ent_id_ or (before[-1].start, before[-1].end)) if before else None

    def _indirect(self, doc, sent) -> Quote | None:
        """"X sagte, ..." / "..., erklärte X": the sentence is X's statement."""
        persons = [e for e in doc.ents if e.label_ == "Person" and sent.start <= e.start < sent.end]
        for i in range(sent.start, sent.end):
            if not self.lex.has("speech_verbs", doc[i].text):
                continue
            near = [e for e in persons if abs(e.start - i) <= 4 or abs(e.end - 1 - i) <= 4]
            has_clause = any(doc[k].text in (",", ":") for k in range(max(sent.start, i - 6), min(sent.end, i + 2)))
            if near and has_clause:
                ent = near[0]
                return Quote(sent.text.strip(), sent.start_char, sent.end_char,
                             (sent.start_char, sent.end_char),
                             speaker=ent.ent_id_ or (ent.start, ent.end), direct=False)
        return None


@Language.factory("diplograph_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp)
