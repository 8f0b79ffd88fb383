"""``diplograph_unknown_names``: people, places and organisations the knowledge base lacks.

Without a trained model, names are found by their shape (``extract/data/<lang>/name_patterns.jsonl``,
spaCy Matcher patterns): "Danjo Islands", "the city of Przemysl", "Insel Paramuschir",
"Ministry of Fisheries", "Lee Jae-myung said", "said Lee Jae-myung.", "Yohei Kono, a former
speaker", "South Korean Lee Jae-myung"; and places from a gazetteer (GeoNames' cities,
:mod:`diplograph.extract.gazetteer`) after a locative preposition ("in Przemysl"). A
name is only made of capitalised words that are no entity yet, no role word, title, stop
word or (German) noun ending, at least one of them no ordinary word of the language; a
person needs two words. Each span's ``kb_id`` names the rule that found it (its
confidence is in ``rules.json``, lower than a knowledge-base link).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from diplograph.extract.components.columns import columns
from diplograph.extract.components.spans import list_item_dash, set_entities
from diplograph.extract.components.triggers import need_windows, needs_met, pattern_needs, pattern_reach
from diplograph.extract.gazetteer import city_names
from diplograph.extract.lexicon import (DATA_DIR, lemma_table_nouns, lemma_table_words, load_lexicon,
                                        ordinary_words, read_jsonl)
from diplograph.extract.patterns import demonym_phrases
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG

_MAX_CITY_TOKENS = 3


def is_initial(text: str) -> bool:
    """Whether ``text`` is an initial ("M.").

    >>> is_initial("M."), is_initial("Mr."), is_initial("m.")
    (True, False, False)
    """
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."


def title_case_line(cols, sent, share: float = 0.6, least: int = 4) -> bool:
    """Whether the sentence ``sent`` of a doc's columns ``cols`` is a line written in title
    case, as headlines are: most of at least ``least`` words capitalised, no full stop."""
    if sent.end <= sent.start or cols.text[sent.end - 1] in (".", "!", "?", "…"):
        return False
    words = [k for k in range(sent.start, sent.end) if cols.alpha[k]]
    return len(words) >= least and sum(cols.title[k] for k in words) >= share * len(words)


def has_noun_ending(text: str, suffixes) -> bool:
    """Whether ``text`` ends like a German noun: with one of ``suffixes``, a short one (three
    letters or fewer) only in a word at least three letters longer.

    >>> has_noun_ending("Regierung", {"ung"}), has_noun_ending("Myung", {"ung"}), has_noun_ending("Sender", {"sender"})
    (True, False, True)
    """
    low = text.lower()
    return any(low.endswith(s) and (len(s) > 3 or len(low) >= len(s) + 3) for s in suffixes)


class UnknownNameFinder:
    def __init__(self, nlp: Language):
        self.lang = nlp.lang
        self.lex = load_lexicon(nlp.lang)
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.common = ordinary_words(nlp.lang) | self.stop_words
        self.nouns = lemma_table_words(nlp.lang) if nlp.lang == "de" else frozenset()   # German nouns
        self.compound_nouns = lemma_table_nouns(nlp.lang) if nlp.lang == "de" else frozenset()   # not names
        self.matchers: list[tuple[Matcher, tuple, int | None]] = []   # one per pattern, with
                                                 # what it needs and its reach
        self.rules: dict[int, dict] = {}
        self.fixed: dict[int, frozenset] = {}           # the words a pattern spells out ("island", "of")
        self.reach: int | None = 0                       # the most words a pattern covers (None: no limit)
        lists = {"$" + name: sorted(self.lex.lowered(name)) for name in ("person_verbs", "meeting_verbs")}
        lists["$speech_verbs"] = sorted(self.lex.lowered("speech_verbs") - self.lex.lowered("report_verbs"))  # "Radio
                                                                        # X reported": a medium, no person
        lists["$demonyms"] = sorted({d.split()[-1] for d in demonym_phrases(load_kb(), nlp.lang)})
        for record in read_jsonl(DATA_DIR / nlp.lang / "name_patterns.jsonl"):
            key = nlp.vocab.strings.add(record["id"])
            self.rules[key] = record
            self.fixed[key] = frozenset(_spelt(record["pattern"]))
            pattern = self._expand(record["pattern"], lists)
            matcher = Matcher(nlp.vocab)
            matcher.add(record["id"], [pattern], greedy="LONGEST")
            reach = pattern_reach(record["pattern"])
            self.matchers.append((matcher, pattern_needs(pattern), reach))
            self.reach = None if reach is None or self.reach is None else max(self.reach, reach)
        self.gazetteer_rule = f"names.{nlp.lang}.place.gazetteer"
        self.excluded = frozenset().union(*(self.lex.lowered(name) for name in (
            "person_titles", "title_stop_words", "determiners", "speech_verbs", "counterpart_words",
            "group_nouns", "place_nouns", "capital_words", "event_nouns", "direction_words")))
        months = self.lex.dates.get("months", {})
        weekdays = self.lex.dates.get("weekdays", {})
        self.excluded |= {w.lower() for w in list(months) + list(weekdays)}
        self.months = frozenset(w.lower() for w in months)
        self.demonyms = frozenset(demonym_phrases(load_kb(), nlp.lang))
        self.demonym_words = frozenset(d.split()[-1] for d in self.demonyms)
        self.place_nouns = self.lex.lowered("place_nouns") | self.lex.lowered("capital_words") \
            | self.lex.lowered("building_nouns")     # "Élysée-Palast nannte": no speaker
        self.known = frozenset(n.lower() for e in load_kb().entities.values() if e.cls != DG.Person
                               for n in e.names(nlp.lang))   # "Europa-Reise": a known name's compound

    def _expand(self, pattern: list, lists: dict) -> list:
        """The pattern with "$speech_verbs", "$demonyms" ... replaced by the word lists of ``lists``."""
        out = []
        for token in pattern:
            token = dict(token)
            lower = token.get("LOWER")
            if isinstance(lower, dict) and isinstance(lower.get("IN"), str):
                token["LOWER"] = {"IN": lists[lower["IN"]]}
            out.append(token)
        return out

    def __call__(self, doc: Doc) -> Doc:
        cols = columns(doc)
        roles = {k for m in doc._.dg_role_mentions or [] for k in range(m.start, m.end)}
        taken = {k for e in cols.ents for k in range(e.start, e.end)} | roles
        headlines = self._headline_sentences(cols)
        new = []
        for key, start, end in sorted(self._matches(doc, cols, taken), key=lambda m: (m[1], -m[2])):
            if cols.sent_of(start).start in headlines:
                continue                         # "Navy Chief Warns Of Rising Tensions"
            rule = self.rules[key]
            lo, hi = rule["name"]
            lo, hi = start + lo, end + hi if hi <= 0 else start + hi
            if rule["label"] == "Person" and self._place_first(cols, lo, hi):
                taken.discard(lo)                # "Paris Hilton said", "Georgia Meloni met"
            span = self._name(doc, cols, lo, hi, rule["label"], taken, self.fixed[key])
            if span is not None and rule["label"] == "Organization" and self._treaty_name(cols, span[1]):
                span = None                      # "the Intermediate-Range Nuclear Forces Treaty"
            if span is not None and rule["label"] == "Place":
                span = self._without_nouns(cols, *span)
            if span is not None and rule["id"].endswith(".place.demonym") and cols.text_of(doc, *span) not in city_names():
                span = None                      # "im japanischen Karuizawa", not "... Parlament": a town
            if span is None and rule["label"] == "Person" and self._place_first(cols, lo, hi):
                taken.add(lo)
            if span is not None:
                new.append(Span(doc, *span, label=rule["label"], kb_id=rule["id"]))
                taken.update(range(*span))
        new += self._cities(doc, cols, taken)
        new += self._role_appositions(doc, cols, taken)
        new += self._apposed_roles(doc, cols, taken)
        if new:
            set_entities(doc, list(doc.ents) + new)
        return doc

    def _role_appositions(self, doc, cols, taken, reach: int = 4) -> list:
        """"Der deutsche Botschafter in Moskau, Alexander Graf Lambsdorff, ...", "Canada's
        ambassador to France, Jonas Kettler, was ...", "Der Sicherheitsberater der USA, Jo
        Beispiel, ...": the names set off by commas right after a role word (and the place
        or country it is held in): the holder. Two to four capitalised
        words between the commas, none of them an entity or an ordinary word."""
        out = []
        for m in doc._.dg_role_mentions or ():
            k = j = m.end
            while j < min(len(doc), m.end + 2) and self.lex.has("role_holder_links", cols.lower[j]):
                j += 1                           # "in Moskau", "der USA", "of the United States"
            if j < len(doc) and cols.ent[j] and (j > k or cols.ent[j] != "Person"):    # or "Kanadas"
                k = j
                while k < len(doc) and cols.ent[k]:
                    k += 1
            if k >= len(doc) or cols.text[k] != ",":
                continue
            end = next((j for j in range(k + 1, min(len(doc), k + reach + 2)) if cols.text[j] == ","), None)
            if end is None or not 2 <= end - k - 1 <= reach:
                continue
            span = self._name(doc, cols, k + 1, end, "Person", taken)
            if span is not None and all(cols.title[j] for j in range(*span)):
                out.append(Span(doc, *span, label="Person", kb_id=f"names.{self.lex.lang}.person.role_apposition"))
                taken.update(range(*span))
        return out

    def _apposed_roles(self, doc, cols, taken, reach: int = 4, aside: int = 6) -> list:
        """"Hans Beispiel, deutscher Botschafter in Moskau, ...", "Jo Beispiel (57), the
        German ambassador, ...", "Jo Beispiel, Canada's envoy": two to four capitalised words
        (none an entity or a word that opens no name) before a comma, and a bracket aside,
        that a role word follows after its article and its state (a demonym or a country's
        possessive): the holder."""
        out = []
        for m in doc._.dg_role_mentions or ():
            if m.end < len(doc) and (cols.title[m.end] or cols.text[m.end] in ("'s", "’s")):
                continue                         # "X, Vice President Biden, ...": a list of titled
                                                 # names; "X, the ambassador's husband": not the role's
            j = m.start - 1
            while j > 0 and (self.lex.has("determiners", cols.lower[j]) or cols.lower[j] in self.demonym_words
                             or cols.ent[j] == "Country" or cols.text[j] in ("'s", "’s")
                             or self.lex.has("role_modifiers", cols.text[j])):
                j -= 1                           # "X, a former Czech foreign minister"
            if j < 2 or not (cols.text[j] == "," or self._list_dash(doc, cols, j, reach)) \
                    or j - 1 in taken and cols.text[j - 1] != ")":
                continue
            end = j
            if cols.text[j - 1] == ")":
                end = next((k for k in range(j - 2, max(0, j - aside - 2), -1) if cols.text[k] == "("), None)
                if end is None:
                    continue                     # no opening bracket near: no aside of a name
            sent_start = cols.sent_of(m.start).start
            lo = end
            while lo > max(sent_start, end - reach) and (cols.title[lo - 1] or cols.text[lo - 1] == "-"
                                                          and not doc[lo - 1].whitespace_) and lo - 1 not in taken:
                lo -= 1
            if lo > sent_start and (cols.title[lo - 1] and cols.alpha[lo - 1] and lo - 1 not in taken
                                    or cols.text[lo - 1] in (",", ")") or self.lex.has("list_joiners", cols.lower[lo - 1])):
                continue                         # a longer run of capitals, or a list of names
                                                 # ("A (FDP), B (SPD), Minister C")
            while end - lo > 2 and (cols.lower[lo] in self.stop_words or cols.lower[lo] in self.excluded):
                lo += 1                          # "Laut Hans Beispiel, ...": no given name
            if end - lo < 2:
                continue
            span = self._name(doc, cols, lo, end, "Person", taken)
            if span is not None:
                out.append(Span(doc, *span, label="Person", kb_id=f"names.{self.lex.lang}.person.apposed_role"))
                taken.update(range(*span))
        return out

    def _list_dash(self, doc, cols, j: int, reach: int) -> bool:
        """Whether token ``j`` is the dash after a name of up to ``reach`` capitalised words
        that opens a list item ("• Jo Beispiel – Dutch defence minister")."""
        lo = j
        while lo > max(0, j - reach) and (cols.title[lo - 1] or cols.text[lo - 1] == "-" and lo > 1
                                          and not doc[lo - 2].whitespace_):
            lo -= 1
        return lo < j and list_item_dash(doc, j, lo, self.lex)

    def _matches(self, doc, cols, taken) -> list[tuple[int, int, int]]:
        """The patterns' matches, found only on the stretches of a sentence within a
        pattern's reach of a capitalised word that is no entity yet and no ordinary word:
        a name needs one (one made of three ordinary words, which may not, is all but
        unknown), and running the Matcher on every word took most of the finder's time.
        Each pattern runs only within its reach of a word it spells out ("said", "island")."""
        if self.reach is None:
            return [m for matcher, _, _ in self.matchers for m in matcher(doc)]
        stretches: list[list[int]] = []
        for k in range(len(doc)):
            if not cols.title[k] or k in taken or self._common(cols.text[k]) and not self._body_head(cols, k):
                continue
            sent = cols.sent_of(k)
            a, b = max(sent.start, k - self.reach + 1), min(sent.end, k + self.reach)
            if stretches and a <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], b)
            else:
                stretches.append([a, b])
        found = []
        for a, b in stretches:
            words = set(cols.lower[a:b])
            for matcher, needs, reach in self.matchers:
                if needs_met(needs, words):
                    found += [(key, lo + s, lo + e) for lo, hi in need_windows(needs, cols.lower, a, b, reach)
                              for key, s, e in matcher(doc[lo:hi])]
        return found

    def _name(self, doc, cols, lo, hi, label, taken, fixed=frozenset()) -> tuple[int, int] | None:
        """[lo, hi) as a name of ``label`` (a place's or organisation's without the words
        before it that cannot start a name: "the Danjo Islands"), or None if a word of it
        cannot be part of one."""
        while label != "Person" and lo < hi and cols.lower[lo] not in fixed and (
                cols.lower[lo] in self.excluded or cols.lower[lo] in self.demonyms or cols.lower[lo] in self.stop_words):
            lo += 1
        while label == "Person" and lo < hi and self.lex.has("sentence_connectives", cols.lower[lo]):
            lo += 1                              # "But Hatoyama, who ...": no given name
        while label == "Person" and self.lang == "de" and hi - lo > 2 and cols.text[lo + 1] != "-" \
                and (self._noun(cols.text[lo]) or cols.lower[lo] in self.excluded):
            lo += 1                              # "US-Politikerin Nancy Beispiel besuchte": the
                                                 # noun of a compound before the name is none of it
        if label == "Person" and self.lang == "de" and hi - lo > 4 and cols.text[lo + 1] == "-" \
                and cols.text[lo + 2] in self.compound_nouns:
            lo += 3                              # "Grünen-Politiker Paul Beispiel": the compound too
        if hi <= lo or any(k in taken for k in range(lo, hi)):
            return None
        if label == "Person" and hi < len(doc) and cols.text[hi] == "-" and not doc[hi - 1].whitespace_ \
                and not doc[hi].whitespace_:
            return None                          # "sagte Tschechiens Ex-Außenminister": the first
                                                 # part of a compound, no name's end
        words = [k for k in range(lo, hi) if cols.text[k] != "-"]
        for k in range(lo, hi):
            text = cols.text[k]
            if cols.lower[k] in fixed and label != "Person":
                continue                         # "Insel Paramuschir"; not "An der Konferenz, die"
            if text == "-":
                if k in (lo, hi - 1) or doc[k - 1].whitespace_ or doc[k].whitespace_:
                    return None                  # "Jae-myung", not a dash
            elif label == "Person" and lo < k < hi - 1 and is_initial(text):
                continue                         # "John F. Kennedy": a middle initial
            elif not cols.alpha[k] or not (cols.title[k] or k > lo and cols.text[k - 1] == "-"):
                return None
            elif k > lo and cols.text[k - 1] == "-":
                if text.lower() in self.place_nouns or label == "Person" and (
                        cols.lower[k - 2] in self.known or self.lex.has("event_nouns", text)):
                    return None                  # "Kurilen-Inseln": a place noun; "Europa-Reise",
                                                 # "Abes Schrein-Besuch": no person
                continue                         # the second part of "Chung-in"
            elif (text.lower() in self.excluded and not (label == "Person" and k < hi - 1 and cols.lower[k] in self.months
                                                         and cols.lower[k + 1] not in self.months)
                  or text.lower() in self.demonyms or self._noun(text)
                  or label == "Place" and text.lower() in self.demonym_words):
                return None                      # "the Japanese island", "a South Korean air base": no
                                                 # name ("Jan Kowalski" is: a month as a given name)
        if label == "Person" and (self._lowered_opening(cols, lo) or self.lang == "de" and len(words) == 2 and lo > 1
                                  and cols.lower[lo - 1] in self.lex.lowered("determiners") and cols.text[lo - 2] != ","):
            return None                          # "Vergangene Woche erklärte", "Neben Zöllen forderte";
                                                 # "dem Hundefreund Putin": a noun before a surname
        if label == "Person" and (len(words) < 2 or cols.text_of(doc, lo, hi) in city_names()
                                  or any(cols.lower[k] in self.lex.lowered("organisation_words") for k in words)):
            return None                          # "Sri Lanka urged": a place; "Deutsche Bank said
        named = [k for k in words if cols.title[k] and cols.lower[k] not in fixed]
        if len(named) < (2 if label == "Organization" and self._body_head(cols, hi - 1) else 3) \
                and all(self._common(cols.text[k]) for k in named):
            return None                          # "Defense Ministry", "The Islands" (not "Air
                                                 # Self-Defense Force", "the Central Military Commission")
        return lo, hi

    def _body_head(self, cols, k: int) -> bool:
        """Whether token ``k`` is the capitalised head noun of a body's name
        (``body_name_heads``: "Commission", "Council") after two capitalised words inside a
        sentence, where ordinary words are capitalised only in names: "the International
        Whaling Commission"."""
        start = cols.sent_of(k).start
        return cols.title[k] and self.lex.has("body_name_heads", cols.lower[k]) and k - 2 > start \
            and cols.title[k - 1] and cols.title[k - 2] and cols.alpha[k - 1] and cols.alpha[k - 2]

    def _treaty_name(self, cols, hi: int) -> bool:
        """Whether the name ending before ``hi`` names a treaty: a capitalised accord noun
        follows it ("Forces Treaty", "Forces Agreement")."""
        return hi < len(cols.text) and cols.title[hi] and self.lex.has("accord_nouns", cols.lower[hi])

    def _lowered_opening(self, cols, lo: int) -> bool:
        """Whether the word at ``lo`` opens its sentence and is, in German, an ordinary word
        written small elsewhere (an adjective, a preposition: "Vergangene", "Neben"):
        capitalised only by its place, so no given name."""
        start = cols.sent_of(lo).start
        while start < lo and not cols.alpha[start]:
            start += 1
        return self.lang == "de" and start == lo and cols.lower[lo] in self.common

    def _place_first(self, cols, lo, hi) -> bool:
        """Whether a person's name starts with a one-word place or country name ("Paris
        Hilton", "Georgia Meloni"), the rest of it free and no ordinary words."""
        if hi - lo < 2 or cols.ent[lo] not in ("Place", "Country") or \
                lo + 1 < len(cols.ent) and cols.ent[lo + 1] or lo > 0 and cols.ent[lo - 1] == cols.ent[lo]:
            return False
        rest = [k for k in range(lo + 1, hi) if cols.title[k]]
        return bool(rest) and not all(self._common(cols.text[k]) for k in rest)

    def _without_nouns(self, cols, lo: int, hi: int) -> tuple[int, int]:
        """A place's name [lo, hi) without the common nouns after its first word ("auf der
        Insel Gotland | Truppen stationiert": German nouns are capitalised too)."""
        while hi - lo > 1 and cols.text[hi - 1] in self.nouns:
            hi -= 1
        return lo, hi

    def _noun(self, text: str) -> bool:
        """A German word with a noun ending ("Regierung", "Nachrichtenagentur", "Sender";
        not "Myung": a short ending needs a longer word)."""
        return has_noun_ending(text, self.lex.lowered("noun_suffixes"))

    @staticmethod
    def _headline_sentences(cols) -> set:
        """Starts of the lines written in title case (:func:`title_case_line`)."""
        return {sent.start for sent in cols.sents if title_case_line(cols, sent)}

    def _common(self, text: str) -> bool:
        return text in self.common or text.lower() in self.common

    def _cities(self, doc, cols, taken) -> list[Span]:
        """Gazetteer cities right after a locative preposition ("in Przemysl", "nach Sotschi"),
        or after its country's possessive ("in Turkey's Antalya")."""
        names, out = city_names(), []
        preps = self.lex.lowered("city_prepositions")       # not "im Lauf der Jahre"

        for i in cols.where(preps):
            k = i + 1
            if k < len(doc) and cols.ent[k] == "Country":
                end = cols.name_end(k)
                k = end + 1 if end < len(doc) and cols.text[end] in ("'s", "’s") else k
            if k >= len(doc) or k in taken or not cols.title[k]:
                continue
            for n in range(min(_MAX_CITY_TOKENS, len(doc) - k), 0, -1):
                text = cols.text_of(doc, k, k + n)
                if text in names and self._name(doc, cols, k, k + n, "Place", taken) is not None:
                    out.append(Span(doc, k, k + n, label="Place", kb_id=self.gazetteer_rule))
                    taken.update(range(k, k + n))
                    break
        return out


def _spelt(pattern: list) -> list[str]:
    """The words a pattern spells out ("LOWER": "of", "LOWER": {"IN": [...]})."""
    out = []
    for token in pattern:
        lower = token.get("LOWER")
        if isinstance(lower, str):
            out.append(lower)
        elif isinstance(lower, dict) and isinstance(lower.get("IN"), list):
            out += lower["IN"]
    return out


@Language.factory("diplograph_unknown_names")
def make_unknown_name_finder(nlp: Language, name: str) -> UnknownNameFinder:
    return UnknownNameFinder(nlp)
