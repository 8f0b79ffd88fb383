/* diplograph labels: which labels a view draws, and room for them.

   A label is drawn at a readable size on the screen (12 to 16 px whatever the zoom), and
   only when it overlaps no label drawn before it: larger nodes first, then actors, places
   and events, then edge labels. Zooming in makes room for more. On a page laid out by the
   browser (up to 150 nodes) the nodes are first pushed apart until their labels fit; the
   nodes only mentioned are put in rows below the drawing when they are shown. */
(function () {
  "use strict";
  var MIN_PX = 12, MAX_PX = 16, EDGE_PX = 11, PAD = 3, SPREAD_UP_TO = 150;
  var RANK = { actor: 0, place: 1, event: 2 };

  function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }

  /* Boxes indexed by grid cell, to find a box's overlaps among thousands at once. */
  function Grid(cell) { this.cell = cell; this.cells = {}; }
  Grid.prototype.keys = function (b) {
    var keys = [], c = this.cell;
    for (var i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++) {
      for (var j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) { keys.push(i + ":" + j); }
    }
    return keys;
  };
  /* Whether ``b`` overlaps a box of the grid (other than those of node ``except``). */
  Grid.prototype.hits = function (b, except) {
    var cells = this.cells;
    return this.keys(b).some(function (k) {
      return (cells[k] || []).some(function (o) { return (except === undefined || o.id !== except) && overlaps(b, o); });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { (cells[k] = cells[k] || []).push(b); });
  };

  window.diplographLabels = function (state) {
    var network = state.network, nodes = state.nodes, edges = state.edges, data = state.data;
    var ctx = document.createElement("canvas").getContext("2d");
    var widths = {}, nodeFont = {}, edgeFont = {};
    ctx.font = "100px sans-serif";

    function textWidth(text, size) {
      var w = widths[text];
      if (w === undefined) { w = widths[text] = ctx.measureText(String(text)).width / 100; }
      return w * size;
    }
    function fontPx(scale) { return Math.max(MIN_PX, Math.min(MAX_PX, 14 * scale)); }
    /* A node's label box in canvas units: vis-network draws it centred below the node,
       its top at y + size + font / 2 + 4. */
    function labelBox(n, p, f, pad) {
      var w = textWidth(n.label, f) / 2 + pad, top = p.y + (n.size || 10) + f / 2 + 4;
      return { x1: p.x - w, x2: p.x + w, y1: top - pad, y2: top + f + pad };
    }
    function viewport() {
      var box = network.body.container.getBoundingClientRect();
      var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: box.width, y: box.height });
      return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }
    function inside(b, v) { return b.x1 >= v.x1 && b.x2 <= v.x2 && b.y1 >= v.y1 && b.y2 <= v.y2; }
    function priority(a, b) {
      return (b.size || 0) - (a.size || 0) || (RANK[a.category] || 3) - (RANK[b.category] || 3)
        || String(a.label).length - String(b.label).length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    }
    function edgeMiddle(e, pos) {
      var drawn = network.body.edges[e.id];
      if (drawn && drawn.edgeType && drawn.edgeType.getPoint) { return drawn.edgeType.getPoint(0.5); }
      var a = pos[e.from], b = pos[e.to];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }

    /* Choose the labels to draw at the current zoom and size them. */
    function declutter() {
      var scale = network.getScale(), f = fontPx(scale) / scale, pad = PAD / scale, ef = EDGE_PX / scale;
      var view = viewport(), grid = new Grid(160 / scale), shapes = new Grid(160 / scale);
      var shown = nodes.get({ filter: function (n) { return !n.hidden; } });
      var pos = network.getPositions(shown.map(function (n) { return n.id; }));
      var nodeChanges = [], edgeChanges = [], count = 0;
      shown.forEach(function (n) {   /* a label covers no other node (but on a crowded page laid out in Python) */
        var p = pos[n.id], r = n.size || 10;
        if (p) { shapes.add({ id: n.id, x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r }); }
      });
      shown.sort(priority).forEach(function (n) {
        var size = 0, p = pos[n.id];
        if (p && n.label) {
          var box = labelBox(n, p, f, pad);
          if (inside(box, view) && !grid.hits(box) && (data.positioned || !shapes.hits(box, n.id))) { grid.add(box); size = f; count++; }
        }
        if (nodeFont[n.id] !== size) { nodeFont[n.id] = size; nodeChanges.push({ id: n.id, font: { size: size } }); }
      });
      edges.get({ filter: function (e) { return e.label !== undefined && e.label !== ""; } }).forEach(function (e) {
        var size = 0;
        if (!e.hidden && pos[e.from] && pos[e.to]) {
          var m = edgeMiddle(e, pos), w = textWidth(e.label, ef) / 2 + pad;
          var box = { x1: m.x - w, x2: m.x + w, y1: m.y - ef / 2 - pad, y2: m.y + ef / 2 + pad };
          if (inside(box, view) && !grid.hits(box) && !shapes.hits(box)) { grid.add(box); size = ef; }
        }
        if (edgeFont[e.id] !== size) { edgeFont[e.id] = size; edgeChanges.push({ id: e.id, font: { size: size } }); }
      });
      if (nodeChanges.length) { nodes.update(nodeChanges); }
      if (edgeChanges.length) { edges.update(edgeChanges); }
      state.labelled = count;
      return count;
    }

    /* Fit the nodes and their labels: a long label of a node at the edge would else stick
       out of the view and go undrawn. */
    function fitView() {
      network.fit({ animation: false });
      var scale = network.getScale() * 0.92, room = network.body.container.getBoundingClientRect();
      var shown = nodes.get({ filter: function (n) { return !n.hidden; } });
      var pos = network.getPositions(shown.map(function (n) { return n.id; }));
      var box = null;
      for (var round = 0; round < 3 && room.width > 0 && room.height > 0; round++) {
        var f = fontPx(scale) / scale, pad = PAD / scale;
        box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
        shown.forEach(function (n) {
          var p = pos[n.id], r = n.size || 10;
          if (!p) { return; }
          var b = n.label ? labelBox(n, p, f, pad) : { x1: p.x, x2: p.x, y1: p.y, y2: p.y };
          box = { x1: Math.min(box.x1, b.x1, p.x - r), y1: Math.min(box.y1, p.y - r),
                  x2: Math.max(box.x2, b.x2, p.x + r), y2: Math.max(box.y2, b.y2, p.y + r) };
        });
        if (!(box.x2 > box.x1 && box.y2 > box.y1)) { box = null; break; }
        scale = Math.min(scale, 0.96 * room.width / (box.x2 - box.x1), 0.96 * room.height / (box.y2 - box.y1));
      }
      var to = { scale: scale, animation: false };
      if (box) { to.position = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }; }
      network.moveTo(to);
    }

    /* Push overlapping boxes apart, along the axis they overlap least; whether any moved. */
    function pushApart(items, rounds) {
      var movedAny = false;
      for (var r = 0; r < rounds; r++) {
        var moved = false;
        for (var i = 0; i < items.length; i++) {
          for (var j = i + 1; j < items.length; j++) {
            var a = items[i], b = items[j];
            var ox = a.hw + b.hw - Math.abs(a.x - b.x);
            if (ox <= 0) { continue; }
            var oy = Math.min(a.y + a.down, b.y + b.down) - Math.max(a.y - a.up, b.y - b.up);
            if (oy <= 0) { continue; }
            moved = true;
            if (ox < oy) {
              var dx = (ox / 2 + 0.5) * (a.x <= b.x ? 1 : -1);
              a.x -= dx; b.x += dx;
            } else {
              var dy = (oy / 2 + 0.5) * (a.y <= b.y ? 1 : -1);
              a.y -= dy; b.y += dy;
            }
          }
        }
        if (!moved) { break; }
        movedAny = true;
      }
      return movedAny;
    }

    /* Move the shown nodes of a page laid out in the browser until node and label boxes
       stop overlapping at the size the labels will have once the view is fitted. */
    function spread() {
      var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
      if (ids.length < 2 || ids.length > SPREAD_UP_TO) { fitView(); return; }
      for (var round = 0; round < 4; round++) {
        fitView();
        var scale = network.getScale(), f = fontPx(scale) / scale, pad = (PAD + 2) / scale;
        var pos = network.getPositions(ids);
        var items = ids.map(function (id) {
          var n = nodes.get(id), size = n.size || 10;
          return { id: id, x: pos[id].x, y: pos[id].y, up: size + pad, down: size + f * 1.5 + 4 + pad,
                   hw: Math.max(size, textWidth(n.label, f) / 2) + pad };
        });
        if (!pushApart(items, 80)) { break; }
        items.forEach(function (it) { network.moveNode(it.id, it.x, it.y); });
      }
      fitView();
    }

    /* Put the nodes only mentioned in rows below the drawing, by kind and label, and fit
       the view to them: again with wider rows while the labels came out larger than the
       rows were made for. */
    function placeMentioned() {
      state.mentionedPlaced = true;
      if (data.positioned) { return; }
      var f = MIN_PX / (network.getScale() * 0.7);
      for (var round = 0; round < 4; round++) {
        rows(f);
        fitView();
        var now = fontPx(network.getScale()) / network.getScale();
        if (now <= f) { break; }
        f = now * 1.1;
      }
    }
    function rows(f) {
      var mentioned = data.nodes.filter(function (n) { return n.mention_only; });
      if (!mentioned.length) { return; }
      mentioned.sort(function (a, b) { return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : String(a.label).localeCompare(String(b.label)); });
      var others = nodes.getIds({ filter: function (n) { return !n.mention_only && !n.hidden; } });
      var pos = network.getPositions(others), x1 = 0, x2 = 0, y2 = 0, first = true;
      others.forEach(function (id) {
        var p = pos[id];
        if (first) { x1 = x2 = p.x; y2 = p.y; first = false; }
        x1 = Math.min(x1, p.x); x2 = Math.max(x2, p.x); y2 = Math.max(y2, p.y);
      });
      /* rows as wide as the drawing (or as the view's shape asks), each node as wide as its
         label at font size f */
      var rowH = 20 + 2.5 * f + 10;
      var box = network.body.container.getBoundingClientRect(), aspect = box.width / Math.max(1, box.height);
      var items = mentioned.map(function (n) { return { id: n.id, w: textWidth(n.label, f) + 1.5 * f }; });
      var area = items.reduce(function (sum, it) { return sum + it.w; }, 0) * rowH;
      var width = Math.max(x2 - x1, Math.sqrt(area * aspect)), x = x1, y = y2 + 1.5 * rowH;
      items.forEach(function (it) {
        if (x > x1 && x + it.w > x1 + width) { x = x1; y += rowH; }
        network.moveNode(it.id, x + it.w / 2, y);
        x += it.w;
      });
    }

    var pending = null;
    function later() {
      if (pending !== null) { return; }
      pending = setTimeout(function () { pending = null; declutter(); }, 80);
    }
    state.declutter = declutter;
    state.fitView = fitView;
    state.spread = spread;
    state.placeMentioned = placeMentioned;
    state.textWidth = textWidth;
    state.relabelLater = later;
    state.afterFilter = state.afterFilter || [];
    state.afterFilter.push(function () { if (state.ready) { declutter(); } });
  };
})();
