"""What a notebook shows of a build: query results with labels, plots and views inline.

:func:`query_table` runs a shipped query (or SPARQL text) and gives a pandas DataFrame whose
IRIs read as labels ("Japan", "Foreign Minister") or short ids ("event:talks-876b…"), never
full IRIs; :func:`centrality_rows` does the same for the network measures;
:func:`polarity_figure` is the report's cooperation-vs-conflict plot, shown inline.
:func:`inline_view` is a self-contained view (vis-network and the page scripts inlined, see
:func:`~diplograph.graph.views.render.render_template`) in an ``<iframe srcdoc>``: Jupyter
and an HTML export of the notebook draw it offline, as no file beside it is needed.

>>> import networkx as nx
>>> G = nx.MultiGraph()
>>> G.add_node("https://w3id.org/diplograph/id/entity/japan", label="Japan </script>", kind="Country", category="actor")
>>> frame = inline_view(G)._repr_html_()
>>> srcdoc = frame.split('srcdoc="', 1)[1].split('"', 1)[0]
>>> frame.startswith("<iframe"), "<" in srcdoc, html.unescape(srcdoc) == view_page(G)
(True, False, True)
"""
from __future__ import annotations

import html
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph

from diplograph.graph.analysis.measures import centrality, resolve, top_actors
from diplograph.graph.store.params import param_term
from diplograph.graph.store.query import QueryResult, resolve_query, run_query, shorten_iri
from diplograph.graph.views.budget import induced
from diplograph.graph.views.ego import ego_nodes
from diplograph.graph.views.overview import overview_heading
from diplograph.graph.views.panel import role_rows
from diplograph.graph.views.relations import COLOURS, CONFLICT, COOPERATION, relation_events, relations_graph
from diplograph.graph.views.render import node_sizes, render_page
from diplograph.ontology.errors import ViewError
from diplograph.ontology.namespace import RDFS, SKOS

__all__ = ["labelled_rows", "query_table", "to_frame", "centrality_rows", "polarity_figure", "view_page",
           "inline_view", "InlineView", "Figure"]

_LABEL = (str(RDFS.label), str(SKOS.prefLabel))
_NUMBERS = {"integer": int, "decimal": float, "double": float, "float": float}


def _labels(store: pyoxigraph.Store, iris) -> dict[str, str]:
    """IRI -> its English ``rdfs:label``, else any ``rdfs:label``, else ``skos:prefLabel``."""
    values = " ".join(str(pyoxigraph.NamedNode(i)) for i in sorted(set(iris)))
    if not values:
        return {}
    rows = run_query(store, f"SELECT ?s ?p ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ "
                            f"{' '.join(f'<{p}>' for p in _LABEL)} }} ?s ?p ?l FILTER(isLiteral(?l)) }}").bindings
    ranked = sorted(rows, key=lambda r: (_LABEL.index(r[1].value), not (r[2].language or "").startswith("en"), r[2].value))
    found: dict[str, str] = {}
    for s, _, label in ranked:
        found.setdefault(s.value, label.value)
    return found


def _value(term, labels: dict, short: bool):
    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return shorten_iri(term.value) if short else labels.get(term.value, shorten_iri(term.value))
    if isinstance(term, pyoxigraph.Literal):
        number = _NUMBERS.get(term.datatype.value.rsplit("#", 1)[-1])
        try:
            return number(term.value) if number else term.value
        except ValueError:
            return term.value
    return str(term)


def labelled_rows(store: pyoxigraph.Store, result: QueryResult, ids=()) -> list[dict]:
    """The rows of a SELECT result as dicts: an IRI as its label (short id without one, and
    in the columns ``ids``), numbers as int or float, other literals as text."""
    if result.kind != "select":
        raise ViewError(f"labelled rows need a SELECT query, got a {result.kind} query")
    iris = {t.value for row in result.bindings for t in row if isinstance(t, pyoxigraph.NamedNode)}
    labels = _labels(store, iris)
    return [{name: _value(term, labels, name in ids) for name, term in zip(result.variables, row)}
            for row in result.bindings]


def to_frame(rows: list[dict], columns=None):
    """A pandas DataFrame of some rows (pandas: ``pip install 'diplograph[notebook]'``)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ViewError("tables need pandas: pip install 'diplograph[notebook]'") from exc
    return pd.DataFrame(rows, columns=list(columns) if columns is not None else None)


def query_table(store: pyoxigraph.Store, query: str, params: dict | None = None, ids=()):
    """A shipped query's name (or a ``.rq`` file, or SPARQL text) run on ``store`` as a
    DataFrame of :func:`labelled_rows`. ``params`` replace the values of the query's
    ``# param`` line (``{"party2": "ent:russia", "from": 2013}``) or bind other variables."""
    terms = {name: [param_term(str(v)) for v in value] if isinstance(value, (list, tuple))
             else param_term(str(value)) for name, value in (params or {}).items()}
    result = run_query(store, resolve_query(query), params=terms or None)
    return to_frame(labelled_rows(store, result, ids), result.variables)


def centrality_rows(G: nx.Graph, n: int = 10) -> list[dict]:
    """The ``n`` most central actors of a networkx graph: label, kind, short id, degree and
    betweenness centrality, events and articles."""
    scores = centrality(G)
    rows = []
    for node, _ in top_actors(G, n):
        attrs = G.nodes[node]
        events = sum(1 for v in set(G[node]) if G.nodes[v].get("category") == "event")
        rows.append({"actor": str(attrs.get("label") or shorten_iri(node)), "kind": attrs.get("kind"),
                     "id": shorten_iri(node), "degree": scores[node]["degree"],
                     "betweenness": round(scores[node]["betweenness"], 6), "events": events,
                     "articles": len(attrs.get("sources") or ())})
    return rows


class Figure:
    """A PNG image that Jupyter shows inline (``_repr_png_``); ``data``: its bytes."""

    def __init__(self, data: bytes):
        self.data = data

    def _repr_png_(self) -> bytes:
        return self.data


def polarity_figure(store: pyoxigraph.Store) -> Figure | None:
    """The build's relation polarity plot (cooperation vs conflict events per year, as
    ``OUT/relations.png``) from the ``relations`` query's rows; None without relations."""
    from diplograph.graph.analysis.plots import polarity_plot

    class Relation:   # what the plot reads of fusion's relations: year, quad class, events
        def __init__(self, row):
            self.year, self.quad, self.events = row["year"], row["quad"], [None] * int(row["events"] or 0)

    rows = labelled_rows(store, run_query(store, resolve_query("relations")))
    with tempfile.TemporaryDirectory() as folder:
        written = polarity_plot([Relation(r) for r in rows], Path(folder))
        return Figure((Path(folder) / next(iter(written.values()))).read_bytes()) if written else None


def _sized(G: nx.Graph, page: nx.Graph) -> nx.Graph:
    """``page`` with each node's size and roles taken from the whole graph (as on the build's pages)."""
    sizes = node_sizes(G)
    for node, attrs in page.nodes(data=True):
        attrs["size"], attrs["roles"] = sizes[node], role_rows(G, node)
    return page


def view_page(G: nx.Graph, page: str = "overview") -> str:
    """The self-contained HTML of one view of ``G``: ``"overview"``, ``"relations"`` (the
    country-relations page) or the page of a node (all within two steps of it) given by IRI,
    short id or label (``"ent:japan"``, ``"Japan"``)."""
    if page == "overview":
        heading, subtitle = overview_heading(G)
        return render_page(_sized(G, G.copy()), heading, subtitle, index_href="#")
    if page == "relations":
        R = _sized(G, relations_graph(G))
        years = sorted({int(y) for _, _, pair in R.edges(data="pair") for y in pair["years"]})
        legend = [(COLOURS["cooperation"], "mostly cooperation (" + ", ".join(sorted(COOPERATION)) + ")"),
                  (COLOURS["conflict"], "mostly conflict (" + ", ".join(sorted(CONFLICT)) + ", cancellations)"),
                  (COLOURS["mixed"], "mixed"), (COLOURS["other"], "other events (planned ...)"),
                  ("#555555", "the wider, the more events in the chosen years")]
        subtitle = (f"{sum(1 for n in R if R.degree(n))} of {R.number_of_nodes()} countries and organisations "
                    f"share events; {R.number_of_edges()} pairs")
        return render_page(R, "Country relations", subtitle, index_href="#",
                           edge_legend=legend, years=years,
                           extra={"events": relation_events(G, R), "pair_colours": COLOURS})
    term = param_term(page)   # a short id (ent:japan) as its IRI
    centre = term.value if isinstance(term, pyoxigraph.NamedNode) and term.value in G else resolve(G, page)
    sub = _sized(G, induced(G, ego_nodes(G, centre)))
    subtitle = f"{sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges within two steps"
    return render_page(sub, str(G.nodes[centre].get("label") or centre), subtitle, index_href="#", focus=centre)


class InlineView:
    """A view in an ``<iframe srcdoc>`` (the page escaped once more for the attribute, so
    every article string in it stays text); Jupyter shows it through ``_repr_html_``."""

    def __init__(self, page: str, height: int = 620):
        self.page, self.height = page, int(height)

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" title="diplograph view" '
                f'sandbox="allow-scripts allow-forms" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ccc"></iframe>')


def inline_view(G: nx.Graph, page: str = "overview", height: int = 620) -> InlineView:
    """:func:`view_page` of ``G`` to show in a notebook, offline: ``inline_view(G, "Japan")``
    as a cell's last line draws Japan's page in the cell's output (and in its HTML export)."""
    return InlineView(view_page(G, page), height)
