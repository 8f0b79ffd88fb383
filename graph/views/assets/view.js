/* diplograph view: draws the embedded network with vis-network, a node search box and an
   info panel. Every article-derived string is written with textContent (never innerHTML);
   tooltips are plain strings, which vis-network shows with innerText. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: [], edges: [] }, data.options);
  var state = { network: network, nodes: nodes, edges: edges, ready: false };
  window.diplograph = state;
  window.network = network;

  function byId(id) { return document.getElementById(id); }

  function finish() {
    if (state.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
    var loading = byId("loading");
    if (loading) { loading.style.display = "none"; }
    if (data.focus && nodes.get(data.focus)) { network.selectNodes([data.focus]); show(data.focus); }
  }

  network.on("stabilizationProgress", function (params) {
    var loading = byId("loading");
    if (loading && params.total) {
      loading.textContent = "Laying out the network… " + Math.round(100 * params.iterations / params.total) + "%";
    }
  });
  network.once("stabilizationIterationsDone", finish);
  network.once("stabilized", finish);
  network.once("afterDrawing", function () {
    state.firstDrawing = performance.now();
    document.body.setAttribute("data-drawn", "true");
    /* Positions computed in Python: physics is off, so the first drawing is the final one. */
    if (data.options.physics && data.options.physics.enabled === false) { finish(); }
  });
  network.setData({ nodes: nodes, edges: edges });
  if (data.nodes.length === 0) { finish(); }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  function addItem(list, text) {
    var li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
  }

  function sourceName(id) {
    var title = data.titles && data.titles[id];
    return title ? "«" + title + "» (" + id + ")" : id;
  }

  function show(id) {
    var node = nodes.get(id);
    if (!node) { return; }
    byId("info-title").textContent = node.label;
    var meta = [node.kind];
    if (node.date) { meta.push(node.date); }
    if (node.sources && node.sources.length) { meta.push("sources: " + node.sources.map(sourceName).join(", ")); }
    byId("info-meta").textContent = meta.join(" · ");
    var warning = byId("info-conflict");
    warning.textContent = node.conflict ? "Sources disagree: see the facts marked as conflicting." : "";
    warning.hidden = !node.conflict;
    var unverified = byId("info-unverified");
    unverified.textContent = node.unverified ? "Unverified: linked or found on weak evidence (" + node.unverified + ")." : "";
    unverified.hidden = !node.unverified;
    var facts = byId("info-facts");
    clear(facts);
    (node.facts || []).forEach(function (f) { addItem(facts, f); });
    var quotes = byId("info-sentences");
    clear(quotes);
    (node.sentences || []).forEach(function (pair) {
      var q = document.createElement("blockquote");
      q.textContent = pair[1];
      var cite = document.createElement("cite");
      cite.textContent = sourceName(pair[0]);
      q.appendChild(document.createElement("br"));
      q.appendChild(cite);
      quotes.appendChild(q);
    });
    var link = byId("info-link");
    clear(link);
    if (data.links && data.links[id]) {
      var a = document.createElement("a");
      a.setAttribute("href", data.links[id]);
      a.textContent = data.links[id].indexOf("overview") >= 0 ? "Back to the overview" : "Ego view of " + node.label;
      link.appendChild(a);
    }
  }

  network.on("click", function (params) {
    if (params.nodes.length) { show(params.nodes[0]); }
  });

  /* The search box's suggestions, filled on first focus (thousands of options would delay
     the first drawing). */
  var labelsFilled = false;
  function fillLabels() {
    if (labelsFilled) { return; }
    labelsFilled = true;
    var labels = byId("node-labels");
    var seen = {};
    var names = [];
    data.nodes.forEach(function (n) { names.push(String(n.label)); (n.aliases || []).forEach(function (a) { names.push(String(a)); }); });
    names.sort().forEach(function (label) {
      if (seen[label]) { return; }
      seen[label] = true;
      var option = document.createElement("option");
      option.value = label;
      labels.appendChild(option);
    });
  }
  byId("search-input").addEventListener("focus", fillLabels);
  state.fillLabels = fillLabels;

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    /* The label first, then any other name (alias, label in another language). */
    var exact = null, partial = null, exactAlias = null, partialAlias = null;
    data.nodes.forEach(function (n) {
      var label = String(n.label).toLowerCase();
      if (exact === null && label === q) { exact = n.id; }
      if (partial === null && label.indexOf(q) >= 0) { partial = n.id; }
      (n.aliases || []).forEach(function (alias) {
        var a = String(alias).toLowerCase();
        if (exactAlias === null && a === q) { exactAlias = n.id; }
        if (partialAlias === null && a.indexOf(q) >= 0) { partialAlias = n.id; }
      });
    });
    var order = [exact, exactAlias, partial, partialAlias];
    for (var i = 0; i < order.length; i++) { if (order[i] !== null) { return order[i]; } }
    return null;
  }

  function focus(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: false });
    show(id);
  }
  state.find = find;
  state.focus = focus;

  /* The filters: a checkbox per kind and the year range of the time control. A node is
     hidden when its kind is unticked or when it is an event outside the chosen years
     (undated events only show while the whole range is chosen). */
  var hiddenKinds = {};
  var years = { from: null, to: null, all: true };
  function outsidePeriod(n) {
    if (years.all || n.category !== "event") { return false; }
    var year = n.date ? parseInt(String(n.date).slice(0, 4), 10) : NaN;
    return isNaN(year) || year < years.from || year > years.to;
  }
  function applyFilters() {
    var changes = [];
    nodes.forEach(function (n) {
      var hidden = Boolean(hiddenKinds[n.kind]) || outsidePeriod(n);
      if (Boolean(n.hidden) !== hidden) { changes.push({ id: n.id, hidden: hidden }); }
    });
    if (changes.length) { nodes.update(changes); }
  }
  function setKind(kind, visible) {
    hiddenKinds[kind] = !visible;
    applyFilters();
  }
  function setYears(from, to) {
    var bounds = data.years || [];
    years.from = Math.min(from, to);
    years.to = Math.max(from, to);
    years.all = !bounds.length || (years.from <= bounds[0] && years.to >= bounds[bounds.length - 1]);
    var label = byId("year-range");
    if (label) { label.textContent = years.from === years.to ? String(years.from) : years.from + "–" + years.to; }
    applyFilters();
  }
  state.setYears = setYears;
  var fromBox = byId("year-from"), toBox = byId("year-to");
  if (fromBox && toBox) {
    var onSlide = function () { setYears(parseInt(fromBox.value, 10), parseInt(toBox.value, 10)); };
    fromBox.addEventListener("input", onSlide);
    toBox.addEventListener("input", onSlide);
  }
  function visibleCount() {
    return nodes.get({ filter: function (n) { return !n.hidden; } }).length;
  }
  state.setKind = setKind;
  state.visibleCount = visibleCount;
  Array.prototype.forEach.call(document.querySelectorAll("input.kind-filter"), function (box) {
    box.addEventListener("change", function () { setKind(box.value, box.checked); });
  });

  byId("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var id = find(byId("search-input").value);
    byId("search-status").textContent = id === null ? "no match" : "";
    if (id !== null) { focus(id); }
  });
})();
