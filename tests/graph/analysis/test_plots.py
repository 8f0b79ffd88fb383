"""The report's plots: written as PNG without touching the caller's matplotlib backend."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from types import SimpleNamespace
import matplotlib
matplotlib.use("svg")                       # the caller's choice, e.g. Jupyter's inline backend
from diplograph.graph.analysis.plots import degree_plot, polarity_plot
import networkx as nx
out = sys.argv[1]
rel = [SimpleNamespace(year=2013, quad="VerbalCooperation", events=[1, 2]),
       SimpleNamespace(year=2014, quad="MaterialConflict", events=[3])]
print(polarity_plot(rel, out), degree_plot(nx.path_graph(4), out), matplotlib.get_backend())
"""


def test_plots_are_written_and_the_callers_backend_stays(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-1] == "svg"
    for name in ("relations.png", "degrees.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "'relations.png'" in done.stdout and "'degrees.png'" in done.stdout
