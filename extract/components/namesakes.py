"""``diplograph_namesakes``: a knowledge-base name is linked only where the article supports it.

- **Given names.** "Yohei Kono", "Michael Bloomberg": a capitalised word that is no ordinary
  word of the language, right before a one-word KB match of a person (a surname) or an
  organisation, is a given name; the two words name someone the KB does not know, and the
  KB entity found inside them is no mention. (After a title or role word the titled-person
  finder has done this already.)
- **Ambiguous names** (``dg:ambiguousName`` in the KB: "Congress", "Georgia", "Washington")
  keep their KB link only on evidence in the article: the entity named otherwise ("US
  Congress"), or the country it belongs to (a news outlet's: its seat's), that country's
  capital or demonym. The link
  then carries the evidence tag ``"context"`` as its span's ``kb_id``; without evidence the
  name stays, unlinked.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb

from diplograph.extract.components.columns import columns
from diplograph.extract.components.spans import set_entities
from diplograph.extract.components.unknown_names import has_noun_ending, title_case_line
from diplograph.extract.lexicon import lemma_table_words, load_lexicon, ordinary_words
from diplograph.extract.patterns import demonym_phrases

#: the span kb_id of a link kept on context evidence (see ``rules.json``, "entities.context")
CONTEXT = "context"
_GIVEN_NAME_KINDS = ("Person", "Organization")


class NamesakeFilter:
    def __init__(self, nlp: Language):
        self.lang = nlp.lang
        self.kb = load_kb()
        self.lex = load_lexicon(nlp.lang)
        # ordinary words are written in lower case more often than capitalised: not German
        # nouns, which the noun endings and the rule lists tell from given names
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.lemma_words = lemma_table_words(nlp.lang) if nlp.lang == "de" else frozenset()
        self.common = ordinary_words(nlp.lang) | self.stop_words
        self.demonyms: dict[str, set] = {}
        for form, slug in demonym_phrases(self.kb, nlp.lang).items():
            self.demonyms.setdefault(slug, set()).add(form)
        self.capitals = {e.capital_of: e.slug for e in self.kb.entities.values() if e.capital_of}
        self._demonym_forms = {f.lower() for forms in self.demonyms.values() for f in forms}
        self._demonym_state = {f.lower(): slug for slug, forms in self.demonyms.items() for f in forms}
        self.syllable = re.compile(self.lex.words["romanised_syllable"])
        self.ambiguous = {e.slug: e.ambiguous_in(nlp.lang) for e in self.kb.entities.values()
                          if e.ambiguous_in(nlp.lang)}

    def __call__(self, doc: Doc) -> Doc:
        cols = columns(doc)
        ents, changed = list(doc.ents), False
        roles = {k for m in doc._.dg_role_mentions or [] for k in range(m.start, m.end)}
        self._offices = {k for m in doc._.dg_role_mentions or [] if not all(
            self.lex.has("regional_roles", r) for r in m.roles) for k in range(m.start, m.end)}
        outlets = [n for n, ent in enumerate(ents) if self._outlet_name(cols, ent)]
        for n, ent in enumerate(ents):
            if not ent.ent_id_ or n in outlets:
                continue
            given = self._given_name(doc, cols, ent, roles)
            after = self._given_after(cols, ent, roles) if given is None else None
            if given is not None:
                ents[n], changed = Span(doc, given, ent.end, label="Person"), True
            elif after is not None:
                end, same = after
                ents[n] = Span(doc, ent.start, end, label="Person", span_id=ent.ent_id_ if same else "")
                changed = True
            elif self._hyphen_continued(doc, cols, ent):      # "Park Jin-woo": not the KB's "Park Jin"
                end = ent.end + 2
                ents[n], changed = Span(doc, ent.start, end, label="Person"), True
            elif ent.text in self.ambiguous.get(ent.ent_id_, ()):
                ents[n], changed = self._judged(doc, cols, ent), True
            elif self._national_body(cols, ent):        # "Russian Security Council": not the UN's
                ents[n], changed = Span(doc, ent.start - 1, ent.end, label="Organization"), True
        if changed or outlets:           # "the Washington Post", "Helsinki Times": a paper's name
            set_entities(doc, [ent for n, ent in enumerate(ents) if n not in outlets])
        return doc

    def _hyphen_continued(self, doc, cols, ent) -> bool:
        """Whether a KB person's name of two words or more goes on with a glued hyphen and a
        lower-case word, as a Korean given name does ("Park Jin-woo" holds the KB's "Park
        Jin"): the words name someone else. The word is one romanised syllable (the lexicon's
        ``romanised_syllable``), no ordinary word ("Donald Trump-treue Kreise", "-led") but
        after the name of a person of a state whose given names are hyphened that way
        (``hyphened_given_name_states``: "Cho Hyun-dong" holds the KB's "Cho Hyun")."""
        k = ent.end
        if not (ent.label_ == "Person" and len(ent) >= 2 and k + 1 < len(doc) and doc[k].text == "-"
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].is_lower
                and self.syllable.fullmatch(doc[k + 1].text) is not None):
            return False
        return not self._ordinary(cols, k + 1) \
            or self.lex.has("hyphened_given_name_states", self.kb.country_slug(ent.ent_id_) or "")

    def _outlet_name(self, cols, ent) -> bool:
        """Whether the place or country ``ent`` (known or not) opens the name of a newspaper,
        a title-case word of ``outlet_words`` right after it ("Washington Post", "Helsinki
        Times")."""
        return ent.label_ in ("Place", "Country") and ent.end < len(cols.text) \
            and self.lex.has("outlet_words", cols.text[ent.end]) and cols.title[ent.end]

    def _national_body(self, cols, ent) -> bool:
        """Whether a KB organisation named by ordinary words only ("Security Council"), or by
        one word that names a body of an international organisation ("des russischen
        Sicherheitsrats"), follows a country's demonym, or one named by ordinary words or a
        single word follows "National" ("des Nationalen Sicherheitsrats"): a country's own
        body of that name, which the KB does not know, not the international one."""
        k = ent.start - 1
        if ent.label_ != "Organization" or k < 0 or ent.end < len(cols.text) and cols.text[ent.end] == "-":
            return False                 # "der französische EU-Ratspräsident": a compound's first part
        one_body = ent.end - ent.start == 1 and self._body_of_organisation(ent.ent_id_)
        ordinary = all(self._ordinary(cols, i) for i in range(ent.start, ent.end))
        if self.lex.has("national_words", cols.text[k]):
            return ordinary or ent.end - ent.start == 1
        return (ordinary or one_body) and cols.lower[k] in self._demonym_forms

    def _body_of_organisation(self, slug: str) -> bool:
        """Whether the KB entity is a body of an international organisation ("Sicherheitsrat":
        the UN's), which a country's demonym before it never names."""
        known = self.kb.by_slug(slug)
        parent = self.kb.get(known.country) if known is not None and known.country else None
        return parent is not None and parent.kind == "Organization"

    def _given_name(self, doc, cols, ent, roles, most: int = 2) -> int | None:
        """Where the given names before a one-word person or organisation start, or None."""
        if ent.end - ent.start != 1 or ent.label_ not in _GIVEN_NAME_KINDS or self._genitive(ent):
            return None                          # "Staatsbesuch Xis": whose visit
        k = ent.start
        while k > 0 and ent.start - k < most and self._given_word(doc, cols, k - 1, roles):
            k -= 1
        return k if k < ent.start else None

    def _given_after(self, cols, ent, roles, most: int = 4) -> tuple[int, bool] | None:
        """Where the name words after a one-word KB name of a person end, and whether the
        words are a spelling of the KB person's own name; None without any. After a family
        name written first they are a given name ("Xi Mingze" after the KB's "Xi"; "Yoon
        Seok Youl" is the KB's "Yoon Seok-youl"); after another one-word name, or in a
        headline written in title case, a word that is no ordinary word ("Abe Lincoln", not
        "Kishida Visits Kyiv", "Takaichi, Xi Hold Talks"); none after the second name of a
        pair's compound ("Trump-Putin Alaska summit")."""
        known = self.kb.by_slug(ent.ent_id_)
        if ent.end - ent.start != 1 or known is None or known.kind != "Person" or self._genitive(ent) \
                or ent.start > 1 and cols.text[ent.start - 1] == "-" and cols.title[ent.start - 2]:
            return None                  # "Trump-Putin Alaska summit": the pair's second name;
                                         # "Abes Schrein-Besuch": Abe's visit
        first = bool(known.family_name) and known.label("en").split()[0] == known.family_name \
            and not title_case_line(cols, cols.sent_of(ent.start))     # "Takaichi, Xi Hold Talks"
        word = (lambda c, k, r: self._name_word(c, k, r) and not self.lex.has("event_nouns", c.text[k])) if first \
            else (lambda c, k, r: self._name_word(c, k, r) and not self._ordinary(c, k))   # "Xi Gespräche"
        k = ent.end
        while k < len(cols.text) and k - ent.end < most and (
                word(cols, k, roles)
                or cols.text[k] == "-" and k > ent.end and k + 1 < len(cols.text) and cols.alpha[k + 1]
                or k > ent.end and cols.text[k - 1] == "-" and cols.alpha[k]):
            k += 1
        if k == ent.end or cols.text[k - 1] == "-":
            return None
        spelt = " ".join(cols.text[ent.start:k]).replace(" - ", "-").lower()
        same = any(_same_name(name.lower(), spelt) for lang in ("en", "de") for name in known.names(lang))
        return k, same                   # "Yoon Seok Youl": the KB's "Yoon Seok-youl"

    def _ordinary(self, cols, k) -> bool:
        """An ordinary word, a month or weekday, or (German) any word of the lemma table:
        German nouns are capitalised, and "Trudeau Gespräche" names nobody."""
        text = cols.text[k]
        return text in self.common or text.lower() in self.common or self._month_or_day(text) \
            or has_noun_ending(text, self.lex.lowered("noun_suffixes")) or text in self.lemma_words

    def _month_or_day(self, text: str) -> bool:
        low = text.lower()
        return low in self.lex.dates.get("months", {}) or low in self.lex.dates.get("weekdays", {})

    def _name_word(self, cols, k, roles) -> bool:
        """A capitalised word that can be part of a name after a family name ("Seok", "Youl")."""
        text = cols.text[k]
        return cols.title[k] and cols.alpha[k] and not cols.ent[k] and k not in roles \
            and text.lower() not in self.stop_words and not any(self.lex.has(name, text) for name in
                                                                ("person_titles", "speech_verbs"))

    def _genitive(self, ent) -> bool:
        """Whether the match is a German genitive of the name ("Putins")."""
        known = self.kb.by_slug(ent.ent_id_)
        return self.lang == "de" and known is not None and ent.text.endswith("s") \
            and ent.text[:-1] in known.names(self.lang)

    def _given_word(self, doc, cols, k, roles) -> bool:
        text = cols.text[k]
        if not (cols.title[k] and cols.alpha[k]) or cols.ent[k] or k in roles:
            return False
        if text in self.common or text.lower() in self.common and (self.lang == "en" or cols.sent_of(k).start == k):
            return False                         # "Gestern Kono", "Then Bloomberg reported"
        if has_noun_ending(text, self.lex.lowered("noun_suffixes")) \
                or self.lang == "de" and k > 0 and cols.lower[k - 1] in self.lex.lowered("determiners") \
                and (k < 2 or cols.text[k - 2] != ","):
            return False                         # "Nachrichtenagentur Kyodo", "dem Hundefreund Putin",
                                                 # "Die Schweizer Bundesregierung": a noun or an adjective
                                                 # (not ", die Akie Abe ...": a relative pronoun)
        return not any(self.lex.has(name, text) for name in
                       ("person_titles", "title_stop_words", "determiners", "speech_verbs",
                        "counterpart_words", "companion_nouns", "succession_nouns", "group_nouns", "place_nouns", "capital_words"))

    def _judged(self, doc, cols, ent) -> Span:
        """The span of an ambiguous name: linked with the evidence tag, or without a link."""
        if self._supported(doc, cols, ent):
            return Span(doc, ent.start, ent.end, label=ent.label_, span_id=ent.ent_id_, kb_id=CONTEXT)
        label = "Place" if ent.label_ == "Country" else ent.label_
        return Span(doc, ent.start, ent.end, label=label)

    def _supported(self, doc, cols, ent) -> bool:
        slug = ent.ent_id_
        ambiguous = self.ambiguous[slug]
        if self._countered(cols, ent, slug):
            return False
        if any(e.ent_id_ == slug and cols.text_of(doc, e.start, e.end) not in ambiguous
               for e in cols.ents if (e.start, e.end) != (ent.start, ent.end)):
            return True                          # "US Congress ... Congress"
        if ent.label_ == "Country" and self._office_of(cols, ent):
            return True                          # "Chad's president", "the president of Chad"
        country = self._state_of(slug)
        related = {country, self.capitals.get(self.kb.entity(country).iri) if country else None} - {slug, None}
        if any(e.ent_id_ in related for e in cols.ents):
            return True                          # "Washington ... the United States"
        forms = self.demonyms.get(country or "", set())
        return bool(forms) and not forms.isdisjoint(cols.lower)


    def _office_of(self, cols, ent) -> bool:
        """Whether the country name holds a state's office: in the possessive before its
        word, past modifiers ("Chad's interim president"), or after "<office> of" ("the
        foreign minister of Niger"); not a region's ("Georgia's governor")."""
        k = ent.end
        if k < len(cols.text) and cols.text[k] in ("'s", "’s"):
            k += 1
            while k < len(cols.text) and self.lex.has("role_modifiers", cols.text[k]):
                k += 1
            return k in self._offices
        return ent.start > 1 and cols.lower[ent.start - 1] == "of" and ent.start - 2 in self._offices

    def _state_of(self, slug: str) -> str | None:
        """The country an entity belongs to, or a news outlet's: its seat's ("CCTV" beside
        "Beijing", "Chinese")."""
        known = self.kb.by_slug(slug)
        return self.kb.country_slug(slug) or (
            self.kb.country_slug(self.kb.entities[known.seat].slug) if known is not None and known.seat in self.kb.entities
            else None)

    def _countered(self, cols, ent, slug) -> bool:
        """Whether the words right at an ambiguous name give it to another state: another
        country's demonym right before it ("die Schweizer Bundesregierung", "die australische
        Bundesregierung"), or a place of another country after "in" right after it ("die
        Bundesregierung in Wien")."""
        own = self._state_of(slug)
        if own is None:
            return False
        before = self._demonym_state.get(cols.lower[ent.start - 1]) if ent.start > 0 else None
        if before is not None and before != own:
            return True
        k = ent.end
        if k + 1 < len(cols.text) and self.lex.has("host_prepositions", cols.lower[k]):
            place = next((e for e in cols.ents if e.start == k + 1), None)
            there = self.kb.country_slug(place.ent_id_) if place is not None and place.ent_id_ else None
            return there is not None and there != own
        return False


def _same_name(a: str, b: str) -> bool:
    """Whether two spellings name one person, whatever the hyphens and the order of the
    names ("Yoon Seok Youl" and "Yoon Seok-youl", "Abe Shinzo" and "Shinzo Abe").

    >>> _same_name("yoon seok youl", "yoon seok-youl"), _same_name("abe shinzo", "shinzo abe")
    (True, True)
    >>> _same_name("abe lincoln", "shinzo abe")
    False
    """
    def joined(x):
        return x.replace("-", "").replace(" ", "")

    def words(x):
        return sorted(w.replace("-", "") for w in x.split())
    return joined(a) == joined(b) or words(a) == words(b)


@Language.factory("diplograph_namesakes")
def make_namesake_filter(nlp: Language, name: str) -> NamesakeFilter:
    return NamesakeFilter(nlp)
