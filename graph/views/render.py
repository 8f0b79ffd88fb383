"""What every view shares: node and edge styling, the pyvis network, the HTML page.

Pages are rendered with the package's own Jinja templates (``graph/views/templates``), not
pyvis's, because pyvis 0.3.2 links Bootstrap and tom-select from a CDN even with
``cdn_resources="in_line"``. The vis-network script and stylesheet pyvis ships
(``pyvis/templates/lib/vis-9.1.2``) are shared by the written pages from ``views/assets/``
(inlined in a self-contained page), so a page references no remote URL and works offline
from ``file://``. A written page loads its graph data from a small script beside it
(:func:`write_view`: ``ego/japan.html`` loads ``ego/japan.data.js``); a self-contained page
(:func:`render_page`, the notebook's) embeds it in a ``<script type="application/json">``
block. Either way ``<``, ``>``, ``&`` and ``'`` are escaped as ``\\u003c`` etc.; tooltips
are plain text (vis-network renders a string title with ``innerText``); every other
article-derived string goes through Jinja autoescaping or ``textContent`` in the page
scripts (``assets/*.js``). What each node and edge carries is made in
:mod:`diplograph.graph.views.elements`.

>>> import networkx as nx
>>> G = nx.MultiGraph()
>>> G.add_node("ent:a", label="</script>", kind="Person", category="actor")
>>> html = render_page(G, "A & B")
>>> "<h1>A &amp; B</h1>" in html, "\\u003c/script\\u003e" in html, "</script>\\"" in html
(True, True, False)
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from diplograph.graph.analysis.colours import KIND_COLOURS
from diplograph.graph.views.elements import (
    CATEGORY_SHAPES, CONFLICT_COLOUR, EDGE_COLOUR, NODE_FACTS, colour_of, curve, edge_options, node_options, source_names, tooltip,
)
from diplograph.graph.views.layout import needs_positions, positions
from diplograph.graph.views.panel import display_title
from diplograph.graph.views.timing import page_years
from diplograph.ontology.errors import ViewError

__all__ = [
    "KIND_COLOURS", "CATEGORY_SHAPES", "CONFLICT_COLOUR", "EDGE_COLOUR", "VIS_VERSION", "colour_of", "slug",
    "source_names", "tooltip", "build_network", "vis_options", "render_page", "render_template", "write_page",
    "write_view", "data_file", "data_script", "DATA_GLOBAL",
    "node_sizes", "write_assets", "ASSETS_DIR", "SCRIPTS",
]

HERE = Path(__file__).resolve().parent
VIS_VERSION = "9.1.2"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"

EDGE_LABELS_UP_TO = 300       # role edges show their label on the canvas up to this many edges
IMPROVED_LAYOUT_UP_TO = 150   # vis-network's Kamada-Kawai seeding is slow on large graphs
LAYOUT_SEED = 7
SMALL_GRAPH = 500             # nodes; larger graphs get a cheaper, shorter stabilisation


#: what a light page leaves out of its nodes and edges (see :func:`render_page`)
_HEAVY = frozenset({"title", "sentences", "sources"})

def slug(text: str) -> str:
    """A file-name-safe slug of an IRI's last segment.

    >>> from diplograph.ontology.namespace import ENT
    >>> slug(str(ENT["south-korea"]))
    'south-korea'
    >>> slug("Ünïcode Land/")
    'n-code-land'
    >>> slug("../..")
    'node'
    """
    last = text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return re.sub(r"[^a-z0-9]+", "-", last.lower()).strip("-")[:80] or "node"


def node_sizes(G: nx.Graph) -> dict:
    """Node size from degree centrality (distinct neighbours): 10 (isolated) to 40 (most central).

    >>> node_sizes(nx.MultiGraph([("a", "b"), ("a", "b"), ("a", "c")]))
    {'a': 40.0, 'b': 25.0, 'c': 25.0}
    """
    degree = {n: len(set(G[n]) - {n}) for n in G}
    top = max(degree.values(), default=0) or 1
    return {n: round(10 + 30 * degree[n] / top, 2) for n in degree}


def _sizes(G: nx.Graph) -> dict:
    """The ``size`` attributes if every node has one (set from the whole graph by
    :func:`write_views`, so that a node is as large on every page), else :func:`node_sizes`."""
    given = dict(G.nodes(data="size"))
    return given if all(v is not None for v in given.values()) else node_sizes(G)


def _sorted_edges(G: nx.Graph) -> list[tuple[str, str, str, dict]]:
    if G.is_multigraph():
        edges = ((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        edges = ((u, v, "", d) for u, v, d in G.edges(data=True))
    canonical = ((*sorted((str(u), str(v))), str(k), d) for u, v, k, d in edges)
    return sorted(canonical, key=lambda e: e[:3])


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
    titles = G.graph.get("titles") or {}
    fixed = positions(G) if needs_positions(G) else {}
    for node in sorted(G):
        options = node_options(G, node, sizes[node], titles)
        if fixed:
            options.update(x=fixed[node][0], y=fixed[node][1])
        net.add_node(node, **options)
    show_labels = G.number_of_edges() <= EDGE_LABELS_UP_TO
    parallel: dict[tuple[str, str], int] = {}
    shared = G.graph.get(NODE_FACTS)
    for index, (u, v, key, attrs) in enumerate(_sorted_edges(G)):
        if shared is not None and shared.G.has_edge(u, v):
            options = shared.edge(u, v, key, attrs, index, show_labels)
        else:
            options = edge_options(G, u, v, attrs, index, show_labels, titles)
        rank = parallel[(u, v)] = parallel.get((u, v), -1) + 1
        if rank:
            options["smooth"] = curve(rank)
        net.edges.append(Edge(u, v, directed=False, **options).options)
    net.options = vis_options(G.number_of_nodes(), positioned=bool(fixed))
    return net


def vis_options(n_nodes: int, positioned: bool = False) -> dict:
    """vis-network options: straight edges, seeded layout, bounded barnesHut stabilisation.

    Graphs above :data:`SMALL_GRAPH` nodes get 100 iterations and a coarser Barnes-Hut
    approximation; with ``positioned`` (positions computed in Python by
    :mod:`diplograph.graph.views.layout`) physics is off and the page draws at once.

    >>> opts = vis_options(5000)
    >>> opts["physics"]["stabilization"]["iterations"], opts["layout"]["improvedLayout"]
    (100, False)
    >>> vis_options(20)["physics"]["stabilization"]["iterations"]
    200
    >>> vis_options(5000, positioned=True)["physics"]["enabled"]
    False
    """
    small = n_nodes <= SMALL_GRAPH
    return {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": n_nodes <= IMPROVED_LAYOUT_UP_TO},
        # font size 0: the page script (assets/labels.js) sizes the labels it draws
        "nodes": {"font": {"size": 0, "face": "sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}, "labelHighlightBold": False},
        "edges": {"smooth": False, "width": 1, "labelHighlightBold": False,
                  "color": {"color": EDGE_COLOUR, "highlight": "#333333", "hover": "#555555"},
                  "font": {"size": 0, "align": "horizontal", "strokeWidth": 3}},
        "physics": {
            "enabled": not positioned, "solver": "barnesHut", "minVelocity": 0.75, "timestep": 0.5,
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


ASSETS_DIR = "assets"
#: the page scripts, in the order a page loads them (view.js, last, starts the page)
SCRIPTS = ("panel.js", "labels.js", "filters.js", "relations.js", "view.js")
SHARED_ASSETS = {   # file name in OUT/views/assets -> (source, the closing tag it must not hold)
    "vis-network.min.js": (VIS_DIR / "vis-network.min.js", "</script"),
    "vis-network.css": (VIS_DIR / "vis-network.css", "</style"),
    **{name: (HERE / "assets" / name, "</script") for name in SCRIPTS},
    "view.css": (HERE / "assets" / "view.css", "</style"),
}


def _assets() -> dict:
    """The inlined assets of a self-contained page; ``scripts``: the page scripts, in order."""
    found = {key: _asset(*SHARED_ASSETS[name]) for key, name in (
        ("vis_js", "vis-network.min.js"), ("vis_css", "vis-network.css"), ("view_css", "view.css"))}
    found["scripts"] = [(name, _asset(*SHARED_ASSETS[name])) for name in SCRIPTS]
    return found


def write_assets(out_dir: Path) -> list[Path]:
    """Write the scripts and stylesheets the pages share into ``out_dir/assets``.

    Pages written by :func:`write_views` link these by relative path instead of inlining
    about 500 kB of vis-network each; everything stays on the local disk.
    """
    folder = Path(out_dir) / ASSETS_DIR
    written = []
    for name, (source, closing) in sorted(SHARED_ASSETS.items()):
        written.append(write_page(folder / name, str(_asset(source, closing))))
    return written


def render_template(name: str, assets: str | None = None, **context) -> str:
    """Render one of the package's templates (autoescaped).

    With ``assets=None`` the scripts and stylesheets are inlined (a self-contained page);
    otherwise ``assets`` is the relative URL prefix of the folder :func:`write_assets` fills.
    """
    return _environment().get_template(name).render(**_assets(), vis_version=VIS_VERSION,
                                                    assets=assets, **context)


def _legend(G: nx.Graph) -> list[tuple[str, str, str]]:
    """(kind, colour, shape) of each kind on a page, actors first, each kind once.

    >>> G = nx.Graph()
    >>> G.add_node("a", kind="Country", category="place"); G.add_node("b", kind="Country", category="actor")
    >>> G.add_node("m", kind="Talks", category="event")
    >>> _legend(G)
    [('Country', '#f28e2b', 'dot'), ('Talks', '#d4a6c8', 'diamond')]
    """
    kinds = {(attrs.get("category") or "", attrs.get("kind") or "") for _, attrs in G.nodes(data=True)}
    order = {"actor": 0, "place": 1, "event": 2}
    ranked = sorted(kinds, key=lambda ck: (order.get(ck[0], 3), ck[1]))
    seen: dict[str, tuple[str, str, str]] = {}
    for cat, kind in ranked:
        seen.setdefault(kind, (kind, colour_of(kind), CATEGORY_SHAPES.get(cat, "dot")))
    return list(seen.values())


def _cited(nodes: list[dict], extra: dict) -> set[str]:
    """The articles a page's data names: node sources, role sources, the sources of the
    relations page's events."""
    cited = {str(s) for n in nodes for s in n.get("sources", [])}
    cited.update(str(s) for n in nodes for r in n.get("roles", []) for s in r["sources"])
    cited.update(str(s) for e in (extra.get("events") or {}).values() for s in e.get("sources", []))
    return cited


def _page(G: nx.Graph, heading: str, subtitle: str = "", index_href: str = "index.html",
          links: dict[str, str] | None = None, nav: list[tuple[str, str, bool]] | None = None,
          focus: str | None = None, edge_legend: list[tuple[str, str]] | None = None,
          years: list[int] | None = None, extra: dict | None = None, light: bool = False) -> dict:
    """The template context of one view of ``G``, its page script's data as ``data``
    (the arguments as for :func:`render_page`)."""
    net = build_network(G, heading)
    nodes, edges, heading, _, _, _ = net.get_network_data()
    if light:
        nodes = [{k: v for k, v in n.items() if k not in _HEAVY} for n in nodes]
        edges = [{k: v for k, v in e.items() if k not in _HEAVY} for e in edges]
    extra = dict(extra or {})
    data = {"nodes": nodes, "edges": edges, "options": net.options, "links": dict(sorted((links or {}).items())),
            "positioned": net.options["physics"]["enabled"] is False, **extra}
    if focus is not None:
        data["focus"] = focus
    titles = G.graph.get("titles") or {}
    data["titles"] = {a: display_title(titles[a]) for a in sorted(_cited(nodes, extra)) if titles.get(a)}
    years = page_years(G) if years is None else sorted(years)
    if len(years) > 1:
        data["years"] = [years[0], years[-1]]
    mentioned = sum(1 for n in nodes if n.get("mention_only"))
    return dict(heading=heading, subtitle=subtitle, index_href=index_href, data=data, legend=_legend(G),
                conflict_colour=CONFLICT_COLOUR, nav=nav or [], n_mentioned=mentioned,
                edge_legend=edge_legend or [], years=data.get("years", []),
                n_nodes=G.number_of_nodes(), n_edges=G.number_of_edges())


def render_page(G: nx.Graph, heading: str, subtitle: str = "", index_href: str = "index.html",
                links: dict[str, str] | None = None, nav: list[tuple[str, str, bool]] | None = None,
                focus: str | None = None, edge_legend: list[tuple[str, str]] | None = None,
                assets: str | None = None, years: list[int] | None = None, extra: dict | None = None,
                light: bool = False) -> str:
    """The HTML page of one view of ``G``, its data embedded (:func:`write_view` writes a
    page that loads its data from a file beside it instead).

    ``links`` maps node IRIs to relative hrefs of other views (shown in the info panel);
    ``nav`` is an extra row of ``(href, text, current)`` links (the year selector);
    ``focus`` is a node shown in the info panel once drawn; ``edge_legend`` lists
    ``(colour, meaning)`` of coloured edges; ``assets`` as in :func:`render_template`;
    ``years`` the years of the time control (else those of the page's events and roles);
    ``extra`` more data for the page script (the relations page's ``events``); ``light``
    leaves out the tooltips, sentences and source lists of nodes and edges (a large page
    whose nodes have pages of their own: about a third of the size).
    """
    context = _page(G, heading, subtitle, index_href, links, nav, focus, edge_legend, years, extra, light)
    return render_template("view.html", assets=assets, data_src=None, **context)


#: how a page's data file sets the data its page script draws
DATA_GLOBAL = "diplographData"


def data_file(page: Path) -> Path:
    """The data file a page written by :func:`write_view` loads, beside it.

    >>> data_file(Path("views/ego/japan.html")).as_posix()
    'views/ego/japan.data.js'
    """
    page = Path(page)
    return page.with_name(page.stem + ".data.js")


def data_script(data: dict) -> str:
    r"""The text of a data file: one assignment of ``data`` as JSON, keys sorted, every
    non-ASCII character and ``<``, ``>``, ``&``, ``'`` escaped as in the embedded data (so
    the text is safe even inlined in a page).

    >>> data_script({"nodes": [{"label": "</script> É"}]})
    'window.diplographData = {"nodes":[{"label":"\\u003c/script\\u003e \\u00c9"}]};\n'
    """
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    for char, escaped in _HTML_SAFE:          # str.replace: far faster than str.translate
        text = text.replace(char, escaped)
    return f"window.{DATA_GLOBAL} = {text};\n"


_HTML_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"))


def write_view(path: Path, G: nx.Graph, heading: str, subtitle: str = "", *, assets: str, **options) -> Path:
    """Write the page of one view of ``G`` to ``path`` and its data to :func:`data_file`
    beside it, which the page loads with a ``<script src>`` (works from ``file://``): a
    page is a small shell around the shared scripts in ``assets`` and its own data.
    ``options`` as for :func:`render_page`. Returns ``path``."""
    context = _page(G, heading, subtitle, **options)
    source = write_page(data_file(path), data_script(context.pop("data")))
    html = render_template("view.html", assets=assets, data_src=source.name, data=None, **context)
    return write_page(path, html)


def write_page(path: Path, html: str) -> Path:
    """Write a page as UTF-8 with ``\\n`` line ends, creating its folder."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ViewError(f"cannot write view {str(path)!r}: {exc}") from exc
    return path


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
    """Delete the pages in ``paths`` not in ``keep``, with their data files."""
    for old in sorted(paths):
        if old not in keep:
            for stale in (old, data_file(old)):
                try:
                    stale.unlink(missing_ok=True)
                except OSError as exc:
                    raise ViewError(f"cannot remove stale view {str(stale)!r}: {exc}") from exc
