/* diplograph's SPARQL query page: the editor (editor.js), the project's prefixes, the shipped
   queries and a results table. Offline: it talks only to its own origin (/page/config.json,
   /query). Every value from a result is written with textContent, never as HTML: results
   hold third-party article text. */
(function () {
  "use strict";

  const AUTO_KEY = "diplograph.autoPrefixes", PAGE_ROWS = 1000;
  const NUMERIC = new Set(["integer", "decimal", "double", "float", "long", "int", "short",
    "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger"]);

  const $ = id => document.getElementById(id);
  const state = { config: null, controller: null, result: null, sort: null, shown: PAGE_ROWS, runs: 0 };
  let editor = null;

  // the xsd: datatypes (the namespace comes from the server's prefixes)
  const xsd = local => (state.config.display.xsd || "xsd:") + local;
  const numeric = datatype => typeof datatype === "string" && datatype.startsWith(xsd("")) &&
    NUMERIC.has(datatype.slice(xsd("").length));

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- running a query --------------------------------------------------------------------

  async function run() {
    const text = editor.value;
    if (!text.trim()) return showError("No query", "Type a SPARQL query first.");
    if (state.controller) state.controller.abort();
    const controller = state.controller = new AbortController();
    editor.keep();
    setBusy(true, "Running…");
    const started = performance.now();
    try {
      const response = await fetch("/query", {
        method: "POST", body: text, signal: controller.signal,
        headers: { "Content-Type": "application/sparql-query",
                   "Accept": "application/sparql-results+json, application/n-triples;q=0.9" } });
      const body = await response.text(), ms = Math.round(performance.now() - started);
      if (controller !== state.controller) return;
      if (!response.ok) return showError("Error " + response.status + " " + response.statusText, body.trim());
      const media = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      showResult(media === "application/n-triples" ? graphResult(body) : jsonResult(body), ms);
    } catch (err) {
      if (controller !== state.controller) return;
      if (err.name === "AbortError") showError("Cancelled", "The query was cancelled.");
      else showError("Could not run the query", String(err.message || err));
    } finally {
      if (controller === state.controller) { state.controller = null; setBusy(false); }
    }
  }

  function setBusy(busy, message) {
    $("run").disabled = busy;
    $("cancel").hidden = !busy;
    $("status").textContent = message || "";
    $("results").dataset.state = busy ? "running" : $("results").dataset.state;
  }

  function jsonResult(body) {
    const doc = JSON.parse(body);
    if (typeof doc.boolean === "boolean") return { kind: "ask", boolean: doc.boolean, raw: body };
    const vars = doc.head.vars || [];
    const rows = doc.results.bindings.map(b => vars.map(v => b[v] || null));
    return { kind: "select", vars, rows, raw: body };
  }

  function graphResult(body) {
    const rows = [];
    body.split("\n").forEach(line => {
      if (!line.trim() || line.trim().startsWith("#")) return;
      const parser = new NTriples(line), s = parser.term(), p = parser.term(), o = parser.term();
      rows.push([s, p, o]);
    });
    return { kind: "graph", vars: ["subject", "predicate", "object"], rows, raw: body };
  }

  // a reader of one N-Triples line, giving terms in the SPARQL JSON results encoding
  function NTriples(line) { this.line = line; this.at = 0; }
  NTriples.prototype.skip = function () { while (/\s/.test(this.line[this.at] || "")) this.at++; };
  NTriples.prototype.take = function (text) {
    this.skip();
    if (!this.line.startsWith(text, this.at)) throw new Error("cannot read the triple: " + this.line.slice(0, 200));
    this.at += text.length;
  };
  NTriples.prototype.until = function (stop) {
    let out = "";
    while (this.at < this.line.length && this.line[this.at] !== stop) {
      const c = this.line[this.at++];
      if (c !== "\\") { out += c; continue; }
      const e = this.line[this.at++];
      if (e === "u" || e === "U") {
        const n = e === "u" ? 4 : 8;
        out += String.fromCodePoint(parseInt(this.line.substr(this.at, n), 16));
        this.at += n;
      } else out += { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f" }[e] || e;
    }
    this.at++;
    return out;
  };
  NTriples.prototype.term = function () {
    this.skip();
    const line = this.line;
    if (line.startsWith("<<", this.at)) {
      const paren = line.startsWith("<<(", this.at);
      this.take(paren ? "<<(" : "<<");
      const value = { subject: this.term(), predicate: this.term(), object: this.term() };
      this.take(paren ? ")>>" : ">>");
      return { type: "triple", value };
    }
    if (line[this.at] === "<") { this.at++; return { type: "uri", value: this.until(">") }; }
    if (line.startsWith("_:", this.at)) {
      const m = /_:(\S+?)(?=[\s)>]|$)/y; m.lastIndex = this.at;
      const found = m.exec(line); this.at += found[0].length;
      return { type: "bnode", value: found[1] };
    }
    this.take('"');
    const term = { type: "literal", value: this.until('"') };
    if (line[this.at] === "@") {
      const m = /@([A-Za-z0-9-]+)/y; m.lastIndex = this.at;
      const found = m.exec(line); this.at += found[0].length; term["xml:lang"] = found[1];
    } else if (line.startsWith("^^<", this.at)) { this.at += 3; term.datatype = this.until(">"); }
    return term;
  };

  // ---- showing results ----------------------------------------------------------------

  function shortIri(iri) {
    for (const [ns, prefix] of state.namespaces) {
      if (iri.startsWith(ns) && iri.length > ns.length) return prefix + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function plain(term) {
    if (!term) return "";
    if (term.type === "uri") return term.value;
    if (term.type === "bnode") return "_:" + term.value;
    if (term.type === "triple") return "<< " + [term.value.subject, term.value.predicate, term.value.object].map(plain).join(" ") + " >>";
    return term.value;
  }

  function shown(term) {
    if (!term) return "";
    if (term.type === "uri") return shortIri(term.value);
    if (term.type === "triple") return "<< " + [term.value.subject, term.value.predicate, term.value.object].map(shown).join(" ") + " >>";
    return plain(term);
  }

  function describeQuery(iri) {
    return "# everything the graph states about " + shortIri(iri) + "\nSELECT ?property ?value WHERE {\n  <" + iri +
      "> ?property ?value\n}\nORDER BY ?property ?value\nLIMIT 500";
  }

  function termNode(term) {
    if (term.type === "uri") {
      const link = el("a", "iri", shortIri(term.value));
      link.href = "?query=" + encodeURIComponent(describeQuery(term.value));
      link.title = term.value + "\n(click: what the graph states about it)";
      link.addEventListener("click", event => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        editor.setQuery(describeQuery(term.value));
        run();
      });
      return link;
    }
    if (term.type === "bnode") return el("span", "bnode", "_:" + term.value);
    if (term.type === "triple") {
      const span = el("span", "triple", "<< ");
      [term.value.subject, term.value.predicate, term.value.object].forEach(part => {
        span.append(termNode(part), document.createTextNode(" "));
      });
      span.append(document.createTextNode(">>"));
      return span;
    }
    const wrap = el("span", "literal");
    wrap.append(el("span", "lit", term.value));
    if (term["xml:lang"]) wrap.append(el("span", "hint lang", "@" + term["xml:lang"]));
    else if (term.datatype && numeric(term.datatype)) wrap.title = "^^" + shortIri(term.datatype);
    else if (term.datatype && term.datatype !== xsd("string")) {
      const hint = el("span", "hint dt", "^^" + shortIri(term.datatype));
      hint.title = term.datatype;
      wrap.append(hint);
    }
    return wrap;
  }

  function showResult(result, ms) {
    state.result = result;
    state.sort = null;
    state.shown = PAGE_ROWS;
    $("error").hidden = true;
    editor.render();
    $("result-filter").value = "";
    $("result-bar").hidden = false;
    $("result-filter").hidden = result.kind === "ask";
    $("download-nt").hidden = result.kind !== "graph";
    result.ms = ms;
    drawTable();
    finished("done");
  }

  function visibleRows() {
    const result = state.result, needle = $("result-filter").value.trim().toLowerCase();
    let rows = result.rows.map((row, i) => ({ row, i }));
    if (needle) rows = rows.filter(({ row }) => row.some(t => t && (shown(t).toLowerCase().includes(needle) ||
      plain(t).toLowerCase().includes(needle))));
    if (state.sort) {
      const { col, dir } = state.sort;
      const key = r => r.row[col] ? shown(r.row[col]) : "";
      rows.sort((a, b) => {
        const x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        const order = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return (order || a.i - b.i) * dir;
      });
    }
    return rows;
  }

  function drawTable() {
    const result = state.result, body = $("result-body"), time = " in " + result.ms + " ms";
    if (result.kind === "ask") {
      $("result-count").textContent = "ASK" + time;
      const answer = el("p", "ask " + (result.boolean ? "yes" : "no"), result.boolean ? "true" : "false");
      body.replaceChildren(answer);
      return;
    }
    const rows = visibleRows(), total = result.rows.length, unit = result.kind === "graph" ? "triple" : "row";
    const count = total + " " + unit + (total === 1 ? "" : "s");
    $("result-count").textContent = (rows.length === total ? count : rows.length + " of " + count + " match") + time;
    if (!total) { body.replaceChildren(el("p", "empty", "No " + unit + "s.")); return; }
    const table = el("table", "results"), head = el("tr");
    head.append(el("th", "rownum", "#"));
    result.vars.forEach((name, col) => {
      const th = el("th", "", result.kind === "graph" ? name : "?" + name);
      th.title = "Sort by " + name;
      if (state.sort && state.sort.col === col) th.className = state.sort.dir > 0 ? "sorted-up" : "sorted-down";
      th.addEventListener("click", () => {
        state.sort = state.sort && state.sort.col === col ? { col, dir: -state.sort.dir } : { col, dir: 1 };
        drawTable();
      });
      head.append(th);
    });
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const tbody = el("tbody");
    rows.slice(0, state.shown).forEach(({ row, i }) => {
      const tr = el("tr");
      tr.append(el("td", "rownum", String(i + 1)));
      row.forEach(term => {
        const td = el("td", !term ? "unbound" : term.type === "literal" && numeric(term.datatype) ? "num" : "");
        if (term) td.append(termNode(term));
        tr.append(td);
      });
      tbody.append(tr);
    });
    table.append(tbody);
    const parts = [table];
    if (rows.length > state.shown) {
      const more = el("button", "more", "Show " + Math.min(PAGE_ROWS, rows.length - state.shown) + " more of " +
        (rows.length - state.shown) + " hidden " + unit + "s");
      more.type = "button";
      more.addEventListener("click", () => { state.shown += PAGE_ROWS; drawTable(); });
      parts.push(more);
    }
    body.replaceChildren(...parts);
  }

  function showError(title, message) {
    state.result = null;
    $("result-bar").hidden = true;
    $("result-body").replaceChildren();
    const box = $("error"), parts = [el("strong", "", title), el("pre", "message", message)];
    const where = /error at (\d+):(\d+)/.exec(message);
    let line;
    if (where && editor) {
      line = Number(where[1]);
      const column = Number(where[2]), text = editor.goTo(line, column);
      if (text !== undefined) {
        const gutterText = "  " + line + " | ";
        parts.push(el("pre", "quote", gutterText + text + "\n" + " ".repeat(gutterText.length - 2) + "| " +
          " ".repeat(Math.max(column - 1, 0)) + "^"));
      }
    }
    box.replaceChildren(...parts);
    box.hidden = false;
    if (editor) editor.render(line);
    finished("error");
  }

  function finished(outcome) {
    $("results").dataset.state = outcome;
    $("results").dataset.runs = String(++state.runs);
  }

  // ---- downloads ------------------------------------------------------------------------

  function csvCell(text) {
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function download(name, media, text) {
    const url = URL.createObjectURL(new Blob([text], { type: media }));
    const link = el("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function downloadCsv() {
    const result = state.result;
    if (!result) return;
    const lines = result.kind === "ask" ? ["boolean", String(result.boolean)]
      : [result.vars.map(csvCell).join(","), ...result.rows.map(row => row.map(t => csvCell(plain(t))).join(","))];
    download("query-results.csv", "text/csv", lines.join("\r\n") + "\r\n");
  }

  function downloadJson() {
    const result = state.result;
    if (!result) return;
    let text = result.raw;
    if (result.kind === "graph") {
      const bindings = result.rows.map(row => ({ subject: row[0], predicate: row[1], object: row[2] }));
      text = JSON.stringify({ head: { vars: result.vars }, results: { bindings } }, null, 2);
    }
    download("query-results.json", "application/sparql-results+json", text);
  }

  // ---- the side panels -----------------------------------------------------------------

  function drawShipped() {
    const list = $("shipped-list"), needle = $("shipped-filter").value.trim().toLowerCase();
    const items = state.config.queries.filter(q => !needle ||
      (q.name + " " + q.title + " " + q.description).toLowerCase().includes(needle)).map(q => {
      const li = el("li"), button = el("button", "shipped-query", q.title);
      button.type = "button";
      button.dataset.name = q.name;
      button.title = q.name + ".rq: click to put it in the editor";
      button.addEventListener("click", () => {
        editor.setQuery(q.text);
        document.querySelectorAll(".shipped-query.active").forEach(b => b.classList.remove("active"));
        button.classList.add("active");
        $("status").textContent = "Loaded " + q.name + ".rq: Ctrl+Enter runs it";
        editor.focus();
      });
      li.append(button, el("p", "description", q.description));
      return li;
    });
    list.replaceChildren(...items);
  }

  function drawPrefixes() {
    const buttons = Object.entries(state.config.display).map(([name, ns]) => {
      const button = el("button", "prefix", name + ":");
      button.type = "button";
      button.title = "PREFIX " + name + ": <" + ns + ">" + (name in state.config.prefixes ? "\n(predeclared here)" : "");
      button.addEventListener("click", () => {
        const added = editor.addPrefixes([name]);
        $("status").textContent = added ? "Added PREFIX " + name + ":" : "PREFIX " + name + ": is already declared";
        editor.focus();
      });
      return button;
    });
    $("prefix-buttons").replaceChildren(...buttons);
  }

  function initialQuery() {
    return window.DiplographEditor.storedQuery() || "PREFIX dg: <" + state.config.prefixes.dg + ">\n\n" +
      "# events and their kinds\nSELECT ?event ?kind WHERE {\n  ?event dg:eventKind ?kind\n}\nORDER BY ?kind\nLIMIT 20\n";
  }

  async function start() {
    try {
      const response = await fetch("/page/config.json");
      if (!response.ok) throw new Error("/page/config.json answered " + response.status);
      state.config = await response.json();
    } catch (err) {
      state.config = { location: "?", prefixes: {}, display: {}, queries: [] };
      showError("Could not load the page's settings", String(err.message || err));
    }
    state.namespaces = Object.entries(state.config.display).map(([p, ns]) => [ns, p]).sort((a, b) => b[0].length - a[0].length);
    $("location").textContent = state.config.location;
    try { $("auto-prefixes").checked = localStorage.getItem(AUTO_KEY) !== "off"; } catch (e) { /* storage off */ }
    $("auto-prefixes").addEventListener("change", event => {
      try { localStorage.setItem(AUTO_KEY, event.target.checked ? "on" : "off"); } catch (e) { /* storage off */ }
    });
    editor = window.DiplographEditor.create({ textarea: $("query"), highlight: $("highlight"), gutter: $("gutter"),
      namespaces: state.config.display, auto: () => $("auto-prefixes").checked });
    editor.setQuery(initialQuery());
    drawShipped();
    drawPrefixes();
    document.addEventListener("keydown", event => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
    });
    $("run").addEventListener("click", run);
    $("cancel").addEventListener("click", () => state.controller && state.controller.abort());
    $("add-prefixes").addEventListener("click", () => {
      const added = editor.addPrefixes(editor.missingPrefixes());
      $("status").textContent = added ? "Added " + added + " PREFIX line" + (added === 1 ? "" : "s") : "No PREFIX line missing";
      editor.focus();
    });
    $("shipped-filter").addEventListener("input", drawShipped);
    $("result-filter").addEventListener("input", () => { state.shown = PAGE_ROWS; drawTable(); });
    $("download-csv").addEventListener("click", downloadCsv);
    $("download-json").addEventListener("click", downloadJson);
    $("download-nt").addEventListener("click", () => state.result &&
      download("query-results.nt", "application/n-triples", state.result.raw));
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
