"""The query page of ``diplograph serve``: its files over plain HTTP, then the page itself in
headless Chromium against the real endpoint on the sample graph (shipped queries, results
table, errors, keys, prefixes, downloads), with every request kept on loopback."""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.request

import pytest

from diplograph.graph.store.endpoint import start_endpoint
from diplograph.graph.store.query import shipped_queries, shorten_iri
from diplograph.graph.store.querypage import PAGE_DIR
from diplograph.ontology.namespace import ENT, ID_PREFIXES, PREFIXES, RDFS

from tests.graph.browsing import browser  # noqa: F401  (a fixture)

ASSETS = {"/": "text/html", "/page/query.js": "text/javascript", "/page/editor.js": "text/javascript",
          "/page/query.css": "text/css", "/page/icon.svg": "image/svg+xml",
          "/page/config.json": "application/json"}
BAD_REQUEST = "status of 400"          # Chromium's console line for a fetch answered 400


@pytest.fixture(scope="module")
def endpoint(sample_build):
    with start_endpoint(graph=sample_build.out / "graph.trig", timeout=30) as served:
        yield served


def get(url: str, headers: dict | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.status, answer.headers, answer.read()


def test_the_page_and_its_files_are_served_with_their_types_and_a_strict_policy(endpoint):
    for path, media in ASSETS.items():
        status, headers, body = get(endpoint.url + path)
        assert status == 200 and body
        assert headers["Content-Type"].split(";")[0] == media, path
        assert headers["X-Content-Type-Options"] == "nosniff"
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "connect-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "*" not in policy
    page = get(endpoint.url + "/")[2].decode("utf-8")
    assert "read-only" in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page), "no inline script"
    assert not re.search(r"\b(?:src|href)=\"(?!/)", page), "every file comes from the endpoint"
    for name in ("query.html", "query.js", "editor.js", "query.css"):
        text = (PAGE_DIR / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, f"{name} names no outside address"
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "eval(" not in text
    with pytest.raises(urllib.error.HTTPError) as missing:
        get(endpoint.url + "/page/nothing.js")
    assert missing.value.code == 404
    with pytest.raises(urllib.error.HTTPError) as foreign:
        get(endpoint.url + "/", {"Host": "attacker.example"})
    assert foreign.value.code == 403


def test_the_config_offers_the_shipped_queries_and_the_project_prefixes(endpoint):
    config = json.loads(get(endpoint.url + "/page/config.json")[2])
    shipped = shipped_queries()
    assert [q["name"] for q in config["queries"]] == list(shipped)
    assert all(q["title"] == shipped[q["name"]].title and q["text"] == shipped[q["name"]].text
               and q["description"] for q in config["queries"])
    assert config["prefixes"] == {name: str(ns) for name, ns in ID_PREFIXES.items()}
    for name, ns in config["display"].items():      # the page shortens as shorten_iri does
        assert shorten_iri(ns + "x") == f"{name}:x"


class Page:
    """The query page in Chromium: requests outside the endpoint are aborted and recorded,
    as are console errors and page errors."""

    def __init__(self, browser, endpoint, path: str = "/"):
        self.base = endpoint.url
        self.requests: list[str] = []
        self.aborted: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.goto(path)

    def _route(self, route):
        if route.request.url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.aborted.append(route.request.url)
            route.abort()

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_selector("body[data-ready=true]", state="attached")

    def runs(self) -> int:
        return int(self.page.get_attribute("#results", "data-runs") or 0)

    def wait_run(self, before: int) -> str:
        """Wait for the run after ``before`` runs to end; its outcome ("done" or "error")."""
        self.page.wait_for_selector(f'#results[data-runs="{before + 1}"]', state="attached", timeout=30000)
        return self.page.get_attribute("#results", "data-state")

    def run(self, query: str) -> str:
        before = self.runs()
        self.page.fill("#query", query)
        self.page.click("#run")
        return self.wait_run(before)

    def cells(self) -> list[list[str]]:
        return self.page.eval_on_selector_all(
            "#result-body tbody tr", "rows => rows.map(r => [...r.cells].slice(1).map(c => c.textContent))")

    def check_offline(self, allowed_errors: tuple[str, ...] = ()) -> None:
        assert self.base.startswith("http://127.0.0.1:")
        outside = [u for u in self.requests if not u.startswith((self.base + "/", "blob:", "data:"))]
        assert not outside and not self.aborted, (outside, self.aborted)
        errors = [e for e in self.errors if not any(a in e for a in allowed_errors)]
        assert not errors, errors

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser, endpoint):  # noqa: F811  (browser is the fixture imported above)
    opened: list[Page] = []

    def open_page(path: str = "/") -> Page:
        opened.append(Page(browser, endpoint, path))
        return opened[-1]
    yield open_page
    for page in opened:
        page.close()


def test_a_shipped_query_fills_the_editor_and_ctrl_enter_shows_a_table_of_short_names(visit):
    view = visit()
    page = view.page
    shipped = shipped_queries()
    titles = page.locator("button.shipped-query").all_text_contents()
    assert titles == [q.title for q in shipped.values()]
    page.click('button.shipped-query[data-name="entities"]')
    assert page.input_value("#query") == shipped["entities"].text
    before = view.runs()
    page.focus("#query")
    page.keyboard.press("Control+Enter")
    assert view.wait_run(before) == "done"
    count = page.text_content("#result-count")
    assert re.fullmatch(r"\d+ rows in \d+ ms", count), count
    rows = view.cells()
    assert len(rows) == int(count.split()[0]) > 5
    japan = str(ENT.japan)
    assert any(row[0] == shorten_iri(japan) and "Japan" in row for row in rows), rows[:5]
    assert not any("https://w3id.org" in cell for row in rows for cell in row)
    link = page.locator("#result-body a.iri", has_text=shorten_iri(japan)).first
    assert japan in link.get_attribute("title")
    headers = page.locator("#result-body th").all_text_contents()
    assert headers == ["#", "?entity", "?type", "?name", "?articles"]
    # the query is kept in the address: the same address shows it again
    assert "query=" in page.url
    view.goto(page.url.removeprefix(view.base))
    assert page.input_value("#query") == shipped["entities"].text
    before = view.runs()
    page.click("#run")
    assert view.wait_run(before) == "done" and view.cells() == rows
    # clicking an IRI asks what the graph states about it
    before = view.runs()
    page.locator("#result-body a.iri", has_text=shorten_iri(japan)).first.click()
    assert view.wait_run(before) == "done"
    assert japan in page.input_value("#query")
    facts = view.cells()
    assert [shorten_iri(str(RDFS.label)), "Japan@en"] in facts
    view.check_offline()


def test_a_syntax_error_shows_the_servers_message_and_marks_the_line(visit):
    view = visit()
    assert view.run("SELECT ?x WHERE {\n  ?x ?p\n}") == "error"
    error = view.page.text_content("#error")
    assert "400" in error and "SPARQL syntax error" in error and "3 | }" in error
    assert view.page.text_content("#gutter .line.err") == "3"
    assert view.page.is_hidden("#result-bar")
    assert view.run("SELECT ?n WHERE { VALUES ?n { 1 2 } }") == "done"      # the next query clears it
    assert view.page.is_hidden("#error") and view.cells() == [["1"], ["2"]]
    view.page.click("#result-body th >> text=?n")                          # sort, then reverse
    view.page.click("#result-body th >> text=?n")
    assert view.cells() == [["2"], ["1"]]
    view.page.fill("#result-filter", "2")
    assert view.cells() == [["2"]] and view.page.text_content("#result-count").startswith("1 of 2 rows match")
    view.page.fill("#shipped-filter", "meeting")
    assert "Meetings: who met whom, where and when" in view.page.locator("button.shipped-query").all_text_contents()
    assert view.page.locator("button.shipped-query").count() < len(shipped_queries())
    view.check_offline(allowed_errors=(BAD_REQUEST,))


def test_result_text_is_shown_as_text_and_runs_nothing(visit):
    view = visit()
    payload = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
    literal = json.dumps(payload)
    assert view.run(f"SELECT ?text ?n WHERE {{ VALUES (?text ?n) {{ ({literal}@en 1) ({literal} 2) }} }}") == "done"
    rows = view.cells()
    assert rows == [[payload + "@en", "1"], [payload, "2"]]
    page = view.page
    assert page.locator("#result-body img, #result-body script").count() == 0
    assert page.title() != "pwned"
    assert page.locator("#result-body .hint.lang").all_text_contents() == ["@en"]
    assert not any(u.endswith("/x") for u in view.requests)
    view.check_offline()


def test_ask_and_construct_results_and_downloads(visit):
    view = visit()
    page = view.page
    assert view.run("ASK { ?s ?p ?o }") == "done"
    assert page.text_content("#result-body") == "true"
    query = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dg:Country ; rdfs:label ?l } ORDER BY ?c LIMIT 200"
    assert view.run(query) == "done"
    assert re.fullmatch(r"\d+ triples in \d+ ms", page.text_content("#result-count"))
    rows = view.cells()
    assert [shorten_iri(str(ENT.japan)), shorten_iri(str(RDFS.label)), "Japan@en"] in rows
    assert not any("https://" in cell for row in rows for cell in row)
    tricky = 'a "quoted" \\ text\nwith a tab\t, é and 😀'
    assert view.run(f"CONSTRUCT {{ ent:japan rdfs:comment ?t }} WHERE {{ VALUES ?t {{ {json.dumps(tricky, ensure_ascii=False)} }} }}") == "done"
    assert view.cells() == [[shorten_iri(str(ENT.japan)), shorten_iri(str(RDFS.comment)), tricky]]
    assert view.run("SELECT ?e ?label WHERE { VALUES ?e { ent:japan } ?e rdfs:label ?label } ORDER BY ?label") == "done"
    with page.expect_download() as download:
        page.click("#download-csv")
    table = list(csv.reader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert table[0] == ["e", "label"] and [str(ENT.japan), "Japan"] in table
    with page.expect_download() as download:
        page.click("#download-json")
    document = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert document["head"]["vars"] == ["e", "label"] and document["results"]["bindings"]
    view.check_offline()


def test_tab_indents_prefixes_are_added_and_the_query_survives_a_reload(visit):
    view = visit()
    page = view.page
    page.fill("#query", "")
    page.focus("#query")
    page.keyboard.type("SELECT ?l WHERE {")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.type("ent:japan rdfs:label ?l }")
    text = page.input_value("#query")
    for name in ("ent", "rdfs"):             # typed prefixes get their PREFIX lines at once
        assert f"PREFIX {name}: <{PREFIXES[name]}>\n" in text
    assert "\n  ent:japan rdfs:label ?l }" in text
    assert page.evaluate("document.activeElement.id") == "query"      # Tab stayed in the editor
    before = view.runs()
    page.keyboard.press("Control+Enter")
    assert view.wait_run(before) == "done"
    assert ["Japan@en"] in view.cells()
    # missing PREFIX lines on click, and one prefix from the prefix bar
    page.uncheck("#auto-prefixes")
    page.fill("#query", "# a comment\nSELECT * WHERE { ?s schema:name ?n } LIMIT 1")
    page.click("#add-prefixes")
    assert page.input_value("#query") == (f"# a comment\nPREFIX schema: <{PREFIXES['schema']}>\n"
                                          "SELECT * WHERE { ?s schema:name ?n } LIMIT 1")
    page.click('button.prefix:text-is("dg:")')
    assert f"PREFIX dg: <{PREFIXES['dg']}>\n" in page.input_value("#query")
    kept = page.input_value("#query")
    page.wait_for_timeout(400)               # the editor keeps the text after a short pause
    view.goto("/")                           # no ?query=: the browser's storage keeps it
    assert page.input_value("#query") == kept
    assert not page.is_checked("#auto-prefixes")
    view.check_offline()


def test_the_highlighting_and_line_numbers_follow_the_editor(visit):
    view = visit()
    page = view.page
    page.click('button.shipped-query[data-name="meetings"]')
    lines = page.input_value("#query").count("\n") + 1
    assert page.locator("#gutter .line").count() == lines
    assert page.text_content("#highlight").rstrip() == page.input_value("#query").rstrip()
    assert page.locator("#highlight .t-keyword", has_text="SELECT").count() >= 1
    boxes = [page.locator(s).bounding_box() for s in ("#query", "#highlight", "#gutter")]
    assert abs(boxes[0]["height"] - boxes[1]["height"]) < 1 and abs(boxes[0]["height"] - boxes[2]["height"]) < 1
    page.locator("#query").evaluate("t => { t.scrollTop = t.scrollHeight; t.dispatchEvent(new Event('scroll')); }")
    tops = page.evaluate("['query', 'highlight', 'gutter'].map(id => document.getElementById(id).scrollTop)")
    assert tops[0] > 0 and tops == [tops[0]] * 3
    view.check_offline()
