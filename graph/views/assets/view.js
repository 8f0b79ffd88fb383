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
  network.setData({ nodes: nodes, edges: edges });
  if (data.nodes.length === 0) { finish(); }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  function addItem(list, text) {
    var li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
  }

  function show(id) {
    var node = nodes.get(id);
    if (!node) { return; }
    byId("info-title").textContent = node.label;
    var meta = [node.kind];
    if (node.date) { meta.push(node.date); }
    if (node.sources && node.sources.length) { meta.push("sources: " + node.sources.join(", ")); }
    byId("info-meta").textContent = meta.join(" · ");
    var facts = byId("info-facts");
    clear(facts);
    (node.facts || []).forEach(function (f) { addItem(facts, f); });
    var quotes = byId("info-sentences");
    clear(quotes);
    (node.sentences || []).forEach(function (pair) {
      var q = document.createElement("blockquote");
      q.textContent = pair[1];
      var cite = document.createElement("cite");
      cite.textContent = pair[0];
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

  var labels = byId("node-labels");
  var seen = {};
  data.nodes.map(function (n) { return n.label; }).sort().forEach(function (label) {
    if (seen[label]) { return; }
    seen[label] = true;
    var option = document.createElement("option");
    option.value = label;
    labels.appendChild(option);
  });

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      var label = String(n.label).toLowerCase();
      if (exact === null && label === q) { exact = n.id; }
      if (partial === null && label.indexOf(q) >= 0) { partial = n.id; }
    });
    return exact !== null ? exact : partial;
  }

  function focus(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: false });
    show(id);
  }
  state.find = find;
  state.focus = focus;

  /* The type filter: one checkbox per kind hides or shows that kind's nodes in the DataSet. */
  function setKind(kind, visible) {
    var changes = nodes.get({ filter: function (n) { return n.kind === kind; } })
      .map(function (n) { return { id: n.id, hidden: !visible }; });
    if (changes.length) { nodes.update(changes); }
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
