"""The package's imports read as the pipeline: every import of one diplograph module by
another (at module level or inside a function) points to the same floor or one below, and
no modules import each other in a circle."""
from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import networkx as nx

# floors from the bottom up; a module belongs to the longest prefix that names it
FLOORS = ["diplograph.ontology", "diplograph.extract", "diplograph.graph.fusion",
          "diplograph.graph.rdf", "diplograph.graph.store", "diplograph.graph.analysis",
          "diplograph.graph.views", "diplograph.graph", "diplograph"]


def _floor(module: str) -> int:
    ranks = [i for i, f in enumerate(FLOORS) if module == f or module.startswith(f + ".")]
    return max(ranks, key=lambda i: len(FLOORS[i]))


def _modules() -> dict[str, Path]:
    found = {"diplograph": Path(importlib.import_module("diplograph").__file__)}
    for stage in ("diplograph.ontology", "diplograph.extract", "diplograph.graph"):
        package = importlib.import_module(stage)
        found[stage] = Path(package.__file__)
        for info in pkgutil.walk_packages(package.__path__, stage + "."):
            spec = importlib.util.find_spec(info.name)
            found[info.name] = Path(spec.origin)
    return found


def _imports(name: str, path: Path, known: set) -> set[str]:
    """The diplograph modules ``name`` imports (``from a import b`` counts ``a.b`` when that
    is a module, else ``a``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in out if m in known and m != name}


def _graph() -> nx.DiGraph:
    modules = _modules()
    G = nx.DiGraph()
    for name, path in modules.items():
        G.add_node(name)
        G.add_edges_from((name, target) for target in _imports(name, path, set(modules)))
    return G


def test_the_layer_check_sees_the_stages():
    G = _graph()
    assert G.has_edge("diplograph.graph.fusion.fuse", "diplograph.graph.fusion.relations")
    assert G.has_edge("diplograph.graph.views.site", "diplograph.graph.views.render")
    assert _floor("diplograph.graph.store.query") > _floor("diplograph.graph.rdf.trig")


def test_no_import_points_up_a_floor():
    upward = [(a, b) for a, b in _graph().edges if _floor(b) > _floor(a)]
    assert upward == []


def test_no_modules_import_each_other_in_a_circle():
    G = _graph()
    package_edges = [(a, b) for a, b in G.edges if not a.startswith(b + ".")]  # a package's own __init__ aside
    cycles = list(nx.simple_cycles(G.edge_subgraph(package_edges)))
    assert cycles == []
