"""Plots for the report (matplotlib, written as PNG): relation polarity over time and the
degree distribution of the network.

The figures are drawn on matplotlib's object API (``Figure`` and its Agg canvas), never
through ``pyplot``, so that importing this module (a build in a Jupyter kernel) leaves the
user's matplotlib backend and inline plots alone.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from matplotlib.figure import Figure

__all__ = ["polarity_plot", "degree_plot"]

_COOPERATION = ("VerbalCooperation", "MaterialCooperation")
_META = {"Software": None}          # no version stamp: the same data give the same file


def _polarity(relations, path: Path) -> Path | None:
    years = sorted({r.year for r in relations})
    if not years:
        return None
    coop = Counter(r.year for r in relations if r.quad in _COOPERATION for _ in r.events)
    conflict = Counter(r.year for r in relations if r.quad not in _COOPERATION for _ in r.events)
    fig = Figure(figsize=(7, 3.2), dpi=100)
    ax = fig.subplots()
    x = range(len(years))
    ax.bar([i - 0.2 for i in x], [coop[y] for y in years], width=0.4, color="#3a923a", label="cooperation")
    ax.bar([i + 0.2 for i in x], [conflict[y] for y in years], width=0.4, color="#c0392b", label="conflict")
    ax.set_xticks(list(x), years)
    ax.set_ylabel("pair-events")
    ax.set_title("Relation polarity over time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, metadata=_META)
    return path


def _degrees(G, path: Path) -> Path | None:
    if G is None or not G.number_of_nodes():
        return None
    counts = Counter(d for _, d in G.degree())
    fig = Figure(figsize=(7, 3.2), dpi=100)
    ax = fig.subplots()
    ax.bar(sorted(counts), [counts[d] for d in sorted(counts)], color="#4a6fa5")
    ax.set_xlabel("degree")
    ax.set_ylabel("nodes")
    ax.set_title("Degree distribution")
    fig.tight_layout()
    fig.savefig(path, metadata=_META)
    return path


def polarity_plot(relations, out_dir: Path) -> dict[str, str]:
    """Title -> file name of the relation polarity plot written into ``out_dir`` (empty
    without relations)."""
    path = _polarity(relations, Path(out_dir) / "relations.png")
    return {"Relation polarity over time": path.name} if path else {}


def degree_plot(G, out_dir: Path) -> dict[str, str]:
    """Title -> file name of the degree distribution of ``G`` written into ``out_dir``
    (empty without a graph or nodes)."""
    path = _degrees(G, Path(out_dir) / "degrees.png")
    return {"Degree distribution": path.name} if path else {}
