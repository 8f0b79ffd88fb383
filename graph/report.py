"""``OUT/report.md``: what was read, what was found, who matters, what happened.

The report is Markdown; every article string in it is escaped so that it renders as text.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from rdflib import Dataset

from ontology.kb import load_kb
from ontology.namespace import ENT, ROLE

from .fuse import entity_slug
from .trig import atomic_write

__all__ = ["write_report", "render_report", "md_escape"]

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|"})


def md_escape(text: str) -> str:
    """Text that renders literally in Markdown (and never as HTML).

    >>> md_escape("<b>x</b> | *y*")
    '\\\\<b\\\\>x\\\\</b\\\\> \\\\| \\\\*y\\\\*'
    """
    return " ".join(str(text).split()).translate(_MD_SPECIAL)


def _namer(fusion):
    kb = load_kb()
    labels = {k: e.label for f in fusion.articles for k, e in f.entities.items()}

    def name(key: str) -> str:
        known = kb.get(ENT[key]) if not key.startswith("new:") else None
        return known.label("en") if known else labels.get(key, entity_slug(key))
    return name


def _role_name(slug: str) -> str:
    role = load_kb().roles.get(ROLE[slug])
    return role.label("en") if role else slug


def render_report(result, ds: Dataset) -> str:
    """The report's Markdown text."""
    fusion = result.fusion
    name = _namer(fusion)
    lines = ["# diplograph build report", ""]
    n_roles = sum(len(f.roles) for f in fusion.articles)
    n_ent = len({k for f in fusion.articles for k in f.entities})
    lines += [f"- articles: {len(fusion.articles)} built, {len(result.problems)} not built",
              f"- entities mentioned: {n_ent}", f"- role claims: {n_roles}",
              f"- events: {len(fusion.events)}", f"- conflicts between sources: {len(fusion.conflicts)}",
              f"- triples: {len(ds)}", ""]
    counts = Counter(k for f in fusion.articles for k, e in f.entities.items()
                     if e.kind in ("Person", "Country", "Organization"))
    lines += ["## Top actors (by number of articles mentioning them)", "",
              "| actor | articles |", "| --- | --- |"]
    lines += [f"| {md_escape(name(k))} | {n} |" for k, n in
              sorted(counts.items(), key=lambda kv: (-kv[1], name(kv[0])))[:15]]
    lines += ["", "## Events", "", "| kind | date | place | actors | sources |",
              "| --- | --- | --- | --- | --- |"]
    for fe in sorted(fusion.events, key=lambda e: (e.date.iso if e.date else "9999", e.kind)):
        actors = ", ".join(md_escape(name(a)) for a in fe.actors)
        lines.append(f"| {fe.kind} ({fe.status.lower()}) | {fe.date.iso if fe.date else '?'} | "
                     f"{md_escape(name(fe.place)) if fe.place else '?'} | {actors} | "
                     f"{', '.join(fe.sources)} |")
    if fusion.conflicts:
        lines += ["", "## Conflicts between sources", ""]
        for c in fusion.conflicts:
            if hasattr(c, "measures"):
                claims = "; ".join(f"{aid}: {value} {c.unit}" for aid, value, _, _ in c.claims)
                who = f", stated by {md_escape(name(c.speaker))}" if c.speaker else ""
                lines.append(f"- {md_escape(c.measures)}{who}: {claims}")
            else:
                claims = "; ".join(f"{aid}: {_role_name(r)}" for aid, r in c.claims)
                lines.append(f"- {md_escape(name(c.person))} ({md_escape(name(c.org))}): {claims}")
    if fusion.relations:
        lines += ["", "## Relations by year", "", "| pair | year | class | events | sources |",
                  "| --- | --- | --- | --- | --- |"]
        for r in fusion.relations:
            lines.append(f"| {md_escape(name(r.pair[0]))} – {md_escape(name(r.pair[1]))} | {r.year} | "
                         f"{r.quad} | {len(r.events)} | {len(r.sources)} |")
    lines += ["", "## Inputs", "", "| input | status | reason |", "| --- | --- | --- |"]
    lines += [f"| {md_escape(i.path)} | {i.status} | {md_escape(i.reason or result.notes.get(i.path, ''))} |"
              for i in sorted(result.inputs, key=lambda i: i.path)]
    return "\n".join(lines) + "\n"


def write_report(result, ds: Dataset, path: Path) -> Path:
    atomic_write(Path(path), render_report(result, ds))
    return Path(path)
