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

  function legendSection(heading, entries, symbol) {
    var frag = document.createDocumentFragment();
    if (!entries.length) return frag;
    frag.appendChild(el("h2", "", heading));
    var list = el("ul");
    entries.forEach(function (entry) {
      var li = el("li");
      li.appendChild(symbol(entry));
      li.appendChild(document.createTextNode(entry.name + " "));
      li.appendChild(el("span", "count", "(" + entry.count + ")"));
      list.appendChild(li);
    });
    frag.appendChild(list);
    return frag;
  }

  function drawLegend() {
    var legend = document.getElementById("legend");
    legend.appendChild(legendSection("Nodes", data.legend.nodes, function (entry) {
      var glyph = el("span", "glyph", GLYPHS[entry.shape] || "●");
      glyph.style.color = entry.color;
      return glyph;
    }));
    legend.appendChild(legendSection("Relationships", data.legend.edges, function (entry) {
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
  var state = { network: network, nodes: nodes, edges: edges, ready: false, stabilizationMs: null };
  window.luocdo = state;
  var started = performance.now();

  // Once laid out, the picture stays still: physics off, so dragging one node moves only it.
  function settle() {
    network.setOptions({ physics: false });
    network.fit();
    state.stabilizationMs = Math.round(performance.now() - started);
    state.ready = true;
    status.textContent = summary;
    document.body.setAttribute("data-ready", "true");
  }

  network.on("stabilizationProgress", function (p) {
    status.textContent = summary + " · laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  if (!data.nodes.length) settle();
})();
