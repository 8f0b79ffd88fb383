/* diplograph view: draws the network of its data file (or embedded data) with vis-network, with a node search box, the
   filters (filters.js), the labels that fit (labels.js), the info panel (panel.js) and, on
   the relations page, the pair edges (relations.js). Every article-derived string is
   written with textContent (never innerHTML); tooltips are plain strings, which vis-network
   shows with innerText. */
(function () {
  "use strict";
  var data = window.diplographData || JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: [], edges: [] }, data.options);
  var state = { network: network, nodes: nodes, edges: edges, data: data, ready: false, afterFilter: [] };
  window.diplograph = state;
  window.network = network;

  window.diplographPanel(state);
  window.diplographFilters(state);
  window.diplographRelations(state);
  window.diplographLabels(state);

  function byId(id) { return document.getElementById(id); }

  function finish() {
    if (state.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    if (data.positioned) { state.fitView(); } else { state.spread(); }
    state.declutter();
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
    var loading = byId("loading");
    if (loading) { loading.style.display = "none"; }
    if (data.focus && nodes.get(data.focus)) { network.selectNodes([data.focus]); state.show(data.focus); }
    network.on("zoom", state.relabelLater);
    network.on("dragEnd", state.relabelLater);
    network.on("resize", state.relabelLater);
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
    if (data.positioned) { finish(); }
  });
  network.setData({ nodes: nodes, edges: edges });
  if (data.nodes.length === 0) { finish(); }

  network.on("click", function (params) {
    if (params.nodes.length) { state.show(params.nodes[0]); } else if (params.edges.length) { state.showEdge(params.edges[0]); }
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
    data.nodes.forEach(function (n) {
      names.push(String(n.label));
      if (n.full_label) { names.push(String(n.full_label)); }
      (n.aliases || []).forEach(function (a) { names.push(String(a)); });
    });
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
    /* The label first, then any other name (the long label of an event, an alias, a label
       in another language). */
    var exact = null, partial = null, exactAlias = null, partialAlias = null;
    data.nodes.forEach(function (n) {
      var label = String(n.label).toLowerCase();
      if (exact === null && label === q) { exact = n.id; }
      if (partial === null && label.indexOf(q) >= 0) { partial = n.id; }
      (n.full_label ? [n.full_label] : []).concat(n.aliases || []).forEach(function (alias) {
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
    state.show(id);
    if (state.ready) { state.declutter(); }
  }
  state.find = find;
  state.focus = focus;

  byId("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var id = find(byId("search-input").value);
    byId("search-status").textContent = id === null ? "no match" : "";
    if (id !== null) {
      state.pin(id);
      focus(id);
    }
  });
})();
