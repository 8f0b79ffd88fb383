"""``diplograph_surnames``: a person named in full is later named by surname alone.

After "Boris Johnson" or "Außenministerin Yoko Kamikawa" an article says "Johnson" or
"Kamikawa". Each full name (KB or not) makes its last token, and for a name in
East Asian order known to the KB, or one starting with a family name the KB's people
write first ("Kim Yo-jong"), its first token, a key for the rest of the article;
a later capitalised token equal to that key becomes the same person (same KB id).
German genitives ("Kamikawas") count too. A surname alone that only a later full name of
one known person explains ("Präsident Moon ... Moon Jae-in") is that person too. So is a
surname after the surname an office linked ("President Bush ... Bush said":
:mod:`~diplograph.extract.components.office_surnames`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb
from diplograph.ontology.offices import load_offices

from diplograph.extract.components.columns import columns, doc_text
from diplograph.extract.components.office_surnames import OFFICE
from diplograph.extract.lexicon import load_lexicon, ordinary_words
from diplograph.extract.components.spans import set_entities


class SurnameLinker:
    def __init__(self, lang: str):
        self.lang = lang
        self.kb = load_kb()
        self.ordinary = ordinary_words(lang)     # words of the language, in lower case
        self.lex = load_lexicon(lang)
        self.months = frozenset(self.lex.dates.get("months", {}))
        # family names written first ("Kim", "Xi"), as the KB's people named that way show
        self.family_first = {e.family_name for e in self.kb.entities.values()
                             if e.kind == "Person" and e.family_name
                             and e.label("en").split()[0] == e.family_name}

    def _keys(self, ent, text: list) -> list[str]:
        keys = [text[ent.end - 1]]
        if ent.end - ent.start > 1 and (text[ent.start] in self.family_first or self._korean(ent, text)):
            keys.append(text[ent.start])         # "Kim Yo-jong ... Kim said"
        known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
        if known is not None and known.family_name:
            keys.append(known.family_name)
        return keys

    @staticmethod
    def _korean(ent, text: list) -> bool:
        """A name whose given name is two syllables joined by a hyphen, the second in lower
        case ("Lee Jae-myung"): romanised Korean, family name first."""
        return ent.end - ent.start == 4 and text[ent.start + 2] == "-" and text[ent.start + 3].islower()

    def __call__(self, doc: Doc) -> Doc:
        seen: dict[str, Span] = {}
        new = []
        cols = columns(doc)
        people = [e for e in cols.ents if e.label_ == "Person"]            # in text order
        nxt = 0
        text_of, ent_of = cols.text, cols.ent
        titled = {e.start for e in doc.ents if e.kb_id_ == OFFICE}     # "President Bush ... Bush said"
        # only a person's token or a capitalised word outside entities can be a surname
        for i in [i for i, (title, ent) in enumerate(zip(cols.title, ent_of))
                  if ent == "Person" or title and not ent]:
            text, ent_type = text_of[i], ent_of[i]
            while nxt < len(people) and people[nxt].start <= i:
                ent = people[nxt]
                if ent.end - ent.start > 1:
                    for key in self._keys(ent, cols.text):
                        seen.setdefault(key, ent)
                elif ent.start in titled:
                    seen.setdefault(cols.text[ent.start], ent)
                nxt += 1
            if ent_type:
                if text in seen:                 # a full name before used this word
                    self._namesake(doc, doc[i], seen, new)
                continue
            ent = seen.get(text) or (seen.get(text[:-1]) if self.lang == "de" and text.endswith("s") else None)
            if ent is not None and not (ent.start in titled and self._not_the_name(doc, cols, i)) \
                    and not self._month_named(doc, cols, i):
                new.append(Span(doc, i, i + 1, label="Person", span_id=ent.ent_id_ or ""))
        new += self._named_later(doc, people, cols.text, {span.start for span in new})
        if new:
            replaced = {span.start for span in new}
            set_entities(doc, [e for e in doc.ents if e.start not in replaced] + new)
        return doc

    def _not_the_name(self, doc: Doc, cols, i: int) -> bool:
        """Whether the capitalised word at ``i``, a surname only a title linked before, is an
        ordinary word ("in May", "Bush fires") or starts another name ("Harris County",
        "Johnson & Johnson", "Austin, Texas"), not the person again."""
        nxt = i + 1 < len(doc) and doc[i + 1]
        return cols.lower[i] in self.ordinary or i > 0 and doc[i - 1].text == "&" or bool(nxt) and (
            nxt.text[:1].isupper() and nxt.is_alpha or nxt.text == "&"
            or nxt.text == "," and i + 2 < len(doc) and doc[i + 2].ent_type_ in ("Place", "Country"))

    def _month_named(self, doc: Doc, cols, i: int) -> bool:
        """Whether the word at ``i`` is a month a date names ("in May", "May 5", "seit Mai"),
        not the surname it spells ("Theresa May")."""
        if cols.lower[i] not in self.months:
            return False
        return i > 0 and self.lex.has("month_openers", doc[i - 1].text) \
            or i + 1 < len(doc) and doc[i + 1].is_digit

    def _named_later(self, doc: Doc, people: list, text: list, linked: set) -> list:
        """"Präsident Moon ... Moon Jae-in": a surname alone, no known person yet, that the
        article names in full only later, as known people only, is the first of them it names
        so (a headline's "Kim", then "Kim Dae-jung" and later "his son Kim Hong-il": the
        leader, as a surname alone after both would be); with a title right before it, not
        if the knowledge base knows the person's posts and none of them is that one at the
        article's time."""
        full: dict[str, set] = {}
        first: dict[str, tuple] = {}
        for ent in people:
            if ent.end - ent.start > 1:
                for key in self._keys(ent, text):
                    full.setdefault(key, set()).add(ent.ent_id_)
                    first.setdefault(key, (ent.start, ent.ent_id_))
        titles = {m.end: m.roles for m in doc._.dg_role_mentions or ()}
        offices, when = load_offices(), doc._.dg_published
        out = []
        for ent in people:
            if ent.end - ent.start != 1 or ent.ent_id_ or ent.start in linked:
                continue
            ids = full.get(text[ent.start], set())
            if not ids or "" in ids or first[text[ent.start]][0] < ent.start:
                continue
            person, title = first[text[ent.start]][1], titles.get(ent.start, ())
            held = offices.get(person, ())
            if not title or not held or any(o.role in title and (when is None or o.during(when.iso)) for o in held):
                out.append(Span(doc, ent.start, ent.end, label="Person", span_id=person))
        return out                       # not "Botschafter Wang ... Außenminister Wang Yi": no post he
                                         # held then (posts the KB does not know do not count against)


    def _namesake(self, doc: Doc, token, seen: dict, new: list) -> None:
        """"Akie Abe ... Abe said": a bare surname the KB gave to a famous namesake is the
        person the article named in full, unless the namesake is named in full too; a bare
        surname found as an unknown person ("President Marcos") is the KB person named in
        full before."""
        if token.ent_type_ != "Person" or token.ent_iob_ != "B" or \
                token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
            return
        full = seen.get(token.text)
        if full is None or full.ent_id_ == token.ent_id_:
            return
        if not token.ent_id_:            # "President Marcos" after "Ferdinand Marcos Jr.": the
            if full.ent_id_:             # KB person, whose bare surname the KB leaves out
                new.append(Span(doc, token.i, token.i + 1, label="Person", span_id=full.ent_id_))
            return
        known = self.kb.by_slug(token.ent_id_)
        if known is not None and any(name in doc_text(doc) for name in known.names(self.lang)
                                     if " " in name):
            return
        new.append(Span(doc, token.i, token.i + 1, label="Person", span_id=full.ent_id_ or ""))


@Language.factory("diplograph_surnames")
def make_surname_linker(nlp: Language, name: str) -> SurnameLinker:
    return SurnameLinker(nlp.lang)
