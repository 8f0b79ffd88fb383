"""Plots for the report (matplotlib, written as PNG): relation polarity over time and the
degree distribution of the network.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

__all__ = ["write_plots"]

_COOPERATION = ("VerbalCooperation", "MaterialCooperation")
_META = {"Software": None}          # no version stamp: the same data give the same file


def _polarity(relations, path: Path) -> Path | None:
    years = sorted({r.year for r in relations})
    if not years:
        return None
    coop = Counter(r.year for r in relations if r.quad in _COOPERATION for _ in r.events)
    conflict = Counter(r.year for r in relations if r.quad not in _COOPERATION for _ in r.events)
    fig, ax = plt.subplots(figsize=(7, 3.2), dpi=100)
    x = range(len(years))
    ax.bar([i - 0.2 for i in x], [coop[y] for y in years], width=0.4, color="#3a923a", label="cooperation")
    ax.bar([i + 0.2 for i in x], [conflict[y] for y in years], width=0.4, color="#c0392b", label="conflict")
    ax.set_xticks(list(x), years)
    ax.set_ylabel("pair-events")
    ax.set_title("Relation polarity over time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, metadata=_META)
    plt.close(fig)
    return path


def _degrees(G, path: Path) -> Path | None:
    if G is None or not G.number_of_nodes():
        return None
    counts = Counter(d for _, d in G.degree())
    fig, ax = plt.subplots(figsize=(7, 3.2), dpi=100)
    ax.bar(sorted(counts), [counts[d] for d in sorted(counts)], color="#4a6fa5")
    ax.set_xlabel("degree")
    ax.set_ylabel("nodes")
    ax.set_title("Degree distribution")
    fig.tight_layout()
    fig.savefig(path, metadata=_META)
    plt.close(fig)
    return path


def write_plots(result, G, out_dir: Path) -> dict[str, Path]:
    """Title -> PNG file for each plot there is data for."""
    out = {}
    polarity = _polarity(result.fusion.relations, Path(out_dir) / "relations.png")
    if polarity:
        out["Relation polarity over time"] = polarity
    degrees = _degrees(G, Path(out_dir) / "degrees.png")
    if degrees:
        out["Degree distribution"] = degrees
    return out
