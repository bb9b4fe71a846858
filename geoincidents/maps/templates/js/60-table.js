/* part 6: the table of the incidents shown, sortable, with "Export CSV". */

var TABLE_ROWS = 200;
var CSV_COLUMNS = ["id", "date", "end_date", "kind", "weapon", "count", "target", "lat", "lon",
  "country", "actor", "claim_status", "targeted_party", "killed", "wounded", "doubtful",
  "sources"];

// a CSV cell: quoted when needed; text starting like a formula gets a leading "'"
var CSV_SPECIAL = /[",\r\n]|^[=+\-@\t]/;

function csvCell(value) {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value !== "string") {
    return String(value);
  }
  if (!CSV_SPECIAL.test(value)) {
    return value;
  }
  var s = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function tableControl(map, layer, opts) {
  var ctx = layer.ctx, FI = ctx.FI, FP = ctx.FP, FS = ctx.FS;
  var columns = [
    ["date", "Date", function (r) { return r[FI.date]; }],
    ["kind", "Kind", function (r) { return ctx.kinds[r[FI.kind]].label; }],
    ["target", "Target", function (r) { return ctx.placeName(r[FI.target]); }],
    ["actor", "Actor", function (r) { return r[FI.actor] || ""; }],
    ["count", "Count", function (r) { return r[FI.count]; }],
    ["casualties", "Killed / wounded", function (r) {
      return (r[FI.killed] === null ? "–" : r[FI.killed]) + " / " +
        (r[FI.wounded] === null ? "–" : r[FI.wounded]);
    }],
    ["source", "Source", function (r) {
      var s = r[FI.sources][0];
      return s ? s[FS.outlet] || s[FS.url] || s[FS.url_text] : "";
    }],
  ];
  var sort = { col: 0, dir: 1 };
  var api = {};

  function sortedRows() {
    var rows = layer.visibleIndices(), get = columns[sort.col][2];
    if (sort.col === 0 && sort.dir === 1 && ctx.sortedByDate) {
      return rows; // the incidents come in date order already
    }
    var keys = new Array(ctx.N);
    rows.forEach(function (n) { keys[n] = get(ctx.incidents[n]); });
    rows.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === y) {
        return a - b;
      }
      if (x === null || x === undefined || x === "") {
        return 1;
      }
      if (y === null || y === undefined || y === "") {
        return -1;
      }
      return (x < y ? -1 : 1) * sort.dir;
    });
    return rows;
  }

  api.csv = function () {
    var lines = [CSV_COLUMNS.join(",")];
    sortedRows().forEach(function (n) {
      var r = ctx.incidents[n], p = ctx.places[r[FI.target]], c = ctx.countries[r[FI.country]];
      var vals = [r[FI.id], r[FI.date], r[FI.end_date], ctx.kinds[r[FI.kind]].key,
        ctx.weapons[r[FI.weapon]].key, r[FI.count], p[FP.name], p[FP.lat], p[FP.lon],
        c ? c[0] : "", r[FI.actor], r[FI.claim_status], r[FI.targeted_party], r[FI.killed],
        r[FI.wounded], p[FP.doubtful] ? "yes" : "no",
        r[FI.sources].map(function (s) { return s[FS.url] || s[FS.url_text] || s[FS.outlet]; })
          .filter(Boolean).join(" | ")];
      lines.push(vals.map(csvCell).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  };

  var Control = L.Control.extend({
    onAdd: function () {
      var box = el("details", { className: "gi-table-box gi-panel gi-accordion" });
      stopEvents(box);
      var summary = el("summary", null, "Table");
      var exp = el("button", { type: "button", className: "gi-export" }, "Export CSV");
      var info = el("div", { className: "gi-table-info" });
      var table = el("table", { className: "gi-table" });
      var thead = el("thead"), tbody = el("tbody");
      table.appendChild(thead);
      table.appendChild(tbody);
      box.appendChild(summary);
      box.appendChild(el("div", { className: "gi-table-tools" }, [exp, info]));
      box.appendChild(el("div", { className: "gi-table-scroll" }, table));
      var tr = el("tr");
      columns.forEach(function (c, k) {
        var th = el("th", { scope: "col", tabindex: 0, "data-col": c[0] }, c[1]);
        th.addEventListener("click", function () {
          sort.dir = sort.col === k ? -sort.dir : 1;
          sort.col = k;
          draw();
        });
        tr.appendChild(th);
      });
      thead.appendChild(tr);
      // the object URL of the last export lives until the next export or until the page
      // goes: revoking it on a timer could cut a download a slow machine has not begun
      var lastUrl = null;
      window.addEventListener("pagehide", function () {
        if (lastUrl) {
          URL.revokeObjectURL(lastUrl);
        }
      });
      exp.addEventListener("click", function () {
        if (lastUrl) {
          URL.revokeObjectURL(lastUrl);
        }
        var blob = new Blob([api.csv()], { type: "text/csv;charset=utf-8" });
        var a = el("a", { download: "incidents.csv" });
        a.href = lastUrl = URL.createObjectURL(blob);
        document.body.appendChild(a);
        a.click();
        a.remove();
        api.exports = (api.exports || 0) + 1;
      });
      function draw() {
        if (!box.open) {
          summary.textContent = "Table (" + ctx.visibleCount + ")";
          return;
        }
        summary.textContent = "Table (" + ctx.visibleCount + ")";
        var rows = sortedRows();
        while (tbody.firstChild) {
          tbody.removeChild(tbody.firstChild);
        }
        Array.prototype.forEach.call(thead.firstChild.children, function (th, k) {
          th.setAttribute("aria-sort", k === sort.col ? (sort.dir > 0 ? "ascending" :
            "descending") : "none");
        });
        rows.slice(0, TABLE_ROWS).forEach(function (n) {
          var r = ctx.incidents[n], row = el("tr", { className: "gi-row", tabindex: 0 });
          columns.forEach(function (c) {
            row.appendChild(el("td", null, bidi("span", c[2](r))));
          });
          // after the event: show() redraws this table, and a row taken out of the page
          // mid-click would reach the map as a click on it (which closes popups)
          function go() {
            setTimeout(function () { layer.show(n); }, 0);
          }
          row.addEventListener("click", go);
          row.addEventListener("keydown", function (ev) {
            if (ev.key === "Enter") {
              go();
            }
          });
          tbody.appendChild(row);
        });
        info.textContent = rows.length > TABLE_ROWS ? "first " + TABLE_ROWS + " of " +
          rows.length + " rows shown; the export holds all " + rows.length :
          rows.length + " rows";
      }
      box.addEventListener("toggle", draw);
      layer.onRefresh(draw);
      api.draw = draw;
      draw();
      return box;
    },
  });
  api.control = new Control({ position: opts.position || "topleft" }).addTo(map);
  layer.table = api;
  return api;
}
