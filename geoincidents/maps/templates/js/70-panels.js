/* part 7: panels: filters with counts, unplaced rows, label language, HTML controls,
 * and popups kept clear of the controls. */

function filterControl(map, layer, opts) {
  var ctx = layer.ctx;
  var Control = L.Control.extend({
    onAdd: function () {
      var box = el("details", { className: "gi-filters gi-panel gi-accordion" });
      stopEvents(box);
      box.appendChild(el("summary", null, "Filters"));
      var counters = [];
      ctx.dims.forEach(function (d) {
        var fs = el("fieldset", { className: "gi-filter", "data-dim": d.key });
        fs.appendChild(el("legend", null, d.title));
        d.values.forEach(function (v, k) {
          var cb = el("input", { type: "checkbox", checked: "checked" });
          var count = el("span", { className: "gi-count" });
          var sw = d.layers[k] || null;
          cb.addEventListener("change", function () {
            if (sw) {
              // the same switch as in the layer control (which follows)
              if (cb.checked) {
                map.addLayer(sw);
              } else {
                map.removeLayer(sw);
              }
              return;
            }
            var ex = ctx.state.excluded[d.key];
            if (cb.checked) {
              ex.delete(v[0]);
            } else {
              ex.add(v[0]);
            }
            layer.refresh();
          });
          fs.appendChild(el("label", { className: "gi-filter-value" },
            [cb, " ", bidi("span", v[1]), " ", count]));
          counters.push([d, v[0], count, k, cb, sw]);
        });
        box.appendChild(fs);
      });
      var lang = el("select", { className: "gi-lang", "aria-label": "Label language" });
      [["en", "English"], ["ar", "العربية"], ["fa", "فارسی"]].forEach(function (o) {
        lang.appendChild(el("option", { value: o[0] }, o[1]));
      });
      lang.addEventListener("change", function () { layer.setLanguage(lang.value); });
      var labels = el("input", { type: "checkbox", checked: "checked", className: "gi-labels" });
      labels.addEventListener("change", function () { layer.setLabels(labels.checked); });
      box.appendChild(el("div", { className: "gi-lang-row" },
        [el("label", null, ["Labels ", labels]), " ", el("label", null, ["in ", lang])]));
      function update() {
        // per value: incidents shown / incidents with that value
        ctx.dims.forEach(function (d) {
          var shown = new Int32Array(d.values.length), total = new Int32Array(d.values.length);
          for (var n = 0; n < ctx.N; n++) {
            var k = d.codes[n];
            if (k >= 0) {
              total[k]++;
              shown[k] += ctx.visible[n];
            }
          }
          d.shown = shown;
          d.total = total;
        });
        counters.forEach(function (c) {
          var d = c[0], k = c[3];
          c[2].textContent = "(" + d.shown[k] + " / " + d.total[k] + ")";
          if (c[5]) {
            c[4].checked = map.hasLayer(c[5]);
          }
        });
      }
      layer.onRefresh(update);
      update();
      return box;
    },
  });
  return new Control({ position: opts.position || "topleft" }).addTo(map);
}

function unplacedControl(map, data, opts) {
  var F = fieldIndex(data.fields.unplaced), rows = data.unplaced || [];
  if (!rows.length) {
    return null;
  }
  var Control = L.Control.extend({
    onAdd: function () {
      var box = el("details", { className: "gi-unplaced gi-panel", open: "open" });
      stopEvents(box);
      box.appendChild(el("summary", null, rows.length + (rows.length === 1 ?
        " incident not placed" : " incidents not placed")));
      var list = el("ol", { className: "gi-unplaced-list" });
      rows.forEach(function (p) {
        var where = [bidi("span", p[F.file], "gi-file")];
        if (p[F.line] !== null) {
          where.push(":" + p[F.line]);
        }
        if (p[F.column]) {
          where.push(" column ", bidi("span", p[F.column], "gi-column"));
        }
        var item = el("li", { className: "gi-unplaced-row" }, [
          el("div", { className: "gi-where" }, where),
          p[F.incident_id] ? el("div", null, ["Incident ", bidi("span", p[F.incident_id],
            "gi-id")]) : "",
          p[F.value] ? el("div", null, ["Value: ", bidi("span", p[F.value], "gi-value")]) : "",
          bidi("div", p[F.message], "gi-message"),
          p[F.suggestions].length ? el("div", { className: "gi-suggestions" }, ["Did you mean: ",
            p[F.suggestions].map(function (s, k) {
              return [k ? ", " : "", bidi("span", s, "gi-suggestion")];
            })]) : "",
        ]);
        list.appendChild(item);
      });
      box.appendChild(list);
      return box;
    },
  });
  return new Control({ position: opts.position || "topright" }).addTo(map);
}

function control(map, node, position) {
  var Control = L.Control.extend({
    onAdd: function () {
      stopEvents(node);
      node.hidden = false;
      return node;
    },
  });
  return new Control({ position: position }).addTo(map);
}

// after a popup opens, pan the map so no control covers it: the controls stand in the
// map's left and right columns, so the popup is moved into the free band between them
function keepPopupsClear(map) {
  map.on("popupopen", function (e) {
    var node = e.popup.getElement();
    if (!node) {
      return;
    }
    L.Util.requestAnimFrame(function () {
      var p = node.getBoundingClientRect(), box = map.getContainer().getBoundingClientRect();
      var dx = 0, dy = 0;
      // inside the map first
      if (p.top < box.top + 8) {
        dy = box.top + 8 - p.top;
      } else if (p.bottom > box.bottom - 8) {
        dy = box.bottom - 8 - p.bottom;
      }
      // then between the controls of the left and right columns beside the popup
      var left = box.left, right = box.right, top = p.top + dy, bottom = p.bottom + dy;
      var controls = map.getContainer().querySelectorAll(".leaflet-control");
      Array.prototype.forEach.call(controls, function (c) {
        var r = c.getBoundingClientRect();
        if (!r.width || !r.height || r.bottom <= top || r.top >= bottom) {
          return;
        }
        if (c.closest(".leaflet-left")) {
          left = Math.max(left, r.right);
        } else if (c.closest(".leaflet-right")) {
          right = Math.min(right, r.left);
        }
      });
      if (right - left >= p.width + 16) {
        if (p.left < left + 8) {
          dx = left + 8 - p.left;
        } else if (p.right > right - 8) {
          dx = right - 8 - p.right;
        }
      }
      if (dx || dy) {
        map.panBy([-dx, -dy], { animate: false });
      }
    });
  });
}

// the panels of one corner take turns: opening one collapses the others there
function accordion(map) {
  map.getContainer().addEventListener("toggle", function (ev) {
    var d = ev.target;
    if (!d.open || !d.classList || !d.classList.contains("gi-accordion")) {
      return;
    }
    var corner = d.closest(".leaflet-left") ? ".leaflet-left" : ".leaflet-right";
    map.getContainer().querySelectorAll(corner + " details.gi-accordion[open]")
      .forEach(function (other) {
        if (other !== d) {
          other.open = false;
        }
      });
  }, true);
}
