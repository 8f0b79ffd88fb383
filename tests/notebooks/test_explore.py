"""The notebook runs top to bottom in a real Jupyter kernel and shows real results."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"


def _text(output) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    return data.get("text/plain", "") + data.get("text/html", "")


def test_explore_notebook_executes_and_shows_the_samples(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_OUT", raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(_text(o) for o in outputs)
    assert "built 5 sample articles" in text
    assert "2013-11-02" in text and "Tokyo" in text          # the meetings table
    assert "Sergei Shoigu" in text                            # roles and the conflict
    assert "Fumio Kishida" in text and "community 1:" in text  # analysis
    assert "srcdoc=" in text                                  # the inline view
