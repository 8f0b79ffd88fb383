"""What every view shares: node and edge styling, the pyvis network, the HTML page.

Pages are rendered with the package's own Jinja templates (``graph/views/templates``), not
pyvis's, because pyvis 0.3.2 links Bootstrap and tom-select from a CDN even with
``cdn_resources="in_line"``. The vis-network script and stylesheet pyvis ships
(``pyvis/templates/lib/vis-9.1.2``) are inlined, so a page references no remote URL and
works offline from ``file://``. Graph data is embedded as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and ``'`` escaped as
``\\u003c`` etc.; tooltips are plain text (vis-network renders a string title with
``innerText``); every other article-derived string goes through Jinja autoescaping or
``textContent`` in the page script.

>>> import networkx as nx
>>> G = nx.MultiGraph()
>>> G.add_node("ent:a", label="</script>", kind="Person", category="actor")
>>> html = render_page(G, "A & B")
>>> "<h1>A &amp; B</h1>" in html, "\\u003c/script\\u003e" in html, "</script>\\"" in html
(True, True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from graph.analysis import centrality
from ontology.errors import ViewError

__all__ = [
    "KIND_COLOURS", "CATEGORY_SHAPES", "CONFLICT_COLOUR", "VIS_VERSION", "colour_of", "slug",
    "tooltip", "build_network", "vis_options", "render_page", "render_template", "write_page",
    "write_views", "write_all_views",
]

HERE = Path(__file__).resolve().parent
VIS_VERSION = "9.1.2"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"

KIND_COLOURS = {
    "Person": "#4e79a7", "Country": "#f28e2b", "Organization": "#59a14f",
    "Ministry": "#8cd17d", "NewsOutlet": "#b6992d", "Place": "#76b7b2", "Region": "#499894",
    "Meeting": "#b07aa1", "Talks": "#d4a6c8", "Summit": "#9467bd", "Visit": "#c5b0d5",
    "PhoneCall": "#ff9da7", "Agreement": "#9c755f", "Sanction": "#e15759",
    "Suspension": "#f1ce63", "MilitaryExercise": "#79706e", "Announcement": "#bab0ac",
    "PressConference": "#d37295", "Event": "#a0a0c8",
}
FALLBACK_COLOUR = "#9d9d9d"
CONFLICT_COLOUR = "#d62728"
EDGE_COLOUR = "#a8aeb5"
CATEGORY_SHAPES = {"actor": "dot", "place": "triangle", "event": "diamond"}
EDGE_LABELS_UP_TO = 300       # role edges show their label on the canvas up to this many edges
IMPROVED_LAYOUT_UP_TO = 150   # vis-network's Kamada-Kawai seeding is slow on large graphs
LAYOUT_SEED = 7
SMALL_GRAPH = 500             # nodes; larger graphs get a cheaper, shorter stabilisation


def colour_of(kind: str | None) -> str:
    """The fill colour of a kind.

    >>> colour_of("Country"), colour_of("Unheard-of")
    ('#f28e2b', '#9d9d9d')
    """
    return KIND_COLOURS.get(kind or "", FALLBACK_COLOUR)


def slug(text: str) -> str:
    """A file-name-safe slug of an IRI's last segment.

    >>> from ontology.namespace import ENT
    >>> slug(str(ENT["south-korea"]))
    'south-korea'
    >>> slug("Ünïcode Land/")
    'n-code-land'
    >>> slug("../..")
    'node'
    """
    last = text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return re.sub(r"[^a-z0-9]+", "-", last.lower()).strip("-")[:80] or "node"


def tooltip(attrs: dict) -> str:
    """The plain-text hover text of a node.

    >>> tooltip({"label": "Japan", "kind": "Country", "sources": ["a1"], "facts": ["x"]})
    'Japan\\nCountry\\nSources: a1\\nx'
    """
    lines = [str(attrs.get("label") or ""), str(attrs.get("kind") or "")]
    if attrs.get("date"):
        lines.append(f"Date: {attrs['date']}")
    if attrs.get("sources"):
        lines.append("Sources: " + ", ".join(map(str, attrs["sources"])))
    lines.extend(str(f) for f in (attrs.get("facts") or [])[:6])
    return "\n".join(line for line in lines if line)


def _node_options(node: str, attrs: dict, size: float) -> dict:
    colour = colour_of(attrs.get("kind"))
    border = CONFLICT_COLOUR if attrs.get("conflict") else "#4d4d4d"
    return {
        "title": tooltip(attrs), "size": size,
        "shape": CATEGORY_SHAPES.get(attrs.get("category") or "", "dot"),
        "color": {"background": colour, "border": border,
                  "highlight": {"background": colour, "border": "#000000"}},
        "borderWidth": 3 if attrs.get("conflict") else 1,
        "kind": str(attrs.get("kind") or ""), "category": str(attrs.get("category") or ""),
        "date": attrs.get("date"), "sources": [str(s) for s in attrs.get("sources") or []],
        "facts": [str(f) for f in attrs.get("facts") or []],
        "sentences": [[str(a), str(s)] for a, s in attrs.get("sentences") or []],
        "conflict": bool(attrs.get("conflict")),
    }


def _edge_options(attrs: dict, index: int, show_label: bool) -> dict:
    label = str(attrs.get("label") or attrs.get("relation") or "")
    sources = ", ".join(map(str, attrs.get("sources") or []))
    title = label + (f"\nSources: {sources}" if sources else "")
    if attrs.get("conflict"):
        title += "\nConflicting claim"
    options = {"id": f"e{index}", "title": title, "relation": str(attrs.get("relation") or "")}
    if show_label and attrs.get("relation") in ("role", "relation"):
        options["label"] = label
    if attrs.get("colour"):
        options.update(color={"color": str(attrs["colour"])}, width=2)
    if attrs.get("conflict"):
        options.update(color={"color": CONFLICT_COLOUR}, dashes=True, width=2)
    return options


def _curve(rank: int) -> dict:
    """A static curve for the ``rank``-th parallel edge (straight edges would overlap).

    >>> _curve(1), _curve(2)["type"]
    ({'enabled': True, 'type': 'curvedCW', 'roundness': 0.25}, 'curvedCCW')
    """
    return {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
            "roundness": 0.25 * ((rank + 1) // 2)}


def _sizes(G: nx.Graph) -> dict:
    """Node size from normalised degree centrality: 10 (isolated) to 40 (most central)."""
    degree = {n: c["degree"] for n, c in centrality(G).items()}
    top = max(degree.values(), default=0.0) or 1.0
    return {n: round(10 + 30 * degree[n] / top, 2) for n in degree}


def _sorted_edges(G: nx.Graph) -> list[tuple[str, str, dict]]:
    if G.is_multigraph():
        edges = ((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        edges = ((u, v, "", d) for u, v, d in G.edges(data=True))
    canonical = ((*sorted((str(u), str(v))), str(k), d) for u, v, k, d in edges)
    ordered = sorted(canonical, key=lambda e: e[:3])
    return [(u, v, d) for u, v, _, d in ordered]


def build_network(G: nx.Graph, heading: str = "") -> Network:
    """A pyvis network of ``G``: sized, coloured, plain-text tooltips, sorted and stable.

    >>> G = nx.MultiGraph([("a", "b")])
    >>> net = build_network(G, "Demo")
    >>> [n["id"] for n in net.nodes], net.edges[0]["from"], net.options["edges"]["smooth"]
    (['a', 'b'], 'a', False)
    """
    for node in G:
        if not isinstance(node, str):
            raise ViewError(f"view nodes must be IRI strings, got {node!r}")
    net = Network(height="100%", width="100%", heading=heading, cdn_resources="in_line")
    sizes = _sizes(G)
    for node in sorted(G):
        attrs = G.nodes[node]
        net.add_node(node, label=str(attrs.get("label") or node), **_node_options(node, attrs, sizes[node]))
    show_labels = G.number_of_edges() <= EDGE_LABELS_UP_TO
    parallel: dict[tuple[str, str], int] = {}
    for index, (u, v, attrs) in enumerate(_sorted_edges(G)):
        options = _edge_options(attrs, index, show_labels)
        rank = parallel[(u, v)] = parallel.get((u, v), -1) + 1
        if rank:
            options["smooth"] = _curve(rank)
        net.edges.append(Edge(u, v, directed=False, **options).options)
    net.options = vis_options(G.number_of_nodes())
    return net


def vis_options(n_nodes: int) -> dict:
    """vis-network options: straight edges, seeded layout, bounded barnesHut stabilisation.

    Graphs above :data:`SMALL_GRAPH` nodes get 100 iterations and a coarser Barnes-Hut
    approximation, so that 1,500 nodes lay out in seconds.

    >>> opts = vis_options(5000)
    >>> opts["physics"]["stabilization"]["iterations"], opts["layout"]["improvedLayout"]
    (100, False)
    >>> vis_options(20)["physics"]["stabilization"]["iterations"]
    200
    """
    small = n_nodes <= SMALL_GRAPH
    return {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": n_nodes <= IMPROVED_LAYOUT_UP_TO},
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "width": 1,
                  "color": {"color": EDGE_COLOUR, "highlight": "#333333", "hover": "#555555"},
                  "font": {"size": 11, "align": "middle", "strokeWidth": 3}},
        "physics": {
            "enabled": True, "solver": "barnesHut", "minVelocity": 0.75, "timestep": 0.5,
            "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.25,
                          "springLength": 110, "springConstant": 0.04, "damping": 0.35,
                          "avoidOverlap": 0.2 if small else 0.0, "theta": 0.5 if small else 0.8},
            "stabilization": {"enabled": True, "iterations": 200 if small else 100,
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 500,
                        "navigationButtons": False, "keyboard": False},
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                       undefined=StrictUndefined, keep_trailing_newline=True)


@lru_cache(maxsize=None)
def _asset(path: Path, closing: str) -> Markup:
    """A script or stylesheet to inline, refusing any that would close its element early."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ViewError(f"cannot read view asset {str(path)!r}: {exc}") from exc
    if closing in text.lower():
        raise ViewError(f"view asset {str(path)!r} contains {closing!r} and cannot be inlined")
    return Markup(text)


def _assets() -> dict[str, Markup]:
    return {
        "vis_js": _asset(VIS_DIR / "vis-network.min.js", "</script"),
        "vis_css": _asset(VIS_DIR / "vis-network.css", "</style"),
        "view_js": _asset(HERE / "assets" / "view.js", "</script"),
        "view_css": _asset(HERE / "assets" / "view.css", "</style"),
    }


def render_template(name: str, **context) -> str:
    """Render one of the package's templates (autoescaped) with the inlined assets."""
    return _environment().get_template(name).render(**_assets(), vis_version=VIS_VERSION, **context)


def _legend(G: nx.Graph) -> list[tuple[str, str, str]]:
    kinds = {(attrs.get("category") or "", attrs.get("kind") or "") for _, attrs in G.nodes(data=True)}
    order = {"actor": 0, "place": 1, "event": 2}
    ranked = sorted(kinds, key=lambda ck: (order.get(ck[0], 3), ck[1]))
    return [(kind, colour_of(kind), CATEGORY_SHAPES.get(cat, "dot")) for cat, kind in ranked]


def render_page(G: nx.Graph, heading: str, subtitle: str = "", index_href: str = "index.html",
                links: dict[str, str] | None = None, nav: list[tuple[str, str, bool]] | None = None,
                focus: str | None = None, edge_legend: list[tuple[str, str]] | None = None) -> str:
    """The HTML page of one view of ``G``.

    ``links`` maps node IRIs to relative hrefs of other views (shown in the info panel);
    ``nav`` is an extra row of ``(href, text, current)`` links (the year selector);
    ``focus`` is a node shown in the info panel once drawn; ``edge_legend`` lists
    ``(colour, meaning)`` of coloured edges.
    """
    net = build_network(G, heading)
    nodes, edges, heading, _, _, _ = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": net.options, "links": dict(sorted((links or {}).items()))}
    if focus is not None:
        data["focus"] = focus
    return render_template(
        "view.html", heading=heading, subtitle=subtitle, index_href=index_href, data=data,
        legend=_legend(G), conflict_colour=CONFLICT_COLOUR, nav=nav or [],
        edge_legend=edge_legend or [], n_nodes=G.number_of_nodes(), n_edges=G.number_of_edges(),
    )


def write_page(path: Path, html: str) -> Path:
    """Write a page as UTF-8 with ``\\n`` line ends, creating its folder."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ViewError(f"cannot write view {str(path)!r}: {exc}") from exc
    return path


def write_views(G: nx.Graph, out_dir: Path) -> list[Path]:
    """Write the overview, one ego view per country and the index into ``out_dir``.

    Also writes, linked from the index: ``ego/<actor>.html`` for the other actors
    (:mod:`graph.views.actors`), ``events/<event>.html`` (:mod:`graph.views.events`),
    ``relations.html`` (:mod:`graph.views.relations`) and ``period-<year>.html``
    (:mod:`graph.views.periods`).

    Returns the written paths of the core views: ``overview.html``, ``ego/<country>.html``
    (sorted), then ``index.html``; :func:`write_all_views` returns every page.
    """
    core, _, index = _write_every_view(G, out_dir)
    return core + [index]


def write_all_views(G: nx.Graph, out_dir: Path) -> list[Path]:
    """Like :func:`write_views`, but returns every written page: the core views, then the
    actor, event, relations and period pages, then the index."""
    core, more, index = _write_every_view(G, out_dir)
    return core + more + [index]


def _write_every_view(G: nx.Graph, out_dir: Path) -> tuple[list[Path], list[Path], Path]:
    """Write every view; the core pages, the further pages and the index."""
    from graph.views.actors import write_actor_views
    from graph.views.ego import ego_pages, write_ego_views
    from graph.views.events import write_event_views
    from graph.views.index import write_index
    from graph.views.overview import write_overview
    from graph.views.periods import write_period_views
    from graph.views.relations import write_relations_view

    if not isinstance(G, nx.Graph):
        raise ViewError(f"write_views needs a networkx graph, got {G!r}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ViewError(f"views folder {str(out_dir)!r} is a file")
    pages = ego_pages(G)
    written = [write_overview(G, out_dir, links=pages)]
    written.extend(write_ego_views(G, out_dir, pages))
    actors = write_actor_views(G, out_dir, pages)
    ego_links = {**pages, **{e["node"]: e["href"] for e in actors}}
    sections = [("Actors", actors), ("Events", write_event_views(G, out_dir, ego_links)),
                ("Relations", write_relations_view(G, out_dir, ego_links)),
                ("Periods", write_period_views(G, out_dir, ego_links))]
    more = [e["path"] for _, entries in sections for e in entries]
    return written, more, write_index(G, out_dir, pages, sections)


def unique_pages(nodes, folder: str, used: set | None = None) -> dict[str, str]:
    """Node -> ``folder/<slug>.html`` for ``nodes`` in the given order, a ``-2``, ``-3`` ...
    suffix where slugs clash (with each other or with the names in ``used``).

    >>> unique_pages(["a/japan", "b/japan"], "ego")
    {'a/japan': 'ego/japan.html', 'b/japan': 'ego/japan-2.html'}
    """
    used = set() if used is None else set(used)
    pages = {}
    for node in nodes:
        base, name, i = slug(node), slug(node), 1
        while name in used:
            i += 1
            name = f"{base}-{i}"
        used.add(name)
        pages[node] = f"{folder}/{name}.html"
    return pages


def remove_stale(paths: list[Path], keep: set[Path]) -> None:
    """Delete the pages in ``paths`` not in ``keep``."""
    for old in sorted(paths):
        if old not in keep:
            try:
                old.unlink()
            except OSError as exc:
                raise ViewError(f"cannot remove stale view {str(old)!r}: {exc}") from exc
