/* diplograph filters: the kinds shown, the nodes only mentioned, and the years.

   Within the chosen years an event shows when its date is in them (an undated event only
   while every year is chosen), a role edge when its sources support it then, and any other
   actor or place when one of its events or roles shows. A node only mentioned (no event,
   no role) is hidden unless the toggle shows it, and then only in its articles' years. */
(function () {
  "use strict";

  window.diplographFilters = function (state) {
    var data = state.data, nodes = state.nodes, edges = state.edges;
    var hiddenKinds = {}, pinned = {}, showMentioned = false;
    var years = state.years = { from: null, to: null, all: true };
    var incident = {}, events = {}, hiddenNow = {}, edgeHidden = {};
    state.afterFilter = state.afterFilter || [];

    data.nodes.forEach(function (n) {
      if (n.category === "event") { events[n.id] = n; }
      hiddenNow[n.id] = Boolean(n.hidden);
    });
    data.edges.forEach(function (e) {
      (incident[e.from] = incident[e.from] || []).push(e);
      if (e.to !== e.from) { (incident[e.to] = incident[e.to] || []).push(e); }
    });

    function inRange(list) {
      if (years.all) { return true; }
      return (list || []).some(function (y) { return y >= years.from && y <= years.to; });
    }
    state.inRange = inRange;

    function edgeActive(e) {
      if (e.relation === "role") { return inRange(e.years); }
      if (e.pair) { return state.pairActive ? state.pairActive(e) : true; }
      var event = events[e.from] || events[e.to];
      return event ? inRange(event.years) : true;
    }
    function nodeHidden(n) {
      if (pinned[n.id]) { return false; }
      if (hiddenKinds[n.kind]) { return true; }
      if (n.mention_only) { return !showMentioned || !inRange(n.years); }
      if (n.category === "event") { return !inRange(n.years); }
      if (years.all) { return false; }
      return !(incident[n.id] || []).some(edgeActive);
    }

    function apply() {
      var nodeChanges = [], edgeChanges = [];
      data.nodes.forEach(function (n) {
        var hidden = nodeHidden(n);
        if (hiddenNow[n.id] !== hidden) { hiddenNow[n.id] = hidden; nodeChanges.push({ id: n.id, hidden: hidden }); }
      });
      data.edges.forEach(function (e) {
        if (e.relation !== "role" && !e.pair) { return; }
        var hidden = !edgeActive(e);
        if (Boolean(edgeHidden[e.id]) !== hidden) { edgeHidden[e.id] = hidden; edgeChanges.push({ id: e.id, hidden: hidden }); }
      });
      if (nodeChanges.length) { nodes.update(nodeChanges); }
      if (edgeChanges.length) { edges.update(edgeChanges); }
      state.afterFilter.forEach(function (hook) { hook(); });
    }

    function setKind(kind, visible) {
      pinned = {};
      hiddenKinds[kind] = !visible;
      apply();
    }
    function setYears(from, to) {
      var bounds = data.years || [];
      pinned = {};
      years.from = Math.min(from, to);
      years.to = Math.max(from, to);
      years.all = !bounds.length || (years.from <= bounds[0] && years.to >= bounds[bounds.length - 1]);
      var label = document.getElementById("year-range");
      if (label) { label.textContent = years.from === years.to ? String(years.from) : years.from + "–" + years.to; }
      apply();
    }
    function setMentioned(visible) {
      pinned = {};
      var first = visible && !state.mentionedPlaced;
      showMentioned = Boolean(visible);
      var box = document.getElementById("show-mentioned");
      if (box) { box.checked = showMentioned; }
      apply();
      if (first && state.placeMentioned) { state.placeMentioned(); state.declutter(); }
    }
    /* Show a node whatever the filters (a search found it), until the filters change. */
    function pin(id) {
      if (!hiddenNow[id]) { return; }
      if (data.nodes.some(function (n) { return n.id === id && n.mention_only; }) && state.placeMentioned && !state.mentionedPlaced) {
        state.placeMentioned();
      }
      pinned[id] = true;
      apply();
    }

    state.applyFilters = apply;
    state.setKind = setKind;
    state.setYears = setYears;
    state.setMentioned = setMentioned;
    state.pin = pin;
    state.visibleCount = function () { return nodes.get({ filter: function (n) { return !n.hidden; } }).length; };

    var fromBox = document.getElementById("year-from"), toBox = document.getElementById("year-to");
    if (fromBox && toBox) {
      var onSlide = function () { setYears(parseInt(fromBox.value, 10), parseInt(toBox.value, 10)); };
      fromBox.addEventListener("input", onSlide);
      toBox.addEventListener("input", onSlide);
    }
    Array.prototype.forEach.call(document.querySelectorAll("input.kind-filter"), function (box) {
      box.addEventListener("change", function () { setKind(box.value, box.checked); });
    });
    var toggle = document.getElementById("show-mentioned");
    if (toggle) { toggle.addEventListener("change", function () { setMentioned(toggle.checked); }); }
  };
})();
