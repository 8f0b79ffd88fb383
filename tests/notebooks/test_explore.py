"""The tutorial notebook runs top to bottom in a real Jupyter kernel, shows real results in
readable tables (labels, not IRIs), plots the relation timeline, and its interactive views
draw in an HTML export of it opened in Debian's Chromium, offline.

The notebook is executed once per module (it builds the five samples in the kernel) and
exported with nbconvert's default HTML exporter, as ``jupyter nbconvert --to html`` does.
"""
from __future__ import annotations

import base64
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from tests.graph.browsing import CHROMIUM, browser  # noqa: F401  (browser is a fixture)

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"
IRI = "https://w3id.org"
READY = "window.diplograph && window.diplograph.ready === true"


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_OUT"}
    return {**env, **extra}


def _execute(nb, cwd: Path, env: dict):
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute(env=env)
    return nb


def _outputs(nb, cell_filter=lambda source: True) -> list:
    return [o for cell in nb.cells if cell.cell_type == "code" and cell_filter(cell.source) for o in cell.outputs]


def _text(output) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    return data.get("text/plain", "") + data.get("text/html", "")


def _table(nb, query: str) -> str:
    """The HTML table the cell running ``query`` shows (its DataFrame)."""
    cells = [c for c in nb.cells if c.cell_type == "code" and f'"{query}"' in c.source]
    assert cells, f"no cell runs the {query!r} query"
    html = "".join(o.get("data", {}).get("text/html", "") for c in cells for o in c.outputs)
    assert "<table" in html, f"the {query!r} cell shows no table"
    return html


def _network_size(nb) -> int:
    """The number of nodes the notebook says its network has."""
    found = re.search(r"quads in the store; the network: (\d+) nodes", "".join(map(_text, _outputs(nb))))
    assert found, "the notebook does not say how large its network is"
    return int(found.group(1))


def _column(html: str, index: int) -> list[str]:
    """The cells of one column of a pandas HTML table (0 is the first data column)."""
    rows = re.findall(r"<tr>\s*<th>[^<]*</th>(.*?)</tr>", html, flags=re.S)
    return [re.findall(r"<td>(.*?)</td>", row, flags=re.S)[index] for row in rows]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook executed from a fresh kernel (building the samples), its build folder
    and its HTML export."""
    folder = tmp_path_factory.mktemp("notebook")
    nb = _execute(nbformat.read(NOTEBOOK, as_version=4), folder, _env())
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nb)
    exported = folder / "explore.html"
    exported.write_text(body, encoding="utf-8")
    built = re.search(r"built 5 sample articles into (\S+)", "".join(map(_text, _outputs(nb))))
    return nb, Path(built.group(1)) if built else None, exported


def test_the_notebook_is_saved_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert sum(1 for c in nb.cells if c.cell_type == "markdown") >= len(code) // 2   # it teaches


def test_the_notebook_runs_top_to_bottom_and_builds_the_samples(executed):
    nb, out, _ = executed
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert out is not None and (out / "graph.trig").is_file()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs for c in code)                                   # every cell shows something
    assert _network_size(nb) >= 40                                       # nodes of the samples' network


def test_the_tables_show_labels_and_short_ids_never_iris(executed):
    nb, _, _ = executed
    tables = [o["data"] for o in _outputs(nb) if "<table" in o.get("data", {}).get("text/html", "")]
    assert len(tables) >= 14
    for data in tables:
        assert IRI not in data["text/html"] and IRI not in data.get("text/plain", "")
    meetings = _table(nb, "meetings")
    assert "2013-11-02" in meetings and "Tokyo" in meetings and "Sergey Lavrov" in meetings
    assert "event:talks-876b7704e9ca" in meetings                         # ids= keeps the short id
    entities = _table(nb, "entities")
    assert {"Japan", "Russia", "Fumio Kishida"} <= set(_column(entities, 2)[:4])
    assert "ent:japan" in _column(entities, 0) and IRI not in entities
    roles = _table(nb, "role-timeline")
    kishida = {(role, date) for person, role, _, date, _ in
               zip(*(_column(roles, i) for i in range(5))) if person == "Fumio Kishida"}
    assert ("Foreign Minister", "2013-11-02") in kishida and ("Prime Minister", "2022-06") in kishida
    assert "Sergei Shoigu: Defence Minister vs Foreign Minister of Russia" in _table(nb, "conflicts")
    # the parameters reach the query: Japan-Russia and Japan-NATO give different events
    pairs = [c for c in nb.cells if c.cell_type == "code" and '"pair-timeline"' in c.source]
    russia, nato = (c.outputs[0]["data"]["text/html"] for c in pairs)
    assert "event:talks-876b7704e9ca" in russia and "2016-12" in russia and "Madrid" not in russia
    assert "event:summit-86e954ba6d05" in nato and "Madrid, 2022-06" in nato and "Tokyo" not in nato
    connectors = _table(nb, "connectors")
    assert _column(connectors, 0)[0] == "ent:fumio-kishida" and _column(connectors, 1)[0] == "Fumio Kishida"
    relations = _table(nb, "relations")
    assert ["Japan", "Russia", "2013", "VerbalCooperation", "1", "3"] in [
        [_column(relations, i)[r] for i in range(6)] for r in range(len(_column(relations, 0)))]


def test_the_analysis_tables_rank_japan_and_kishida_first(executed):
    nb, _, _ = executed
    centrality = next(o["data"]["text/html"] for c in nb.cells if "centrality_rows(" in c.source
                      and c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {}))
    assert _column(centrality, 0)[:2] == ["Japan", "Fumio Kishida"]
    assert _column(centrality, 2)[:2] == ["ent:japan", "ent:fumio-kishida"]
    assert IRI not in centrality
    communities = next(o["data"]["text/html"] for c in nb.cells if "communities(G)" in c.source
                       for o in c.outputs if "text/html" in o.get("data", {}))
    assert "Sergey Lavrov" in communities and "Madrid" in communities and IRI not in communities
    paths = next(o["data"]["text/html"] for c in nb.cells if "connections(G" in c.source
                 for o in c.outputs if "text/html" in o.get("data", {}))
    assert "Talks: Fumio Kishida" in paths and "NATO" in paths and IRI not in paths


def test_the_relation_timeline_is_the_reports_plot_inline(executed):
    nb, out, _ = executed
    pngs = [o["data"]["image/png"] for o in _outputs(nb, lambda s: "polarity_figure(store)" in s)
            if "image/png" in o.get("data", {})]
    assert len(pngs) == 1
    assert base64.b64decode(pngs[0]) == (out / "relations.png").read_bytes()


def test_the_views_are_self_contained_iframes(executed):
    nb, _, _ = executed
    frames = [o["data"]["text/html"] for o in _outputs(nb, lambda s: "inline_view(G" in s)]
    assert len(frames) == 3
    for frame in frames:
        srcdoc = frame.split('srcdoc="', 1)[1].split('"', 1)[0]
        assert frame.startswith("<iframe") and "<" not in srcdoc      # the page is escaped once more
        assert "assets/" not in srcdoc and "vis-network" in srcdoc and 'src=&quot;' not in srcdoc


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs Debian's chromium)")
def test_the_exported_notebook_draws_its_views_offline(executed, browser):  # noqa: F811
    nb, _, exported = executed
    from nbconvert import HTMLExporter
    template_scripts = {HTMLExporter().mathjax_url, HTMLExporter().require_js_url}   # nbconvert's own page
    requests, aborted, errors = [], [], []
    page = browser.new_page(viewport={"width": 1280, "height": 800})

    def route(route):
        if route.request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            aborted.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("request", lambda r: requests.append((r.frame, r.url)))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(f"{m.text} ({m.location.get('url')})")
            if m.type == "error" and m.location.get("url") not in template_scripts else None)
    try:
        page.goto(exported.resolve().as_uri())
        frames = [f for f in page.frames if f.parent_frame == page.main_frame]
        assert len(frames) == 3
        drawn = {}
        for frame in frames:
            frame.frame_element().scroll_into_view_if_needed()
            frame.wait_for_function(READY, timeout=30000)
            heading = frame.locator("h1").inner_text()
            drawn[heading] = frame.evaluate("window.network.body.data.nodes.length")
            canvas = frame.locator("#network canvas").bounding_box()
            assert canvas and canvas["width"] > 400 and canvas["height"] > 300
            assert frame.evaluate("window.network.getPositions().constructor === Object")
        assert set(drawn) == {"Overview", "Japan", "Country relations"}
        assert drawn["Overview"] == _network_size(nb)                     # the whole network
        assert 10 < drawn["Japan"] < drawn["Overview"] and drawn["Country relations"] > 5
        # click Japan on its page: the panel shows its roles, from the page's own data
        japan = next(f for f in frames if f.locator("h1").inner_text() == "Japan")
        japan.evaluate("window.network.selectNodes(['https://w3id.org/diplograph/id/entity/japan'])")
        assert japan.evaluate("window.network.getSelectedNodes().length") == 1
        page.wait_for_timeout(200)
    finally:
        page.close()
    assert errors == []
    assert set(aborted) <= template_scripts, aborted          # only nbconvert's MathJax and require.js
    assert not [url for frame, url in requests if frame != page.main_frame and not url.startswith("data:")]


def test_the_notebook_loads_a_build_given_by_diplograph_out(executed, tmp_path):
    _, out, _ = executed
    nb = nbformat.read(NOTEBOOK, as_version=4)
    opened = next(i for i, c in enumerate(nb.cells) if "open_store" in c.source and c.cell_type == "code")
    nb.cells = nb.cells[: opened + 1]
    _execute(nb, tmp_path, _env(DIPLOGRAPH_OUT=str(out)))
    text = "".join(map(_text, _outputs(nb)))
    assert f"loaded the build in {out}" in text and "built" not in text
    assert f"the network: {_network_size(executed[0])} nodes" in text


def test_a_diplograph_out_without_a_build_is_named(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    first = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    nb.cells = nb.cells[: first + 1]
    with pytest.raises(CellExecutionError, match="holds no graph.trig"):
        _execute(nb, tmp_path, _env(DIPLOGRAPH_OUT=str(tmp_path / "nothing")))
