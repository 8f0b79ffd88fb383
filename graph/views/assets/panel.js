/* diplograph info panel: what a clicked node or edge is, its roles counted by source, its
   facts, sources and sentences. Every article-derived string is written with textContent
   (never innerHTML). */
(function () {
  "use strict";
  var MAX_LISTED = 200;   /* sources listed in the panel; the rest are counted */

  function byId(id) { return document.getElementById(id); }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function addItem(list, text, className) {
    var li = document.createElement("li");
    li.textContent = text;
    if (className) { li.className = className; }
    list.appendChild(li);
    return li;
  }
  function span(text, className) {
    var s = document.createElement("span");
    s.textContent = text;
    if (className) { s.className = className; }
    return s;
  }
  /* [2013, 2014, 2015, 2022] -> "2013–2015, 2022" */
  function yearText(years) {
    var runs = [];
    (years || []).slice().sort(function (a, b) { return a - b; }).forEach(function (y) {
      var last = runs[runs.length - 1];
      if (last && y === last[1] + 1) { last[1] = y; } else if (!last || y !== last[1]) { runs.push([y, y]); }
    });
    return runs.map(function (r) { return r[0] === r[1] ? String(r[0]) : r[0] + "–" + r[1]; }).join(", ");
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  window.diplographPanel = function (state) {
    var data = state.data, nodes = state.nodes, edges = state.edges;

    function sourceName(id) {
      var title = data.titles && data.titles[id];
      return title ? "«" + title + "» (" + id + ")" : id;
    }

    function reset(title) {
      byId("info-title").textContent = title;
      ["info-meta"].forEach(function (id) { byId(id).textContent = ""; });
      ["info-conflict", "info-unverified", "info-hidden", "info-sources"].forEach(function (id) { byId(id).hidden = true; });
      ["info-roles", "info-facts", "info-timeline", "info-events", "info-sentences", "info-link"].forEach(function (id) { clear(byId(id)); });
      clear(byId("info-sources").querySelector("ul"));
    }

    function setSources(ids, what, total) {
      if (!ids || !ids.length) { return; }
      var box = byId("info-sources"), list = box.querySelector("ul"), count = total || ids.length;
      var shown = ids.slice(0, MAX_LISTED);
      box.querySelector("summary").textContent = plural(count, "source") + (what ? " " + what : "");
      shown.forEach(function (s) { addItem(list, sourceName(s)); });
      if (count > shown.length) { addItem(list, "and " + (count - shown.length) + " more"); }
      box.hidden = false;
    }

    function setRoles(rows) {
      var list = byId("info-roles");
      (rows || []).forEach(function (row) {
        var li = addItem(list, row.text, state.inRange(row.years) ? "" : "outside");
        var count = row.source_count || row.sources.length;
        var bits = [plural(count, "source")];
        bits.push(row.years.length ? yearText(row.years) : "undated");
        if (!state.inRange(row.years)) { bits.push("outside the chosen years"); }
        if (row.conflict) { bits.push("sources disagree"); }
        li.appendChild(document.createTextNode(" "));
        li.appendChild(span("— " + bits.join(" · "), "count"));
        var names = row.sources.slice(0, 20).map(sourceName);
        if (count > names.length) { names.push("and " + (count - names.length) + " more"); }
        li.setAttribute("title", names.join("\n"));
      });
    }

    function showNode(id) {
      var node = nodes.get(id);
      if (!node) { return; }
      state.current = { type: "node", id: id };
      reset(node.full_label || node.label);
      var meta = [node.kind];
      if (node.date) { meta.push(node.date); }
      if (node.sources && node.sources.length) { meta.push(plural(node.source_count || node.sources.length, "source")); }
      byId("info-meta").textContent = meta.join(" · ");
      var warning = byId("info-conflict");
      warning.textContent = node.conflict ? "Sources disagree: see the facts marked as conflicting." : "";
      warning.hidden = !node.conflict;
      var unverified = byId("info-unverified");
      unverified.textContent = node.unverified ? "Unverified: linked or found on weak evidence (" + node.unverified + ")." : "";
      unverified.hidden = !node.unverified;
      if (node.hidden) {
        byId("info-hidden").textContent = node.mention_only ? "Only mentioned: no event or role links it (hidden unless shown)." : "Hidden by the filters.";
        byId("info-hidden").hidden = false;
      }
      setRoles(node.roles);
      (node.facts || []).forEach(function (f) { addItem(byId("info-facts"), f); });
      if (state.nodeExtras) { state.nodeExtras(node); }
      setSources(node.sources, "", node.source_count);
      var quotes = byId("info-sentences");
      (node.sentences || []).forEach(function (pair) {
        var q = document.createElement("blockquote");
        q.textContent = pair[1];
        var cite = document.createElement("cite");
        cite.textContent = sourceName(pair[0]);
        q.appendChild(document.createElement("br"));
        q.appendChild(cite);
        quotes.appendChild(q);
      });
      if (data.links && data.links[id]) {
        var a = document.createElement("a");
        a.setAttribute("href", data.links[id]);
        a.textContent = data.links[id].indexOf("overview") >= 0 ? "Back to the overview" : "Ego view of " + node.label;
        byId("info-link").appendChild(a);
      }
    }

    function endLabel(id) {
      var n = nodes.get(id);
      return n ? String(n.full_label || n.label) : String(id);
    }

    function showEdge(id) {
      var edge = edges.get(id);
      if (!edge) { return; }
      if (edge.pair && state.showPair) { state.showPair(edge); return; }
      state.current = { type: "edge", id: id };
      reset(String(edge.title || edge.relation).split("\n")[0]);
      var meta = [endLabel(edge.from) + " – " + endLabel(edge.to)];
      if (edge.relation === "role") {
        meta.push(edge.years && edge.years.length ? yearText(edge.years) : "undated");
        if (!state.inRange(edge.years)) { meta.push("outside the chosen years"); }
      }
      byId("info-meta").textContent = meta.join(" · ");
      if (edge.dashes) {
        byId("info-conflict").textContent = "Sources disagree on this claim.";
        byId("info-conflict").hidden = false;
      }
      setSources(edge.sources, "", edge.source_count);
    }

    function refresh() {
      var current = state.current;
      if (!current) { return; }
      if (current.type === "node") { showNode(current.id); } else { showEdge(current.id); }
    }

    state.afterFilter = state.afterFilter || [];
    state.afterFilter.push(refresh);     /* roles outside the chosen years, pair timelines */
    state.show = showNode;
    state.showEdge = showEdge;
    state.sourceName = sourceName;
    state.yearText = yearText;
    state.panel = { reset: reset, setSources: setSources, clear: clear, addItem: addItem, span: span,
                    plural: plural, byId: byId, refresh: refresh };
  };
})();
