"""``OUT/report.md`` and ``OUT/report.html``: what was read, what was found, who matters,
what happened, where sources disagree, and how relations moved over the years.

The report is built once as a list of blocks (headings, lists, tables, images) and then
rendered twice; every article string is escaped in both renderings (Markdown backslashes,
HTML entities), so it shows as text.
"""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from diplograph.ontology.errors import GraphError
from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import ENT, EVENT, ROLE, shorten_iri

from diplograph.graph.fusion.entities import entity_slug
from diplograph.graph.rdf.trig import atomic_write

__all__ = ["ReportDraft", "write_report", "report_blocks", "to_markdown", "to_html", "md_escape"]

# A report is read by a person: past this many rows a table or list stops and says how many
# more there are and which shipped query lists them all (100,000 articles' events made a
# 77 MB report.md); a table cell names at most MAX_SOURCES articles.
MAX_ROWS = 500
MAX_SOURCES = 10

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|"})


def md_escape(text: str) -> str:
    """Text that renders literally in Markdown (and never as HTML).

    >>> md_escape("<b>x</b> | *y*")
    '\\\\<b\\\\>x\\\\</b\\\\> \\\\| \\\\*y\\\\*'
    """
    return " ".join(str(text).split()).translate(_MD_SPECIAL)


def _capped(block: tuple, what: str, query: str, total: int | None = None) -> list:
    """A ("table", header, rows) or ("ul", items) block cut to :data:`MAX_ROWS`, followed
    by a line that says what was left out (``total``: how many rows there are, when the
    block holds only the first ones).

    >>> _capped(("ul", ["a", "b"]), "events", "timeline")
    [('ul', ['a', 'b'])]
    """
    rows = block[-1]
    total = len(rows) if total is None else total
    if total <= MAX_ROWS:
        return [block]
    more = f"… and {total - MAX_ROWS} more {what} (all {total}: diplograph query {query})"
    return [(*block[:-1], rows[:MAX_ROWS]), ("p", more)]


def _sources(ids: list[str]) -> str:
    """At most :data:`MAX_SOURCES` article ids, and how many there are in all.

    >>> _sources(["a", "b"])
    'a, b'
    """
    if len(ids) <= MAX_SOURCES:
        return ", ".join(ids)
    return ", ".join(ids[:MAX_SOURCES]) + f" … ({len(ids)} in all)"


def _namer(fusion):
    """Entity key -> its English label, else its label in an article, else its short id."""
    kb = load_kb()
    labels = {k: e.label for f in fusion.articles for k, e in f.entities.items()}

    def name(key: str) -> str:
        known = kb.get(ENT[key]) if not key.startswith("new:") else None
        return known.label("en") if known else labels.get(key) or shorten_iri(str(ENT[entity_slug(key)]))
    return name


def _role_name(slug: str) -> str:
    """A role's English label, else its short id (``role:slug``)."""
    role = load_kb().roles.get(ROLE[slug])
    return role.label("en") if role else shorten_iri(str(ROLE[slug]))


def _event_id(event) -> str:
    """A fused event's short id, as the event table, GraphML and ``diplograph query`` name it."""
    return shorten_iri(str(EVENT[event.slug]))


def _summary(result, quads: int) -> list:
    f, n = result.fusion, result.fusion.counts()
    return [("h1", "diplograph build report"), ("ul", [
        f"articles: {n['articles']} built, {len(result.problems)} not built",
        f"entities mentioned: {len({k for a in f.articles for k in a.entities})}",
        f"role claims: {n['role claims']}",
        f"events: {n['events']}", f"conflicts between sources: {n['conflicts']}",
        f"relation edges: {n['relations']}", f"quads (triples in their named graphs): {quads}"])]


def _actor_counts(result, name) -> list:
    f = result.fusion
    counts = Counter(k for a in f.articles for k, e in a.entities.items()
                     if e.kind in ("Person", "Country", "Organization"))
    rows = [[name(k), str(n)] for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], name(kv[0])))[:15]]
    return [("h2", "Top actors (by number of articles mentioning them)"),
            ("table", ["actor", "articles"], rows)]


def _network(G) -> list:
    """Centrality, communities and bridges of the networkx graph's actors."""
    if G is None or not G.number_of_nodes():
        return []
    from diplograph.graph.analysis.measures import centrality, communities
    cent = centrality(G)
    actors = [n for n in G if G.nodes[n].get("category") == "actor"]
    ranked = sorted(actors, key=lambda n: (-cent[n]["degree"], -cent[n]["betweenness"],
                                           G.nodes[n]["label"]))[:10]
    blocks = [("h2", "Centrality (actors)"), ("table", ["actor", "degree", "betweenness"],
              [[G.nodes[n]["label"], f"{cent[n]['degree']:.3f}", f"{cent[n]['betweenness']:.3f}"]
               for n in ranked])]
    groups = [g for g in communities(G) if len(g) > 1][:6]
    member = {n: i for i, g in enumerate(groups) for n in g}
    blocks += [("h2", "Communities"), ("ul", [
        f"{i + 1}: " + ", ".join(sorted(G.nodes[n]["label"] for n in g)[:10])
        + (" …" if len(g) > 10 else "") for i, g in enumerate(groups)])]
    bridges = sorted((n for n in G if len({member.get(m) for m in G.neighbors(n)} - {None}) > 1),
                     key=lambda n: (-cent[n]["betweenness"], G.nodes[n]["label"]))[:8]
    if bridges:
        blocks += [("p", "Bridges between communities (by betweenness): "
                    + ", ".join(G.nodes[n]["label"] for n in bridges))]
    return blocks


def _events(result, name) -> list:
    f = result.fusion
    ordered = sorted(f.events, key=lambda e: (e.date.iso if e.date else "9999", e.kind))
    rows = [[f"{fe.kind} ({fe.status.lower()})", fe.date.iso if fe.date else "?",
             name(fe.place) if fe.place else "?", ", ".join(name(a) for a in fe.actors),
             _sources(fe.sources), _event_id(fe)]
            for fe in ordered[:MAX_ROWS]]
    most = sorted(f.events, key=lambda e: (-len(e.sources), e.date.iso if e.date else "9999"))[:5]
    return [("h2", "Events"),
            *_capped(("table", ["kind", "date", "place", "actors", "sources", "id"], rows), "events", "timeline",
                     len(ordered)),
            ("h2", "Most reported events"),
            ("ul", [f"{len(e.sources)} sources: {e.kind} of {', '.join(name(a) for a in e.actors[:4])}"
                    + (f" ({e.date.iso})" if e.date else "") + f", {_event_id(e)}" for e in most])]


def _conflicts(result, name) -> list:
    lines = []
    for c in result.fusion.conflicts:
        if hasattr(c, "measures"):
            who = f", stated by {name(c.speaker)}" if c.speaker else ""
            claims = "; ".join(f"{aid}: {value} {c.unit}" for aid, value, _, _ in c.claims)
            lines.append(f"{c.measures}{who}: {claims}")
        else:
            claims = "; ".join(f"{aid}: {_role_name(r)}" for aid, r in c.claims)
            lines.append(f"{name(c.person)} ({name(c.org)}): {claims}")
    return [("h2", "Conflicts between sources"), *_capped(("ul", lines), "conflicts", "conflicts")] if lines else []


def _relations(result, name) -> list:
    """The relations table (its plots follow it when the report is put together)."""
    rels = result.fusion.relations
    if not rels:
        return []
    table = ("table", ["pair", "year", "class", "events", "sources"],
             [[f"{name(r.pair[0])} – {name(r.pair[1])}", r.year, r.quad, str(len(r.events)),
               str(len(r.sources))] for r in rels])
    return [("h2", "Relations by year"), *_capped(table, "relation rows", "relations")]


def _inputs(result) -> list:
    """Every input that was not built or has a note, then the others up to :data:`MAX_ROWS`."""
    ordered = sorted(result.inputs, key=lambda i: i.path)
    shown = [i for i in ordered if i.status != "ok" or i.reason or i.path in result.notes]
    shown += [i for i in ordered if i.status == "ok" and not i.reason and i.path not in result.notes][
        :max(0, MAX_ROWS - len(shown))]
    shown.sort(key=lambda i: i.path)
    blocks = [("h2", "Inputs"), ("table", ["input", "status", "reason"],
               [[i.path, i.status, i.reason or result.notes.get(i.path, "")] for i in shown])]
    if len(shown) < len(ordered):
        blocks.append(("p", f"… and {len(ordered) - len(shown)} more inputs built without remarks"))
    return blocks


class ReportDraft:
    """The parts of the report read from a build's fusion, made before the networkx graph:
    a build can then let the fusion (every article's facts) go while the graph is made.
    :meth:`blocks` puts the draft and the graph's parts together; :meth:`write` writes them.

    >>> from diplograph.graph.fusion.fuse import Fusion
    >>> from types import SimpleNamespace
    >>> done = SimpleNamespace(fusion=Fusion([], [], []), inputs=[], notes={}, problems=[])
    >>> draft = ReportDraft(done, 0)
    >>> [b[1] for b in draft.blocks() if b[0] == "h2"]
    ['Top actors (by number of articles mentioning them)', 'Events', 'Most reported events', 'Inputs']
    """

    def __init__(self, result, quads: int, out_dir: Path | None = None):
        name = _namer(result.fusion)
        self.head = _summary(result, quads) + _actor_counts(result, name)
        self.tail = _events(result, name) + _conflicts(result, name)
        self.relations = _relations(result, name)
        self.inputs = _inputs(result)
        self.out_dir = None if out_dir is None else Path(out_dir)
        self.plots = {}                                  # title -> file name
        if self.out_dir is not None and self.relations:
            from diplograph.graph.analysis.plots import polarity_plot
            self.plots.update(polarity_plot(result.fusion.relations, self.out_dir))

    def blocks(self, G=None, plots: dict | None = None) -> list:
        """The report as blocks, with the graph's parts and ``plots`` (title -> file name,
        after the draft's own) beneath the relations table."""
        images = [("img", title, src) for title, src in {**self.plots, **(plots or {})}.items()]
        relations = self.relations + images if self.relations else []
        return self.head + _network(G) + self.tail + relations + self.inputs

    def write(self, G=None) -> list[Path]:
        """Write report.md, report.html and the degree plot into the draft's folder; the
        files written.

        >>> from diplograph.graph.fusion.fuse import Fusion
        >>> from types import SimpleNamespace
        >>> done = SimpleNamespace(fusion=Fusion([], [], []), inputs=[], notes={}, problems=[])
        >>> ReportDraft(done, 0).write()
        Traceback (most recent call last):
        ...
        diplograph.ontology.errors.GraphError: this report draft was made without a folder (out_dir=None) and cannot be written
        """
        if self.out_dir is None:
            raise GraphError("this report draft was made without a folder (out_dir=None) and cannot be written")
        from diplograph.graph.analysis.plots import degree_plot
        plots = degree_plot(G, self.out_dir)
        blocks = self.blocks(G, plots)
        atomic_write(self.out_dir / "report.md", to_markdown(blocks))
        atomic_write(self.out_dir / "report.html", to_html(blocks))
        return [self.out_dir / "report.md", self.out_dir / "report.html",
                *(self.out_dir / src for src in {**self.plots, **plots}.values())]


def report_blocks(result, quads: int, G=None, plots: dict | None = None) -> list:
    """The report as blocks: ("h1"|"h2"|"p", text), ("ul", items),
    ("table", header, rows) and ("img", title, file name)."""
    return ReportDraft(result, quads).blocks(G, plots)


def to_markdown(blocks: list) -> str:
    out = []
    for kind, *rest in blocks:
        if kind in ("h1", "h2"):
            out += [("# " if kind == "h1" else "## ") + md_escape(rest[0]), ""]
        elif kind == "p":
            out += [md_escape(rest[0]), ""]
        elif kind == "ul":
            out += [f"- {md_escape(item)}" for item in rest[0]] + [""]
        elif kind == "table":
            header, rows = rest
            out += ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
            out += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows] + [""]
        elif kind == "img":
            out += [f"![{md_escape(rest[0])}]({rest[1]})", ""]
    return "\n".join(out)


def to_html(blocks: list) -> str:
    e = html.escape
    out = ["<!doctype html><html><head><meta charset='utf-8'><title>diplograph build report</title>",
           "<style>body{font:14px sans-serif;margin:2em;max-width:1100px}table{border-collapse:"
           "collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}</style></head><body>"]
    for kind, *rest in blocks:
        if kind in ("h1", "h2", "p"):
            out.append(f"<{kind}>{e(rest[0])}</{kind}>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in rest[0]) + "</ul>")
        elif kind == "table":
            header, rows = rest
            out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</table>")
        elif kind == "img":
            out.append(f"<p><img src='{e(rest[1])}' alt='{e(rest[0])}'></p>")
    return "\n".join(out + ["</body></html>"]) + "\n"


def write_report(result, quads: int, out_dir: Path, G=None) -> list[Path]:
    """Write report.md, report.html and the plots into ``out_dir``; the files written."""
    return ReportDraft(result, quads, out_dir).write(G)
