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
from bisect import bisect_left, bisect_right
from operator import attrgetter
from dataclasses import dataclass
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.components.columns import columns, doc_text, within

# Every alternative starts with its quotation mark (the single quote's "no letter before"
# is checked after it), so the regex engine skips to the next mark instead of trying each
# alternative at every character.
_start, _end = attrgetter("start"), attrgetter("end")

_QUOTES = re.compile(r"„([^“”\"]{3,}?)[“”\"]|“([^”]{3,}?)”|\"([^\"]{3,}?)\"|«([^»]{3,}?)»"
                     r"|»([^«]{3,}?)«|[‘'](?<!\w[‘'])([^’']{3,}?)[’'](?!\w)")
MIN_WORDS = 3
_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöüß .'’-]{1,40},[^\n]{0,40}?\([^)]{1,30}\)\s*[-–—]\s*")
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
    speaker_country: str | None = None   # "zitiert ... den Russen": a person of that country


class QuoteFinder:
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)
        self.outlets = {e.slug for e in load_kb().entities.values() if e.cls == DG.NewsOutlet}
        self.venues = {e.slug for e in load_kb().entities.values() if e.venue}

    def __call__(self, doc: Doc) -> Doc:
        self._cols = columns(doc)
        self._demonym_tokens = {i for lo, hi, _ in doc._.dg_demonyms or [] for i in range(lo, hi)}
        persons = [e for e in self._cols.ents if e.label_ == "Person"]
        self._bodies_of_doc = [e for e in self._cols.ents if e.label_ in ("Organization", "Country")
                               and e.ent_id_ not in self.outlets and not self._venue_at(e)]
        self._role_claims = sorted((c for c in doc._.dg_roles or [] if c.person is None),
                                   key=lambda c: c.mention[0])
        self._role_firsts = [c.mention[0] for c in self._role_claims]
        full_text = doc_text(doc)        # spaCy joins the tokens anew on each doc.text
        quotes, quoted_sents = [], set()
        for m in _QUOTES.finditer(full_text):
            group = next(i for i in range(1, 7) if m.group(i) is not None)
            text = m.group(group).rstrip()
            inner_end = m.start(group) + len(text)
            while text and text[-1] in ",;":      # English puts the comma inside the marks
                text, inner_end = text[:-1].rstrip(), inner_end - 1
            text = text.strip()
            if len(text.split()) < MIN_WORDS:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or self._heading(full_text, span):
                continue
            quote = self._attribute(doc, text, m.start(group), inner_end, span, persons)
            quotes.append(quote)
            quoted_sents.update(s.start for s in doc.char_span(*quote.sent, alignment_mode="expand").sents)
        verbs = self.lex.lowered("speech_verbs")
        self._verbs = sorted(self._cols.where(verbs) + [v for _, v in wie_tellers(self._cols, self.lex)])
        quotes += [q for sent in self._cols.sents if sent.start not in quoted_sents
                   and self._verbs_in(sent)
                   and (q := self._indirect(doc, sent, persons, full_text)) is not None]
        doc._.dg_quotes = self._continued(sorted(quotes, key=lambda q: q.start))
        return doc

    def _speech_verb_near(self, doc, lo, hi) -> int | None:
        for i in range(max(lo, 0), min(hi, len(doc))):
            if self.lex.has("speech_verbs", doc[i].text):
                return i
        return None

    def _attribute(self, doc, text, start, end, span, persons) -> Quote:
        # the opening mark may hang on the sentence before: take sentences from the content
        inner = doc.char_span(start, end, alignment_mode="expand") or span
        first, last = inner[0].sent, doc[span.end - 1].sent
        sspan = (first.start_char, last.end_char)
        # a speech verb (or a colon) next to the quote, after it or before it
        windows = [(lo, hi) for lo, hi in ((span.end, min(last.end, span.end + WINDOW + 3)),
                                           (max(first.start, span.start - WINDOW - 6), span.start))
                   if lo < hi and (self._speech_verb_near(doc, lo, hi) is not None
                                   or doc[hi - 1].text == ":")]
        for lo, hi in windows:
            speaker = self._speaker_in(doc, lo, hi, persons)
            if speaker is not None:
                return Quote(text, start, end, sspan, speaker=speaker)
        for lo, hi in windows:
            role = self._role_in(doc, lo, hi)
            if role is not None:
                return Quote(text, start, end, sspan, speaker_role=role)
            if any(self.lex.has("pronouns_for_people", doc[i].text) for i in range(lo, hi)):
                return Quote(text, start, end, sspan, speaker=self._last_person(span.start, persons))
        for lo, hi in windows:
            country = self._demonym_in(doc, lo, hi)
            if country is not None:
                return Quote(text, start, end, sspan, speaker_country=country)
        for lo, hi in windows:
            body = self._speaker_in(doc, lo, hi, self._bodies(doc))
            if body is not None:      # "the Russian Foreign Ministry said", "Moscow said"
                return Quote(text, start, end, sspan, speaker=body)
        k = span.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0 and doc[k].text == ":":        # "Kishida fügte hinzu:\n\n„…“"
            prev = self._speaker_in(doc, max(0, k - 12), k, persons)
            return Quote(text, start, end, sspan, speaker=prev)
        return Quote(text, start, end, sspan)

    def _demonym_in(self, doc, lo, hi) -> str | None:
        """"zitiert The Star Online den Russen": a demonym used as a noun names a person."""
        for s, e, slug in doc._.dg_demonyms or []:
            if lo <= s < hi and doc[s].is_title and (e >= len(doc) or not doc[e].is_alpha
                                                     or doc[e].is_lower):
                return slug
        return None

    @staticmethod
    def _heading(text, span) -> bool:
        """A quote that is a line of its own, with no full stop, not introduced by a colon:
        a subheading ('A positive impact'), not something said."""
        before = text.rfind("\n", 0, span.start_char)
        after = text.find("\n", span.end_char)
        line = text[before + 1:after if after >= 0 else len(text)]
        introduced = text[:max(before, 0)].rstrip().endswith(":")
        quoted = text[span.start_char:span.end_char]
        return line.strip() == quoted.strip() and not introduced \
            and quoted.rstrip("\"'“”„«»‘’ ")[-1:] not in (".", "!", "?")

    @staticmethod
    def _continued(quotes: list) -> list:
        """An unattributed quote right after an attributed one continues the same speaker."""
        out = []
        for q in quotes:
            prev = out[-1] if out else None
            if prev is not None and q.speaker is None and q.speaker_role is None \
                    and q.speaker_country is None and q.direct and prev.direct \
                    and 0 <= q.start - prev.end < 200 and prev.speaker is not None:
                q = Quote(q.text, q.start, q.end, q.sent, speaker=prev.speaker)
            out.append(q)
        return out

    def _speaker_in(self, doc, lo, hi, persons):
        """The first of ``persons`` (entities in text order) that starts in [lo, hi)."""
        k = bisect_left(persons, lo, key=_start)
        if k < len(persons) and persons[k].start < hi:
            ent = persons[k]
            return ent.ent_id_ or (ent.start, ent.end)
        return None

    def _venue_at(self, ent) -> bool:
        """Whether ``ent`` is a building named as where something happens ("nach dem Treffen
        im Blauen Haus", "at the Kremlin"): a place there, no speaker."""
        k = ent.start - 1
        while k >= 0 and self.lex.has("determiners", self._cols.text[k]):
            k -= 1
        return ent.ent_id_ in self.venues and k >= 0 and self.lex.has("place_prepositions", self._cols.lower[k])

    def _bodies(self, doc) -> list:
        """Organisations and countries that can speak (news outlets only report)."""
        return self._bodies_of_doc

    def _role_in(self, doc, lo, hi):
        k = bisect_left(self._role_firsts, lo)
        if k < len(self._role_claims) and self._role_firsts[k] < hi:
            claim = self._role_claims[k]
            return (claim.role, claim.org)
        return None

    def _last_person(self, i, persons):
        """The last of ``persons`` (entities in text order, none overlapping) ending by ``i``."""
        k = bisect_right(persons, i, key=_end)
        return (persons[k - 1].ent_id_ or (persons[k - 1].start, persons[k - 1].end)) if k else None

    def _indirect(self, doc, sent, persons: list, text: str) -> Quote | None:
        """"X sagte, ...", "..., erklärte X", "X said that ...", "Lawrow, der russische
        Außenminister, sagte, ...", "sagte der russische Außenminister, ...": the sentence
        is the statement of X (or of the holder of the role)."""
        persons = persons[bisect_left(persons, sent.start, key=_start):bisect_left(persons, sent.end, key=_start)]
        sent_text = text[sent.start_char:sent.end_char]
        if sent_text.rstrip().endswith(":"):
            return None                          # it introduces a quote that follows
        for i in self._verbs_in(sent):
            if not self._introduces(doc, i, sent):
                continue
            start = self._after_dateline(sent_text, sent)
            quote = partial(Quote, sent_text[start - sent.start_char:].strip(), start, sent.end_char,
                            (sent.start_char, sent.end_char), direct=False)
            near = [e for e in persons if abs(e.start - i) <= 4 or abs(e.end - 1 - i) <= 4]
            near = [e for e in near if not self._companion(e.start, sent.start)] or near
            ent = near[0] if near else self._apposed_subject(doc, i, sent)
            if ent is not None:
                return quote(speaker=ent.ent_id_ or (ent.start, ent.end))
            role = self._role_in(doc, max(sent.start, i - 4), min(sent.end, i + 5))
            if role is not None:
                return quote(speaker_role=role)
            body = self._speaker_in(doc, max(sent.start, i - 4), min(sent.end, i + 5), self._bodies(doc))
            if body is not None:          # "Das Verteidigungsministerium teilte mit, ..."
                return quote(speaker=body)
        return None

    def _verbs_in(self, sent) -> list[int]:
        """The speech verbs of a sentence."""
        return within(self._verbs, sent.start, sent.end)

    @staticmethod
    def _after_dateline(sent_text, sent) -> int:
        """Where a sentence's own words start, after a dateline ("TOKYO, Oct 23 (Reuters) - ")."""
        m = _DATELINE.match(sent_text)
        return sent.start_char + m.end() if m else sent.start_char

    def _introduces(self, doc, i, sent) -> bool:
        """A speech verb introduces reported speech: a comma or colon next to it, or a
        complementizer after it ("said that", "told reporters that")."""
        text, lower = self._cols.text, self._cols.lower
        if any(text[k] in (",", ":") for k in range(max(sent.start, i - 6), min(sent.end, i + 6))):
            return True
        complementizers = self.lex.lowered("complementizers")
        if any(lower[k] in complementizers for k in range(i + 1, min(sent.end, i + 7))):
            return True
        # English drops "that": "Peskov said the talks had been constructive"
        return self.lex.has("reporting_verbs", doc[i].text) and i > sent.start \
            and (doc[i - 1].ent_type_ or self.lex.has("pronouns_for_people", doc[i - 1].text)) \
            and sent.end - i > 3

    def _companion(self, k: int, lo: int, reach: int = 4) -> bool:
        """Whether the person starting at token ``k`` is named after a word of
        ``company_prepositions``, maybe past the role words and articles before the name
        ("after his meeting with Lavrov", "nach dem Gespräch mit dem russischen
        Außenminister Sergej Lawrow"): someone met, not the speaker."""
        j = k - 1
        while j > lo and k - j <= reach and (self._cols.title[j] or j in self._demonym_tokens
                                             or self.lex.has("determiners", self._cols.lower[j])):
            j -= 1
        return j >= lo and self.lex.has("company_prepositions", self._cols.lower[j])

    def _apposed_subject(self, doc, i, sent):
        """The person before "X, <role apposition>, sagte"."""
        for claim in doc._.dg_roles or []:
            if claim.rule == "roles.apposition" and claim.person and sent.start <= claim.person[0] \
                    and 0 < i - claim.mention[1] <= 3:
                return doc[claim.person[0]:claim.person[1]]
        return None


def wie_tellers(cols, lex, reach: int = 12) -> list[tuple[int, int]]:
    """The German "wie" clauses after a sentence's own words that a verb of telling closes
    (", wie Regierungssprecher X am Montag mitteilte."; ``final_report_verbs``), as (their
    comma, the verb); not one that opens the sentence ("Wie der Pressedienst mitteilte, traf X
    Y": its teller is not X). The quote finder takes the verb as a speech verb; the event
    finder takes the clause's day as the day the act was told (they are no speech verbs of
    its own, so that the teller of "Das Manöver wurde beendet, wie die Flotte mitteilte"
    still acts)."""
    out, text = [], cols.text
    for k in cols.where(lex.lowered("final_report_verbs")):
        lo = cols.sent_of(k).start
        comma = next((j for j in range(k - 1, max(lo, k - reach) - 1, -1) if text[j] == ","), None)
        if comma is not None and comma > lo and lex.has("comparative_openers", text[comma + 1]) \
                and (k + 1 >= len(text) or cols.punct[k + 1]):
            out.append((comma, k))
    return out


@Language.factory("diplograph_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp)
