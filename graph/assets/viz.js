// Draws the graph that graph/viz.py embedded as JSON. Text from documents only ever reaches the
// page through textContent, never innerHTML, so a document that contains markup stays text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("luocdo-data").textContent);
  // Legend symbols for vis-network's shapes; the colours and shapes themselves come from the schema.
  var GLYPHS = { dot: "●", box: "▬", diamond: "◆", triangle: "▲", star: "★", square: "■", ellipse: "⬬" };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A tooltip element: heading, a table of facts, and the evidence sentences with their files.
  function tooltip(item) {
    var root = el("div");
    root.appendChild(el("div", "tip-head", item.heading));
    var table = el("table", "tip-facts");
    item.facts.forEach(function (fact) {
      var row = el("tr");
      row.appendChild(el("td", "", fact[0]));
      row.appendChild(el("td", "", fact[1]));
      table.appendChild(row);
    });
    root.appendChild(table);
    if (item.evidence.length) {
      var box = el("div", "tip-evidence");
      item.evidence.forEach(function (ev) {
        var p = el("p");
        p.appendChild(el("div", "", "“" + ev.sentence + "”"));
        p.appendChild(el("div", "tip-file", ev.file));
        box.appendChild(p);
      });
      if (item.more_evidence) box.appendChild(el("div", "tip-file", "… and " + item.more_evidence + " more"));
      root.appendChild(box);
    }
    return root;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltip(item);
      return copy;
    });
  }

  // Lower case without diacritics, so that "bo tu phap" finds "Bộ Tư pháp" (đ is a letter of its own).
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  var byId = {}, links = {};
  data.nodes.forEach(function (node) {
    byId[node.id] = node;
    links[node.id] = [];
    node.foldedNames = node.names.map(fold);
    node.folded = node.foldedNames.join("\n");
  });
  data.edges.forEach(function (edge) {
    links[edge.from].push({ edge: edge.id, other: edge.to, type: edge.label });
    links[edge.to].push({ edge: edge.id, other: edge.from, type: edge.label });
  });
  var opening = data.nodes.filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; });
  var shown = new Set(opening), placed = new Set(opening), expanded = new Set();
  var hiddenLabels = new Set(), hiddenTypes = new Set(), pathNodes = new Set(), pathEdges = [];
  var pathStart = null, found = null;

  function legendSection(heading, kind, entries, symbol) {
    var frag = document.createDocumentFragment();
    if (!entries.length) return frag;
    frag.appendChild(el("h2", "", heading));
    var list = el("ul");
    entries.forEach(function (entry) {
      var li = el("li");
      li.setAttribute("data-kind", kind);
      li.setAttribute("data-name", entry.name);
      li.setAttribute("role", "button");
      li.title = "click to hide or show";
      li.appendChild(symbol(entry));
      li.appendChild(document.createTextNode(entry.name + " "));
      li.appendChild(el("span", "count", "(" + entry.count + ")"));
      li.tabIndex = 0;
      li.addEventListener("click", function () { toggleLegend(kind, entry.name, li); });
      li.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggleLegend(kind, entry.name, li); }
      });
      list.appendChild(li);
    });
    frag.appendChild(list);
    return frag;
  }

  function drawLegend() {
    var legend = document.getElementById("legend");
    legend.appendChild(legendSection("Nodes", "node", data.legend.nodes, function (entry) {
      var glyph = el("span", "glyph", GLYPHS[entry.shape] || "●");
      glyph.style.color = entry.color;
      return glyph;
    }));
    legend.appendChild(legendSection("Relationships", "edge", data.legend.edges, function (entry) {
      var line = el("span", "line");
      line.style.borderTopColor = entry.color;
      return line;
    }));
  }

  document.title = data.title;
  document.getElementById("title").textContent = data.title;
  var status = document.getElementById("status");
  var summary = data.nodes.length + " nodes · " + data.edges.length + " edges";
  status.textContent = summary + " · laying out…";
  drawLegend();

  var nodes = new vis.DataSet(withTooltips(data.nodes));
  var edges = new vis.DataSet(withTooltips(data.edges));
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  var started = performance.now();

  function visible(id) { return shown.has(id) && !hiddenLabels.has(byId[id].group); }

  function describe() {
    var count = 0;
    shown.forEach(function (id) { if (visible(id)) count++; });
    status.textContent = summary + " · " + count + " shown";
  }

  // Push the page's state into vis-network: only the nodes and edges whose hidden flag changes.
  function refresh() {
    var nodeChanges = [], edgeChanges = [];
    nodes.forEach(function (node) {
      var hide = !visible(node.id);
      if (node.hidden !== hide) nodeChanges.push({ id: node.id, hidden: hide });
    });
    edges.forEach(function (edge) {
      var hide = hiddenTypes.has(edge.label);
      if (Boolean(edge.hidden) !== hide) edgeChanges.push({ id: edge.id, hidden: hide });
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    describe();
  }

  // Newly shown nodes go on a ring around the node they come from, so nothing else moves.
  function placeAround(centre, ids) {
    var fresh = ids.filter(function (id) { return !placed.has(id); });
    if (!fresh.length) return;
    var at = network.getPosition(centre), radius = 90 + 10 * fresh.length;
    fresh.forEach(function (id, i) {
      var angle = 2 * Math.PI * i / fresh.length;
      network.moveNode(id, at.x + radius * Math.cos(angle), at.y + radius * Math.sin(angle));
      placed.add(id);
    });
  }

  function placeNear(id) {
    if (placed.has(id)) return;
    var anchor = links[id].map(function (l) { return l.other; }).filter(function (o) { return placed.has(o); })[0];
    if (anchor !== undefined) placeAround(anchor, [id]);
    else placed.add(id);
  }

  function neighbours(id) {
    return links[id].filter(function (l) { return !hiddenTypes.has(l.type); }).map(function (l) { return l.other; });
  }

  // A neighbour stays when something else holds it: the opening view, the focus, a path, or
  // another expanded node next to it.
  function heldElsewhere(id, releasing) {
    if (opening.indexOf(id) >= 0 || data.focus.indexOf(id) >= 0 || pathNodes.has(id) || expanded.has(id) || id === found) return true;
    return links[id].some(function (l) { return l.other !== releasing && expanded.has(l.other); });
  }

  function expand(id) {
    var around = neighbours(id);
    expanded.add(id);
    placeAround(id, around);
    around.forEach(function (other) { shown.add(other); });
    refresh();
  }

  function collapse(id) {
    expanded.delete(id);
    neighbours(id).forEach(function (other) { if (!heldElsewhere(other, id)) shown.delete(other); });
    refresh();
  }

  function toggle(id) { if (expanded.has(id)) collapse(id); else expand(id); }

  function toggleLegend(kind, name, li) {
    var set = kind === "node" ? hiddenLabels : hiddenTypes;
    if (set.has(name)) set.delete(name); else set.add(name);
    li.classList.toggle("off", set.has(name));
    refresh();
  }

  function reveal(id) {
    var group = byId[id].group;
    if (hiddenLabels.has(group)) {
      var li = document.querySelector('#legend li[data-kind="node"][data-name="' + group + '"]');
      toggleLegend("node", group, li);
    }
    placeNear(id);
    shown.add(id);
  }

  // The focus of --focus and the node found last are drawn with a thick dark border.
  function highlight(id, on) {
    nodes.update({ id: id, borderWidth: on ? 6 : 1, color: on ? { background: byId[id].color, border: "#111111" } : byId[id].color });
  }

  function find(id) {
    if (found !== null && data.focus.indexOf(found) < 0) highlight(found, false);
    found = id;
    reveal(id);
    refresh();
    highlight(id, true);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1) });
  }

  // How well a node's names fit the folded query: 0 one of them is it, 1 one starts with it,
  // 2 its words are somewhere in them.
  function fit(node, query) {
    if (node.foldedNames.indexOf(query) >= 0) return 0;
    return node.foldedNames.some(function (name) { return name.indexOf(query) === 0; }) ? 1 : 2;
  }

  // The nodes whose names hold every word typed: best fit first, then the most connected.
  function matches(typed) {
    var query = fold(typed).split(/\s+/).filter(Boolean).join(" "), words = query.split(" ");
    if (!query) return [];
    return data.nodes.filter(function (node) {
      return words.every(function (w) { return node.folded.indexOf(w) >= 0; });
    }).map(function (node) { return { node: node, fit: fit(node, query) }; }).sort(function (a, b) {
      return a.fit - b.fit || b.node.value - a.node.value;
    }).slice(0, 12).map(function (m) { return m.node; });
  }

  // The shortest path over the types and labels not hidden, whichever way the edges point.
  function shortestPath(from, to) {
    var back = {}, queue = [from];
    back[from] = null;
    while (queue.length) {
      var id = queue.shift();
      if (id === to) break;
      links[id].forEach(function (l) {
        if (l.other in back || hiddenTypes.has(l.type) || hiddenLabels.has(byId[l.other].group)) return;
        back[l.other] = { node: id, edge: l.edge };
        queue.push(l.other);
      });
    }
    if (!(to in back)) return null;
    var path = { nodes: [to], edges: [] };
    for (var step = back[to]; step; step = back[step.node]) {
      path.nodes.unshift(step.node);
      path.edges.unshift(step.edge);
    }
    return path;
  }

  var pathBox = document.getElementById("path");

  function clearPath() {
    if (pathEdges.length) edges.update(pathEdges.map(function (e) { return { id: e, width: data.options.edges.width }; }));
    pathNodes = new Set();
    pathEdges = [];
    pathStart = null;
    pathBox.textContent = "";
    state.path = null;
  }

  function showPath(from, to) {
    clearPath();
    var path = shortestPath(from, to);
    if (!path) {
      pathBox.textContent = "No path between " + byId[from].label + " and " + byId[to].label + ".";
      return null;
    }
    path.nodes.forEach(function (id, i) {
      if (i) placeAround(path.nodes[i - 1], [id]);
      reveal(id);
      pathNodes.add(id);
    });
    pathEdges = path.edges;
    refresh();
    edges.update(pathEdges.map(function (e) { return { id: e, width: 6 }; }));
    network.setSelection({ nodes: path.nodes, edges: path.edges });
    pathBox.textContent = "Path (" + path.edges.length + " steps): " +
      path.nodes.map(function (id) { return byId[id].label; }).join(" → ");
    state.path = path;
    return path;
  }

  // Shift-click picks the path's two ends, one after the other.
  function pickPathEnd(id) {
    if (pathStart === null || state.path) {
      clearPath();
      pathStart = id;
      reveal(id);
      refresh();
      pathBox.textContent = "Path from " + byId[id].label + ": shift-click the other end.";
    } else {
      showPath(pathStart, id);
    }
  }

  var search = document.getElementById("search"), list = document.getElementById("matches");
  function listMatches() {
    list.textContent = "";
    matches(search.value).forEach(function (node) {
      var li = el("li", "", node.label + " ");
      li.setAttribute("data-id", node.id);
      li.appendChild(el("span", "kind", node.group));
      li.addEventListener("click", function (event) { if (event.shiftKey) pickPathEnd(node.id); else find(node.id); });
      list.appendChild(li);
    });
  }
  search.addEventListener("input", listMatches);
  search.addEventListener("keydown", function (event) {
    var first = matches(search.value)[0];
    if (event.key === "Enter" && first) find(first.id);
  });

  function reset() {
    clearPath();
    if (found !== null && data.focus.indexOf(found) < 0) highlight(found, false);
    found = null;
    expanded.clear();
    shown = new Set(opening);
    hiddenLabels.clear();
    hiddenTypes.clear();
    document.querySelectorAll("#legend li.off").forEach(function (li) { li.classList.remove("off"); });
    refresh();
    network.fit();
  }
  document.getElementById("reset").addEventListener("click", reset);
  document.getElementById("clear-path").addEventListener("click", clearPath);

  network.on("click", function (params) {
    if (!params.nodes.length) return;
    var id = params.nodes[0];
    if (params.event.srcEvent && params.event.srcEvent.shiftKey) pickPathEnd(id);
    else toggle(id);
  });

  var state = { network: network, nodes: nodes, edges: edges, ready: false, stabilizationMs: null,
                find: find, matches: matches, expand: expand, collapse: collapse, showPath: showPath,
                path: null };
  window.luocdo = state;

  // Once laid out, the picture stays still: physics off, so dragging one node moves only it.
  function settle() {
    network.setOptions({ physics: false });
    network.fit();
    state.stabilizationMs = Math.round(performance.now() - started);
    state.ready = true;
    describe();
    document.body.setAttribute("data-ready", "true");
  }

  data.focus.forEach(function (id) { highlight(id, true); });
  network.on("stabilizationProgress", function (p) {
    status.textContent = summary + " · laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  if (!opening.length) settle();
})();
