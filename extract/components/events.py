"""``diplograph_events``: event mentions with their actors, place, date and status.

Triggers are spaCy Matcher patterns from ``extract/data/<lang>/event_triggers.jsonl``
(kind and rule id per pattern). For each trigger the component collects, within the
trigger's clause:

- actors: people, organisations and countries; a "zwischen A und B" / "between A and B"
  phrase right after the trigger binds its entities to that trigger alone; a trigger after
  a temporal preposition ("vor dem Treffen der NATO", "after the talks") only takes the
  entities of its own phrase;
- participants described by role ("die Außen- und Verteidigungsminister beider Länder"),
  kept as (role, country) pairs for the article-level step to resolve to people;
- the place: a place after a locative preposition, or "die japanische Hauptstadt";
- the date: a temporal expression of the clause, else of the sentence;
- the status: planned or cancelled by cue words of the clause, else happened.

Results go to ``doc._.dg_events`` as :class:`EventMention` records. Anaphoric mentions
("kamen dabei überein", "agreed there") are flagged so that the article step attaches
them to the event before.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ontology.kb import load_kb
from ontology.namespace import DG, ENT

from ..lexicon import load_lexicon


@dataclass
class EventMention:
    """One trigger and what its clause says about the event."""

    kind: str
    rule: str
    trigger: tuple                     # token span
    trigger_text: str
    sent: tuple                        # character span of the sentence
    actors: list = field(default_factory=list)      # KB slugs or token spans
    described: list = field(default_factory=list)   # (role slug, country slug or None)
    group: bool = False                # participants named as "beider Länder" / "both sides"
    place: object = None               # KB slug or token span
    date: object = None                # DateMention
    status: str = "Happened"
    anaphoric: bool = False
    reference: bool = False            # mentioned after a temporal preposition


class EventFinder:
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)
        self.kb = load_kb()
        self.matcher = Matcher(nlp.vocab)
        self.kinds = {}
        for rec in self.lex.triggers:
            self.matcher.add(rec["id"], [rec["pattern"]])
            self.kinds[nlp.vocab.strings[rec["id"]]] = (rec["kind"], rec["id"])
        self.capitals = {str(e.capital_of)[len(str(ENT)):]: e.slug
                         for e in self.kb.entities.values() if e.capital_of is not None}
        self.outlets = {e.slug for e in self.kb.entities.values() if e.cls == DG.NewsOutlet}

    def __call__(self, doc: Doc) -> Doc:
        matches = self._triggers(doc)
        ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        events = [self._mention(doc, key, s, e, ents, matches) for key, s, e in matches]
        doc._.dg_events = [ev for ev in events if ev is not None]
        return doc

    def _triggers(self, doc: Doc) -> list:
        """Matches, the longest first where they overlap, in text order."""
        raw = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        out, taken = [], set()
        for key, s, e in raw:
            if s in taken or (e - 1) in taken:
                continue
            out.append((key, s, e))
            taken.update((s, e - 1))
        return out

    # --- clause geometry ----------------------------------------------------------------
    def _clause(self, doc, s, e) -> tuple[int, int]:
        sent = doc[s].sent
        a = s
        while a > sent.start and not self.lex.has("clause_breaks", doc[a - 1].text):
            a -= 1
        b = e
        while b < sent.end and not self.lex.has("clause_breaks", doc[b].text):
            b += 1
        return a, b

    def _bound_phrase(self, doc, s, e, lo, hi, matches) -> tuple[int, int] | None:
        """Tokens bound to this trigger alone: "zwischen A und B" or its own genitive phrase."""
        j = e
        while j < hi and (self.lex.has("determiners", doc[j].text) or not doc[j].is_alpha
                          and doc[j].text != "-"):
            j += 1
        if j < hi and self.lex.has("between_words", doc[j].text):
            end = j + 1
            while end < hi and not any(ms == end for _, ms, _ in matches) \
                    and not doc[end].is_punct or (end < hi and doc[end].text == "-"):
                end += 1
            return e, end
        return None

    def _mention(self, doc, key, s, e, ents, matches) -> EventMention | None:
        kind, rule = self.kinds[key]
        sent = doc[s].sent
        lo, hi = self._clause(doc, s, e)
        ev = EventMention(kind, rule, (s, e), doc[s:e].text, (sent.start_char, sent.end_char))
        before = doc[s - 1] if s > lo else None
        before2 = doc[s - 2] if s - 1 > lo else None
        ev.reference = any(t is not None and self.lex.has("reference_preps", t.text)
                           for t in (before, before2))
        bound = self._bound_phrase(doc, s, e, lo, hi, matches)
        if ev.reference:
            end = e
            while end < hi and not any(ms == end for _, ms, _ in matches):
                end += 1
            window = (s, end)
        else:
            window = bound or (lo, hi)
        others = [self._bound_phrase(doc, ms, me, *self._clause(doc, ms, me), matches)
                  for _, ms, me in matches if ms != s]
        skip = {i for span in others if span for i in range(*span)}
        skip |= {i for _, ms, me in matches if ms != s and self._is_reference(doc, ms)
                 for i in range(ms, self._phrase_end(doc, me, hi, matches))}
        self._collect(doc, ev, window, ents, skip)
        ev.date = self._date(doc, (lo, hi), sent)
        ev.status = self._status(doc, lo, hi)
        ev.anaphoric = any(self.lex.has("event_anaphors", doc[i].text) for i in range(lo, hi))
        return ev

    def _is_reference(self, doc, s) -> bool:
        return s > 0 and (self.lex.has("reference_preps", doc[s - 1].text)
                          or s > 1 and self.lex.has("reference_preps", doc[s - 2].text))

    def _phrase_end(self, doc, e, hi, matches) -> int:
        end = e
        while end < hi and not any(ms == end for _, ms, _ in matches):
            end += 1
        return end

    def _collect(self, doc, ev: EventMention, window, ents, skip) -> None:
        seen = set()
        lo, hi = window
        for i in range(lo, hi):
            ent = ents.get(i)
            if ent is None or i in skip or ent.start in seen:
                continue
            seen.add(ent.start)
            ref = ent.ent_id_ or (ent.start, ent.end)
            if ent.label_ == "Place":
                if ev.place is None and ent.start > 0 and self.lex.has("place_prepositions", doc[ent.start - 1].text):
                    ev.place = ref
            elif ent.ent_id_ not in self.outlets:
                if ref not in ev.actors:
                    ev.actors.append(ref)
        self._capital(doc, ev, lo, hi)
        for m in doc._.dg_role_mentions or []:
            if lo <= m.start < hi and not any(c.mention == (m.start, m.end) and c.person
                                              for c in doc._.dg_roles or []):
                countries = [c.org for c in doc._.dg_roles or []
                             if c.mention == (m.start, m.end) and isinstance(c.org, str)]
                mods = countries or self._mods(doc, m.start, ents)
                ev.described += [(r, c) for r in m.roles for c in (mods or [None])]
        text = doc[lo:hi].text.lower()
        ev.group = any(g.lower() in text for g in self.lex.words.get("group_words", []))

    def _mods(self, doc, i, ents) -> list:
        """Country modifiers left of a role word ("Japans und Russlands Außenminister")."""
        out, j = [], i - 1
        dem = {k: slug for s, e, slug in doc._.dg_demonyms or [] for k in range(s, e)}
        while j >= 0:
            ent = ents.get(j)
            if ent is not None and ent.label_ == "Country" and ent.ent_id_:
                out.insert(0, ent.ent_id_)
                j = ent.start - 1
            elif j in dem:
                out.insert(0, dem[j])
                j -= 1
            elif self.lex.has("list_joiners", doc[j].text) or self.lex.has("determiners", doc[j].text):
                j -= 1
            else:
                break
        return out

    def _capital(self, doc, ev: EventMention, lo, hi) -> None:
        """"in der japanischen Hauptstadt" / "in the Japanese capital" -> the capital."""
        if ev.place is not None:
            return
        for s, e, slug in doc._.dg_demonyms or []:
            if lo <= s and e < hi and self.lex.has("capital_words", doc[e].text) and slug in self.capitals:
                ev.place = self.capitals[slug]
                return

    def _date(self, doc, clause, sent):
        lo, hi = doc[clause[0]].idx, doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
        dates = [d for d in doc._.dg_dates or [] if sent.start_char <= d.start < sent.end_char]
        inside = [d for d in dates if lo <= d.start < hi] or dates
        absolute = [d for d in inside if not d.relative]
        return (absolute or inside or [None])[0]

    def _status(self, doc, lo, hi) -> str:
        words = [doc[i].text for i in range(lo, hi)]
        if any(self.lex.has("cancelled_cues", w) for w in words):
            return "Cancelled"
        if any(self.lex.has("planned_cues", w) for w in words):
            return "Planned"
        return "Happened"


@Language.factory("diplograph_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)
