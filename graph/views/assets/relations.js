/* diplograph relations page: one edge per pair of countries or organisations, as wide as
   the number of events they share in the chosen years and coloured by their polarity;
   click an edge for its timeline of cooperation and conflict and its events with dates
   and sources. Pages without relations (no data.events) are left alone. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg", MAX_EVENTS = 300;
  var KINDS = ["cooperation", "conflict", "other"];

  window.diplographRelations = function (state) {
    var data = state.data, edges = state.edges, nodes = state.nodes;
    if (!data.events) { return; }
    var colours = data.pair_colours, panel = state.panel;

    function counts(pair) {
      var c = { cooperation: 0, conflict: 0, other: 0, total: 0 };
      Object.keys(pair.years).forEach(function (y) {
        if (!state.inRange([parseInt(y, 10)])) { return; }
        KINDS.forEach(function (k, i) { c[k] += pair.years[y][i]; c.total += pair.years[y][i]; });
      });
      return c;
    }
    /* Mostly cooperation green, mostly conflict red, mixed amber, neither grey. */
    function polarity(c) {
      var signed = c.cooperation + c.conflict;
      if (!signed) { return "other"; }
      var share = c.cooperation / signed;
      return share >= 2 / 3 ? "cooperation" : share <= 1 / 3 ? "conflict" : "mixed";
    }
    function width(total) { return Math.min(14, 1.5 + 2.5 * Math.log2(Math.max(1, total))); }
    function label(c) { return panel.plural(c.total, "event"); }
    function name(id) { var n = nodes.get(id); return n ? String(n.label) : String(id); }
    function summary(c) {
      return label(c) + ": " + c.cooperation + " cooperation, " + c.conflict + " conflict, " + c.other + " other";
    }
    function chosen() {
      var y = state.years;
      return y.all ? "all years" : (y.from === y.to ? String(y.from) : y.from + "–" + y.to);
    }

    state.pairActive = function (e) { return counts(e.pair).total > 0; };

    function restyle() {
      var changes = [];
      data.edges.forEach(function (e) {
        if (!e.pair) { return; }
        var c = counts(e.pair), colour = colours[polarity(c)];
        if (!c.total) { return; }
        changes.push({ id: e.id, width: width(c.total), label: label(c),
                       color: { color: colour, highlight: colour, hover: colour },
                       title: name(e.from) + " – " + name(e.to) + " (" + chosen() + ")\n" + summary(c) + "\nClick the edge for its events." });
      });
      edges.update(changes);
    }
    state.afterFilter = state.afterFilter || [];
    state.afterFilter.push(restyle);

    function svg(tag, attrs, text) {
      var el = document.createElementNS(SVG, tag);
      Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
      if (text !== undefined) { el.textContent = text; }
      return el;
    }
    /* Bars per year: cooperation up (green), conflict down (red), other events grey above. */
    function timeline(pair) {
      var years = Object.keys(pair.years).map(Number);
      var bounds = data.years || [Math.min.apply(null, years), Math.max.apply(null, years)];
      var first = Math.min(bounds[0], Math.min.apply(null, years)), last = Math.max(bounds[1], Math.max.apply(null, years));
      var n = last - first + 1, w = 300, h = 110, bar = Math.max(3, Math.min(24, (w - 20) / n - 2)), mid = 60;
      var top = 1;
      years.forEach(function (y) { var v = pair.years[y]; top = Math.max(top, v[0] + v[2], v[1]); });
      var unit = 45 / top;
      var box = svg("svg", { width: w, height: h, role: "img", "aria-label": "events per year" });
      box.appendChild(svg("line", { x1: 0, x2: w, y1: mid, y2: mid, stroke: "#999" }));
      for (var y = first; y <= last; y++) {
        var v = pair.years[y] || [0, 0, 0], x = 10 + (y - first) * ((w - 20) / n);
        var g = svg("g", { "class": "year" + (state.inRange([y]) ? "" : " outside"), opacity: state.inRange([y]) ? 1 : 0.3,
                           "data-year": y });
        g.appendChild(svg("title", {}, y + ": " + v[0] + " cooperation, " + v[1] + " conflict, " + v[2] + " other"));
        if (v[0]) { g.appendChild(svg("rect", { "class": "cooperation", x: x, width: bar, y: mid - v[0] * unit, height: v[0] * unit, fill: colours.cooperation })); }
        if (v[2]) { g.appendChild(svg("rect", { "class": "other", x: x, width: bar, y: mid - (v[0] + v[2]) * unit, height: v[2] * unit, fill: colours.other })); }
        if (v[1]) { g.appendChild(svg("rect", { "class": "conflict", x: x, width: bar, y: mid, height: v[1] * unit, fill: colours.conflict })); }
        box.appendChild(g);
      }
      /* the years with events (and the first and last) below, where they do not collide */
      var shownAt = -100;
      for (var t = first; t <= last; t++) {
        var at = 10 + (t - first) * ((w - 20) / n) + bar / 2 - 11;
        if ((pair.years[t] || t === first || t === last) && at - shownAt >= 26 && at <= w - 24) {
          box.appendChild(svg("text", { x: Math.max(0, at), y: h - 2, "class": "tick" }, String(t)));
          shownAt = at;
        }
      }
      box.appendChild(svg("text", { x: 2, y: 10 }, panel.plural(top, "event")));
      return box;
    }

    function showPair(edge) {
      var c = counts(edge.pair);
      state.current = { type: "edge", id: edge.id };
      panel.reset(name(edge.from) + " – " + name(edge.to));
      panel.byId("info-meta").textContent = chosen() + ": " + summary(c);
      panel.byId("info-timeline").appendChild(timeline(edge.pair));
      var list = panel.byId("info-events"), listed = 0, sources = {};
      edge.pair.events.forEach(function (id) {
        var ev = data.events[id];
        if (!ev || !state.inRange([ev.year])) { return; }
        ev.sources.forEach(function (s) { sources[s] = true; });
        if (++listed > MAX_EVENTS) { return; }
        var li = panel.addItem(list, "", ev.polarity);
        li.appendChild(panel.span(ev.date + " · " + ev.polarity + " · ", "when"));
        li.appendChild(panel.span(ev.label, "what"));
        li.setAttribute("title", ev.full);
        li.appendChild(panel.span("Sources: " + ev.sources.map(state.sourceName).join(", "), "sources"));
      });
      if (listed > MAX_EVENTS) { panel.addItem(list, "and " + (listed - MAX_EVENTS) + " more events"); }
      panel.setSources(Object.keys(sources).sort(), "of these events");
    }
    state.showPair = showPair;

    /* A country's partners in the chosen years, most events first. */
    state.nodeExtras = function (node) {
      var partners = [];
      data.edges.forEach(function (e) {
        if (!e.pair || (e.from !== node.id && e.to !== node.id)) { return; }
        var c = counts(e.pair);
        if (c.total) { partners.push([c.total, name(e.from === node.id ? e.to : e.from), c]); }
      });
      partners.sort(function (a, b) { return b[0] - a[0] || (a[1] < b[1] ? -1 : 1); });
      var list = panel.byId("info-events");
      partners.forEach(function (p) { panel.addItem(list, p[1] + " — " + summary(p[2]), polarity(p[2])); });
    };
  };
})();
