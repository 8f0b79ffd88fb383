"""Entity resolution across articles for entities the knowledge base does not know.

KB entities already share one key everywhere. An entity found only in articles is keyed
by its kind and a transliteration-insensitive, order-insensitive form of its name, so
"Sergej Schoigu" and "Sergei Shoigu", "Dmitri Peskow" and "Dmitry Peskov", "Tanabe Kenji"
and "Kenji Tanabe" become one node, and so do "John B. Emerson" and "John Emerson" when no
other middle initials go with the name. A surname alone joins a full name only when exactly
one person of the corpus has that surname and no person of the knowledge base bears it;
two people who share a surname stay apart. A person of the knowledge base that an article
names by surname alone keeps that link only when no other person of the corpus bears the
surname, or the KB person dominates the corpus's full names (:func:`unlink_contested_surnames`).

(:func:`~diplograph.extract.names.translit_key`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from diplograph.extract.model import ArticleFacts, Entity
from diplograph.extract.names import token_key, translit_key

_PARTS = re.compile(r"[\s\-\u2010\u2011]+")     # spaces and hyphens between a name's parts

__all__ = ["translit_key", "resolve_entities", "apply_mapping", "label_of", "unlink_contested_surnames"]

def resolve_entities(facts: list[ArticleFacts]) -> dict[str, str]:
    """Article-level keys of unknown entities -> one corpus-wide key each."""
    names: dict[str, Counter] = defaultdict(Counter)      # canonical key -> surface counts
    canon: dict[str, str] = {}
    for f in facts:
        for key, ent in f.entities.items():
            if key.startswith("new:"):
                kind, name = key.split(":", 2)[1:]
                ck = f"{kind}|{translit_key(name)}"
                canon[key] = ck
                for surface in ent.surface or {ent.label}:
                    names[ck][(f.article.lang, " ".join(surface.split()))] += 1
    _join_hyphenated(canon, names)
    _join_initials(canon, names)
    # a bare surname joins the one full name of the corpus it is part of
    full = defaultdict(set)
    for ck in names:
        kind, tokens = ck.split("|", 1)
        if kind == "Person" and " " in tokens:
            for t in tokens.split():
                full[t].add(ck)
    known = _kb_surnames()
    for key, ck in list(canon.items()):
        kind, tokens = ck.split("|", 1)
        if kind == "Person" and " " not in tokens and len(full.get(tokens, ())) == 1 and tokens not in known:
            canon[key] = next(iter(full[tokens]))
    chosen = {ck: _display(names[ck]) for ck in set(canon.values())}
    return {key: f"new:{ck.split('|', 1)[0]}:{chosen[ck]}" for key, ck in canon.items()}


def _join_hyphenated(canon: dict[str, str], names: dict[str, Counter]) -> None:
    """Give one key to the names of people written with a hyphen in one article and a space
    in another, the same parts in the same order ("Lee Jae-myung", "Lee Jae Myung"; not "Kim
    Min-jun" and "Kim Jun-min", nor "Li Na-yeon" and "Lina Yeon"); in place.

    >>> canon = {"new:Person:lee jae-myung": "Person|jaemyung lee", "new:Person:lee jae myung": "Person|jae lee myung"}
    >>> names = {ck: Counter({("en", ck): 1}) for ck in canon.values()}
    >>> _join_hyphenated(canon, names); sorted(set(canon.values()))
    ['Person|jae lee myung']
    """
    groups: dict[str, set] = defaultdict(set)
    for key, ck in canon.items():
        kind, name = key.split(":", 2)[1:]
        if kind == "Person":
            parts = [p for p in _PARTS.split(name) if p]
            groups["".join(token_key(p) for p in parts) + f"|{len(parts)}"].add((ck, "-" in name))
    remap = {}
    for members in groups.values():
        cks = {ck for ck, _ in members}
        if len(cks) > 1 and any(hyphen for _, hyphen in members):
            target = min(cks)
            for ck in cks - {target}:
                remap[ck] = target
                names[target].update(names.pop(ck, Counter()))
    for key, ck in canon.items():
        canon[key] = remap.get(ck, ck)


def _join_initials(canon: dict[str, str], names: dict[str, Counter]) -> None:
    """Give one key to a person's name written with a middle initial in one article and
    without it in another ("John B. Emerson", "John Emerson"), when the corpus gives the
    name one set of initials only: "George W. Bush" and "George H. W. Bush" keep "George
    Bush" apart from both; in place.

    >>> canon = {"a": "Person|b emerson iohn", "b": "Person|emerson iohn", "c": "Person|bush george v",
    ...          "d": "Person|bush george h v", "e": "Person|bush george"}
    >>> names = {ck: Counter({("en", ck): 1}) for ck in canon.values()}
    >>> _join_initials(canon, names); canon["b"], canon["e"]
    ('Person|b emerson iohn', 'Person|bush george')
    """
    groups: dict[str, dict] = defaultdict(dict)       # name without initials -> ck -> its initials
    for ck in set(canon.values()):
        kind, tokens = ck.split("|", 1)
        parts = tokens.split()
        full = [t for t in parts if len(t) > 1]
        if kind == "Person" and len(full) >= 2:
            groups[" ".join(full)][ck] = tuple(t for t in parts if len(t) == 1)
    remap = {}
    for members in groups.values():
        initials = {i for i in members.values() if i}
        if len(members) > 1 and len(initials) == 1:
            target = min(ck for ck, i in members.items() if i)
            for ck in set(members) - {target}:
                remap[ck] = target
                names[target].update(names.pop(ck, Counter()))
    for key, ck in canon.items():
        canon[key] = remap.get(ck, ck)


def unlink_contested_surnames(facts: list[ArticleFacts], dominant: int = 3) -> None:
    """An article that names a person of the knowledge base by surname alone ("Kono said")
    keeps the link only when no other person of the corpus is named in full with that
    surname ("Yohei Kono" elsewhere), or when the KB person is named in full in at least
    ``dominant`` articles and ``dominant`` times as many as each other bearer ("Shinzo Abe"
    in dozens of reports, "Akie Abe" in one); else the surname stays an unknown person of
    its own (in place).

    >>> from diplograph.extract.model import Article
    >>> a, b = ArticleFacts(Article("a", "", "en")), ArticleFacts(Article("b", "", "en"))
    >>> a.entities = {"new:Person:yohei kono": Entity("new:Person:yohei kono", "Person", "Yohei Kono", False, {"Yohei Kono"})}
    >>> b.entities = {"taro-kono": Entity("taro-kono", "Person", "Taro Kono", True, {"Kono"})}
    >>> unlink_contested_surnames([a, b]); sorted(b.entities)
    ['new:Person:kono']
    """
    bearers: dict[str, set] = defaultdict(set)          # surname key -> people named in full
    named_in: Counter = Counter()                       # person -> articles naming them in full
    for f in facts:
        for key, ent in f.entities.items():
            if ent.kind == "Person" and any(len(s.split()) > 1 for s in ent.surface):
                named_in[key] += 1
            for surface in ent.surface if ent.kind == "Person" else ():
                tokens = surface.split()
                if len(tokens) > 1:
                    bearers[token_key(tokens[0])].add(key)
                    bearers[token_key(tokens[-1])].add(key)
    for f in facts:
        remap = {}
        for key, ent in f.entities.items():
            if ent.kind != "Person" or not ent.known or any(" " in s for s in ent.surface):
                continue
            others = set().union(*(bearers.get(token_key(s), set()) for s in ent.surface)) - {key}
            if others and not (named_in[key] >= dominant
                               and all(named_in[key] >= dominant * named_in[o] for o in others)):
                remap[key] = f"new:Person:{min(ent.surface).casefold()}"
        if remap:
            apply_mapping([f], remap)


def _kb_surnames() -> frozenset:
    """Surname keys of the knowledge base's people (family names and last words of labels)."""
    from diplograph.ontology.kb import load_kb
    out = set()
    for ent in load_kb().entities.values():
        if ent.kind == "Person":
            out.add(token_key(ent.label("en").split()[-1]))
            if ent.family_name:
                out.add(token_key(ent.family_name))
    return frozenset(out)


def label_of(key: str) -> str:
    """The display name inside a resolved key ("new:Person:Kenji Tanabe" -> "Kenji Tanabe")."""
    return key.split(":", 2)[2]


def _display(counts: Counter) -> str:
    """The name form to show: the longest, in an English article's spelling if there is
    one (the international transliteration), then the most frequent, then alphabetical."""
    totals = Counter()
    english = set()
    for (lang, name), n in counts.items():
        totals[name] += n
        if lang == "en":
            english.add(name)
    return sorted(totals, key=lambda n: (-len(n.split()), n not in english, -totals[n], n))[0]


def apply_mapping(facts: list[ArticleFacts], mapping: dict[str, str]) -> None:
    """Rewrite every entity key of the articles' facts through ``mapping`` (in place)."""
    def m(key):
        return mapping.get(key, key) if key else key
    for f in facts:
        merged: dict[str, Entity] = {}
        for key, ent in f.entities.items():
            new = m(key)
            if new in merged:
                kept = merged[new]
                kept.surface |= ent.surface
                if ent.confidence > kept.confidence:
                    kept.confidence, kept.evidence = ent.confidence, ent.evidence
            else:
                label = label_of(new) if new.startswith("new:") else ent.label
                merged[new] = Entity(new, ent.kind, label, ent.known, set(ent.surface),
                                     ent.confidence, ent.evidence)
        f.entities = merged
        f.mentions = [type(x)(m(x.key), x.start, x.end, x.text) for x in f.mentions]
        f.roles = [type(r)(m(r.person), r.role, m(r.org), r.rule, r.confidence, r.sent) for r in f.roles]
        for ev in f.events:
            ev.actors = list(dict.fromkeys(m(a) for a in ev.actors))
            ev.targets = list(dict.fromkeys(m(a) for a in ev.targets))
            ev.place = m(ev.place)
        f.statements = [type(s)(m(s.speaker), s.text, s.start, s.end, s.sent, s.direct)
                        for s in f.statements]
        for acc in f.accords:
            acc.parties = sorted({m(p) for p in acc.parties})
        f.figures = [type(x)(x.value, x.unit, x.measures, x.text, x.start, x.end, x.sent, m(x.speaker))
                     for x in f.figures]
