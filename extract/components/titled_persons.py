"""``diplograph_titled_persons``: people not in the KB, named after a title or role word.

"Außenministerin Yoko Kamikawa", "NATO-Generalsekretär Jens Stoltenberg", "Chief Cabinet
Secretary Hirokazu Matsuno", "Herr Müller": up to four capitalised tokens after a role
word or personal title become a ``Person`` entity without a KB id. Capitalised common
words (German nouns, English words and their forms, from spaCy's lookup tables) are not
names, so "Außenminister Treffen" and "PM Holds Phone Call" find nobody. After a military
rank a name needs two tokens ("Admiral Rob Bauer"; "Admiral Tributs" is a ship), and the
rank words of "Lieutenant Colonel X" are no part of it; a name particle joins a name
("Clemens von Goetze").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.offices import load_offices

from diplograph.extract.lexicon import lemma_table_nouns, lemma_table_words, load_lexicon, lookup_lemmas
from diplograph.extract.components.columns import QUOTE_MARKS, columns
from diplograph.extract.components.role_words import past_post
from diplograph.extract.components.spans import set_entities
from diplograph.extract.components.unknown_names import is_initial, title_case_line

MAX_NAME_TOKENS = 4


def _common_words(nlp: Language) -> frozenset:
    """The lemmas of the pipeline's lookup lemmatizer table (empty without one). A lookup
    lemmatizer that is not initialised (the default pipeline's, disabled) has its table read
    from spacy-lookups-data directly, without spaCy's per-entry hashing."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_lookup"):
        table = lookups.get_table("lemma_lookup")
        values = (table.get(key) for key in table.keys())
    elif getattr(lemmatizer, "mode", None) == "lookup":
        return lookup_lemmas(nlp.lang)
    else:
        return frozenset()
    return frozenset(form for form in values if isinstance(form, str))


class TitledPersonFinder:
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)
        self.common = _common_words(nlp)
        # German names of two words: the table's nouns, not its names ("Helmut" is a lemma of
        # "Helmuts"); one word alone stays a common word when the table has it ("Vertrauen")
        self.nouns = lemma_table_nouns(nlp.lang) if nlp.lang == "de" else self.common
        self.single = self.common | self.nouns if nlp.lang == "de" else self.common   # "Waffen", "Vertrauen"
        self.forms = lemma_table_words(nlp.lang) if nlp.lang == "en" else frozenset()   # "holds", not only "hold"
        self.vocab_strings = nlp.vocab.strings

    def __call__(self, doc: Doc) -> Doc:
        starts = [past_post(doc, m.end, self.lex) for m in doc._.dg_role_mentions or []]
        titles = self.lex.lowered("person_titles")
        starts += [i + 1 for i in columns(doc).where(titles)]
        cols = columns(doc)
        ranked = {i + 1 for i in cols.where(self.lex.lowered("rank_titles"))}   # "Admiral Tributs": a ship
        new = [span for i in sorted(set(starts)) if (span := self._name_at(doc, i, i in ranked)) is not None
               and (len(span) > 1 or i not in ranked)
               and not (i in ranked and i > 1 and self.lex.has("vehicle_nouns", cols.lower[i - 2]))]   # "the
                                                                    # cargo ship Captain Yuri X": a ship too
        taken = {span.start for span in new}
        new += [span for m in doc._.dg_role_mentions or [] if (k := self._apposed_start(doc, m.end)) is not None
                and k not in taken and (span := self._name_at(doc, k)) is not None and len(span) >= 2
                and span.start == k and self._closed(doc, span.end)]
        new += [joined for span in new if (joined := self._joined(doc, span)) is not None]
        namesakes = {m.end for m in doc._.dg_role_mentions or [] if self._namesake(doc, m)}
        if new or namesakes:
            kept = [e for e in doc.ents if e.start not in namesakes]
            set_entities(doc, kept + new + [Span(doc, j, j + 1, label="Person") for j in sorted(namesakes)])
        return doc

    def _apposed_start(self, doc: Doc, i: int, reach: int = 8) -> int | None:
        """Where a name set off by a comma after role words ending before ``i`` starts: right
        after the comma ("said a government spokesman, Jan Nowak."), also past the body the
        role serves ("der Sprecher des polnischen Geheimdienstes, Jan Nowak, ..."); None if no
        comma follows so."""
        k = i
        if k < len(doc) and (self.lex.has("role_complement_words", doc[k].text)):
            while k < len(doc) and k - i <= reach and doc[k].text != "," \
                    and not (doc[k].is_punct and doc[k].text not in "()-") and doc[k].ent_type_ != "Person":
                k += 1
        return k + 1 if k < len(doc) and doc[k].text == "," else None

    @staticmethod
    def _closed(doc: Doc, k: int) -> bool:
        """Whether a name ending before token ``k`` is closed by a comma or a full stop."""
        return k < len(doc) and doc[k].text in (",", ".")

    def _joined(self, doc: Doc, span: Span) -> Span | None:
        """A second name of two words or more joined to a titled one: "die Präsidentenberater
        A B und C D", "foreign ministers A B and C D"."""
        j = span.end
        if j + 2 >= len(doc) or not doc[j].is_alpha or not self.lex.has("list_joiners", doc[j].text):
            return None
        other = self._name_at(doc, j + 1)
        return other if other is not None and len(other) >= 2 and other.start == j + 1 else None

    def _namesake(self, doc: Doc, mention) -> bool:
        """"Botschafter Kono", "Ambassador Suzuki": a surname alone the KB matched, after a
        career role (``career_roles``) that person never held in the KB's office periods
        (which know some of theirs), is someone else of that name."""
        j = mention.end
        if j >= len(doc) or not self._bare_known_surname(doc, j) \
                or not any(self.lex.has("career_roles", role) for role in mention.roles):
            return False
        held = {office.role for office in load_offices().get(doc[j].ent_id_, ())}
        return bool(held) and held.isdisjoint(mention.roles)

    def _is_name_token(self, token) -> bool:
        text = token.text
        return (token.is_alpha and text[0].isupper() and not token.ent_type_
                and (not self.lex.has("title_stop_words", text) or self._month_given_name(token))
                and not self.lex.has("person_titles", text)
                and not self.lex.has("determiners", text)     # "Lieutenant Colonel X": X
                and not (self.lex.has("credit_labels", text) and token.i + 1 < len(token.doc)
                         and token.nbor().text == ":"))       # "X Credit: Reuters", a picture's credit

    def _month_given_name(self, token) -> bool:
        """Whether a month's name or short form is a given name: a capitalised word that is
        no entity, stop word or month follows it ("Jan Lipka", "May Lin"; not "May 5")."""
        months = self.lex.dates.get("months", {})
        if token.lower_ not in months or token.i + 1 >= len(token.doc):
            return False
        nxt = token.nbor()
        return nxt.is_alpha and nxt.text[0].isupper() and not nxt.ent_type_ and nxt.lower_ not in months \
            and not self.lex.has("title_stop_words", nxt.text)

    def _name_at(self, doc: Doc, i: int, ranked: bool = False) -> Span | None:
        j = i
        while j < len(doc) and sum(doc[k].text != "-" and doc[k].text not in QUOTE_MARKS
                                   and not (doc[k].is_lower and self.lex.has("name_particles", doc[k].text))
                                   for k in range(i, j)) < MAX_NAME_TOKENS:   # a hyphen or a particle is
                                                                   # no word ("Jean-Yves Le Drian",
                                                                   # "Hamad ben Dschassem el Thani")
            tok = doc[j]
            if self._is_name_token(tok) or j > i and doc[j - 1].text == "-" and tok.is_alpha \
                    and not doc[j - 1].whitespace_:
                j += 1                   # "Jae-myung": the part after the hyphen
            elif j > i and tok.is_alpha and tok.text[0].isupper() and not tok.ent_type_ \
                    and self.lex.has("person_titles", tok.text) \
                    and not (j + 1 < len(doc) and self._is_name_token(doc[j + 1])):
                j += 1                   # "Karen Major", "Eva Hauptmann": a title word as the surname
                break
            elif j > i and self.lex.has("name_particles", tok.text) and j + 1 < len(doc) \
                    and self._is_name_token(doc[j + 1]) and (not self._is_common(doc[j + 1]) or (
                        j + 2 < len(doc) and self._is_name_token(doc[j + 2]) and not self._is_common(doc[j + 2]))):
                j += 1                   # "Clemens von Goetze", "Luiz da Silva", "Jaap de Hoop Scheffer"
            elif j > i and tok.text in QUOTE_MARKS and j + 3 < len(doc) and doc[j + 1].is_title \
                    and doc[j + 2].text in QUOTE_MARKS and self._is_name_token(doc[j + 3]):
                j += 3                   # "Ferdinand 'Bongbong' Marcos": a nickname inside
            elif j > i and is_initial(doc[j].text) and j + 1 < len(doc) and (
                    self._is_name_token(doc[j + 1]) or is_initial(doc[j + 1].text)):
                j += 1                   # "Richard M. Nixon", "George H. W. Bush": middle initials
            elif j > i and is_initial(doc[j].text) and j + 1 < len(doc) and doc[j + 1].ent_type_ == "Person":
                return None              # "Michael R. Pompeo": the known person's given name and initial
            elif j > i and self._bare_known_surname(doc, j):
                j += 1                   # "Akie Abe": a known surname ends an unknown name
                break
            elif tok.text == "-" and j > i and j + 1 < len(doc) and doc[j + 1].is_alpha \
                    and not tok.whitespace_ and not doc[j - 1].whitespace_:
                j += 1
            else:
                break
        while j > i and doc[j - 1].text == "-":
            j -= 1
        while j - i > 2 and self.forms and self._is_common(doc[j - 1]) \
                and title_case_line(columns(doc), columns(doc).sent_of(i)):
            j -= 1                       # "PM Hanna Beispiel Holds Talks": a headline's verb after the name
        hyphened = any(doc[k].text == "-" and doc[k + 1].is_lower for k in range(i + 1, j - 1))
        if (j - i < 2 or self._is_common(doc[j - 1], self.nouns)) and not hyphened and not (   # "Lee Min-jun": a
                (ranked or self.forms) and j - i >= 2   # given name; two words after a rank are a name
                and not title_case_line(columns(doc), columns(doc).sent_of(i))):   # ("Oberst Max
            while i < j and self._is_common(doc[i], self.single if j - i < 2 else self.nouns):   # Berger"), and in English two capitalised
                i += 1                                # words in running text ("Defense Secretary
                                                      # Mark Hunt"), not in a headline's title case
        if i >= j or any(m.start < j and i < m.end for m in doc._.dg_role_mentions or []):
            return None
        if j < len(doc) and doc[j].ent_type_ == "Person":
            return None
        return Span(doc, i, j, label="Person")

    @staticmethod
    def _bare_known_surname(doc, j) -> bool:
        """Token ``j`` is a one-token person the KB matched by surname alone."""
        tok = doc[j]
        return tok.ent_type_ == "Person" and tok.ent_iob_ == "B" and \
            (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")

    def _is_common(self, token, common=None) -> bool:
        text, common = token.text, self.common if common is None else common
        return text in common or token.lang_ == "en" and (text.lower() in common or text.lower() in self.forms)


@Language.factory("diplograph_titled_persons")
def make_titled_person_finder(nlp: Language, name: str) -> TitledPersonFinder:
    return TitledPersonFinder(nlp)
