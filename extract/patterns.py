"""Patterns generated from the knowledge base: adding an entity means adding triples.

>>> from diplograph.ontology.kb import load_kb
>>> pats = entity_patterns(load_kb(), "de")
>>> {"label": "Country", "pattern": "Japans", "id": "japan"} in pats
True
"""
from __future__ import annotations

from diplograph.ontology.kb import KnowledgeBase

from diplograph.extract.lexicon import load_lexicon, lookup_lemmas

__all__ = ["entity_patterns", "role_phrases", "demonym_phrases", "genitive", "lowered_head"]

_NO_GENITIVE_ENDINGS = ("s", "x", "z", "ß", "ce")


def genitive(name: str, lang: str) -> str | None:
    """The German plain genitive of a name ("Japan" -> "Japans"), or None.

    >>> genitive("Russland", "de"), genitive("Paris", "de"), genitive("Japan", "en")
    ('Russlands', None, None)
    """
    suffix = load_lexicon(lang).words.get("genitive_suffix", "") if lang else ""
    if not suffix or not name[-1:].isalpha() or name.endswith(_NO_GENITIVE_ENDINGS):
        return None
    if name.isupper():           # "NATO" -> "NATO" stays; "der NATO" carries the case
        return None
    return name + suffix


_ADJ_ENDINGS = ("es", "en", "er", "em", "e")
_ADJ_STEMS = ("isch", "lich", "ig", "t")          # ostchinesisch-, nördlich-, vereinigt-


def declensions(name: str) -> list[str]:
    """German case forms of a name that starts with an adjective ("Ostchinesisches Meer"
    -> "Ostchinesische Meer", "Ostchinesischen Meer(es)", ...); [] for other names.

    >>> declensions("Ostchinesisches Meer")[-3:]
    ['Ostchinesische Meer', 'Ostchinesischen Meeres', 'Ostchinesischen Meers']
    """
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or "-" in words[0]:
        return []
    first = words[0]
    ending = next((e for e in _ADJ_ENDINGS if first.endswith(e)
                   and first[:-len(e)].endswith(_ADJ_STEMS)), None)
    if ending is None:
        return []
    stem = first[:-len(ending)]
    rest = " ".join(words[1:])
    out = [f"{stem}{e} {rest}" for e in _ADJ_ENDINGS if stem + e != first]
    if len(words) == 2 and words[1][-1:].isalpha() and not words[1].endswith(("s", "n")):
        out += [f"{stem}en {words[1]}es", f"{stem}en {words[1]}s"]
    return out


def lowered_head(name: str) -> str:
    """An English place name with its last word, a place noun, in lower case, as news often
    write it ("Kuril Islands" -> "Kuril islands").

    >>> lowered_head("Kuril Islands"), lowered_head("Rebun Island")
    ('Kuril islands', 'Rebun island')
    """
    head, _, last = name.rpartition(" ")
    return f"{head} {last.lower()}"


def entity_patterns(kb: KnowledgeBase, lang: str) -> list[dict]:
    """spaCy EntityRuler phrase patterns for every known name of every KB entity.

    Labels are the coarse kinds (Person, Country, Organization, Place), ids the KB slugs.
    """
    out, seen = [], set()
    words = {w.lower() for w in lookup_lemmas(lang)}
    nouns = load_lexicon(lang).lowered("place_nouns")
    for ent in kb.entities.values():
        own = set(ent.names(lang)) - set(ent.labels.values()) | {ent.labels.get(lang)}
        for name in ent.names(lang):
            if name not in own and name.lower() in words:
                continue             # a label of another language only: "Island" (Iceland) is
                                     # a word in English text
            forms = [name, genitive(name, lang)] + (declensions(name) if lang == "de" else [])
            if ent.kind == "Place" and " " in name and lang == "en" and name.split()[-1].lower() in nouns:
                forms.append(lowered_head(name))      # "the Kuril islands", "the Danjo islands"
            if ent.kind in ("Place", "Country") and len(name) > 3 and not name.isupper():
                forms.append(name.upper())            # datelines: "MADRID, June 29 (Reuters)"
            if ent.kind == "Organization" and len(name) > 3 and name.isalpha() and name.isupper() \
                    and name.lower() not in words and name not in ent.ambiguous_in(lang):
                forms.append(name.capitalize())       # an acronym spoken as a word: "Asean", "Opec"
            forms += [f.replace("'", "’") for f in forms if f and "'" in f]   # "Russia’s Defence
                                                      # Ministry": the typographic apostrophe
            for form in forms:
                if form and (form, ent.slug) not in seen:
                    seen.add((form, ent.slug))
                    out.append({"label": ent.kind, "pattern": form, "id": ent.slug})
    return out


def role_phrases(kb: KnowledgeBase, lang: str) -> dict[str, str]:
    """Every lower-cased form of a role word in ``lang`` -> the role's slug.

    German nouns also get their plural/genitive/dative forms (-s, -n, -en, -innen), English
    ones their plural, but for the plurals that name groups acted on ("lawmakers", the
    lexicon's ``target_nouns``) or groups of no office ("leaders of the Quad":
    ``role_group_plurals``).

    >>> from diplograph.ontology.kb import load_kb
    >>> role_phrases(load_kb(), "de")["außenministers"]
    'foreign-minister'
    """
    out: dict[str, str] = {}
    lex = load_lexicon(lang)
    groups = lex.lowered("target_nouns") | lex.lowered("role_group_plurals")
    for role in kb.roles.values():
        for name in role.names(lang) + [t for t, lg in role.aliases if lg is None]:
            low = name.lower()
            forms = [low]
            if lang == "de":
                forms += [low + "s", low + "n", low + "en"] if not low.endswith("in") else [low + "nen"]
            elif lang == "en" and not low.endswith("s"):
                forms.append(low + "s")
            forms += [f.replace("'", "’") for f in forms if "'" in f]    # "chargé d’affaires"
            for form in forms:
                if form == low or form not in groups:
                    out.setdefault(form, role.slug)
    return out


def demonym_phrases(kb: KnowledgeBase, lang: str) -> dict[str, str]:
    """Every lower-cased demonym or adjective form in ``lang`` -> the country's slug.

    >>> from diplograph.ontology.kb import load_kb
    >>> demonym_phrases(load_kb(), "de")["japanischen"], demonym_phrases(load_kb(), "en")["russians"]
    ('japan', 'russia')
    """
    words = load_lexicon(lang).words
    endings = [""] + list(words.get("adjective_endings", []))
    plurals = [tuple(pair.split("=")) for pair in words.get("demonym_plurals", [])]   # "an=ans"
    out: dict[str, str] = {}
    for ent in kb.entities.values():
        for text, lg in ent.demonyms:
            if lg not in (None, lang):
                continue
            low = text.lower()
            for end in endings:
                if end and low.endswith("e") and end.startswith("e"):
                    out.setdefault(low + end[1:], ent.slug)   # "russe" + "n"
                out.setdefault(low + end, ent.slug)
            for single, plural in plurals:
                if low.endswith(single):
                    out.setdefault(low[:-len(single)] + plural, ent.slug)   # "russians"
    return out
